// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/PlatformConfig.h"
#include "platform/PlatformError.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

#include <limits>

using Kind = PlatformError::Kind;
Q_DECLARE_METATYPE(PlatformError::Kind)

/** Every error body the Platform services send becomes one PlatformError with the right kind, code and detail. */
class TestPlatformError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shapes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<PlatformError::Kind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("detailContains");
        QTest::addColumn<QString>("requestId");

        QTest::newRow("gateway token invalid")
            << 401 << QByteArray("{\"error_code\": \"401013\", \"message\": \"Oauth token is not valid\"}")
            << QByteArray("application/json") << Kind::Authentication << "401013"
            << "Oauth token is not valid" << QString();
        QTest::newRow("gateway token missing")
            << 403 << QByteArray("{\"error_code\": \"403010\", \"message\": \"Oauth token is missing.\"}")
            << QByteArray() << Kind::Authentication << "403010"
            << "missing" << QString();
        QTest::newRow("gateway api key") << 403
                                         << QByteArray(
                                                "{\"error_code\": \"403003\", \"message\": \"Api Key is invalid\"}")
                                         << QByteArray() << Kind::Forbidden << "403003"
                                         << "Api Key is invalid" << QString();
        QTest::newRow("gateway org header")
            << 400 << QByteArray("{\"error_code\": \"400003\", \"message\": \"Missing header\"}") << QByteArray()
            << Kind::Validation << "400003"
            << "Missing header" << QString();
        QTest::newRow("gateway numeric code")
            << 403 << QByteArray("{\"error_code\": 403027, \"message\": \"User region is missing\"}") << QByteArray()
            << Kind::Forbidden << "403027"
            << "region" << QString();
        QTest::newRow("gateway content type")
            << 400
            << QByteArray("{\"type\": \"/placeholder/type/uri\", \"status\": 400, \"title\": \"BadRequestError\","
                          " \"detail\": \"A valid content-type must be specified\"}")
            << QByteArray() << Kind::Validation << "BadRequestError"
            << "content-type" << QString();
        QTest::newRow("flow not found")
            << 404
            << QByteArray(
                   "{\"type\": \"https://ns.adobe.com/aep/errors/FLOW-1439-404\", \"title\": \"Resource not found\","
                   " \"status\": 404, \"report\": {\"detailed-message\": \"The requested flows resource 84 is not"
                   " found.\", \"id\": \"84\", \"request-id\": \"req-1\", \"type\": \"flows\"},"
                   " \"errorMessage\": \"x\", \"errorDetails\": \"y\"}")
            << QByteArray("application/json") << Kind::NotFound << "FLOW-1439-404"
            << "flows resource 84"
            << "req-1";
        QTest::newRow("flow forbidden")
            << 403
            << QByteArray(
                   "{\"type\": \"https://ns.adobe.com/aep/errors/FLOW-2120-403\", \"title\": \"Forbidden\","
                   " \"status\": 403, \"report\": {\"detailed-message\": \"no permission\", \"request-id\": \"r2\"}}")
            << QByteArray() << Kind::Forbidden << "FLOW-2120-403"
            << "no permission"
            << "r2";
        QTest::newRow("flow stale etag")
            << 412
            << QByteArray("{\"type\": \"https://ns.adobe.com/aep/errors/FLOW-1404-412\", \"title\": \"Version not"
                          " matching\", \"status\": 412, \"report\": {\"detailed-message\": \"stale\"}}")
            << QByteArray() << Kind::Conflict << "FLOW-1404-412"
            << "stale" << QString();
        QTest::newRow("etag errorMessage only")
            << 412
            << QByteArray("{\"errorMessage\": \"Supplied version=[\\\"a\\\"] does not match the current version on"
                          " entity=[\\\"b\\\"]\"}")
            << QByteArray() << Kind::Conflict << "FLOW-1404-412"
            << "does not match" << QString();
        QTest::newRow("xdm not found")
            << 404
            << QByteArray(
                   "{\"type\": \"http://ns.adobe.com/aep/errors/XDM-1012-404\", \"title\": \"Resource Not Found\","
                   " \"status\": 404, \"report\": {\"registryRequestId\": \"rr-9\", \"timestamp\": \"10-22-2020\","
                   " \"detailed-message\": \"Requested resource s1 is not found\", \"sub-errors\": []},"
                   " \"detail\": \"d\"}")
            << QByteArray() << Kind::NotFound << "XDM-1012-404"
            << "s1 is not found"
            << "rr-9";
        QTest::newRow("xdm accept with sub-errors")
            << 400
            << QByteArray("{\"type\": \"http://ns.adobe.com/aep/errors/XDM-1006-400\", \"title\": \"Accept header"
                          " invalid\", \"status\": 400, \"report\": {\"detailed-message\": \"Accept header invalid\","
                          " \"sub-errors\": [{\"detailed-message\": \"use xed-id\"}]}}")
            << QByteArray() << Kind::Validation << "XDM-1006-400"
            << "use xed-id" << QString();
        QTest::newRow("sandbox") << 400
                                 << QByteArray("{\"status\": 400, \"title\": \"Sandbox busy\", \"type\":"
                                               " \"http://ns.adobe.com/aep/errors/SMS-2074-400\"}")
                                 << QByteArray() << Kind::Validation << "SMS-2074-400"
                                 << "Sandbox busy" << QString();
        QTest::newRow("ims bad secret")
            << 401
            << QByteArray("{\"error\": \"invalid_client\", \"error_description\": \"invalid client_secret parameter\"}")
            << QByteArray() << Kind::Authentication << "invalid_client"
            << "client_secret" << QString();
        QTest::newRow("ims bad scope (400)")
            << 400 << QByteArray("{\"error\": \"invalid_scope\", \"error_description\": \"invalid scope (foo)\"}")
            << QByteArray() << Kind::Authentication << "invalid_scope"
            << "foo" << QString();
        QTest::newRow("html from a proxy")
            << 502 << QByteArray("<html><head><style>body{}</style></head><body><h1>502 Bad Gateway</h1></body></html>")
            << QByteArray("text/html") << Kind::Server << QString() << "502 Bad Gateway" << QString();
        QTest::newRow("plain text") << 503 << QByteArray("upstream connect error") << QByteArray("text/plain")
                                    << Kind::Server << QString() << "upstream connect error" << QString();
        QTest::newRow("empty body") << 500 << QByteArray() << QByteArray() << Kind::Server << QString() << "empty"
                                    << QString();
        QTest::newRow("rate limited") << 429 << QByteArray("{}") << QByteArray() << Kind::RateLimited << QString()
                                      << QString() << QString();
        QTest::newRow("json array body") << 400 << QByteArray("[\"bad\"]") << QByteArray() << Kind::Validation
                                         << QString() << "bad" << QString();
        QTest::newRow("truncated json") << 500 << QByteArray("{\"type\": \"x") << QByteArray() << Kind::Server
                                        << QString() << "non-JSON" << QString();
    }
    void shapes()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(PlatformError::Kind, kind);
        QFETCH(QString, code);
        QFETCH(QString, detailContains);
        QFETCH(QString, requestId);
        const PlatformError e = PlatformError::fromHttp(status, body, contentType);
        QCOMPARE(PlatformError::kindName(e.kind), PlatformError::kindName(kind));
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.code, code);
        QVERIFY2(e.detail.contains(detailContains), qPrintable(e.detail));
        QCOMPARE(e.requestId, requestId);
        QVERIFY(!e.userMessage.isEmpty());
        QVERIFY(e.toString().contains(e.userMessage));
    }

    void transient_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("transient");
        for (int s : {429, 500, 502, 503, 504})
            QTest::addRow("%d", s) << s << true;
        for (int s : {400, 401, 403, 404, 409, 412, 501})
            QTest::addRow("%d", s) << s << false;
    }
    void transient()
    {
        QFETCH(int, status);
        QFETCH(bool, transient);
        QCOMPARE(PlatformError::fromHttp(status, "{}").isTransient(), transient);
    }

    void networkAndTimeout()
    {
        const PlatformError refused
            = PlatformError::fromNetwork(Http::ConnectionRefusedError, QStringLiteral("Connection refused"));
        QCOMPARE(refused.kind, Kind::Network);
        QVERIFY(refused.isTransient());
        QCOMPARE(refused.httpStatus, 0);
        const PlatformError late = PlatformError::timeout(30000);
        QCOMPARE(late.kind, Kind::Timeout);
        QVERIFY(late.userMessage.contains(QLatin1String("30")));
        QCOMPARE(PlatformError::cancelled().kind, Kind::Cancelled);
        QVERIFY(!PlatformError().isError());
    }

    void retryAfter()
    {
        QCOMPARE(PlatformError::parseRetryAfter("3"), 3);
        QCOMPARE(PlatformError::parseRetryAfter(" 0 "), 0);
        QCOMPARE(PlatformError::parseRetryAfter(""), -1);
        QCOMPARE(PlatformError::parseRetryAfter("soon"), -1);
        QCOMPARE(PlatformError::parseRetryAfter("-4"), -1);
        const QDateTime inTen = QDateTime::currentDateTimeUtc().addSecs(10);
        const QByteArray date
            = QLocale::c().toString(inTen, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
        const int seconds = PlatformError::parseRetryAfter(date);
        QVERIFY2(seconds >= 8 && seconds <= 10, qPrintable(QString::number(seconds)));
        QCOMPARE(PlatformError::fromHttp(429, "{}", {}, "7").retryAfterSeconds, 7);
        QVERIFY(PlatformError::fromHttp(429, "{}", {}, "7").userMessage.contains(QLatin1String("7")));
        // fuzz_error_body: a date more than 68 years away wrapped around int to a negative number (read as "no
        // Retry-After") or to a short wait; it is the longest wait instead, which the client refuses to sit out.
        QCOMPARE(PlatformError::parseRetryAfter("Sat, 31 Dec 2095 23:59:59 GMT"), std::numeric_limits<int>::max());
        QCOMPARE(PlatformError::parseRetryAfter("Fri, 31 Dec 9999 23:59:59 GMT"), std::numeric_limits<int>::max());
        QCOMPARE(PlatformError::parseRetryAfter("Mon, 01 Jan 2001 00:00:00 GMT"), 0);
    }

    void secretsNeverInDetail()
    {
        const PlatformError e = PlatformError::fromHttp(400,
                                                        "{\"error\": \"invalid_request\", \"error_description\": \"bad "
                                                        "client_secret=hunter2 and Bearer abc.def\"}");
        QVERIFY(!e.detail.contains(QLatin1String("hunter2")));
        QVERIFY(!e.detail.contains(QLatin1String("abc.def")));
        QVERIFY(!e.toString().contains(QLatin1String("hunter2")));
    }

    void urlRule_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("adobe https") << "https://platform.adobe.io" << true;
        QTest::newRow("ims https") << "https://ims-na1.adobelogin.com" << true;
        QTest::newRow("loopback http") << "http://127.0.0.1:8080" << true;
        QTest::newRow("localhost http") << "http://localhost:1234" << true;
        QTest::newRow("ipv6 loopback") << "http://[::1]:99" << true;
        QTest::newRow("remote http") << "http://platform.adobe.io" << false;
        QTest::newRow("lan http") << "http://192.168.1.10:8080" << false;
        QTest::newRow("ftp") << "ftp://platform.adobe.io" << false;
        QTest::newRow("no scheme") << "platform.adobe.io" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("user info") << "https://u:p@platform.adobe.io" << false;
        QTest::newRow("query") << "https://platform.adobe.io?x=1" << false;
        QTest::newRow("localhost lookalike") << "http://localhost.evil.com" << false;
    }
    void urlRule()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const QString why = PlatformConfig::checkBaseUrl(QUrl(url));
        QCOMPARE(why.isEmpty(), allowed);
    }
};

QTEST_GUILESS_MAIN(TestPlatformError)
#include "TestPlatformError.moc"
