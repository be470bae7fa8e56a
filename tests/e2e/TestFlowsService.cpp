// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScriptedServer.h"
#include "ServiceWait.h"
#include "TestNetwork.h"
#include "TestRunnerFixture.h"
#include "plan/PlanRunner.h"
#include "services/FlowsService.h"

#include <QDateTime>
#include <QEventLoop>
#include <QSet>
#include <QSignalSpy>
#include <QTimer>

namespace {

QJsonObject runBody(const QString& flowId, qint64 windowStart)
{
    return {
        {QStringLiteral("flowId"), flowId},
        {QStringLiteral("params"),
         QJsonObject{{QStringLiteral("startTime"), windowStart + 3600},
                     {QStringLiteral("windowStartTime"), windowStart},
                     {QStringLiteral("windowEndTime"), windowStart + 3600},
                     {QStringLiteral("deltaColumn"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("Properties_Lastmodifieddate_Value")}}}}}};
}

QStringList ids(const QList<Run>& runs)
{
    QStringList list;
    for (const Run& run : runs)
        list << run.id;
    return list;
}

ScriptedResponse json(const QByteArray& body)
{
    return ScriptedResponse::json(200, body);
}

} // namespace

/** FlowsService against the emulator (typed results, paging, errors) and against a scripted server (bad replies). */
class TestFlowsService : public QObject
{
    Q_OBJECT

    RunnerFixture m_fixture;
    QString m_flowId;

    FlowsService service() const { return FlowsService(m_fixture.session->client()); }

    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<TestNetwork> m_network;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<Session> m_scripted;

    /** A session against a fresh scripted server (no retries). */
    FlowsService scripted()
    {
        m_scripted.reset();
        m_server = std::make_unique<ScriptedServer>();
        if (!m_server->start())
            qFatal("the scripted server cannot listen");
        m_network = std::make_unique<TestNetwork>();
        m_secrets = std::make_unique<MemorySecretStore>();
        m_scripted = std::make_unique<Session>(m_network->get(), m_secrets.get());
        PlatformConfig config;
        config.platformUrl = m_server->url();
        config.imsUrl = m_server->url();
        config.imsOrg = QStringLiteral("ABCDEF0123456789ABCDEF01@AdobeOrg");
        config.clientId = QStringLiteral("client");
        config.maxRetries = 0;
        m_scripted->setConfig(config);
        m_scripted->auth()->setStaticToken(QStringLiteral("token"));
        return FlowsService(m_scripted->client());
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolateUserFolders();
        QCOMPARE(m_fixture.setUp(), QString());
        QList<DraftProblem> problems;
        PlanRunner runner(m_fixture.session->client(),
                          DataflowPlan::build(DataflowDraft::fromJson(m_fixture.recipe(), &problems)));
        runner.setJournalFolder(m_fixture.journals->path());
        QSignalSpy finished(&runner, &PlanRunner::finished);
        runner.start();
        QVERIFY(finished.wait(60000) || finished.count() == 1);
        QVERIFY2(runner.ok(), qPrintable(runner.error().toString()));
        m_flowId = runner.results().value(QStringLiteral("flowId")).toString();
        QVERIFY(!m_flowId.isEmpty());
        // Five runs (the flow starts in the future, so it has none of its own yet): three pages of two.
        for (int i = 0; i < 5; ++i) {
            const TestSupport::CallResult run = TestSupport::await(
                m_fixture.session->client()->post(QLatin1String(Platform::kFlowService) + QStringLiteral("/runs"),
                                                  QJsonDocument(runBody(m_flowId, 1'700'000'000 + i * 3600))));
            QVERIFY2(run.ok(), qPrintable(run.error.toString()));
        }
    }

    void cleanupTestCase()
    {
        m_scripted.reset();
        m_server.reset();
        m_fixture.tearDown();
    }

    void theLiveFlowSpec()
    {
        const TestSupport::JobAnswer<FlowSpec> spec = TestSupport::awaitJob(service().flowSpec());
        QVERIFY2(spec.ok(), qPrintable(spec.error.toString()));
        QCOMPARE(spec.value.id(), QLatin1String(KnownIds::kCrmToAepFlowSpec));
        QCOMPARE(spec.value.name(), QLatin1String(KnownIds::kCrmToAepName));
        QVERIFY(!spec.value.scheduleSchema().isEmpty());

        const PlatformRequest request = FlowsService::flowSpecRequest();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QStringLiteral("/data/foundation/flowservice/flowSpecs"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("property"), QUrl::FullyDecoded),
                 QStringLiteral("name==\"CRMToAEP\""));

        const TestSupport::JobAnswer<FlowSpec> none
            = TestSupport::awaitJob(service().flowSpec(QStringLiteral("NoSuchSpec")));
        QCOMPARE(none.error.kind, PlatformError::Kind::BadResponse);
    }

    void oneFlow()
    {
        const TestSupport::JobAnswer<Flow> flow = TestSupport::awaitJob(service().flow(m_flowId));
        QVERIFY2(flow.ok(), qPrintable(flow.error.toString()));
        QCOMPARE(flow.value.id, m_flowId);
        QCOMPARE(flow.value.flowSpecId, QLatin1String(KnownIds::kCrmToAepFlowSpec));
        QCOMPARE(flow.value.sourceConnectionIds.size(), 1);
        QCOMPARE(flow.value.targetConnectionIds.size(), 1);
        QVERIFY(!flow.value.name.isEmpty());
        QVERIFY(flow.value.scheduleParams.value(QStringLiteral("startTime")).isDouble());

        const TestSupport::JobAnswer<Flow> missing
            = TestSupport::awaitJob(service().flow(QStringLiteral("00000000-0000-0000-0000-000000000000")));
        QVERIFY(missing.finished);
        QCOMPARE(missing.error.kind, PlatformError::Kind::NotFound);
    }

    void runsPageByPage()
    {
        QList<Run> all;
        QString continuation;
        int pages = 0;
        do {
            const TestSupport::JobAnswer<Page<Run>> page
                = TestSupport::awaitJob(service().runsPage(m_flowId, continuation, 2));
            QVERIFY2(page.ok(), qPrintable(page.error.toString()));
            QVERIFY(page.value.items.size() <= 2);
            all << page.value.items;
            continuation = page.value.continuation;
            QVERIFY(++pages <= 3);
        } while (!continuation.isEmpty());
        QCOMPARE(pages, 3);
        QCOMPARE(all.size(), 5);
        const QStringList listed = ids(all);
        QCOMPARE(QSet<QString>(listed.cbegin(), listed.cend()).size(), 5); // no run twice
        for (const Run& run : std::as_const(all)) {
            QVERIFY(!run.id.isEmpty());
            QVERIFY2(run.status != Run::Status::Unknown, qPrintable(run.rawStatus));
            QVERIFY(run.startedAtMs.has_value());
            QVERIFY(run.recordsRead.has_value());
        }
    }

    void runsToTheEnd()
    {
        const TestSupport::JobAnswer<QList<Run>> paged = TestSupport::awaitJob(service().allRuns(m_flowId, 2));
        QVERIFY2(paged.ok(), qPrintable(paged.error.toString()));
        QCOMPARE(paged.value.size(), 5);
        const TestSupport::JobAnswer<QList<Run>> whole = TestSupport::awaitJob(service().allRuns(m_flowId));
        QVERIFY(whole.ok());
        QCOMPARE(whole.value, paged.value);
        // Another flow's runs are not listed.
        const TestSupport::JobAnswer<QList<Run>> other
            = TestSupport::awaitJob(service().allRuns(QStringLiteral("not-a-flow")));
        QVERIFY(other.ok());
        QVERIFY(other.value.isEmpty());
    }

    void runErrorsAreMapped()
    {
        const TestSupport::JobAnswer<Page<Run>> bad
            = TestSupport::awaitJob(service().runsPage(m_flowId, QStringLiteral("not-a-token")));
        QVERIFY(bad.finished);
        QCOMPARE(bad.error.kind, PlatformError::Kind::Validation);
        QCOMPARE(bad.error.httpStatus, 400);
        QVERIFY(!bad.error.code.isEmpty());
    }

    void malformedReplies_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("flow spec: no items") << "flowSpec" << QByteArray("{\"count\": 0}");
        QTest::newRow("flow spec: empty items") << "flowSpec" << QByteArray("{\"items\": []}");
        QTest::newRow("flow spec: item not an object") << "flowSpec" << QByteArray("{\"items\": [\"CRMToAEP\"]}");
        QTest::newRow("flow spec: an array") << "flowSpec" << QByteArray("[{\"id\": \"x\"}]");
        QTest::newRow("flow: empty items") << "flow" << QByteArray("{\"items\": []}");
        QTest::newRow("flow: no id") << "flow" << QByteArray("{\"items\": [{\"name\": \"x\"}]}");
        QTest::newRow("runs: items not a list") << "runs" << QByteArray("{\"items\": {\"id\": \"r\"}}");
        QTest::newRow("runs: run without id") << "runs" << QByteArray("{\"items\": [{\"metrics\": {}}]}");
        QTest::newRow("runs: run not an object") << "runs" << QByteArray("{\"items\": [42]}");
        QTest::newRow("runs: not JSON") << "runs" << QByteArray("<html>gateway</html>");
    }

    void malformedReplies()
    {
        QFETCH(QString, what);
        QFETCH(QByteArray, body);
        FlowsService flows = scripted();
        m_server->setFallback([&](const RecordedRequest&) { return json(body); });
        PlatformError error;
        if (what == QLatin1String("flowSpec")) {
            const TestSupport::JobAnswer<FlowSpec> answer = TestSupport::awaitJob(flows.flowSpec());
            QVERIFY(answer.finished);
            error = answer.error;
        } else if (what == QLatin1String("flow")) {
            const TestSupport::JobAnswer<Flow> answer = TestSupport::awaitJob(flows.flow(QStringLiteral("f")));
            QVERIFY(answer.finished);
            error = answer.error;
        } else {
            const TestSupport::JobAnswer<QList<Run>> answer = TestSupport::awaitJob(flows.allRuns(QStringLiteral("f")));
            QVERIFY(answer.finished);
            error = answer.error;
        }
        QCOMPARE(error.kind, PlatformError::Kind::BadResponse);
    }

    void aContinuationThatNeverEndsStops()
    {
        FlowsService flows = scripted();
        int served = 0;
        m_server->setFallback([&](const RecordedRequest&) {
            ++served;
            return json(QStringLiteral("{\"items\": [{\"id\": \"r%1\"}], \"_links\": {\"next\": {\"href\": "
                                       "\"/runs?continuationToken=again\"}}}")
                            .arg(served)
                            .toUtf8());
        });
        const TestSupport::JobAnswer<QList<Run>> answer = TestSupport::awaitJob(flows.allRuns(QStringLiteral("f")));
        QVERIFY2(answer.ok(), qPrintable(answer.error.toString()));
        QCOMPARE(answer.value.size(), FlowsService::kMaxRunPages);
        QCOMPARE(served, FlowsService::kMaxRunPages);
        const RecordedRequest& last = m_server->requests().constLast();
        QCOMPARE(last.query.queryItemValue(QStringLiteral("continuationToken")), QStringLiteral("again"));
        QCOMPARE(last.query.queryItemValue(QStringLiteral("property"), QUrl::FullyDecoded),
                 QStringLiteral("flowId==f"));
    }

    void aServerErrorMidwayFailsTheWholeList()
    {
        FlowsService flows = scripted();
        m_server->enqueue("GET", QStringLiteral("/data/foundation/flowservice/runs"),
                          json("{\"items\": [{\"id\": \"r1\"}], \"_links\": {\"next\": {\"href\": "
                               "\"/runs?continuationToken=2\"}}}"));
        m_server->enqueue("GET", QStringLiteral("/data/foundation/flowservice/runs"),
                          ScriptedResponse::json(500, "{\"error_code\": \"1401-500\", \"message\": \"down\"}"));
        const TestSupport::JobAnswer<QList<Run>> answer = TestSupport::awaitJob(flows.allRuns(QStringLiteral("f")));
        QVERIFY(answer.finished);
        QCOMPARE(answer.error.kind, PlatformError::Kind::Server);
    }

    void abortedListIsCancelled()
    {
        FlowsService flows = scripted();
        m_server->setFallback([](const RecordedRequest&) {
            ScriptedResponse late = json("{\"items\": []}");
            late.never = true;
            return late;
        });
        TypedJob<QList<Run>>* job = flows.allRuns(QStringLiteral("f"));
        QSignalSpy finished(job, &ServiceJob::finished);
        PlatformError error;
        QObject context;
        job->onFinished(&context, [&](const TypedJob<QList<Run>>& done) { error = done.error(); });
        QTRY_COMPARE(m_server->requests().size(), 1);
        job->abort();
        QVERIFY(finished.wait());
        QCOMPARE(error.kind, PlatformError::Kind::Cancelled);
    }

    void theClientKnowsTheEmulatedClock()
    {
        // The emulator's clock nine hours ahead (a demo after nine real minutes at --clock 60): the client reads it
        // from the Date header of an ordinary answer (the token is renewed on the way), no emulator-only call.
        m_fixture.platform->advanceClock(9 * 3600);
        const TestSupport::CallResult list = TestSupport::await(
            m_fixture.session->client()->get(QLatin1String(Platform::kFlowService) + QStringLiteral("/flows")));
        QVERIFY2(list.ok(), qPrintable(list.error.toString()));
        const ServerClock& clock = m_fixture.session->client()->serverClock();
        QVERIFY(clock.isKnown());
        const qint64 told = clock.now();
        const qint64 emulated = qint64(
            TestSupport::await(m_fixture.session->client()->post(QStringLiteral("/__emulator/clock"),
                                                                 QJsonDocument(QJsonObject{{"advanceSeconds", 0}})))
                .json.object()
                .value(QStringLiteral("nowMs"))
                .toDouble());
        QVERIFY2(qAbs(told - emulated) < 3000, qPrintable(QStringLiteral("%1 vs %2").arg(told).arg(emulated)));
        QVERIFY(told > QDateTime::currentMSecsSinceEpoch() + 9 * 3600'000LL - 5000);
        QCOMPARE(clock.rate(), 1.0); // a jump is no speed
    }
};

QTEST_MAIN(TestFlowsService)
#include "TestFlowsService.moc"
