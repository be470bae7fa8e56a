// SPDX-License-Identifier: GPL-3.0-or-later
// PlatformConfig::isLoopbackHost, the one test that lets an address use http (the program itself does not link Qt
// Network, so it parses addresses on its own): checked case by case, then against QHostAddress on many strings
// made at random from the characters of addresses. It must never call loopback what QHostAddress does not.
#include "platform/PlatformConfig.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

class TestLoopbackHost : public QObject
{
    Q_OBJECT

    static bool qtSaysLoopback(const QString& host)
    {
        QString text = host;
        if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')))
            text = text.mid(1, text.size() - 2);
        QHostAddress address;
        if (!address.setAddress(text))
            return false;
        if (address.isLoopback())
            return true;
        bool mapped = false;
        const quint32 v4 = address.toIPv4Address(&mapped); // ::ffff:127.x.y.z is 127.x.y.z
        return mapped && (v4 >> 24) == 127;
    }

private Q_SLOTS:
    void cases_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::addColumn<bool>("sameForQt");
        const std::pair<const char*, bool> rows[] = {
            {"localhost", true},
            {"LocalHost", true},
            {"127.0.0.1", true},
            {"127.255.255.254", true},
            {"127.1", true},
            {"127.0.1", true},
            {"::1", true},
            {"[::1]", true},
            {"0:0:0:0:0:0:0:1", true},
            {"::0:1", true},
            {"::1%lo", true},
            {"::ffff:127.0.0.1", true},
            {"::ffff:7f00:1", true},
            {"128.0.0.1", false},
            {"126.255.255.255", false},
            {"10.0.0.1", false},
            {"127.0.0.256", false},
            {"127.0.0.1.1", false},
            {"127..1", false},
            {"127.0.0.", false},
            {".127.0.0.1", false},
            {"127.0.0.1.", false},
            {"localhost.example.com", false},
            {"127.0.0.1.example.com", false},
            {"example.com", false},
            {"::2", false},
            {"::", false},
            {"1::1", false},
            {"::1::", false},
            {"::ffff:128.0.0.1", false},
            {"::127.0.0.1", false}, // IPv4-compatible, deprecated: not loopback for Qt either
            {"127.0.0.1::", false},
            {"::ffff:127.0.0.1:1", false},
            {"0:0:0:0:0:0:0:0:1", false},
            {"::00001", false},
            {"", false},
            {"[", false},
            {"[]", false},
        };
        for (const auto& [host, loopback] : rows)
            QTest::newRow(host) << QString::fromLatin1(host) << loopback << true;
        // Forms Qt takes for loopback that the program refuses (https is then required, the safe side).
        for (const char* host : {"0x7f.1", "0177.0.0.1", "127.0.0.01"})
            QTest::newRow(host) << QString::fromLatin1(host) << false << false;
        // A leading zero is octal: 0127 is 87, not 127.
        QTest::newRow("0127.0.0.1") << QStringLiteral("0127.0.0.1") << false << true;
    }

    void cases()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QFETCH(bool, sameForQt);
        QCOMPARE(PlatformConfig::isLoopbackHost(host), loopback);
        if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) != 0)
            QCOMPARE(qtSaysLoopback(host), sameForQt ? loopback : !loopback);
    }

    /** As QUrl gives them (the program asks about url.host()): http is allowed exactly on these. */
    void throughUrls()
    {
        for (const char* url : {"http://127.0.0.1:8080/", "http://[::1]:8080/", "http://localhost/", "http://127.1/"})
            QVERIFY2(PlatformConfig::checkBaseUrl(QUrl(QString::fromLatin1(url))).isEmpty(), url);
        for (const char* url : {"http://10.1.2.3/", "http://[::2]/", "http://example.com/", "http://127.0.0.1.nip.io/"})
            QVERIFY2(!PlatformConfig::checkBaseUrl(QUrl(QString::fromLatin1(url))).isEmpty(), url);
    }

    /** Random strings of address characters, and random real addresses: the same answer as QHostAddress. */
    void agreesWithQHostAddress()
    {
        QRandomGenerator random(20261204);
        const QString alphabet = QStringLiteral("0123456789abcdefABCDEF.:%[]fx");
        int loopbacks = 0;
        for (int round = 0; round < 200000; ++round) {
            QString host;
            switch (round % 4) {
            case 0: { // a dotted quad near 127/8
                host = QStringLiteral("%1.%2.%3.%4")
                           .arg(126 + random.bounded(3))
                           .arg(random.bounded(300))
                           .arg(random.bounded(300))
                           .arg(random.bounded(300));
                break;
            }
            case 1: { // groups around ::1 and ::ffff:127.x
                const QStringList pieces{QStringLiteral("::"),   QStringLiteral("0"),    QStringLiteral("1"),
                                         QStringLiteral("ffff"), QStringLiteral(":"),    QStringLiteral("127.0.0.1"),
                                         QStringLiteral("7f00"), QStringLiteral("0000"), QStringLiteral("00001")};
                const int count = 1 + random.bounded(9);
                for (int i = 0; i < count; ++i)
                    host += pieces.at(random.bounded(int(pieces.size())));
                break;
            }
            default: { // anything made of address characters
                const int length = 1 + random.bounded(20);
                for (int i = 0; i < length; ++i)
                    host += alphabet.at(random.bounded(int(alphabet.size())));
            }
            }
            const bool ours = PlatformConfig::isLoopbackHost(host);
            const bool qt = qtSaysLoopback(host);
            if (ours && !qt)
                QFAIL(qPrintable(QStringLiteral("\u201c%1\u201d is loopback for the program, not for Qt").arg(host)));
            // Qt also takes forms the program refuses (octal or hex parts of IPv4, "127.0.0.1" with a zone...);
            // refusing is the safe side (https is then required). Those aside, the answers are the same.
            static const QRegularExpression leadingZero(QStringLiteral("(^|\\.)0[0-9]"));
            const bool otherForm = host.contains(QLatin1Char('x')) || host.contains(QLatin1Char('%'))
                || (!host.contains(QLatin1Char(':')) && host.contains(leadingZero));
            if (qt && !ours && !otherForm)
                QFAIL(qPrintable(QStringLiteral("\u201c%1\u201d is loopback for Qt, not for the program").arg(host)));
            loopbacks += ours ? 1 : 0;
        }
        QVERIFY2(loopbacks > 1000, "the random strings must reach loopback addresses often enough to mean something");
    }
};

QTEST_GUILESS_MAIN(TestLoopbackHost)
#include "TestLoopbackHost.moc"
