// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRunnerFixture.h"
#include "plan/PlanRunner.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>

namespace {

const QString kFlow = QStringLiteral("/data/foundation/flowservice");
const QString kRegistry = QStringLiteral("/data/foundation/schemaregistry");

/** A create step of the plan and the request that makes it. */
struct Step
{
    const char* id;
    const char* method;
    QString path; ///< the emulator's fault pattern
};

const QList<Step>& steps()
{
    static const QList<Step> list{
        {"baseConnection", "POST", kFlow + "/connections"},
        {"sourceConnection", "POST", kFlow + "/sourceConnections"},
        {"schema", "POST", kRegistry + "/tenant/schemas"},
        {"identityDescriptor", "POST", kRegistry + "/tenant/descriptors"},
        {"profileTag", "PATCH", kRegistry + "/tenant/schemas/*"},
        {"dataset", "POST", "/data/foundation/catalog/dataSets"},
        {"targetConnection", "POST", kFlow + "/targetConnections"},
        {"mappingSet", "POST", "/data/foundation/conversion/mappingSets"},
        {"flow", "POST", kFlow + "/flows"},
    };
    return list;
}

/** The faults: a name for the table and the emulator's action (README "Fault SPEC"). */
const QList<QPair<QString, QString>>& faults()
{
    static const QList<QPair<QString, QString>> list{
        {"429 Retry-After 1", "429,retry-after=1"},
        {"500", "500"},
        {"503", "503"},
        {"timeout", "delay,ms=4000"}, // processed at once, answered after the client gave up (1.5 s)
        {"dropped connection", "drop"}, // not processed
        {"lost answer", "lost"}, // processed, then the connection dropped
        {"401 expired token", "expire-token,after=0"},
        {"malformed JSON", "malformed"}, // processed, the answer cut in half
    };
    return list;
}

const char* const kKinds[] = {"connections", "sourceConnections", "schemas",     "descriptors",
                              "dataSets",    "targetConnections", "mappingSets", "flows"};

} // namespace

/**
 * The fault matrix (issue "Reliability and security"): every create step of the plan × every fault, against the
 * emulator. Expected: the run completes (or stops with a clear message); a rerun reuses everything and exactly one of
 * each object exists; Clean up leaves no orphan (mapping sets excepted: Data Prep has no delete). The table of
 * outcomes is printed at the end (step × fault → outcome).
 */
class TestFaultMatrix : public QObject
{
    Q_OBJECT

    RunnerFixture m_fixture;
    QMap<QString, QMap<QString, QString>> m_table; ///< step -> fault -> outcome

    /** The new account, the schema enabled for Profile: a plan with every kind of create step. */
    QJsonObject recipe() const
    {
        using namespace TestDraftRecipes;
        QJsonObject json = without(m_fixture.recipe(), "source.baseConnectionId");
        json = with(json, "source.newAccount",
                    QJsonObject{{"name", "Matrix account"},
                                {"authSpecName", "Basic Authentication"},
                                {"params", QJsonObject{{"clientId", "app"}}}});
        return with(json, "schema.create.profileEnabled", true);
    }

    int sends(const char* method, const QString& pattern) const
    {
        QString regex = QRegularExpression::escape(pattern);
        regex.replace(QLatin1String("\\*"), QLatin1String(".*"));
        const QRegularExpression path(QLatin1Char('^') + regex + QLatin1Char('$'));
        int count = 0;
        for (const QJsonValue& entry : m_fixture.platform->requestLog()) {
            const QJsonObject e = entry.toObject();
            if (e.value("method").toString() == QLatin1String(method)
                && path.match(e.value("path").toString()).hasMatch())
                ++count;
        }
        return count;
    }

private Q_SLOTS:
    void initTestCase() { TestSupport::isolateUserFolders(); }
    void cleanup() { m_fixture.tearDown(); }

    void cleanupTestCase()
    {
        QString table = QStringLiteral("\n| step |");
        QString rule = QStringLiteral("| --- |");
        for (const auto& fault : faults()) {
            table += QLatin1Char(' ') + fault.first + QStringLiteral(" |");
            rule += QStringLiteral(" --- |");
        }
        table += QLatin1Char('\n') + rule + QLatin1Char('\n');
        for (const Step& step : steps()) {
            table += QStringLiteral("| %1 |").arg(QLatin1String(step.id));
            for (const auto& fault : faults())
                table += QLatin1Char(' ') + m_table.value(step.id).value(fault.first, QStringLiteral("?"))
                    + QStringLiteral(" |");
            table += QLatin1Char('\n');
        }
        qInfo().noquote() << "FAULT MATRIX (every cell: then a rerun reuses all, one of each object; Clean up leaves "
                             "none but the mapping set, which Data Prep cannot delete)"
                          << table;
    }

    void everyCreateStepUnderEveryFault_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("action");
        for (const Step& step : steps())
            for (const auto& fault : faults())
                QTest::addRow("%s x %s", step.id, qPrintable(fault.first))
                    << QString::fromLatin1(step.id) << QString::fromLatin1(step.method) << step.path << fault.first
                    << fault.second;
    }

    void everyCreateStepUnderEveryFault()
    {
        QFETCH(QString, step);
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QString, fault);
        QFETCH(QString, action);
        QCOMPARE(m_fixture.setUp(), QString());
        // Fast: short timeouts and back-off (a Retry-After is still waited for in full).
        PlatformConfig config = m_fixture.session->config();
        config.timeoutMs = 1500;
        config.retryBaseDelayMs = 20;
        config.maxRetries = 3;
        m_fixture.session->setConfig(config);
        const QJsonObject secrets{{"clientSecret", "mx-s"}, {"accessToken", "mx-a"}, {"refreshToken", "mx-r"}};
        const DataflowPlan plan = DataflowPlan::build(draftOf(recipe()));
        QVERIFY(plan.step(step));
        QString why;
        QVERIFY2(m_fixture.platform->addFault(method + QLatin1Char(':') + path + QLatin1Char('=') + action, &why),
                 qPrintable(why));
        const QByteArray methodBytes = method.toLatin1();
        const int sentBefore = sends(methodBytes.constData(), path);

        QString outcome;
        PlanRunner runner(m_fixture.session->client(), plan);
        runner.setJournalFolder(m_fixture.journals->path());
        runner.setAccountSecrets(secrets);
        QStringList notices;
        connect(&runner, &PlanRunner::retrying, this, [&](const QString& id, int delayMs, const PlatformError& e) {
            notices << id + QStringLiteral(": ") + PlanRunner::retryText(delayMs, e);
        });
        QVERIFY(runToEnd(runner));
        const int sent = sends(methodBytes.constData(), path) - sentBefore;
        if (runner.ok()) {
            // How it got there: waited and sent again, looked and found, looked and created again, or replayed.
            const QString notice = notices.join(QLatin1Char(' '));
            QString how = QStringLiteral("replayed after a new token");
            if (notice.contains(QLatin1String("trying again in")))
                how = QStringLiteral("waited, sent again");
            else if (notice.contains(QLatin1String("answer was lost")))
                how = step == QLatin1String("profileTag") ? QStringLiteral("sent again (same tag)")
                    : sent == 1                           ? QStringLiteral("looked: found")
                                                          : QStringLiteral("looked: absent, created");
            else if (sent == 1)
                how = QStringLiteral("no fault seen");
            outcome = QStringLiteral("ok: %1 (%2 sent)").arg(how).arg(sent);
        } else {
            // Stopping is allowed, with a clear message naming the step.
            QCOMPARE(runner.failedStep(), step);
            QVERIFY(!runner.error().userMessage.isEmpty());
            outcome = QStringLiteral("stopped: %1 (%2 sent)").arg(runner.error().userMessage).arg(sent);
        }
        qInfo().noquote() << step << "x" << fault << "->" << outcome << notices;
        m_fixture.platform->clearFaults();

        // The rerun: everything there, exactly one of each.
        PlanRunner rerun(m_fixture.session->client(), plan);
        rerun.setJournalFolder(m_fixture.journals->path());
        rerun.setAccountSecrets(secrets);
        QVERIFY(runToEnd(rerun));
        QVERIFY2(rerun.ok(), qPrintable(rerun.failedStep() + ": " + rerun.error().toString()));
        for (const char* kind : kKinds)
            QVERIFY2(m_fixture.added(kind) == 1,
                     qPrintable(QStringLiteral("%1: %2 after the rerun").arg(kind).arg(m_fixture.added(kind))));
        if (runner.ok()) {
            const QHash<QString, PlanRunner::Outcome> outcomes = rerun.outcomes();
            for (auto it = outcomes.begin(); it != outcomes.end(); ++it)
                QVERIFY2(it.value() == PlanRunner::Outcome::Reused || it.value() == PlanRunner::Outcome::Done,
                         qPrintable(it.key()));
        }

        // Clean up: no orphan (a mapping set stays: Data Prep has no delete).
        QVERIFY(runToEnd(rerun, true));
        QVERIFY2(rerun.ok(), qPrintable(rerun.failedStep() + ": " + rerun.error().toString()));
        for (const char* kind : kKinds) {
            if (QByteArray(kind) != "mappingSets")
                QVERIFY2(m_fixture.added(kind) == 0, kind);
        }
        QVERIFY(!QFile::exists(rerun.journalPath()));
        m_table[step][fault] = outcome; // and: rerun, one of each; clean-up, none left
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "TestFaultMatrix.moc"
