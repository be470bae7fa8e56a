// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDraftRecipes.h"
#include "TestSupport.h"
#include "model/FlowSpec.h"
#include "plan/DataflowPlan.h"
#include "plan/PlanJournal.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TestDraftRecipes;

namespace {

DataflowDraft draftOf(const QJsonObject& recipe)
{
    QList<DraftProblem> problems;
    DataflowDraft draft = DataflowDraft::fromJson(recipe, &problems);
    if (!problems.isEmpty())
        qWarning() << problems.first().toString();
    return draft;
}

QHash<QString, QString> someValues()
{
    return {{QStringLiteral("baseConnectionId"), QStringLiteral("base-1")},
            {QStringLiteral("sourceConnectionId"), QStringLiteral("src-1")},
            {QStringLiteral("schemaId"), QStringLiteral("https://ns.adobe.com/demotenant/schemas/abc")},
            {QStringLiteral("schemaAltId"), QStringLiteral("_demotenant.schemas.abc")},
            {QStringLiteral("dataSetId"), QStringLiteral("5ed5639d798a22191b6987b2")},
            {QStringLiteral("targetConnectionId"), QStringLiteral("tgt-1")},
            {QStringLiteral("mappingSetId"), QStringLiteral("map-1")},
            {QStringLiteral("mappingVersion"), QStringLiteral("0")},
            {QStringLiteral("flowSpecId"), QStringLiteral("14518937-270c-4525-bdec-c2ba7cce3860")},
            {QStringLiteral("flowSpecVersion"), QStringLiteral("1.0")},
            {QStringLiteral("mappingVersionType"), QStringLiteral("string")}};
}

} // namespace

/** DataflowPlan: which steps, what each needs, and the Platform API payloads; PlanJournal's file. */
class TestPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { TestSupport::isolateUserFolders(); }

    void dependencies_data()
    {
        QTest::addColumn<QJsonObject>("recipe");
        QTest::addColumn<QStringList>("steps"); // "id<needs,needs"
        QTest::addColumn<QStringList>("critical");
        const QJsonObject base = designRecipe();
        QTest::newRow("design recipe") << base
                                       << QStringList{"sourceConnection<",
                                                      "schema<",
                                                      "identityDescriptor<schema",
                                                      "dataset<schema",
                                                      "targetConnection<dataset,schema",
                                                      "mappingSet<schema",
                                                      "flowSpec<",
                                                      "flow<sourceConnection,targetConnection,mappingSet,flowSpec"}
                                       << QStringList{"schema", "dataset", "targetConnection", "flow"};
        QJsonObject profile = with(base, QStringLiteral("schema.create.profileEnabled"), true);
        profile = with(profile, QStringLiteral("dataset.create.profileEnabled"), true);
        QTest::newRow("profile") << profile
                                 << QStringList{"sourceConnection<",
                                                "schema<",
                                                "identityDescriptor<schema",
                                                "profileTag<schema,identityDescriptor",
                                                "dataset<schema,profileTag",
                                                "targetConnection<dataset,schema",
                                                "mappingSet<schema",
                                                "flowSpec<",
                                                "flow<sourceConnection,targetConnection,mappingSet,flowSpec"}
                                 << QStringList{"schema",  "identityDescriptor", "profileTag",
                                                "dataset", "targetConnection",   "flow"};
        QJsonObject existing
            = with(base, QStringLiteral("schema"), QJsonObject{{QStringLiteral("id"), QStringLiteral("s")}});
        existing = with(existing, QStringLiteral("dataset"), QJsonObject{{QStringLiteral("id"), QStringLiteral("d")}});
        QTest::newRow("existing schema and dataset")
            << existing
            << QStringList{"sourceConnection<", "targetConnection<", "mappingSet<", "flowSpec<",
                           "flow<sourceConnection,targetConnection,mappingSet,flowSpec"}
            << QStringList{"sourceConnection", "flow"};
        QJsonObject account = without(base, QStringLiteral("source.baseConnectionId"));
        account = with(account, QStringLiteral("source.newAccount"),
                       QJsonObject{{QStringLiteral("name"), QStringLiteral("HubSpot")},
                                   {QStringLiteral("authSpecName"), QStringLiteral("Basic Authentication")}});
        account = with(account, QStringLiteral("schema"), QJsonObject{{QStringLiteral("id"), QStringLiteral("s")}});
        account = with(account, QStringLiteral("dataset"), QJsonObject{{QStringLiteral("id"), QStringLiteral("d")}});
        QTest::newRow("new account")
            << account << QStringList{"baseConnection<",   "sourceConnection<baseConnection",
                                      "targetConnection<", "mappingSet<",
                                      "flowSpec<",         "flow<sourceConnection,targetConnection,mappingSet,flowSpec"}
            << QStringList{"baseConnection", "sourceConnection", "flow"};
    }

    void dependencies()
    {
        QFETCH(QJsonObject, recipe);
        QFETCH(QStringList, steps);
        QFETCH(QStringList, critical);
        const DataflowPlan plan = DataflowPlan::build(draftOf(recipe));
        QStringList actual;
        for (const PlanStep& step : plan.steps()) {
            actual << step.id + QLatin1Char('<') + step.needs.join(QLatin1Char(','));
            QVERIFY(!step.title.isEmpty());
        }
        QCOMPARE(actual, steps);
        QCOMPARE(plan.criticalPath(), critical);
        QCOMPARE(plan.order().size(), steps.size());
    }

    void stepTitlesInTheMarketersWords()
    {
        // The Review page lists these titles: no flow spec ids or Platform jargon.
        const DataflowPlan plan = DataflowPlan::build(draftOf(designRecipe()));
        const PlanStep* lookup = plan.step(QStringLiteral("flowSpec"));
        QVERIFY(lookup);
        QCOMPARE(lookup->title, QStringLiteral("Read the Platform's rules for this kind of dataflow"));
        for (const PlanStep& step : plan.steps()) {
            QVERIFY2(!step.title.contains(QLatin1String("CRMToAEP")), qPrintable(step.title));
            QVERIFY2(!step.title.contains(QLatin1String("flow spec")), qPrintable(step.title));
        }
    }

    void rootsRunTogether()
    {
        const DataflowPlan plan = DataflowPlan::build(draftOf(designRecipe()));
        QStringList roots;
        for (const PlanStep& step : plan.steps()) {
            if (step.needs.isEmpty())
                roots << step.id;
        }
        QCOMPARE(roots, (QStringList{"sourceConnection", "schema", "flowSpec"}));
        QCOMPARE(plan.dependents(QStringLiteral("schema")),
                 (QStringList{"identityDescriptor", "dataset", "targetConnection", "mappingSet", "flow"}));
    }

    void payloads()
    {
        const DataflowPlan plan = DataflowPlan::build(draftOf(designRecipe()));
        const QHash<QString, QString> values = someValues();

        const QJsonObject source
            = plan.createRequest(*plan.step(QStringLiteral("sourceConnection")), values).body.object();
        QCOMPARE(source.value("data").toObject().value("format").toString(), QStringLiteral("tabular"));
        QCOMPARE(source.value("params").toObject().value("path").toString(), QStringLiteral("Hubspot.Contacts"));
        QCOMPARE(source.value("baseConnectionId").toString(), QStringLiteral("base-1"));

        const QJsonObject schema = plan.createRequest(*plan.step(QStringLiteral("schema")), values).body.object();
        QCOMPARE(schema.value("allOf").toArray().size(), 3);
        QCOMPARE(schema.value("allOf").toArray().at(0).toObject().value("$ref").toString(),
                 QStringLiteral("https://ns.adobe.com/xdm/context/profile"));

        const QJsonObject descriptor
            = plan.createRequest(*plan.step(QStringLiteral("identityDescriptor")), values).body.object();
        QCOMPARE(descriptor.value("xdm:sourceProperty").toString(), QStringLiteral("/personalEmail/address"));
        QCOMPARE(descriptor.value("xdm:isPrimary").toBool(), true);

        const StepRequest dataset = plan.createRequest(*plan.step(QStringLiteral("dataset")), values);
        QCOMPARE(dataset.query.queryItemValue("requestDataSource"), QStringLiteral("true"));
        QVERIFY(
            dataset.body.object().value("schemaRef").toObject().value("contentType").toString().endsWith("version=1"));

        const QJsonObject target
            = plan.createRequest(*plan.step(QStringLiteral("targetConnection")), values).body.object();
        QCOMPARE(target.value("data").toObject().value("schema").toObject().value("version").toString(),
                 QStringLiteral("application/vnd.adobe.xed-full+json;version=1"));
        QCOMPARE(target.value("params").toObject().value("dataSetId").toString(),
                 QStringLiteral("5ed5639d798a22191b6987b2"));
        QCOMPARE(target.value("connectionSpec").toObject().value("id").toString(),
                 QStringLiteral("c604ff05-7f1a-43c0-8e18-33bf874cb11c"));

        const QJsonObject mapping = plan.createRequest(*plan.step(QStringLiteral("mappingSet")), values).body.object();
        QCOMPARE(mapping.value("outputSchema").toObject().value("schemaRef").toObject().value("id").toString(),
                 values.value("schemaId"));
        const QJsonArray rules = mapping.value("mappings").toArray();
        QCOMPARE(rules.size(), 3);
        QCOMPARE(rules.at(0).toObject().value("sourceType").toString(), QStringLiteral("ATTRIBUTE"));
        QCOMPARE(rules.at(2).toObject().value("sourceType").toString(), QStringLiteral("EXPRESSION"));
        QVERIFY(rules.at(2).toObject().value("source").toString().startsWith("concat("));

        const StepRequest lookup = plan.createRequest(*plan.step(QStringLiteral("flowSpec")), values);
        QCOMPARE(lookup.method, QByteArray("GET"));
        QCOMPARE(lookup.query.queryItemValue("property"), QStringLiteral("name==\"CRMToAEP\""));

        const QJsonObject flow = plan.createRequest(*plan.step(QStringLiteral("flow")), values).body.object();
        const QJsonObject schedule = flow.value("scheduleParams").toObject();
        QVERIFY(schedule.value("startTime").isDouble());
        QVERIFY(schedule.value("interval").isDouble());
        QCOMPARE(schedule.value("backfill").toBool(), true);
        const QJsonArray transformations = flow.value("transformations").toArray();
        QCOMPARE(transformations.at(0).toObject().value("name").toString(), QStringLiteral("Copy"));
        const QJsonValue version = transformations.at(1).toObject().value("params").toObject().value("mappingVersion");
        QVERIFY(version.isString());
        QCOMPARE(version.toString(), QStringLiteral("0"));
        QCOMPARE(flow.value("options").toObject().value("partialIngestionPercent").toDouble(), 5.0);
        QVERIFY(!flow.contains("state"));
        QCOMPARE(flow.value("sourceConnectionIds").toArray().at(0).toString(), QStringLiteral("src-1"));
    }

    void onceSendsNoIntervalNorBackfill()
    {
        const QJsonObject recipe = with(designRecipe(), QStringLiteral("dataflow.schedule"),
                                        QJsonObject{{QStringLiteral("frequency"), QStringLiteral("once")},
                                                    {QStringLiteral("startTime"), 1798761600}});
        const DataflowPlan plan = DataflowPlan::build(draftOf(recipe));
        const QJsonObject schedule = plan.flowBody(someValues(), true).value("scheduleParams").toObject();
        QCOMPARE(schedule.keys(), (QStringList{"frequency", "startTime"}));
    }

    void mappingVersionAsTheSpecTypesIt()
    {
        QVERIFY(DataflowPlan::mappingVersionIsString(FlowSpec::crmToAep().json()));
        const DataflowPlan plan = DataflowPlan::build(draftOf(designRecipe()));
        const QJsonValue number = plan.flowBody(someValues(), false)
                                      .value("transformations")
                                      .toArray()
                                      .at(1)
                                      .toObject()
                                      .value("params")
                                      .toObject()
                                      .value("mappingVersion");
        QVERIFY(number.isDouble());
    }

    void readResults_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("dataset") << "dataset" << QByteArray("[\"@/dataSets/5ed5639d798a22191b6987b2\"]") << "dataSetId"
                                 << "5ed5639d798a22191b6987b2";
        QTest::newRow("dataset, prose spelling") << "dataset" << QByteArray("[\"@/datasets/abc\"]") << "dataSetId"
                                                 << "abc";
        QTest::newRow("schema") << "schema"
                                << QByteArray("{\"$id\": \"https://x/s\", \"meta:altId\": \"_t.schemas.s\"}")
                                << "schemaAltId"
                                << "_t.schemas.s";
        QTest::newRow("mapping set") << "mappingSet" << QByteArray("{\"id\": \"m\", \"version\": 0}")
                                     << "mappingVersion"
                                     << "0";
        QTest::newRow("flow") << "flow" << QByteArray("{\"id\": \"f\", \"etag\": \"\\\"e\\\"\"}") << "flowId"
                              << "f";
        QTest::newRow("flow spec") << "flowSpec" << QByteArray("{\"items\": [{\"id\": \"fs\", \"version\": \"1.0\"}]}")
                                   << "flowSpecId"
                                   << "fs";
        QTest::newRow("descriptor") << "identityDescriptor" << QByteArray("{\"@id\": \"d1\"}") << "descriptorId"
                                    << "d1";
    }

    void readResults()
    {
        QFETCH(QString, step);
        QFETCH(QByteArray, response);
        QFETCH(QString, name);
        QFETCH(QString, value);
        const DataflowPlan plan = DataflowPlan::build(draftOf(designRecipe()));
        QHash<QString, QString> values;
        QString why;
        QVERIFY2(plan.readResult(*plan.step(step), QJsonDocument::fromJson(response), &values, &why), qPrintable(why));
        QCOMPARE(values.value(name), value);
    }

    void missingIdIsAnError()
    {
        const DataflowPlan plan = DataflowPlan::build(draftOf(designRecipe()));
        QHash<QString, QString> values;
        QString why;
        QVERIFY(!plan.readResult(*plan.step("flow"), QJsonDocument::fromJson("{}"), &values, &why));
        QVERIFY(why.contains("flowId"));
        QVERIFY(!plan.readResult(*plan.step("dataset"), QJsonDocument::fromJson("[\"x\"]"), &values, &why));
    }

    void verifyAndDelete()
    {
        const DataflowPlan plan = DataflowPlan::build(draftOf(designRecipe()));
        const QHash<QString, QString> values = someValues();
        const StepRequest verifySchema = plan.verifyRequest(*plan.step("schema"), values);
        QCOMPARE(verifySchema.method, QByteArray("GET"));
        QVERIFY(verifySchema.path.endsWith("/tenant/schemas/_demotenant.schemas.abc"));
        QVERIFY(verifySchema.accept.contains("version=1"));
        QCOMPARE(plan.deleteRequest(*plan.step("flow"), values).method, QByteArray("DELETE"));
        QVERIFY(plan.deleteRequest(*plan.step("mappingSet"), values).isNull());
        QVERIFY(!plan.verifyRequest(*plan.step("mappingSet"), values).isNull());
        QVERIFY(plan.verifyRequest(*plan.step("flowSpec"), values).isNull());
    }

    void draftKeyIsStable()
    {
        const DataflowDraft draft = draftOf(designRecipe());
        QCOMPARE(DataflowPlan::build(draft).draftKey(), DataflowPlan::build(draftOf(designRecipe())).draftKey());
        DataflowDraft other = draft;
        other.platform.platformUrl = QStringLiteral("http://127.0.0.1:1234");
        QVERIFY(DataflowPlan::build(other).draftKey() != DataflowPlan::build(draft).draftKey());
    }

    void journalRoundTrip()
    {
        QTemporaryDir dir;
        PlanJournal journal(dir.path() + "/journals", QStringLiteral("abc"));
        QString why;
        QVERIFY(journal.load(&why));
        QVERIFY(journal.isEmpty());
        journal.record("schema", {{"schemaId", "s"}, {"schemaAltId", "a"}});
        QVERIFY2(journal.save(&why), qPrintable(why));
        QVERIFY(QFile::exists(journal.filePath()));

        PlanJournal again(dir.path() + "/journals", QStringLiteral("abc"));
        QVERIFY(again.load(&why));
        QCOMPARE(again.values("schema").value("schemaAltId"), QStringLiteral("a"));
        again.forget("schema");
        QVERIFY(again.save(&why));
        QVERIFY(!QFile::exists(journal.filePath()));
    }

    void damagedJournalIsReported()
    {
        QTemporaryDir dir;
        PlanJournal journal(dir.path(), QStringLiteral("bad"));
        QFile file(journal.filePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{not json");
        file.close();
        QString why;
        QVERIFY(!journal.load(&why));
        QVERIFY(why.contains(journal.filePath()));
    }

    void journalFolderInTestMode()
    {
        QVERIFY(QStandardPaths::isTestModeEnabled());
        QVERIFY(PlanJournal::defaultFolder().endsWith("/journals"));
        QVERIFY(PlanJournal::defaultFolder().contains(".qttest"));
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "TestPlan.moc"
