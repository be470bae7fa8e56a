// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDraftRecipes.h"
#include "model/DraftValidator.h"
#include "model/JsonSchemaCheck.h"

#include <QTest>

using namespace TestDraftRecipes;

namespace {

QJsonObject schedule(const char* frequency, QJsonValue interval, QJsonValue backfill = QJsonValue::Undefined)
{
    QJsonObject json{{QStringLiteral("frequency"), QLatin1String(frequency)},
                     {QStringLiteral("startTime"), 1798761600}};
    if (!interval.isUndefined())
        json.insert(QStringLiteral("interval"), interval);
    if (!backfill.isUndefined())
        json.insert(QStringLiteral("backfill"), backfill);
    return json;
}

QString describe(const QList<DraftProblem>& problems)
{
    QStringList lines;
    for (const DraftProblem& problem : problems)
        lines << problem.code + QLatin1Char('@') + problem.field;
    return lines.join(QStringLiteral(", "));
}

} // namespace

/** DraftValidator: every offline rule, one bad recipe each, and the online checks on fetched data. */
class TestValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void designRecipeIsValid()
    {
        QList<DraftProblem> problems;
        const DataflowDraft draft = DataflowDraft::fromJson(designRecipe(), &problems);
        QVERIFY(problems.isEmpty());
        problems = DraftValidator::validate(draft, FlowSpec::crmToAep(), kNow);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    }

    void rules_data()
    {
        QTest::addColumn<QJsonObject>("recipe");
        QTest::addColumn<QString>("code"); // empty: valid
        QTest::addColumn<QString>("field");
        const QJsonObject base = designRecipe();
        const QString sched = QStringLiteral("dataflow.schedule");
        auto row = [](const char* name, const QJsonObject& recipe, const char* code, const char* field) {
            QTest::newRow(name) << recipe << QString::fromLatin1(code) << QString::fromLatin1(field);
        };
        row("once without interval", with(base, sched, schedule("once", QJsonValue::Undefined)), "", "");
        row("once + interval", with(base, sched, schedule("once", 15)), "schedule.onceWithInterval",
            "dataflow.schedule.interval");
        row("once + backfill", with(base, sched, schedule("once", QJsonValue::Undefined, true)),
            "schedule.onceWithBackfill", "dataflow.schedule.backfill");
        row("minute + 10", with(base, sched, schedule("minute", 10)), "schedule.intervalTooSmall",
            "dataflow.schedule.interval");
        row("minute + 15", with(base, sched, schedule("minute", 15, false)), "", "");
        row("hour + 0", with(base, sched, schedule("hour", 0)), "schedule.intervalTooSmall",
            "dataflow.schedule.interval");
        row("day without interval", with(base, sched, schedule("day", QJsonValue::Undefined)),
            "schedule.intervalMissing", "dataflow.schedule.interval");
        row("monthly", with(base, sched, schedule("month", 1)), "schedule.badFrequency", "dataflow.schedule.frequency");
        row("start time passed", with(base, QStringLiteral("dataflow.schedule.startTime"), 1591043454),
            "schedule.startTimeInPast", "dataflow.schedule.startTime");
        row("start time in ms", with(base, QStringLiteral("dataflow.schedule.startTime"), 1798761600000.0),
            "schedule.startTimeMilliseconds", "dataflow.schedule.startTime");
        QJsonObject duplicate = with(base, QStringLiteral("mapping[3]"),
                                     QJsonObject{{QStringLiteral("source"), QStringLiteral("Canonical_Vid")},
                                                 {QStringLiteral("destination"), QStringLiteral("_id")}});
        row("duplicate destination", duplicate, "mapping.duplicateDestination", "mapping[3].destination");
        row("week-year date format",
            with(base, QStringLiteral("dataflow.deltaColumn.dateFormat"), QStringLiteral("YYYY-MM-DD")),
            "deltaColumn.weekYear", "dataflow.deltaColumn.dateFormat");
        row("day-of-year date format",
            with(base, QStringLiteral("dataflow.deltaColumn.dateFormat"), QStringLiteral("yyyy-MM-DD")),
            "deltaColumn.dayOfYear", "dataflow.deltaColumn.dateFormat");
        row("quoted T is fine",
            with(base, QStringLiteral("dataflow.deltaColumn.dateFormat"), QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")), "",
            "");
        row("not a pattern letter",
            with(base, QStringLiteral("dataflow.deltaColumn.dateFormat"), QStringLiteral("yyyy-MM-dd T HH")),
            "deltaColumn.badDateFormat", "dataflow.deltaColumn.dateFormat");
        row("unclosed quote",
            with(base, QStringLiteral("dataflow.deltaColumn.dateFormat"), QStringLiteral("yyyy-MM-dd'T")),
            "deltaColumn.badDateFormat", "dataflow.deltaColumn.dateFormat");
        row("unknown time zone",
            with(base, QStringLiteral("dataflow.deltaColumn.timezone"), QStringLiteral("Mars/Olympus")),
            "deltaColumn.badTimezone", "dataflow.deltaColumn.timezone");
        row("no delta column", without(base, QStringLiteral("dataflow.deltaColumn")), "deltaColumn.missing",
            "dataflow.deltaColumn");
        row("expression too long",
            with(base, QStringLiteral("mapping[2].expression"),
                 QStringLiteral("concat(%1)").arg(QString(4100, QLatin1Char('a')))),
            "mapping.expressionTooLong", "mapping[2].expression");
        row("bad destination", with(base, QStringLiteral("mapping[0].destination"), QStringLiteral("person..name")),
            "mapping.badDestination", "mapping[0].destination");
        row("no mapping", with(base, QStringLiteral("mapping"), QJsonArray()), "mapping.empty", "mapping");
        row("partial ingestion 0", with(base, QStringLiteral("dataflow.partialIngestionPercent"), 0),
            "dataflow.badPartialIngestion", "dataflow.partialIngestionPercent");
        row("partial ingestion 150", with(base, QStringLiteral("dataflow.partialIngestionPercent"), 150),
            "dataflow.badPartialIngestion", "dataflow.partialIngestionPercent");
        row("org without @AdobeOrg", with(base, QStringLiteral("platform.imsOrg"), QStringLiteral("0123")),
            "platform.badImsOrg", "platform.imsOrg");
        row("sandbox in capitals", with(base, QStringLiteral("platform.sandbox"), QStringLiteral("Prod")),
            "platform.badSandbox", "platform.sandbox");
        row("plain http to a remote host",
            with(base, QStringLiteral("platform.platformUrl"), QStringLiteral("http://platform.adobe.io")),
            "platform.insecureUrl", "platform.platformUrl");
        row("http on loopback",
            with(base, QStringLiteral("platform.platformUrl"), QStringLiteral("http://127.0.0.1:8080")), "", "");
        row("source outside CRMToAEP",
            with(base, QStringLiteral("source.connectionSpecId"),
                 QStringLiteral("2e8580db-6489-4726-96de-e33f5f60295f")),
            "source.notInFlowSpec", "source.connectionSpecId");
        QJsonObject profileNoIdentity = with(base, QStringLiteral("schema.create.profileEnabled"), true);
        profileNoIdentity = without(profileNoIdentity, QStringLiteral("schema.create.primaryIdentity"));
        row("profile schema without identity", profileNoIdentity, "schema.profileNeedsIdentity",
            "schema.create.primaryIdentity");
        row("profile dataset on a plain schema", with(base, QStringLiteral("dataset.create.profileEnabled"), true),
            "dataset.profileNeedsProfileSchema", "dataset.create.profileEnabled");
    }

    void rules()
    {
        QFETCH(QJsonObject, recipe);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QList<DraftProblem> parse;
        const DataflowDraft draft = DataflowDraft::fromJson(recipe, &parse);
        QVERIFY2(parse.isEmpty(), qPrintable(describe(parse)));
        const QList<DraftProblem> problems = DraftValidator::validate(draft, FlowSpec::crmToAep(), kNow);
        if (code.isEmpty()) {
            QVERIFY2(!DraftProblem::hasErrors(problems), qPrintable(describe(problems)));
            return;
        }
        bool found = false;
        for (const DraftProblem& problem : problems) {
            QVERIFY(!problem.message.isEmpty());
            found = found || (problem.code == code && problem.field == field && problem.isError());
        }
        QVERIFY2(found, qPrintable(QStringLiteral("expected %1@%2, got: %3").arg(code, field, describe(problems))));
    }

    /** Messages speak the wizard's words: rules counted from 1 as on the Mapping page, frequencies in words. */
    void messagesUseTheUsersWords()
    {
        QList<MappingRule> mapping(4);
        mapping[0].source = QStringLiteral("Vid");
        mapping[0].destination = QStringLiteral("_id");
        mapping[1].source = QStringLiteral("Email");
        mapping[1].destination = QStringLiteral("personalEmail.address");
        mapping[2].source = QStringLiteral("Phone");
        mapping[2].destination = QStringLiteral("mobilePhone.number");
        mapping[3].source = QStringLiteral("Canonical_Vid");
        mapping[3].destination = QStringLiteral("personalEmail.address");
        QList<DraftProblem> problems = DraftValidator::checkMapping(mapping);
        QCOMPARE(describe(problems), QStringLiteral("mapping.duplicateDestination@mapping[3].destination"));
        QCOMPARE(problems.first().message, QStringLiteral("\"personalEmail.address\" is already filled by rule 2."));

        Schedule schedule;
        schedule.frequency = QStringLiteral("minute");
        schedule.interval = 10;
        schedule.startTime = 1798761600;
        problems = DraftValidator::checkSchedule(schedule, FlowSpec::crmToAep(), kNow);
        QCOMPARE(describe(problems), QStringLiteral("schedule.intervalTooSmall@dataflow.schedule.interval"));
        // No catalogue is loaded here, so the plural keeps its "(s)": the words are checked, not the English plural.
        QVERIFY2(problems.first().message.startsWith(
                     QLatin1String("A dataflow that runs every few minutes needs an interval of at least 15 minute")),
                 qPrintable(problems.first().message));

        schedule.frequency = QStringLiteral("hour");
        schedule.interval = 0;
        problems = DraftValidator::checkSchedule(schedule, FlowSpec::crmToAep(), kNow);
        QCOMPARE(describe(problems), QStringLiteral("schedule.intervalTooSmall@dataflow.schedule.interval"));
        QVERIFY2(problems.first().message.contains(QLatin1String("every few hours")),
                 qPrintable(problems.first().message));

        schedule.frequency = QStringLiteral("month");
        schedule.interval = 1;
        problems = DraftValidator::checkSchedule(schedule, FlowSpec::crmToAep(), kNow);
        QCOMPARE(describe(problems), QStringLiteral("schedule.badFrequency@dataflow.schedule.frequency"));
        QVERIFY2(!problems.first().message.contains(QLatin1String("minute,")), qPrintable(problems.first().message));
        QVERIFY2(problems.first().message.contains(QLatin1String("every few minutes, hours, days or weeks")),
                 qPrintable(problems.first().message));
    }

    /** The server's flow spec decides: an older spec without "once" refuses it, with valijson's words. */
    void serverSpecDecides()
    {
        QJsonObject json = FlowSpec::crmToAep().json();
        QJsonObject scheduleSpec = json.value(QLatin1String("scheduleSpec")).toObject();
        QJsonObject spec = scheduleSpec.value(QLatin1String("spec")).toObject();
        QJsonObject properties = spec.value(QLatin1String("properties")).toObject();
        properties.insert(
            QStringLiteral("frequency"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                        {QStringLiteral("enum"), QJsonArray{QStringLiteral("minute"), QStringLiteral("hour")}}});
        spec.insert(QStringLiteral("properties"), properties);
        scheduleSpec.insert(QStringLiteral("spec"), spec);
        json.insert(QStringLiteral("scheduleSpec"), scheduleSpec);

        Schedule once;
        once.frequency = QStringLiteral("once");
        once.interval.reset();
        once.backfill.reset();
        once.startTime = 1798761600;
        QVERIFY(DraftValidator::checkSchedule(once, FlowSpec::crmToAep(), kNow).isEmpty());
        const QList<DraftProblem> problems = DraftValidator::checkSchedule(once, FlowSpec(json), kNow);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().code, QStringLiteral("schedule.spec"));
        QVERIFY(problems.first().message.contains(QLatin1String("frequency")));
    }

    void scheduleJsonHasIntegers()
    {
        Schedule schedule;
        schedule.startTime = 1798761600;
        const QJsonObject json = schedule.toJson();
        QVERIFY(json.value(QLatin1String("startTime")).isDouble());
        QVERIFY(json.value(QLatin1String("interval")).isDouble());
        QCOMPARE(json.value(QLatin1String("backfill")).toBool(), true);
        QVERIFY(JsonSchemaCheck::validate(FlowSpec::crmToAep().scheduleSchema(), json).isEmpty());
        const QJsonObject asStrings{{QStringLiteral("startTime"), QStringLiteral("1798761600")},
                                    {QStringLiteral("frequency"), QStringLiteral("hour")},
                                    {QStringLiteral("interval"), QStringLiteral("1")}};
        QVERIFY(!JsonSchemaCheck::validate(FlowSpec::crmToAep().scheduleSchema(), asStrings).isEmpty());
    }

    void flowSpecShipped()
    {
        const FlowSpec spec = FlowSpec::crmToAep();
        QCOMPARE(spec.id(), QString::fromLatin1(KnownIds::kCrmToAepFlowSpec));
        QCOMPARE(spec.name(), QStringLiteral("CRMToAEP"));
        QVERIFY(spec.sourceConnectionSpecIds().contains(QLatin1String(KnownIds::kHubSpotSpec)));
        QCOMPARE(spec.targetConnectionSpecIds(), QStringList{QLatin1String(KnownIds::kDataLakeSpec)});
        QVERIFY(!spec.transformationSchema(QStringLiteral("Copy")).isEmpty());
        QVERIFY(!spec.transformationSchema(QStringLiteral("Mapping")).isEmpty());
    }

    void againstSchema()
    {
        const QJsonObject leaf{{QStringLiteral("type"), QStringLiteral("string")}};
        const QJsonObject schema{
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("_id"), leaf},
                         {QStringLiteral("personalEmail"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                      {QStringLiteral("properties"), QJsonObject{{QStringLiteral("address"), leaf}}}}},
                         {QStringLiteral("person"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}}}};
        QList<DraftProblem> parse;
        DataflowDraft draft = DataflowDraft::fromJson(designRecipe(), &parse);
        QList<DraftProblem> problems = DraftValidator::checkAgainstSchema(draft, schema);
        QCOMPARE(describe(problems), QStringLiteral("mapping.unknownDestination@mapping[2].destination"));
        draft.mapping[2].destination = QStringLiteral("personalEmail");
        problems = DraftValidator::checkAgainstSchema(draft, schema);
        QCOMPARE(describe(problems), QStringLiteral("mapping.objectDestination@mapping[2].destination"));
    }

    void againstTable()
    {
        auto column = [](const char* name, bool dateTime) {
            QJsonObject json{{QStringLiteral("name"), QLatin1String(name)},
                             {QStringLiteral("type"), QStringLiteral("string")}};
            if (dateTime)
                json.insert(QStringLiteral("meta:xdmType"), QStringLiteral("date-time"));
            return json;
        };
        QList<DraftProblem> parse;
        DataflowDraft draft = DataflowDraft::fromJson(designRecipe(), &parse);
        QJsonArray columns{column("Vid", false), column("Properties_Email_Value", false),
                           column("Properties_Lastmodifieddate_Value", true), column("Portal_Id", false)};
        QVERIFY(DraftValidator::checkAgainstTable(draft, columns).isEmpty());
        draft.mapping[0].source = QStringLiteral("Nope");
        draft.dataflow.deltaColumn->name = QStringLiteral("Portal_Id");
        QCOMPARE(describe(DraftValidator::checkAgainstTable(draft, columns)),
                 QStringLiteral(
                     "mapping.unknownColumn@mapping[0].source, deltaColumn.notDateTime@dataflow.deltaColumn.name"));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "TestValidation.moc"
