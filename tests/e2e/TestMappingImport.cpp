// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceWait.h"
#include "TestRunnerFixture.h"
#include "core/FlowListModel.h"
#include "core/FlowMappingImport.h"
#include "core/MappingModel.h"
#include "core/MappingValidation.h"
#include "plan/PlanRunner.h"
#include "services/DataPrepService.h"
#include "services/FlowsService.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

/**
 * Import the mapping of an existing dataflow, against the emulator: the sandbox's flows (paged, newest first), a
 * flow's mapping set read back as the rules it was made from, and the explicit Validate (local checks and Data
 * Prep's verdict).
 */
class TestMappingImport : public QObject
{
    Q_OBJECT

    RunnerFixture m_fixture;
    QString m_firstFlowId;
    QString m_secondFlowId;
    QString m_schemaId;
    QList<MappingRule> m_firstRules;
    QList<MappingRule> m_secondRules;

    PlatformClient* client() const { return m_fixture.session->client(); }

    /** Runs the plan of @p recipe; the flow id (and the first flow's schema $id into m_schemaId). */
    QString createFlow(const QJsonObject& recipe)
    {
        PlanRunner runner(client(), DataflowPlan::build(draftOf(recipe)));
        runner.setJournalFolder(m_fixture.journals->path());
        if (!runToEnd(runner) || !runner.ok()) {
            qWarning().noquote() << runner.error().toString();
            return {};
        }
        if (m_schemaId.isEmpty())
            m_schemaId = runner.results().value(QStringLiteral("schemaId")).toString();
        return runner.results().value(QStringLiteral("flowId")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolateUserFolders();
        QCOMPARE(m_fixture.setUp(), QString());
        const QJsonObject recipe = m_fixture.recipe();
        m_firstRules = draftOf(recipe).mapping;
        m_firstFlowId = createFlow(recipe);
        QVERIFY(!m_firstFlowId.isEmpty());
        // A second flow, made later, with other rules (one fewer, in another order) into the same dataset.
        QJsonObject second = TestDraftRecipes::with(recipe, QStringLiteral("dataflow.name"),
                                                    QStringLiteral("HubSpot contacts, second"));
        QJsonArray mapping;
        mapping.append(recipe.value(QLatin1String("mapping")).toArray().at(1));
        mapping.append(recipe.value(QLatin1String("mapping")).toArray().at(0));
        second.insert(QStringLiteral("mapping"), mapping);
        m_secondRules = draftOf(second).mapping;
        QCOMPARE(m_secondRules.size(), 2);
        m_secondFlowId = createFlow(second);
        QVERIFY(!m_secondFlowId.isEmpty());
        QVERIFY(m_secondFlowId != m_firstFlowId);
        QVERIFY(!m_schemaId.isEmpty());
    }

    void cleanupTestCase() { m_fixture.tearDown(); }

    void flowsPageByPage()
    {
        const FlowsService flows(client());
        const TestSupport::JobAnswer<Page<Flow>> first = TestSupport::awaitJob(flows.flowsPage({}, 1));
        QVERIFY2(first.ok(), qPrintable(first.error.toString()));
        QCOMPARE(first.value.items.size(), 1);
        QVERIFY(first.value.hasMore());
        // Newest first.
        QCOMPARE(first.value.items.first().id, m_secondFlowId);
        const TestSupport::JobAnswer<Page<Flow>> next
            = TestSupport::awaitJob(flows.flowsPage(first.value.continuation, 1));
        QVERIFY2(next.ok(), qPrintable(next.error.toString()));
        QCOMPARE(next.value.items.size(), 1);
        QCOMPARE(next.value.items.first().id, m_firstFlowId);
        QVERIFY(!next.value.hasMore());

        const TestSupport::JobAnswer<QList<Flow>> all = TestSupport::awaitJob(flows.listFlows(1));
        QVERIFY2(all.ok(), qPrintable(all.error.toString()));
        QCOMPARE(all.value.size(), 2);
        const Flow& flow = all.value.at(1);
        QCOMPARE(flow.id, m_firstFlowId);
        QCOMPARE(flow.name, QStringLiteral("HubSpot contacts to Platform"));
        QVERIFY(!flow.mappingSetId.isEmpty());
        QCOMPARE(flow.mappingVersion, QStringLiteral("0"));
        QVERIFY(flow.createdAtMs.has_value());
        QCOMPARE(flow.sourceConnectionSpecIds, QStringList{QLatin1String(KnownIds::kHubSpotSpec)});
        QCOMPARE(flow.targetConnectionSpecIds, QStringList{QLatin1String(KnownIds::kDataLakeSpec)});
        const TestSupport::JobAnswer<QList<Flow>> whole = TestSupport::awaitJob(flows.listFlows());
        QVERIFY(whole.ok());
        QCOMPARE(whole.value.size(), 2);
    }

    void flowListModel()
    {
        const TestSupport::JobAnswer<QList<Flow>> all = TestSupport::awaitJob(FlowsService(client()).listFlows());
        QVERIFY(all.ok());
        FlowListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setFlows(all.value);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(m_firstFlowId), 1);
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
        const QModelIndex first = model.index(1, 0);
        QCOMPARE(first.data().toString(), QStringLiteral("HubSpot contacts to Platform"));
        QCOMPARE(first.data(FlowListModel::IdRole).toString(), m_firstFlowId);
        QCOMPARE(first.data(FlowListModel::RouteRole).toString(), QStringLiteral("HubSpot \u2192 Data Lake"));
        QVERIFY(first.data(FlowListModel::CreatedRole).toDateTime().isValid());
        QVERIFY(first.data(FlowListModel::SearchRole).toString().contains(m_firstFlowId));
        QVERIFY(first.data(Qt::ToolTipRole).toString().contains(m_firstFlowId));
        QCOMPARE(model.flowAt(5), nullptr);
        model.setFlows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void rulesOfAFlow()
    {
        const TestSupport::JobAnswer<FlowMapping> first
            = TestSupport::awaitJob(FlowMappingImport::fetch(client(), m_firstFlowId));
        QVERIFY2(first.ok(), qPrintable(first.error.toString()));
        QCOMPARE(first.value.flow.id, m_firstFlowId);
        // Exactly the rules the flow was made from, in their order, the calculated field still one.
        QCOMPARE(first.value.rules(), m_firstRules);
        QVERIFY(first.value.rules().at(2).isExpression());
        QCOMPARE(first.value.mappingSet.schemaId, m_schemaId);

        const TestSupport::JobAnswer<FlowMapping> second
            = TestSupport::awaitJob(FlowMappingImport::fetch(client(), m_secondFlowId));
        QVERIFY(second.ok());
        QCOMPARE(second.value.rules(), m_secondRules);

        const TestSupport::JobAnswer<FlowMapping> missing = TestSupport::awaitJob(
            FlowMappingImport::fetch(client(), QStringLiteral("00000000-0000-0000-0000-000000000000")));
        QVERIFY(missing.finished);
        QCOMPARE(missing.error.kind, PlatformError::Kind::NotFound);
        QVERIFY(!missing.error.userMessage.isEmpty());

        const TestSupport::JobAnswer<MappingSet> noSet
            = TestSupport::awaitJob(DataPrepService(client()).mappingSet(QStringLiteral("0123456789abcdef")));
        QVERIFY(noSet.finished);
        QCOMPARE(noSet.error.kind, PlatformError::Kind::NotFound);
    }

    void importObject()
    {
        FlowMappingImport import(client());
        QSignalSpy listed(&import, &FlowMappingImport::flowsLoaded);
        QSignalSpy loaded(&import, &FlowMappingImport::rulesLoaded);
        QSignalSpy failed(&import, &FlowMappingImport::failed);
        import.loadFlows();
        QVERIFY(import.isLoadingFlows());
        QVERIFY(listed.wait(20000));
        QCOMPARE(import.flows()->rowCount(), 2);
        QVERIFY(!import.isLoadingFlows());

        // A second request abandons the first: only the last answers.
        import.loadRules(m_firstFlowId);
        import.loadRules(m_secondFlowId);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(loaded.first().first().toString(), m_secondFlowId);
        QCOMPARE(import.mapping().rules(), m_secondRules);
        QVERIFY(failed.isEmpty());

        import.loadRules(QStringLiteral("not-a-flow"));
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().at(1).toBool(), false);
        QCOMPARE(failed.first().first().value<PlatformError>().kind, PlatformError::Kind::NotFound);

        // Cancelled: nothing follows.
        loaded.clear();
        import.loadRules(m_firstFlowId);
        import.cancel();
        QVERIFY(!import.isLoadingRules());
        QVERIFY(!loaded.wait(500));
    }

    void validate()
    {
        DataflowDraft draft = draftOf(m_fixture.recipe());
        MappingModel model;
        model.setContext({}, {}, draft);
        model.setRules(m_firstRules);
        MappingValidation validation;
        QSignalSpy finished(&validation, &MappingValidation::finished);

        // The schema is still to be created: only the local checks.
        validation.start(model, client(), draft);
        QVERIFY(validation.isRunning());
        QVERIFY(finished.wait(20000));
        QCOMPARE(validation.verdict().platform, MappingVerdict::PlatformCheck::NotAsked);
        QVERIFY(validation.verdict().ok());

        // An existing schema: Data Prep accepts the rules.
        draft.schema.create.reset();
        draft.schema.id = m_schemaId;
        QCOMPARE(MappingValidation::platformSchemaId(draft), m_schemaId);
        finished.clear();
        validation.start(model, client(), draft);
        QVERIFY(finished.wait(20000));
        QCOMPARE(validation.verdict().platform, MappingVerdict::PlatformCheck::Accepted);
        QCOMPARE(validation.verdict().rulesSent, 3);
        QVERIFY2(validation.verdict().ok(), qPrintable(validation.verdict().messages().join(QLatin1Char('\n'))));
        QCOMPARE(validation.verdict().summary(),
                 QStringLiteral("The mapping is valid: every check passed and the Platform accepts it."));

        // A field the schema lacks: refused for that rule, named in the message; an incomplete rule is not sent.
        QList<MappingRule> rules = m_firstRules;
        rules[1].destination = QStringLiteral("personalEmail.nowhere");
        rules << MappingRule{QStringLiteral("Vid"), QString(), QString()};
        model.setRules(rules);
        finished.clear();
        validation.start(model, client(), draft);
        QVERIFY(finished.wait(20000));
        const MappingVerdict verdict = validation.verdict();
        QCOMPARE(verdict.platform, MappingVerdict::PlatformCheck::Refused);
        QCOMPARE(verdict.rulesSent, 3);
        QVERIFY(!verdict.ok());
        bool named = false;
        for (const MappingIssue& issue : verdict.issues) {
            if (issue.code == QLatin1String("platform.refused")) {
                QCOMPARE(issue.rows, QList<int>{1});
                QVERIFY(issue.message.contains(QStringLiteral("personalEmail.nowhere")));
                named = true;
            }
        }
        QVERIFY(named);
        QVERIFY(verdict.summary().contains(QStringLiteral("The Platform refuses 1 of the 3 rules.")));

        // Offline: local checks only, still answered later.
        finished.clear();
        validation.start(model, nullptr, draft);
        QVERIFY(finished.isEmpty());
        QVERIFY(finished.wait(5000));
        QCOMPARE(validation.verdict().platform, MappingVerdict::PlatformCheck::NotAsked);
        QVERIFY(validation.verdict().errorCount() > 0);

        // Cancelled: no verdict.
        finished.clear();
        model.setRules(m_firstRules);
        validation.start(model, client(), draft);
        validation.cancel();
        QVERIFY(!validation.isRunning());
        QVERIFY(!finished.wait(500));

        // The Platform unreachable: the verdict says so in the catalogue's words.
        finished.clear();
        m_fixture.platform.reset();
        validation.start(model, client(), draft);
        QVERIFY(finished.wait(60000));
        QCOMPARE(validation.verdict().platform, MappingVerdict::PlatformCheck::Failed);
        QVERIFY(!validation.verdict().platformError.userMessage.isEmpty());
        QVERIFY(validation.verdict().summary().contains(validation.verdict().platformError.userMessage));
    }
};

QTEST_GUILESS_MAIN(TestMappingImport)
#include "TestMappingImport.moc"
