// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ScheduleDefaults.h"
#include "core/ScheduleIntervals.h"
#include "model/DraftValidator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

#include <limits>

Q_DECLARE_METATYPE(FlowSpec)
Q_DECLARE_METATYPE(std::optional<qint64>)

namespace {

/** The shipped CRMToAEP spec with its schedule schema replaced. */
FlowSpec withSchedule(const QJsonObject& schema)
{
    QJsonObject json = FlowSpec::crmToAep().json();
    QJsonObject scheduleSpec = json.value(QStringLiteral("scheduleSpec")).toObject();
    scheduleSpec.insert(QStringLiteral("spec"), schema);
    json.insert(QStringLiteral("scheduleSpec"), scheduleSpec);
    return FlowSpec(json);
}

QJsonObject minimum(qint64 value)
{
    return {{QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("interval"), QJsonObject{{QStringLiteral("minimum"), value}}}}}};
}

QJsonObject ifFrequency(const char* frequency, const QJsonObject& then, const QJsonObject& otherwise)
{
    QJsonObject node{{QStringLiteral("if"),
                      QJsonObject{{QStringLiteral("properties"),
                                   QJsonObject{{QStringLiteral("frequency"),
                                                QJsonObject{{QStringLiteral("const"), QLatin1String(frequency)}}}}}}},
                     {QStringLiteral("then"), then}};
    if (!otherwise.isEmpty())
        node.insert(QStringLiteral("else"), otherwise);
    return node;
}

/** Live specs that state their minima differently from the shipped copy. */
FlowSpec raisedMinuteMinimum()
{
    // Shaped as the shipped one: once, else (minute: 30, else 1).
    return withSchedule(ifFrequency("once", {}, ifFrequency("minute", minimum(30), minimum(1))));
}

FlowSpec hourlyMinimumInAllOf()
{
    return withSchedule({{QStringLiteral("allOf"),
                          QJsonArray{ifFrequency("hour", minimum(2), {}), ifFrequency("day", minimum(1), {})}}});
}

} // namespace

/** Each frequency's own interval (app/core/ScheduleIntervals) and the Schedule step's words, without widgets. */
class TestScheduleIntervals : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void minimumPerFrequency_data()
    {
        QTest::addColumn<FlowSpec>("spec");
        QTest::addColumn<QString>("frequency");
        QTest::addColumn<std::optional<qint64>>("expected");
        const FlowSpec shipped = FlowSpec::crmToAep();
        QTest::newRow("shipped: minute 15") << shipped << "minute" << std::optional<qint64>(15);
        QTest::newRow("shipped: hour 1") << shipped << "hour" << std::optional<qint64>(1);
        QTest::newRow("shipped: day 1") << shipped << "day" << std::optional<qint64>(1);
        QTest::newRow("shipped: week 1") << shipped << "week" << std::optional<qint64>(1);
        QTest::newRow("shipped: once has none") << shipped << "once" << std::optional<qint64>();
        QTest::newRow("live: minute 30") << raisedMinuteMinimum() << "minute" << std::optional<qint64>(30);
        QTest::newRow("live: hour 1") << raisedMinuteMinimum() << "hour" << std::optional<qint64>(1);
        QTest::newRow("allOf: hour 2") << hourlyMinimumInAllOf() << "hour" << std::optional<qint64>(2);
        QTest::newRow("allOf: week states none, fallback 1")
            << hourlyMinimumInAllOf() << "week" << std::optional<qint64>(1);
        QTest::newRow("allOf: minute states none, fallback 15")
            << hourlyMinimumInAllOf() << "minute" << std::optional<qint64>(15);
        QTest::newRow("no schema: fallback minute 15") << FlowSpec() << "minute" << std::optional<qint64>(15);
        QTest::newRow("no schema: fallback day 1") << FlowSpec() << "day" << std::optional<qint64>(1);
        QTest::newRow("no schema: once has none") << FlowSpec() << "once" << std::optional<qint64>();
    }

    void minimumPerFrequency()
    {
        QFETCH(FlowSpec, spec);
        QFETCH(QString, frequency);
        QFETCH(std::optional<qint64>, expected);
        QCOMPARE(ScheduleIntervals::minimum(spec, frequency), expected);
    }

    void whatTheSpecStates()
    {
        QCOMPARE(FlowSpec::crmToAep().minimumInterval(QStringLiteral("minute")), std::optional<qint64>(15));
        QCOMPARE(FlowSpec::crmToAep().minimumInterval(QStringLiteral("once")), std::optional<qint64>());
        QCOMPARE(hourlyMinimumInAllOf().minimumInterval(QStringLiteral("week")), std::optional<qint64>());
        // exclusiveMinimum 0 is a minimum of 1.
        const FlowSpec exclusive = withSchedule(
            {{QStringLiteral("properties"),
              QJsonObject{{QStringLiteral("interval"), QJsonObject{{QStringLiteral("exclusiveMinimum"), 0}}}}}});
        QCOMPARE(exclusive.minimumInterval(QStringLiteral("day")), std::optional<qint64>(1));
    }

    void boundsBeyondAnyInterval()
    {
        // fuzz_flow_spec: a bound of 1e300 was converted to qint64 unchecked (undefined behaviour, UBSan).
        const auto spec = [](const char* keyword, double bound) {
            return withSchedule(
                {{QStringLiteral("properties"),
                  QJsonObject{{QStringLiteral("interval"), QJsonObject{{QLatin1String(keyword), bound}}}}}});
        };
        constexpr qint64 kIntMax = std::numeric_limits<int>::max();
        QCOMPARE(spec("minimum", 1e300).minimumInterval(QStringLiteral("hour")), std::optional<qint64>(kIntMax));
        QCOMPARE(spec("exclusiveMinimum", 9.3e18).minimumInterval(QStringLiteral("day")),
                 std::optional<qint64>(kIntMax));
        QCOMPARE(spec("minimum", -1e300).minimumInterval(QStringLiteral("week")), std::optional<qint64>(-kIntMax));
        QCOMPARE(ScheduleIntervals::minimum(spec("minimum", -1e300), QStringLiteral("week")), std::optional<qint64>(1));
        // The draft's interval is then too small, said with the spec's (clamped) minimum.
        Schedule schedule{.frequency = QStringLiteral("hour"), .interval = 2, .startTime = 1798761600};
        const QList<DraftProblem> problems = DraftValidator::checkSchedule(schedule, spec("minimum", 1e300), 0);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().code, QStringLiteral("schedule.intervalTooSmall"));
    }

    void fifteenMinutesThenHourlyIsOneHour()
    {
        // The marketer's case: "Every 15 minutes", then hourly gave "Every 15 hours".
        ScheduleIntervals intervals;
        const ScheduleIntervals::Change minute = intervals.pick(QStringLiteral("minute"));
        QCOMPARE(minute.interval, std::optional<qint64>(15));
        QCOMPARE(minute.note, QStringLiteral("Interval set to 15 (runs every few minutes)."));
        const ScheduleIntervals::Change hour = intervals.pick(QStringLiteral("hour"));
        QCOMPARE(hour.interval, std::optional<qint64>(1));
        QCOMPARE(hour.note, QStringLiteral("Interval set to 1 (hourly runs)."));
        QCOMPARE(intervals.pick(QStringLiteral("day")).note, QStringLiteral("Interval set to 1 (daily runs)."));
        QCOMPARE(intervals.pick(QStringLiteral("week")).note, QStringLiteral("Interval set to 1 (weekly runs)."));
        const ScheduleIntervals::Change once = intervals.pick(QStringLiteral("once"));
        QVERIFY(!once.interval);
        QVERIFY(once.note.isEmpty());
    }

    void whatWasTypedComesBack()
    {
        ScheduleIntervals intervals;
        intervals.remember(QStringLiteral("minute"), 20);
        intervals.remember(QStringLiteral("day"), 3);
        intervals.remember(QStringLiteral("once"), 5); // no interval: nothing to remember
        QCOMPARE(intervals.pick(QStringLiteral("hour")).interval, std::optional<qint64>(1));
        const ScheduleIntervals::Change minute = intervals.pick(QStringLiteral("minute"));
        QCOMPARE(minute.interval, std::optional<qint64>(20));
        QCOMPARE(minute.note, QStringLiteral("Interval back to 20, as you set it for runs every few minutes."));
        QCOMPARE(intervals.pick(QStringLiteral("day")).interval, std::optional<qint64>(3));
        QVERIFY(!intervals.pick(QStringLiteral("once")).interval);
        // The live spec changes the defaults, never what was typed.
        intervals.setSpec(raisedMinuteMinimum());
        QCOMPARE(intervals.intervalFor(QStringLiteral("minute")), std::optional<qint64>(20));
        intervals.forget();
        QCOMPARE(intervals.intervalFor(QStringLiteral("minute")), std::optional<qint64>(30));
        QCOMPARE(intervals.intervalFor(QStringLiteral("day")), std::optional<qint64>(1));
    }

    void theLiveMinimumIsTheOneTheMessageNames()
    {
        Schedule schedule;
        schedule.frequency = QStringLiteral("minute");
        schedule.interval = 20;
        schedule.startTime = 4'000'000'000LL;
        const QList<DraftProblem> problems = DraftValidator::checkSchedule(schedule, raisedMinuteMinimum(), 0);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().code, QStringLiteral("schedule.intervalTooSmall"));
        QVERIFY2(problems.first().message.contains(QLatin1String("at least 30 ")),
                 qPrintable(problems.first().message));
    }

    void pastStartInLocalTimeAndPlainWords()
    {
        // The test runs in Europe/Paris (runs.cmake): 12:00 UTC on 1 December is 13:00 there.
        const qint64 start = QDateTime(QDate(2025, 12, 1), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
        QCOMPARE(DraftValidator::localTime(start, QLocale(QLocale::English, QLocale::UnitedKingdom)),
                 QStringLiteral("1 Dec 2025 13:00"));
        QCOMPARE(DraftValidator::localTime(start, QLocale(QLocale::French, QLocale::France)),
                 QStringLiteral("1 d\u00e9c. 2025 13:00"));
        Schedule schedule;
        schedule.frequency = QStringLiteral("hour");
        schedule.interval = 1;
        schedule.startTime = start;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const QList<DraftProblem> problems = DraftValidator::checkSchedule(schedule, FlowSpec::crmToAep(), start + 60);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().code, QStringLiteral("schedule.startTimeInPast"));
        QCOMPARE(problems.first().message,
                 QStringLiteral("The start time 1 Dec 2025 13:00 is in the past; choose a time after now."));
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_GUILESS_MAIN(TestScheduleIntervals)
#include "TestScheduleIntervals.moc"
