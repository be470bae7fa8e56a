// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRunnerFixture.h"
#include "plan/PlanRunner.h"

#include <QFile>
#include <QSignalSpy>

namespace {

const char* const kKinds[]
    = {"sourceConnections", "schemas", "descriptors", "dataSets", "targetConnections", "mappingSets", "flows"};

} // namespace

/** PlanRunner against the emulator: the whole dataflow, failures at each step and reruns, concurrency, clean up. */
class TestRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { TestSupport::isolateUserFolders(); }
    void cleanup() { m_fixture.tearDown(); }

    void happyPathThenRerunReusesEverything()
    {
        QCOMPARE(m_fixture.setUp(), QString());
        PlanRunner runner(m_fixture.session->client(), DataflowPlan::build(draftOf(m_fixture.recipe())));
        runner.setJournalFolder(m_fixture.journals->path());
        QVERIFY(runToEnd(runner));
        QVERIFY2(runner.ok(), qPrintable(runner.failedStep() + QStringLiteral(": ") + runner.error().toString()));
        const QJsonObject results = runner.results();
        for (const QString& key : DataflowPlan::outputKeys())
            QVERIFY2(results.contains(key), qPrintable(key));
        QVERIFY(results.value("mappingVersion").isString());
        QVERIFY(!results.value("dataSetId").toString().startsWith("@"));
        for (const char* kind : kKinds)
            QVERIFY2(m_fixture.added(kind) == 1, kind);
        QVERIFY(QFile::exists(runner.journalPath()));
        QFile journal(runner.journalPath());
        QVERIFY(journal.open(QIODevice::ReadOnly));
        QVERIFY(!journal.readAll().contains("hs-secret"));

        // The flow as stored: integer schedule, the mapping and the dataset wired as planned.
        const TestSupport::CallResult flow = TestSupport::await(m_fixture.session->client()->get(
            QLatin1String(Platform::kFlowService) + "/flows/" + results.value("flowId").toString()));
        QVERIFY(flow.ok());
        const QJsonObject item = flow.json.object().value("items").toArray().at(0).toObject();
        QVERIFY(item.value("scheduleParams").toObject().value("startTime").isDouble());
        QCOMPARE(item.value("targetConnectionIds").toArray().at(0).toString(),
                 results.value("targetConnectionId").toString());

        PlanRunner again(m_fixture.session->client(), DataflowPlan::build(draftOf(m_fixture.recipe())));
        again.setJournalFolder(m_fixture.journals->path());
        QVERIFY(runToEnd(again));
        QVERIFY2(again.ok(), qPrintable(again.error().toString()));
        QCOMPARE(again.results(), results);
        const QHash<QString, PlanRunner::Outcome> outcomes = again.outcomes();
        for (auto it = outcomes.begin(); it != outcomes.end(); ++it)
            QVERIFY2(it.value() == PlanRunner::Outcome::Reused || it.value() == PlanRunner::Outcome::Done,
                     qPrintable(it.key()));
        for (const char* kind : kKinds)
            QVERIFY2(m_fixture.added(kind) == 1, kind);
    }

    void failureAtEachStepThenRerun_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("failedAt"); // "": the checks before the first write stopped the run
        QTest::newRow("source connection") << "POST:/data/foundation/flowservice/sourceConnections=500"
                                           << "sourceConnection"
                                           << "sourceConnection";
        QTest::newRow("schema") << "POST:/data/foundation/schemaregistry/tenant/schemas=500"
                                << "schema"
                                << "schema";
        QTest::newRow("identity descriptor") << "POST:/data/foundation/schemaregistry/tenant/descriptors=500"
                                             << "identityDescriptor"
                                             << "identityDescriptor";
        QTest::newRow("dataset") << "POST:/data/foundation/catalog/dataSets=500"
                                 << "dataset"
                                 << "dataset";
        QTest::newRow("target connection") << "POST:/data/foundation/flowservice/targetConnections=500"
                                           << "targetConnection"
                                           << "targetConnection";
        QTest::newRow("mapping set") << "POST:/data/foundation/conversion/mappingSets=500"
                                     << "mappingSet"
                                     << "mappingSet";
        QTest::newRow("flow spec lookup") << "GET:/data/foundation/flowservice/flowSpecs=400"
                                          << "flowSpec"
                                          << ""; // the same GET runs in the checks first
        QTest::newRow("flow") << "POST:/data/foundation/flowservice/flows=500"
                              << "flow"
                              << "flow";
    }

    void failureAtEachStepThenRerun()
    {
        QFETCH(QString, fault);
        QFETCH(QString, step);
        QFETCH(QString, failedAt);
        QCOMPARE(m_fixture.setUp(), QString());
        QString why;
        QVERIFY2(m_fixture.platform->addFault(fault + ",count=always", &why), qPrintable(why));
        {
            PlanRunner runner(m_fixture.session->client(), DataflowPlan::build(draftOf(m_fixture.recipe())));
            runner.setJournalFolder(m_fixture.journals->path());
            QSignalSpy failed(&runner, &PlanRunner::failed);
            QVERIFY(runToEnd(runner));
            QVERIFY(!runner.ok());
            QCOMPARE(runner.failedStep(), failedAt);
            QCOMPARE(failed.count(), 1);
            QCOMPARE(failed.first().at(0).toString(), failedAt);
            QVERIFY(!runner.outcomes().contains(step));
            // The flow waits for what it needs; a step off its path (the identity descriptor without Profile) may
            // still be recovering, looking for what its lost answer made, while the flow is created.
            if (runner.plan().dependents(step).contains("flow"))
                QVERIFY(!runner.outcomes().contains("flow"));
        }
        m_fixture.platform->clearFaults();
        PlanRunner rerun(m_fixture.session->client(), DataflowPlan::build(draftOf(m_fixture.recipe())));
        rerun.setJournalFolder(m_fixture.journals->path());
        QVERIFY(runToEnd(rerun));
        QVERIFY2(rerun.ok(), qPrintable(rerun.failedStep() + ": " + rerun.error().toString()));
        QCOMPARE(rerun.outcomes().value(step),
                 step == "flowSpec" ? PlanRunner::Outcome::Done : PlanRunner::Outcome::Created);
        for (const char* kind : kKinds)
            QVERIFY2(m_fixture.added(kind) == 1,
                     qPrintable(QStringLiteral("%1: %2").arg(kind).arg(m_fixture.added(kind))));
    }

    void checksStopBeforeTheFirstWrite()
    {
        // The issue's case: a recipe on the existing schema and dataset maps onto person.nickname, which the schema
        // lacks. Nothing may be created (not the source nor the target connection): the checks run first.
        QCOMPARE(m_fixture.setUp(), QString());
        PlanRunner first(m_fixture.session->client(), DataflowPlan::build(draftOf(m_fixture.recipe())));
        first.setJournalFolder(m_fixture.journals->path());
        QVERIFY(runToEnd(first));
        QVERIFY2(first.ok(), qPrintable(first.error().toString()));
        using TestDraftRecipes::with;
        QJsonObject recipe = with(m_fixture.recipe(), "schema", QJsonObject{{"id", first.values().value("schemaId")}});
        recipe = with(recipe, "dataset", QJsonObject{{"id", first.values().value("dataSetId")}});
        recipe = with(recipe, "dataflow.name", "Second flow");
        recipe = with(recipe, "mapping[3]",
                      QJsonObject{{"source", "Properties_Firstname_Value"}, {"destination", "person.nickname"}});
        const QJsonObject counts = m_fixture.platform->counts();
        const qsizetype logged = m_fixture.platform->requestLog().size();

        const auto stopsWith = [&](const QJsonObject& json, const QString& code, const QString& field) -> QString {
            PlanRunner runner(m_fixture.session->client(), DataflowPlan::build(draftOf(json)));
            runner.setJournalFolder(m_fixture.journals->path());
            QSignalSpy started(&runner, &PlanRunner::stepStarted);
            if (!runToEnd(runner) || runner.ok() || !runner.failedStep().isEmpty() || !started.isEmpty())
                return QStringLiteral("did not stop before the first step: ") + runner.error().toString();
            bool named = false;
            for (const DraftProblem& problem : runner.problems())
                named = named || (problem.code == code && problem.field == field && problem.isError());
            if (!named || runner.error().code != code || !runner.error().userMessage.contains(field))
                return QStringLiteral("the problem is not named: ") + runner.error().toString();
            if (runner.failedTitle().isEmpty())
                return QStringLiteral("no title");
            return QString();
        };
        QCOMPARE(stopsWith(recipe, "mapping.unknownDestination", "mapping[3].destination"), QString());
        QCOMPARE(stopsWith(with(recipe, "dataset.id", "no-such-dataset"), "dataset.notFound", "dataset.id"), QString());
        // A column no value of which fits its field (TypeCompatibility's rule, as on the Mapping page).
        QCOMPARE(stopsWith(with(recipe, "mapping[3]",
                                QJsonObject{{"source", "Is_Contact"}, {"destination", "person.birthDate"}}),
                           "mapping.typeMismatch", "mapping[3].source"),
                 QString());
        // What only Data Prep knows (an unknown function), asked through mappingSets/validate, which creates nothing.
        QCOMPARE(stopsWith(with(recipe, "mapping[3]",
                                QJsonObject{{"expression", "no_such_function(Vid)"},
                                            {"destination", "person.name.firstName"}}),
                           "mapping.refusedByDataPrep", "mapping[3]"),
                 QString());
        const QJsonArray log = m_fixture.platform->requestLog();
        for (qsizetype i = logged; i < log.size(); ++i) {
            const QJsonObject entry = log.at(i).toObject();
            QVERIFY2(entry.value("method").toString() == "GET" || entry.value("path").toString().startsWith("/ims/")
                         || entry.value("path").toString().endsWith("/mappingSets/validate"),
                     qPrintable(entry.value("method").toString() + ' ' + entry.value("path").toString()));
        }
        QCOMPARE(m_fixture.platform->counts(), counts);
    }

    void independentStepsRunAtTheSameTime()
    {
        EmulatorOptions options;
        options.latencyMs = 300;
        QCOMPARE(m_fixture.setUp(options), QString());
        PlanRunner runner(m_fixture.session->client(), DataflowPlan::build(draftOf(m_fixture.recipe())));
        runner.setJournalFolder(m_fixture.journals->path());
        QStringList started;
        connect(&runner, &PlanRunner::stepStarted, this, [&](const QString& id) { started << id; });
        QSignalSpy finished(&runner, &PlanRunner::finished);
        const qsizetype logged = m_fixture.platform->requestLog().size();
        runner.start();
        // The schema heads the longest chain of writes (schema, dataset, target connection, flow): it goes with the
        // checks, before any of them is answered; nothing else does.
        QCOMPARE(started, QStringList{"schema"});
        QVERIFY(finished.wait(60000));
        QVERIFY2(runner.ok(), qPrintable(runner.error().toString()));
        QVERIFY(runner.maxConcurrent() >= 3); // the descriptor, the dataset and the mapping set at least

        // In the emulator's log (times of arrival): the schema's POST came with the checks' reads, the source
        // connection's once they were answered; the flow spec was read once, by the checks.
        const QJsonArray log = m_fixture.platform->requestLog();
        qint64 firstRead = -1, schemaPost = -1, sourcePost = -1;
        int flowSpecReads = 0;
        for (qsizetype i = logged; i < log.size(); ++i) {
            const QJsonObject entry = log.at(i).toObject();
            const QString call = entry.value("method").toString() + ' ' + entry.value("path").toString();
            const qint64 time = qint64(entry.value("time").toDouble());
            if (firstRead < 0 && call.startsWith("GET /data/"))
                firstRead = time;
            if (call == "POST /data/foundation/schemaregistry/tenant/schemas")
                schemaPost = time;
            if (call == "POST /data/foundation/flowservice/sourceConnections")
                sourcePost = time;
            flowSpecReads += call == "GET /data/foundation/flowservice/flowSpecs";
        }
        QVERIFY(firstRead >= 0 && schemaPost >= 0 && sourcePost >= 0);
        QVERIFY2(schemaPost - firstRead < options.latencyMs, qPrintable(QString::number(schemaPost - firstRead)));
        QVERIFY2(sourcePost - firstRead >= options.latencyMs, qPrintable(QString::number(sourcePost - firstRead)));
        QCOMPARE(flowSpecReads, 1);
    }

    void checksThatFailUndoTheSchemaMadeAlongside_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("made"); // whether the schema was made (then deleted, or not)
        QTest::addColumn<bool>("undone");
        QTest::newRow("made, then deleted") << QString() << true << true;
        QTest::newRow("its create fails too: the checks' problems come first")
            << "POST:/data/foundation/schemaregistry/tenant/schemas=400,count=always" << false << true;
        QTest::newRow("its delete fails: kept in the journal, for Clean up")
            << "DELETE:/data/foundation/schemaregistry/tenant/schemas/*=400,count=always" << true << false;
    }

    void checksThatFailUndoTheSchemaMadeAlongside()
    {
        QFETCH(QString, fault);
        QFETCH(bool, made);
        QFETCH(bool, undone);
        QCOMPARE(m_fixture.setUp(), QString());
        if (!fault.isEmpty())
            QVERIFY(m_fixture.platform->addFault(fault));
        // person.nickname is in neither the class nor the field groups of the schema to create.
        const QJsonObject recipe = TestDraftRecipes::with(
            m_fixture.recipe(), "mapping[3]",
            QJsonObject{{"source", "Properties_Firstname_Value"}, {"destination", "person.nickname"}});
        PlanRunner runner(m_fixture.session->client(), DataflowPlan::build(draftOf(recipe)));
        runner.setJournalFolder(m_fixture.journals->path());
        QSignalSpy failed(&runner, &PlanRunner::failed);
        const qsizetype logged = m_fixture.platform->requestLog().size();
        QVERIFY(runToEnd(runner));
        QVERIFY(!runner.ok());
        QCOMPARE(runner.failedStep(), QString());
        QCOMPARE(runner.error().code, QStringLiteral("mapping.unknownDestination"));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(runner.outcomes().contains("schema"), made);
        const QJsonArray log = m_fixture.platform->requestLog();
        for (qsizetype i = logged; i < log.size(); ++i) {
            const QJsonObject entry = log.at(i).toObject();
            const QString method = entry.value("method").toString();
            const QString path = entry.value("path").toString();
            QVERIFY2(method == "GET" || path.startsWith("/ims/")
                         || path.startsWith("/data/foundation/schemaregistry/tenant/schemas"),
                     qPrintable(method + ' ' + path));
        }
        if (undone) {
            if (made)
                QCOMPARE(runner.outcomes().value("schema"), PlanRunner::Outcome::Deleted);
            QCOMPARE(m_fixture.added("schemas"), 0);
            QVERIFY(runner.notUndone().isEmpty());
            QVERIFY(!QFile::exists(runner.journalPath()));
            QVERIFY(runner.failedTitle().contains("nothing was created"));
            return;
        }
        QCOMPARE(runner.notUndone(), QStringList{"Create the schema"});
        QVERIFY2(runner.error().userMessage.contains("Clean up"), qPrintable(runner.error().userMessage));
        QVERIFY(!runner.failedTitle().contains("nothing was created"));
        QCOMPARE(m_fixture.added("schemas"), 1);
        m_fixture.platform->clearFaults();
        QVERIFY(runToEnd(runner, true)); // the journal kept it: Clean up deletes it
        QVERIFY2(runner.ok(), qPrintable(runner.error().toString()));
        QCOMPARE(m_fixture.added("schemas"), 0);
    }

    void cancelWhileCheckingLeavesNothing()
    {
        EmulatorOptions options;
        options.latencyMs = 200;
        QCOMPARE(m_fixture.setUp(options), QString());
        PlanRunner runner(m_fixture.session->client(), DataflowPlan::build(draftOf(m_fixture.recipe())));
        runner.setJournalFolder(m_fixture.journals->path());
        QSignalSpy finished(&runner, &PlanRunner::finished);
        runner.start();
        runner.cancel();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(runner.error().kind, PlatformError::Kind::Cancelled);
        // The schema's create was answered (not aborted, or it would be made unknown to the runner), then deleted.
        QCOMPARE(runner.outcomes().value("schema"), PlanRunner::Outcome::Deleted);
        QCOMPARE(m_fixture.added("schemas"), 0);
        QCOMPARE(m_fixture.added("sourceConnections"), 0);
        QVERIFY(!QFile::exists(runner.journalPath()));
    }

    void deletedObjectIsCreatedAgain()
    {
        QCOMPARE(m_fixture.setUp(), QString());
        PlanRunner runner(m_fixture.session->client(), DataflowPlan::build(draftOf(m_fixture.recipe())));
        runner.setJournalFolder(m_fixture.journals->path());
        QVERIFY(runToEnd(runner));
        QVERIFY(runner.ok());
        const QString flowId = runner.results().value("flowId").toString();
        QVERIFY(TestSupport::await(m_fixture.session->client()->deleteResource(QLatin1String(Platform::kFlowService)
                                                                               + "/flows/" + flowId))
                    .ok());
        QCOMPARE(m_fixture.added("flows"), 0);
        QVERIFY(runToEnd(runner));
        QVERIFY2(runner.ok(), qPrintable(runner.error().toString()));
        QCOMPARE(runner.outcomes().value("flow"), PlanRunner::Outcome::Created);
        QCOMPARE(runner.outcomes().value("schema"), PlanRunner::Outcome::Reused);
        QVERIFY(runner.results().value("flowId").toString() != flowId);
        for (const char* kind : kKinds)
            QVERIFY2(m_fixture.added(kind) == 1, kind);
    }

    void cleanUpDeletesWhatAFailedRunLeft()
    {
        QCOMPARE(m_fixture.setUp(), QString());
        QVERIFY(m_fixture.platform->addFault("POST:/data/foundation/flowservice/flows=500,count=always"));
        PlanRunner runner(m_fixture.session->client(), DataflowPlan::build(draftOf(m_fixture.recipe())));
        runner.setJournalFolder(m_fixture.journals->path());
        QVERIFY(runToEnd(runner));
        QCOMPARE(runner.failedStep(), QStringLiteral("flow"));
        QCOMPARE(m_fixture.added("targetConnections"), 1);

        QStringList order;
        connect(&runner, &PlanRunner::stepFinished, this, [&](const QString& id) { order << id; });
        QVERIFY(runToEnd(runner, true));
        QVERIFY2(runner.ok(), qPrintable(runner.failedStep() + ": " + runner.error().toString()));
        QCOMPARE(order,
                 (QStringList{"mappingSet", "targetConnection", "dataset", "identityDescriptor", "schema",
                              "sourceConnection"}));
        QCOMPARE(runner.outcomes().value("mappingSet"), PlanRunner::Outcome::Kept); // Data Prep has no delete
        for (const char* kind :
             {"sourceConnections", "schemas", "descriptors", "dataSets", "targetConnections", "flows"})
            QVERIFY2(m_fixture.added(kind) == 0, kind);
        QVERIFY(!QFile::exists(runner.journalPath()));
    }

    void newAccountIsAStepAdoptedOrCreated_data()
    {
        QTest::addColumn<bool>("adopt");
        QTest::newRow("created by the plan, secrets in memory") << false;
        QTest::newRow("made before (the wizard's tables), adopted") << true;
    }
    void newAccountIsAStepAdoptedOrCreated()
    {
        QFETCH(bool, adopt);
        QCOMPARE(m_fixture.setUp(), QString());
        QJsonObject recipe = TestDraftRecipes::without(m_fixture.recipe(), "source.baseConnectionId");
        recipe = TestDraftRecipes::with(recipe, "source.newAccount",
                                        QJsonObject{{"name", "Runner account"},
                                                    {"authSpecName", "Basic Authentication"},
                                                    {"params", QJsonObject{{"clientId", "app"}}}});
        const DataflowPlan plan = DataflowPlan::build(draftOf(recipe));
        const QJsonObject secrets{{"clientSecret", "run-s"}, {"accessToken", "run-a"}, {"refreshToken", "run-r"}};
        QString madeBefore;
        if (adopt) {
            madeBefore = m_fixture.createAccount(secrets);
            QVERIFY(!madeBefore.isEmpty());
        }
        // Two 500s: one is recovered by looking for the flow and creating it again; the second stops the run.
        QVERIFY(m_fixture.platform->addFault("POST:/data/foundation/flowservice/flows=500,count=2"));
        PlanRunner runner(m_fixture.session->client(), plan);
        runner.setJournalFolder(m_fixture.journals->path());
        runner.setAccountSecrets(secrets);
        if (adopt)
            runner.adopt("baseConnection", {{"baseConnectionId", madeBefore}});
        QVERIFY(runToEnd(runner));
        QCOMPARE(runner.failedStep(), QStringLiteral("flow"));
        QCOMPARE(runner.outcomes().value("baseConnection"), PlanRunner::Outcome::Created);
        QCOMPARE(m_fixture.added("connections"), 1);
        if (adopt)
            QCOMPARE(runner.values().value("baseConnectionId"), madeBefore);
        QFile journal(runner.journalPath());
        QVERIFY(journal.open(QIODevice::ReadOnly));
        const QByteArray text = journal.readAll();
        QVERIFY(text.contains("baseConnection"));
        QVERIFY(!text.contains("run-s") && !text.contains("run-a"));
        journal.close();

        // The rerun reuses the account (adopted again or not), then clean up deletes it, last.
        PlanRunner rerun(m_fixture.session->client(), plan);
        rerun.setJournalFolder(m_fixture.journals->path());
        rerun.setAccountSecrets(secrets);
        if (adopt)
            rerun.adopt("baseConnection", {{"baseConnectionId", madeBefore}});
        QVERIFY(runToEnd(rerun));
        QVERIFY2(rerun.ok(), qPrintable(rerun.error().toString()));
        QCOMPARE(rerun.outcomes().value("baseConnection"), PlanRunner::Outcome::Reused);
        QCOMPARE(m_fixture.added("connections"), 1);
        QCOMPARE(m_fixture.added("flows"), 1);
        QStringList order;
        connect(&rerun, &PlanRunner::stepFinished, this, [&](const QString& id) { order << id; });
        QVERIFY(runToEnd(rerun, true));
        QVERIFY2(rerun.ok(), qPrintable(rerun.error().toString()));
        QCOMPARE(order.first(), QStringLiteral("flow"));
        QCOMPARE(order.last(), QStringLiteral("baseConnection"));
        QCOMPARE(m_fixture.added("connections"), 0);
    }

private:
    RunnerFixture m_fixture;
};

QTEST_GUILESS_MAIN(TestRunner)
#include "TestRunner.moc"
