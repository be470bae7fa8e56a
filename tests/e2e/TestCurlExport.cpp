// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRunnerFixture.h"
#include "plan/CurlExport.h"

#include <QProcess>
#include <QTemporaryFile>

/** The exported script, run with bash against the emulator, creates the same objects as --apply. */
class TestCurlExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { TestSupport::isolateUserFolders(); }
    void cleanup() { m_fixture.tearDown(); }

    void scriptCreatesTheDataflow()
    {
        QCOMPARE(m_fixture.setUp(), QString());
        QList<DraftProblem> problems;
        const DataflowDraft draft = DataflowDraft::fromJson(m_fixture.recipe(), &problems);
        QVERIFY(problems.isEmpty());
        const QString script = CurlExport::script(DataflowPlan::build(draft));

        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(script.toUtf8());
        file.close();

        const QString token = m_fixture.platform->mintToken();
        QVERIFY(!script.contains(token));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("ACCESS_TOKEN", token);
        env.insert("API_KEY", m_fixture.platform->options().clientId);
        env.insert("IMS_ORG", m_fixture.platform->options().imsOrg);
        env.insert("SANDBOX_NAME", "prod");
        env.insert("PLATFORM_URL", m_fixture.platform->baseUrl().toString());
        QProcess bash;
        bash.setProcessEnvironment(env);
        bash.start("bash", {file.fileName()});
        QVERIFY(bash.waitForStarted());
        // The emulator lives in this process: keep its event loop turning while bash runs.
        QTRY_VERIFY_WITH_TIMEOUT(bash.state() == QProcess::NotRunning, 60000);
        const QByteArray err = bash.readAllStandardError();
        QVERIFY2(bash.exitStatus() == QProcess::NormalExit && bash.exitCode() == 0, err.constData());
        const QJsonObject ids = QJsonDocument::fromJson(bash.readAllStandardOutput()).object();
        for (const QString& key : DataflowPlan::outputKeys())
            QVERIFY2(!ids.value(key).toVariant().toString().isEmpty(), qPrintable(key));
        QVERIFY(ids.value("mappingVersion").isString());
        for (const char* kind :
             {"sourceConnections", "schemas", "descriptors", "dataSets", "targetConnections", "mappingSets", "flows"})
            QVERIFY2(m_fixture.added(kind) == 1, kind);

        const TestSupport::CallResult flow = TestSupport::await(m_fixture.session->client()->get(
            QLatin1String(Platform::kFlowService) + "/flows/" + ids.value("flowId").toString()));
        QVERIFY(flow.ok());
        const QJsonObject item = flow.json.object().value("items").toArray().at(0).toObject();
        QCOMPARE(item.value("scheduleParams").toObject().value("interval").toInt(), 1);
        QVERIFY(item.value("scheduleParams").toObject().value("startTime").isDouble());
        QCOMPARE(item.value("sourceConnectionIds").toArray().at(0).toString(),
                 ids.value("sourceConnectionId").toString());
    }

    void failedCallStopsTheScript()
    {
        QCOMPARE(m_fixture.setUp(), QString());
        QVERIFY(m_fixture.platform->addFault("POST:/data/foundation/catalog/dataSets=500,count=always"));
        QList<DraftProblem> problems;
        const QString script
            = CurlExport::script(DataflowPlan::build(DataflowDraft::fromJson(m_fixture.recipe(), &problems)));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("ACCESS_TOKEN", m_fixture.platform->mintToken());
        env.insert("API_KEY", m_fixture.platform->options().clientId);
        env.insert("IMS_ORG", m_fixture.platform->options().imsOrg);
        env.insert("SANDBOX_NAME", "prod");
        env.insert("PLATFORM_URL", m_fixture.platform->baseUrl().toString());
        QProcess bash;
        bash.setProcessEnvironment(env);
        bash.start("bash", {"-c", script});
        QVERIFY(bash.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(bash.state() == QProcess::NotRunning, 60000);
        QCOMPARE(bash.exitCode(), 1);
        QVERIFY(bash.readAllStandardError().contains("HTTP 500"));
        QVERIFY(bash.readAllStandardOutput().isEmpty());
        QCOMPARE(m_fixture.added("flows"), 0);
    }

private:
    RunnerFixture m_fixture;
};

QTEST_GUILESS_MAIN(TestCurlExport)
#include "TestCurlExport.moc"
