// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ScheduleRules.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

namespace {

qint64 utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc()).toSecsSinceEpoch();
}

Schedule schedule(const char* frequency, std::optional<qint64> interval, std::optional<qint64> start)
{
    Schedule s;
    s.frequency = QLatin1String(frequency);
    s.interval = interval;
    s.startTime = start;
    return s;
}

} // namespace

/** ScheduleRules: next run times (UTC steps) and the frequencies the flow spec offers. */
class TestScheduleRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyTwoHours()
    {
        const qint64 start = utc(2030, 3, 30, 23);
        const QList<qint64> runs = ScheduleRules::nextRuns(schedule("hour", 2, start));
        QCOMPARE(
            runs,
            (QList<qint64>{start, utc(2030, 3, 31, 1), utc(2030, 3, 31, 3), utc(2030, 3, 31, 5), utc(2030, 3, 31, 7)}));
    }

    void onceIsOneRun()
    {
        const qint64 start = utc(2030, 1, 1, 9);
        QCOMPARE(ScheduleRules::nextRuns(schedule("once", std::nullopt, start)), QList<qint64>{start});
    }

    void noStartNoRuns() { QVERIFY(ScheduleRules::nextRuns(schedule("day", 1, std::nullopt)).isEmpty()); }

    void daysAndWeeksAreUtcDays()
    {
        // Across the March clock change a daily run keeps its UTC hour.
        const qint64 start = utc(2030, 3, 29, 8);
        const QList<qint64> days = ScheduleRules::nextRuns(schedule("day", 1, start), 3);
        QCOMPARE(days, (QList<qint64>{start, utc(2030, 3, 30, 8), utc(2030, 3, 31, 8)}));
        const QList<qint64> weeks = ScheduleRules::nextRuns(schedule("week", 2, start), 2);
        QCOMPARE(weeks, (QList<qint64>{start, utc(2030, 4, 12, 8)}));
        const QList<qint64> minutes = ScheduleRules::nextRuns(schedule("minute", 15, start), 2);
        QCOMPARE(minutes.last() - minutes.first(), 15 * 60);
    }

    void frequenciesFromTheSpec()
    {
        QCOMPARE(ScheduleRules::frequencies(FlowSpec::crmToAep()),
                 (QStringList{QStringLiteral("once"), QStringLiteral("minute"), QStringLiteral("hour"),
                              QStringLiteral("day"), QStringLiteral("week")}));
        // The old tutorial's spec had no "once".
        QJsonObject old = FlowSpec::crmToAep().json();
        QJsonObject scheduleSpec = old.value(QStringLiteral("scheduleSpec")).toObject();
        QJsonObject spec = scheduleSpec.value(QStringLiteral("spec")).toObject();
        QJsonObject properties = spec.value(QStringLiteral("properties")).toObject();
        properties.insert(QStringLiteral("frequency"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                      {QStringLiteral("enum"),
                                       QJsonArray{QStringLiteral("minute"), QStringLiteral("hour"),
                                                  QStringLiteral("day"), QStringLiteral("week")}}});
        spec.insert(QStringLiteral("properties"), properties);
        scheduleSpec.insert(QStringLiteral("spec"), spec);
        old.insert(QStringLiteral("scheduleSpec"), scheduleSpec);
        QVERIFY(!ScheduleRules::frequencies(FlowSpec(old)).contains(QStringLiteral("once")));
        QCOMPARE(ScheduleRules::frequencies(FlowSpec()).size(), 5);
    }

    void describe()
    {
        QCOMPARE(ScheduleRules::describe(QStringLiteral("once"), 3), QStringLiteral("Once"));
        QVERIFY(ScheduleRules::describe(QStringLiteral("hour"), 2).contains(QLatin1String("2")));
        QVERIFY(ScheduleRules::describe(QStringLiteral("minute"), 15).contains(QLatin1String("15")));
        QVERIFY(ScheduleRules::describe(QStringLiteral("week"), 3).contains(QLatin1String("week")));
    }
};

QTEST_GUILESS_MAIN(TestScheduleRules)
#include "TestScheduleRules.moc"
