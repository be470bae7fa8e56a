// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ScheduleDefaults.h"
#include "core/ScheduleRules.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

namespace {

qint64 utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc()).toSecsSinceEpoch();
}

const QStringList kFrequencies
    = {QStringLiteral("once"), QStringLiteral("minute"), QStringLiteral("hour"), QStringLiteral("day")};

QList<DeltaColumnChoice> choices(const QStringList& names)
{
    QList<DeltaColumnChoice> list;
    for (const QString& name : names)
        list << DeltaColumnChoice{name, {}, {}, 0, true};
    return list;
}

} // namespace

/** The Schedule step's decisions without widgets: defaults of a new dataflow, the delta proposal, the rules. */
class TestScheduleDefaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startOnTheNextFullHourAQuarterAway_data()
    {
        QTest::addColumn<qint64>("now");
        QTest::addColumn<qint64>("start");
        QTest::newRow("10:00 -> 11:00") << utc(2030, 1, 1, 10) << utc(2030, 1, 1, 11);
        QTest::newRow("10:44 -> 11:00") << utc(2030, 1, 1, 10, 44) << utc(2030, 1, 1, 11);
        QTest::newRow("10:45 -> 12:00") << utc(2030, 1, 1, 10, 45) << utc(2030, 1, 1, 12);
        QTest::newRow("23:50 -> 01:00") << utc(2030, 1, 1, 23, 50) << utc(2030, 1, 2, 1);
    }

    void startOnTheNextFullHourAQuarterAway()
    {
        QFETCH(qint64, now);
        QFETCH(qint64, start);
        QCOMPARE(ScheduleDefaults::defaultStart(now), start);
    }

    void aNewDataflow()
    {
        const qint64 now = utc(2030, 1, 1, 10);
        const DraftDataflow flow
            = ScheduleDefaults::withDefaults({}, kFrequencies,
                                             choices({QStringLiteral("Properties_Createdate_Value"),
                                                      QStringLiteral("Properties_Lastmodifieddate_Value")}),
                                             QStringLiteral("Hubspot.Contacts"), QStringLiteral("HubSpot"), now);
        // Partial ingestion at 5 % and error diagnostics: a few bad rows must not fail a whole run.
        QCOMPARE(flow.partialIngestionPercent, std::optional<double>(5.0));
        QVERIFY(flow.errorDiagnostics);
        QCOMPARE(flow.schedule.frequency, DraftDataflow().schedule.frequency); // the draft's own default
        DraftDataflow noFrequency;
        noFrequency.schedule.frequency.clear();
        QCOMPARE(ScheduleDefaults::withDefaults(noFrequency, kFrequencies, {}, {}, {}, now).schedule.frequency,
                 QStringLiteral("once")); // else the spec's first
        QCOMPARE(flow.schedule.interval, std::optional<qint64>(1));
        QCOMPARE(flow.schedule.backfill, std::optional<bool>(true));
        QCOMPARE(flow.schedule.startTime, std::optional<qint64>(utc(2030, 1, 1, 11)));
        QVERIFY(flow.deltaColumn);
        QCOMPARE(flow.deltaColumn->name, QStringLiteral("Properties_Lastmodifieddate_Value"));
        QCOMPARE(flow.deltaColumn->dateFormat, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QCOMPARE(flow.deltaColumn->timezone, QStringLiteral("UTC"));
        QCOMPARE(flow.name, QStringLiteral("Hubspot.Contacts to Experience Platform"));
        // Without a table path the source's label names it; with neither, no name is made up.
        QCOMPARE(ScheduleDefaults::withDefaults({}, kFrequencies, {}, {}, QStringLiteral("HubSpot"), now).name,
                 QStringLiteral("HubSpot to Experience Platform"));
        QVERIFY(ScheduleDefaults::withDefaults({}, kFrequencies, {}, {}, {}, now).name.isEmpty());
        QVERIFY(!ScheduleDefaults::withDefaults({}, kFrequencies, {}, {}, {}, now).deltaColumn);
    }

    void aConfiguredDataflowKeepsItsChoices()
    {
        DraftDataflow configured;
        configured.name = QStringLiteral("Contacts");
        configured.schedule.frequency = QStringLiteral("day");
        configured.schedule.interval = 3;
        configured.schedule.startTime = utc(2031, 5, 6, 7, 30);
        configured.schedule.backfill = false;
        configured.deltaColumn
            = DeltaColumn{QStringLiteral("Created"), QStringLiteral("yyyy-MM-dd"), QStringLiteral("Europe/Paris")};
        configured.errorDiagnostics = false;
        const DraftDataflow flow
            = ScheduleDefaults::withDefaults(configured, kFrequencies, choices({QStringLiteral("Updated")}),
                                             QStringLiteral("t"), {}, utc(2030, 1, 1, 0));
        QVERIFY(flow == configured);
        QVERIFY(!ScheduleDefaults::isNew(configured));
        QVERIFY(ScheduleDefaults::isNew({}));
    }

    void deltaColumnProposal_data()
    {
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<QString>("proposed");
        QTest::newRow("last modified") << QStringList{"Createdate", "Properties_LastModifiedDate_Value"}
                                       << "Properties_LastModifiedDate_Value";
        QTest::newRow("updated") << QStringList{"created_at", "updated_at"} << "updated_at";
        QTest::newRow("the first otherwise") << QStringList{"created_at", "birthday"} << "created_at";
        QTest::newRow("none") << QStringList{} << "";
    }

    void deltaColumnProposal()
    {
        QFETCH(QStringList, columns);
        QFETCH(QString, proposed);
        QCOMPARE(ScheduleDefaults::proposeDeltaColumn(choices(columns)), proposed);
    }

    void deltaColumnsWithTheirRanges()
    {
        const QJsonArray columns = QJsonDocument::fromJson(R"([{"name": "Vid", "type": "integer"},
            {"name": "Created", "type": "string", "meta:xdmType": "date-time"},
            {"name": "Modified", "type": "string", "xdm": {"type": "string", "format": "date-time"}}])")
                                       .array();
        const QJsonArray rows = QJsonDocument::fromJson(R"([
            {"Vid": 1, "Created": "2024-02-01 10:00:00", "Modified": "2024-06-01 08:00:00"},
            {"Vid": 2, "Created": null, "Modified": "2024-07-15 18:45:00"},
            {"Vid": 3, "Created": "2023-11-20 09:30:00", "Modified": "2024-05-03 12:00:00"}])")
                                    .array();
        const QList<DeltaColumnChoice> found
            = ScheduleDefaults::deltaColumns({QStringLiteral("Created"), QStringLiteral("Modified")}, columns, rows);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0),
                 (DeltaColumnChoice{QStringLiteral("Created"),
                                    QStringLiteral("2023-11-20 09:30:00"),
                                    QStringLiteral("2024-02-01 10:00:00"),
                                    1,
                                    true,
                                    {QStringLiteral("2024-02-01 10:00:00"), QStringLiteral("2023-11-20 09:30:00")}}));
        QCOMPARE(found.at(1),
                 (DeltaColumnChoice{QStringLiteral("Modified"),
                                    QStringLiteral("2024-05-03 12:00:00"),
                                    QStringLiteral("2024-07-15 18:45:00"),
                                    0,
                                    true,
                                    {QStringLiteral("2024-06-01 08:00:00"), QStringLiteral("2024-07-15 18:45:00"),
                                     QStringLiteral("2024-05-03 12:00:00")}}));
    }

    void partialIngestionForcesErrorDiagnostics()
    {
        DraftDataflow flow;
        flow.schedule.frequency = QStringLiteral("hour");
        flow.schedule.interval = 1;
        flow.errorDiagnostics = false;
        QVERIFY(!ScheduleDefaults::forcesErrorDiagnostics(flow));
        QVERIFY(!ScheduleDefaults::constrained(flow).errorDiagnostics);
        flow.partialIngestionPercent = 7.5;
        QVERIFY(ScheduleDefaults::forcesErrorDiagnostics(flow));
        QVERIFY(ScheduleDefaults::constrained(flow).errorDiagnostics);
    }

    void onceHasNeitherIntervalNorBackfill()
    {
        DraftDataflow flow;
        flow.schedule.frequency = QStringLiteral("once");
        flow.schedule.interval = 4;
        flow.schedule.backfill = false;
        const DraftDataflow once = ScheduleDefaults::constrained(flow);
        QVERIFY(!once.schedule.interval);
        QVERIFY(!once.schedule.backfill);
        QVERIFY(!ScheduleDefaults::hasInterval(QStringLiteral("once")));
        flow.schedule.frequency = QStringLiteral("week");
        QCOMPARE(ScheduleDefaults::constrained(flow).schedule.interval, std::optional<qint64>(4));
        QCOMPARE(ScheduleDefaults::constrained(flow).schedule.backfill, std::optional<bool>(false));
    }

    void theLiveSpecWins()
    {
        QCOMPARE(ScheduleDefaults::rulesSpec({}).json(), FlowSpec::crmToAep().json());
        QJsonObject live = FlowSpec::crmToAep().json();
        live.insert(QStringLiteral("version"), QStringLiteral("2.0"));
        QCOMPARE(ScheduleDefaults::rulesSpec(live).version(), QStringLiteral("2.0"));
    }

    void onlyTheDataflowPartIsShown()
    {
        DataflowDraft draft; // nothing at all: problems everywhere
        const QList<DraftProblem> problems = ScheduleDefaults::stepProblems(draft, FlowSpec::crmToAep());
        QVERIFY(!problems.isEmpty());
        for (const DraftProblem& problem : problems)
            QVERIFY2(problem.field == QLatin1String("dataflow") || problem.field.startsWith(QLatin1String("dataflow.")),
                     qPrintable(problem.field));
    }

    void theStartIsJudgedOnThePlatformsClock()
    {
        // A demo emulator's clock runs hours ahead: a start an hour ahead of this machine is already its past.
        const qint64 local = QDateTime::currentSecsSinceEpoch();
        const qint64 server = local + 9 * 3600;
        DataflowDraft draft;
        draft.dataflow
            = ScheduleDefaults::withDefaults(draft.dataflow, ScheduleRules::frequencies(FlowSpec::crmToAep()), {},
                                             QStringLiteral("Hubspot.Contacts"), QStringLiteral("HubSpot"), server);
        QVERIFY(*draft.dataflow.schedule.startTime > server); // proposed after the Platform's now
        const auto codes = [](const QList<DraftProblem>& problems) {
            QStringList result;
            for (const DraftProblem& problem : problems)
                result << problem.code;
            return result;
        };
        const char* past = "schedule.startTimeInPast";
        QVERIFY(!codes(ScheduleDefaults::stepProblems(draft, FlowSpec::crmToAep(), server)).contains(past));
        draft.dataflow.schedule.startTime = local + 3600;
        QVERIFY(codes(ScheduleDefaults::stepProblems(draft, FlowSpec::crmToAep(), server)).contains(past));
        QVERIFY(!codes(ScheduleDefaults::stepProblems(draft, FlowSpec::crmToAep(), local)).contains(past));
        QVERIFY(!codes(ScheduleDefaults::stepProblems(draft, FlowSpec::crmToAep())).contains(past)); // this machine's
    }
};

QTEST_MAIN(TestScheduleDefaults)
#include "TestScheduleDefaults.moc"
