// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/DemoClock.h"
#include "core/RunErrorText.h"
#include "platform/ServerClock.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

namespace {

RunError error(const char* code, const char* message, std::optional<qint64> records = std::nullopt)
{
    return RunError{QLatin1String(code), QLatin1String(message), records};
}

} // namespace

/** Run errors in plain words, the Platform's clock from the Date header, the demo clock's note: no widgets. */
class TestRunErrorText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownCodesAreExplainedUnknownOnesKeepThePlatformsMessage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("known");
        // Every code the emulator puts on runs (grep emulator/RunEngine.cpp), and Adobe's connector read error.
        QTest::newRow("emulator: copy") << "CONNECTOR-2001-500" << true;
        QTest::newRow("emulator: mapping") << "MAPPER-3700-400" << true;
        QTest::newRow("connector read") << "CONNECTOR-1001-500" << true;
        QTest::newRow("lower case") << "mapper-3700-400" << true;
        QTest::newRow("unknown") << "CONNECTOR-9999-500" << false;
        QTest::newRow("none") << "" << false;
    }

    void knownCodesAreExplainedUnknownOnesKeepThePlatformsMessage()
    {
        QFETCH(QString, code);
        QFETCH(bool, known);
        const RunError e{code, QStringLiteral("Platform says so"), std::nullopt};
        QCOMPARE(!RunErrorText::explanation(code).isEmpty(), known);
        if (known) {
            QVERIFY(!RunErrorText::plainText(e).contains(QLatin1String("Platform says so")));
            QVERIFY(!RunErrorText::plainText(e).contains(code, Qt::CaseInsensitive));
        } else {
            QCOMPARE(RunErrorText::plainText(e), QStringLiteral("Platform says so"));
        }
        QCOMPARE(RunErrorText::plainText(RunError{code, {}, std::nullopt}).isEmpty(), code.isEmpty());
    }

    void groupsByCodeAndCounts()
    {
        // Ten sample mapping errors (one per row, each its own message) and the run's own error.
        QList<RunError> errors{error("CONNECTOR-2001-500", "10 of 10 records failed.")};
        for (int i = 0; i < 10; ++i)
            errors << RunError{QStringLiteral("MAPPER-3700-400"), QStringLiteral("row %1: not a date").arg(i), {}};
        errors << error("XYZ-1", "first") << error("XYZ-1", "second", 5) << error("XYZ-1", "first");
        const QList<RunErrorGroup> groups = RunErrorText::group(errors);
        QCOMPARE(groups.size(), 4);
        QCOMPARE(groups.at(0).code, QStringLiteral("CONNECTOR-2001-500"));
        QCOMPARE(groups.at(0).count, 1);
        QCOMPARE(groups.at(1).code, QStringLiteral("MAPPER-3700-400"));
        QCOMPARE(groups.at(1).count, 10);
        QCOMPARE(groups.at(1).text, RunErrorText::explanation(QStringLiteral("MAPPER-3700-400")));
        QCOMPARE(groups.at(1).platformText.size(), 10);
        QCOMPARE(groups.at(1).platformText.first(), QStringLiteral("MAPPER-3700-400: row 0: not a date"));
        // Unknown codes: one group per message, the message itself as the text, record counts added up.
        QCOMPARE(groups.at(2).text, QStringLiteral("first"));
        QCOMPARE(groups.at(2).count, 2);
        QCOMPARE(groups.at(3).text, QStringLiteral("second"));
        QCOMPARE(groups.at(3).count, 5);
    }

    void summaryAndPlatformText()
    {
        QCOMPARE(RunErrorText::summary({}), QString());
        const QList<RunError> one{error("XYZ-1", "Disk full")};
        QCOMPARE(RunErrorText::summary(one), QStringLiteral("Disk full"));
        const QList<RunError> two{error("XYZ-1", "Disk full"), error("MAPPER-3700-400", "Mapper Transform Error")};
        QCOMPARE(RunErrorText::summary(two), QStringLiteral("Disk full (+1 more)"));
        QCOMPARE(RunErrorText::platformText(two),
                 QStringLiteral("XYZ-1: Disk full\nMAPPER-3700-400: Mapper Transform Error"));
    }

    void httpDates_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("ms");
        const qint64 nov1994 = QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc()).toMSecsSinceEpoch();
        QTest::newRow("RFC 9110 example") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << nov1994;
        QTest::newRow("spaces around") << QByteArray("  Sun, 06 Nov 1994 08:49:37 GMT ") << nov1994;
        QTest::newRow("no zone") << QByteArray("Sun, 06 Nov 1994 08:49:37") << qint64(-1);
        QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("bad day") << QByteArray("Sun, 32 Nov 1994 08:49:37 GMT") << qint64(-1);
    }

    void httpDates()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, ms);
        const std::optional<qint64> parsed = ServerClock::parseHttpDate(text);
        QCOMPARE(parsed.value_or(-1), ms);
    }

    void serverClockOffsetAndRate()
    {
        ServerClock clock;
        QVERIFY(!clock.isKnown());
        QCOMPARE(clock.serverTimeAt(1000), 1000); // no answer yet: this machine's time
        const qint64 real = 1'800'000'000'000;
        const qint64 ahead = 9 * 3600'000; // the demo emulator, nine emulated hours ahead
        clock.observe(real + ahead, real);
        QVERIFY(clock.isKnown());
        QCOMPARE(clock.rate(), 1.0); // one reading: no rate yet
        QCOMPARE(clock.serverTimeAt(real + 1000), real + ahead + 1000);
        // Every five real seconds the emulator says five emulated minutes passed: 60 times real time, once two
        // windows agree.
        clock.observe(real + ahead + 300'000, real + 5'000);
        QCOMPARE(clock.rate(), 1.0);
        QCOMPARE(clock.serverTimeAt(real + 6'000), real + ahead + 301'000); // the offset follows at once
        clock.observe(real + ahead + 600'000, real + 10'000);
        QCOMPARE(clock.rate(), 60.0);
        QCOMPARE(clock.serverTimeAt(real + 11'000), real + ahead + 660'000);
        QVERIFY(DemoClock::isFast(clock.rate()));
        // Readings closer together than a window change the offset, not the speed.
        clock.observe(real + ahead + 630'000, real + 10'500);
        QCOMPARE(clock.rate(), 60.0);
    }

    void serverClockJumpsAreNotSpeed()
    {
        // Real time, then the emulator's clock moved on three hours at once (/__emulator/clock), then real time.
        ServerClock clock;
        const qint64 real = 1'800'000'000'000;
        const qint64 jump = 3 * 3600'000;
        for (int i = 0; i <= 3; ++i)
            clock.observe(real + i * 5'000, real + i * 5'000);
        QCOMPARE(clock.rate(), 1.0);
        clock.observe(real + jump + 20'000, real + 20'000);
        QCOMPARE(clock.rate(), 1.0);
        QCOMPARE(clock.serverTimeAt(real + 21'000), real + jump + 21'000);
        for (int i = 5; i <= 7; ++i)
            clock.observe(real + jump + i * 5'000, real + i * 5'000);
        QCOMPARE(clock.rate(), 1.0);
        QVERIFY(!DemoClock::isFast(clock.rate()));
        // Adobe's servers: real time, the header's second and a little skew between servers.
        ServerClock adobe;
        const qint64 skew[] = {0, 900, -800, 1000, 0, -1000};
        for (int i = 0; i < 6; ++i)
            adobe.observe(real + i * 3'000 + skew[i], real + i * 3'000);
        QCOMPARE(adobe.rate(), 1.0);
        QVERIFY(qAbs(adobe.serverTimeAt(real + 16'000) - (real + 16'000)) < 2000);
    }

    void demoClockNote_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<QString>("note");
        QTest::newRow("real time") << 1.0 << QString();
        QTest::newRow("skewed real time") << 1.2 << QString();
        QTest::newRow("the demo") << 60.0 << QStringLiteral("Demo clock: one hour passes every minute.");
        QTest::newRow("the demo, measured") << 59.4 << QStringLiteral("Demo clock: one hour passes every minute.");
        QTest::newRow("twice") << 2.0 << QStringLiteral("Demo clock: 2 minutes pass every minute.");
        QTest::newRow("a day a minute") << 1440.0 << QStringLiteral("Demo clock: 24 hours pass every minute.");
        QTest::newRow("two and a half hours") << 150.0 << QStringLiteral("Demo clock: 2.5 hours pass every minute.");
    }

    void demoClockNote()
    {
        QFETCH(double, rate);
        QFETCH(QString, note);
        QCOMPARE(DemoClock::note(rate), note);
    }
};

QTEST_GUILESS_MAIN(TestRunErrorText)
#include "TestRunErrorText.moc"
