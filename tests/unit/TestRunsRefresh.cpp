// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/RunsRefresh.h"

#include <QTest>

namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kStart = 1'700'000'000'000;

Run run(const QString& id, Run::Status status, std::optional<qint64> startedMs)
{
    Run r;
    r.id = id;
    r.status = status;
    r.startedAtMs = startedMs;
    return r;
}

QStringList ids(const QList<Run>& runs)
{
    QStringList list;
    for (const Run& r : runs)
        list << r.id;
    list.sort();
    return list;
}

} // namespace

/** What the Runs page asks at each refresh, and what it knows after (app/core/RunsRefresh). */
class TestRunsRefresh : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theFirstRefreshListsEveryRun()
    {
        RunsRefresh refresh;
        QCOMPARE(refresh.nextSince(), std::nullopt);
        refresh.merge({run("r1", Run::Status::Success, kStart)}, std::nullopt);
        QCOMPARE(ids(refresh.runs()), QStringList{"r1"});
    }

    void thenOnlyTheRunsStartedSinceTheOldestStillRunning()
    {
        RunsRefresh refresh;
        refresh.merge({run("r1", Run::Status::Success, kStart), run("r2", Run::Status::InProgress, kStart + kHour),
                       run("r3", Run::Status::Success, kStart + 2 * kHour)},
                      std::nullopt);
        QCOMPARE(refresh.nextSince(), kStart + kHour - RunsRefresh::kMarginMs);
        // Everything done: since the newest, less the margin.
        refresh.merge(
            {run("r2", Run::Status::Failed, kStart + kHour), run("r3", Run::Status::Success, kStart + 2 * kHour)},
            kStart + kHour - RunsRefresh::kMarginMs);
        QCOMPARE(ids(refresh.runs()), (QStringList{"r1", "r2", "r3"}));
        QCOMPARE(refresh.nextSince(), kStart + 2 * kHour - RunsRefresh::kMarginMs);
        // A status the wizard does not know may still change: it counts as running.
        refresh.merge({run("r4", Run::Status::Unknown, kStart + 3 * kHour)},
                      kStart + 2 * kHour - RunsRefresh::kMarginMs);
        QCOMPARE(refresh.nextSince(), kStart + 3 * kHour - RunsRefresh::kMarginMs);
    }

    void theAnswerUpdatesAddsAndRemoves()
    {
        RunsRefresh refresh;
        refresh.merge({run("old", Run::Status::Success, kStart), run("late", Run::Status::InProgress, kStart + kHour),
                       run("queued", Run::Status::InProgress, std::nullopt)},
                      std::nullopt);
        const std::optional<qint64> since = refresh.nextSince();
        QVERIFY(since);
        // "late" finished, "new" started; "queued" has not started (the answer cannot list it): kept; "old" is
        // before the bound: kept as it was.
        const QList<Run>& now = refresh.merge({run("late", Run::Status::Success, kStart + kHour),
                                               run("new", Run::Status::InProgress, kStart + 2 * kHour)},
                                              since);
        QCOMPARE(ids(now), (QStringList{"late", "new", "old", "queued"}));
        for (const Run& r : now) {
            if (r.id == "late")
                QCOMPARE(r.status, Run::Status::Success);
        }
        // A run started since the bound that the answer no longer lists was deleted.
        refresh.merge({run("late", Run::Status::Success, kStart + kHour)}, refresh.nextSince());
        QCOMPARE(ids(refresh.runs()), (QStringList{"late", "old", "queued"}));
    }

    void everyKFullEveryThRefreshListsThemAllAgain()
    {
        RunsRefresh refresh;
        refresh.merge({run("r1", Run::Status::Success, kStart)}, std::nullopt);
        int partial = 0;
        while (refresh.nextSince()) {
            refresh.merge({run("r1", Run::Status::Success, kStart)}, refresh.nextSince()); // what the Platform lists
            ++partial;
            QVERIFY(partial < 100);
        }
        QCOMPARE(partial, RunsRefresh::kFullEvery - 1);
        refresh.merge({run("r2", Run::Status::Success, kStart + kHour)}, std::nullopt); // r1 was deleted meanwhile
        QCOMPARE(ids(refresh.runs()), QStringList{"r2"});
        QVERIFY(refresh.nextSince());
    }

    void noRunStartedOrClearedListsAll()
    {
        RunsRefresh refresh;
        refresh.merge({run("queued", Run::Status::InProgress, std::nullopt)}, std::nullopt);
        QCOMPARE(refresh.nextSince(), std::nullopt);
        refresh.merge({run("r1", Run::Status::Success, kStart)}, std::nullopt);
        QVERIFY(refresh.nextSince());
        refresh.clear();
        QCOMPARE(refresh.nextSince(), std::nullopt);
        QVERIFY(refresh.runs().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRunsRefresh)
#include "TestRunsRefresh.moc"
