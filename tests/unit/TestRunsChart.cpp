// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/RunsChart.h"

#include <QSet>
#include <QTest>

namespace {

RunInfo run(const char* id, std::optional<qint64> startedMs, qint64 written, qint64 failed)
{
    RunInfo info;
    info.id = QLatin1String(id);
    info.startedAtMs = startedMs;
    info.recordsWritten = written;
    info.recordsFailed = failed;
    return info;
}

} // namespace

Q_DECLARE_METATYPE(RunTone)

/** The Runs page's chart and status tones, without widgets. */
class TestRunsChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newestOnTheLeftLikeTheTableWithUniqueLabels()
    {
        // RunsModel's order: newest first; the chart keeps it. Two runs started the same minute still make two bars.
        const QList<RunInfo> runs = {run("r3", 1'700'003'600'000, 0, 40), run("r2", 1'700'000'000'000, 50, 0),
                                     run("r1", 1'700'000'000'000, 90, 10)};
        const RunsChartData chart = RunsChart::build(runs, QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(chart.categories.size(), 3);
        QCOMPARE(QSet<QString>(chart.categories.cbegin(), chart.categories.cend()).size(), 3);
        QVERIFY2(chart.categories.at(2).endsWith(QLatin1String(" (2)")), qPrintable(chart.categories.at(2)));
        QCOMPARE(chart.written, (QList<qreal>{0, 50, 90}));
        QCOMPARE(chart.failed, (QList<qreal>{40, 0, 10}));
        QCOMPARE(chart.highest, 100);
    }

    void atMostThirtyBarsOfTheNewest()
    {
        QList<RunInfo> runs;
        for (int i = 40; i > 0; --i)
            runs << run(qPrintable(QStringLiteral("r%1").arg(i)), 1'700'000'000'000 + i * 60'000LL, i, 0);
        const RunsChartData chart = RunsChart::build(runs);
        QCOMPARE(chart.categories.size(), RunsChart::kMaxRuns);
        QCOMPARE(chart.written.first(), 40.0); // the newest, on the left as on the table's first row
        QCOMPARE(chart.written.last(), 11.0); // the oldest shown
    }

    void sameRunsSameChartAnyChangeShows()
    {
        const QLocale c(QLocale::C);
        const QList<RunInfo> runs = {run("r2", 1'700'003'600'000, 5, 0), run("r1", 1'700'000'000'000, 90, 10)};
        QVERIFY(RunsChart::build(runs, c) == RunsChart::build(runs, c)); // a refresh that brought nothing new
        QList<RunInfo> more = runs;
        more[0].recordsWritten = 6; // the running run wrote one more record
        QVERIFY(!(RunsChart::build(more, c) == RunsChart::build(runs, c)));
        more = runs;
        more[1].recordsFailed = 11;
        QVERIFY(!(RunsChart::build(more, c) == RunsChart::build(runs, c)));
        more = runs;
        more.prepend(run("r3", 1'700'007'200'000, 0, 0)); // a new run
        QVERIFY(!(RunsChart::build(more, c) == RunsChart::build(runs, c)));
        // The labels are the locale's: another language draws the chart again.
        QVERIFY(!(RunsChart::build(runs, QLocale(QLocale::French))
                  == RunsChart::build(runs, QLocale(QLocale::English, QLocale::UnitedStates))));
    }

    void aRunNotStartedYet()
    {
        const RunsChartData chart = RunsChart::build({run("r", std::nullopt, 0, 0)});
        QCOMPARE(chart.categories, QStringList{QStringLiteral("Not started")});
        QCOMPARE(chart.highest, 0);
    }

    void valueTicks_data()
    {
        QTest::addColumn<qint64>("highest");
        QTest::addColumn<QList<qint64>>("ticks");
        QTest::newRow("empty chart") << qint64(0) << QList<qint64>{0, 1};
        QTest::newRow("one") << qint64(1) << QList<qint64>{0, 1};
        QTest::newRow("seven") << qint64(7) << QList<qint64>{0, 2, 4, 6, 8};
        QTest::newRow("five") << qint64(5) << QList<qint64>{0, 1, 2, 3, 4, 5};
        QTest::newRow("hundred") << qint64(100) << QList<qint64>{0, 20, 40, 60, 80, 100};
        QTest::newRow("hundred and one") << qint64(101) << QList<qint64>{0, 50, 100, 150};
        QTest::newRow("a million") << qint64(1'000'000)
                                   << QList<qint64>{0, 200'000, 400'000, 600'000, 800'000, 1'000'000};
    }

    void valueTicks()
    {
        QFETCH(qint64, highest);
        QFETCH(QList<qint64>, ticks);
        QCOMPARE(RunsChart::valueTicks(highest), ticks);
    }

    void everyLabelOrEveryFew()
    {
        // 30 bars on 300 pixels are 10 pixels each; a 50-pixel label and its gap take six of them.
        QCOMPARE(RunsChart::labelStride(30, 50, 300), 6);
        QCOMPARE(RunsChart::labelStride(3, 50, 1000), 1);
        QCOMPARE(RunsChart::labelStride(0, 50, 300), 1);
        QCOMPARE(RunsChart::labelStride(30, 50, 0), 1); // not laid out yet
    }

    void tones_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<RunTone>("tone");
        QTest::newRow("success") << "success" << RunTone::Good;
        QTest::newRow("partial") << "partialSuccess" << RunTone::Warning;
        QTest::newRow("failed") << "FAILED" << RunTone::Bad;
        QTest::newRow("in progress") << "inProgress" << RunTone::Busy;
        QTest::newRow("unknown") << "paused" << RunTone::Unknown;
    }

    void tones()
    {
        QFETCH(QString, status);
        QFETCH(RunTone, tone);
        QCOMPARE(RunsChart::toneOf(RunInfo::parseStatus(status)), tone);
    }

    void errorsAreBad()
    {
        RunInfo info = run("r", 1, 0, 1);
        QCOMPARE(RunsChart::errorsTone(info), RunTone::Neutral);
        info.errors << RunError{QStringLiteral("CONNECTOR-2001-500"), QStringLiteral("failed"), std::nullopt};
        QCOMPARE(RunsChart::errorsTone(info), RunTone::Bad);
    }
};

QTEST_MAIN(TestRunsChart)
#include "TestRunsChart.moc"
