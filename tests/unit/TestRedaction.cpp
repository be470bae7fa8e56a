// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/Logging.h"

#include <QTest>

/** Secrets never reach a log line: Redact removes tokens and secrets from text and headers. */
class TestRedaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void text_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");
        QTest::newRow("bearer") << "Authorization: Bearer eyJhbGciOi.abc.def"
                                << "eyJhbGciOi.abc.def";
        QTest::newRow("json token") << R"({"access_token": "tok-123", "expires_in": 5})"
                                    << "tok-123";
        QTest::newRow("form secret") << "grant_type=client_credentials&client_secret=p%2Bss&scope=x"
                                     << "p%2Bss";
        QTest::newRow("camel secret") << R"({"clientSecret":"abc","refreshToken":"r1"})"
                                      << "abc";
        QTest::newRow("camel refresh") << R"({"clientSecret":"abc","refreshToken":"r1"})"
                                       << "r1";
        QTest::newRow("password") << "password: hunter2"
                                  << "hunter2";
        QTest::newRow("basic header") << "Authorization: Basic ZGVtbzpzM2NyM3Q="
                                      << "ZGVtbzpzM2NyM3Q=";
        QTest::newRow("json authorization") << R"({"authorization": "Basic ZGVtbzpzM2NyM3Q="})"
                                            << "ZGVtbzpzM2NyM3Q=";
        QTest::newRow("curl header") << "-H 'Authorization: Bearer eyJabc.def'"
                                     << "eyJabc.def";
        QTest::newRow("snake refresh") << "refresh_token=rt-991&x=1"
                                       << "rt-991";
        QTest::newRow("json access") << R"({"access_token":"eyJ-XYZ"})"
                                     << "eyJ-XYZ";
    }
    void text()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        const QString out = Redact::text(input);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("***")));
    }

    void redactsTheKeysASpecMarksSecret()
    {
        // A connection spec's auth parameter with "format": "password" and a name no default pattern knows.
        const QString line = QStringLiteral(R"({"params": {"host": "db.example", "wh_passphrase": "Kq-77-zz"}})");
        QVERIFY(Redact::text(line).contains(QLatin1String("Kq-77-zz")));
        Redact::addSecretKeys({QStringLiteral("wh_passphrase")});
        const QString out = Redact::text(line);
        QVERIFY2(!out.contains(QLatin1String("Kq-77-zz")), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("db.example")));
        QCOMPARE(Redact::text(QStringLiteral("wh_passphrase=abc&host=h")), QStringLiteral("wh_passphrase=***&host=h"));
    }

    void keepsOrdinaryText()
    {
        const QString plain = QStringLiteral("GET /data/foundation/flowservice/connections -> 200 in 12 ms");
        QCOMPARE(Redact::text(plain), plain);
    }

    void headers()
    {
        QList<QPair<QByteArray, QByteArray>> request{{"Authorization", "Bearer very-secret-token"},
                                                     {"x-api-key", "client-1"}};
        const QString line = Redact::headers(request);
        QVERIFY(!line.contains(QLatin1String("very-secret-token")));
        QVERIFY(line.contains(QLatin1String("x-api-key: client-1")));
        QVERIFY(line.contains(QLatin1String("Authorization: Bearer ***")));
        request.first().second = "Basic ZGVtbzpzM2NyM3Q=";
        QVERIFY(!Redact::headers(request).contains(QLatin1String("ZGVtbzpzM2NyM3Q=")));
        QVERIFY(Redact::headers(request).contains(QLatin1String("Authorization: Basic ***")));
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "TestRedaction.moc"
