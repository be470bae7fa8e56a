// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRunnerFixture.h"
#include "plan/DataflowPlan.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>

using namespace TestDraftRecipes;

namespace {

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

/** The built aep-dataflow-wizard, headless: exit codes, stdout and stderr of --apply, --validate, --export-curl. */
class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolateUserFolders();
        QVERIFY(m_state.isValid());
    }
    void init() { QCOMPARE(m_fixture.setUp(), QString()); }
    void cleanup() { m_fixture.tearDown(); }

    void applyPrintsTheIdsThenRerunReuses()
    {
        const QString recipe = writeRecipe(m_fixture.recipe());
        const Outcome first = run({"--apply", recipe});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QJsonObject ids = QJsonDocument::fromJson(first.out).object();
        QCOMPARE(ids.keys().size(), 7);
        for (const QString& key : DataflowPlan::outputKeys())
            QVERIFY2(ids.contains(key), qPrintable(key));
        QVERIFY(first.err.contains("created"));
        qInfo().noquote() << "--apply stdout:\n" << first.out << "--apply stderr:\n" << first.err;

        const Outcome again = run({"--apply", recipe});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(again.out).object(), ids);
        QVERIFY(!again.err.contains(": created"));
        for (const char* kind :
             {"sourceConnections", "schemas", "descriptors", "dataSets", "targetConnections", "mappingSets", "flows"})
            QVERIFY2(m_fixture.added(kind) == 1, kind);
    }

    void applyCreatesTheNewAccountThenRerunReuses()
    {
        QJsonObject recipe = without(m_fixture.recipe(), "source.baseConnectionId");
        recipe = with(recipe, "source.newAccount",
                      QJsonObject{{"name", "CLI account"},
                                  {"authSpecName", "Basic Authentication"},
                                  {"params", QJsonObject{{"clientId", "cli-app"}}}});
        const QString path = writeRecipe(recipe);
        // Without its secrets: exit 4, each missing variable named, nothing created.
        const Outcome refused = run({"--apply", path});
        QCOMPARE(refused.exitCode, 4);
        for (const char* variable : {"AEP_ACCOUNT_CLIENTSECRET", "AEP_ACCOUNT_ACCESSTOKEN", "AEP_ACCOUNT_REFRESHTOKEN"})
            QVERIFY2(refused.err.contains(variable), refused.err.constData());
        QCOMPARE(m_fixture.added("connections"), 0);
        QCOMPARE(m_fixture.added("sourceConnections"), 0);

        QProcessEnvironment env = environment(true);
        env.insert("AEP_ACCOUNT_CLIENTSECRET", "cli-secret-1");
        env.insert("AEP_ACCOUNT_ACCESSTOKEN", "cli-secret-2");
        env.insert("AEP_ACCOUNT_REFRESHTOKEN", "cli-secret-3");
        env.insert("QT_LOGGING_RULES", "aep.*=true"); // every log line, to check none holds a secret
        const Outcome first = run({"--apply", path}, env);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QVERIFY(first.err.contains("Create the account connection"));
        QCOMPARE(m_fixture.added("connections"), 1);
        QCOMPARE(m_fixture.added("flows"), 1);
        const Outcome again = run({"--apply", path}, env);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(QJsonDocument::fromJson(again.out).object(), QJsonDocument::fromJson(first.out).object());
        QVERIFY(again.err.contains("reused"));
        for (const char* kind : {"connections", "sourceConnections", "targetConnections", "mappingSets", "flows"})
            QVERIFY2(m_fixture.added(kind) == 1, kind);
        // The secrets went to the Platform only: not to stdout, stderr (logs included) or the journal.
        QDirIterator journals(m_state.path() + "/state", QDir::Files, QDirIterator::Subdirectories);
        QByteArray journalText;
        while (journals.hasNext()) {
            QFile file(journals.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            journalText += file.readAll();
        }
        QVERIFY(journalText.contains("baseConnection"));
        for (const QByteArray& text : {first.out, first.err, again.out, again.err, journalText})
            QVERIFY(!text.contains("cli-secret"));
    }

    void failedApplyThenRerun()
    {
        const QString recipe = writeRecipe(m_fixture.recipe());
        QVERIFY(m_fixture.platform->addFault("POST:/data/foundation/flowservice/flows=500,count=always"));
        const Outcome failed = run({"--apply", recipe});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY(failed.out.isEmpty());
        QVERIFY(failed.err.contains("HTTP 500"));
        QVERIFY(failed.err.contains("run the same command again"));
        m_fixture.platform->clearFaults();
        const Outcome rerun = run({"--apply", recipe});
        QVERIFY2(rerun.exitCode == 0, rerun.err.constData());
        QVERIFY(rerun.err.contains("reused"));
        qInfo().noquote() << "failed --apply stderr:\n"
                          << failed.err << "rerun stdout:\n"
                          << rerun.out << "rerun stderr:\n"
                          << rerun.err;
        for (const char* kind :
             {"sourceConnections", "schemas", "descriptors", "dataSets", "targetConnections", "mappingSets", "flows"})
            QVERIFY2(m_fixture.added(kind) == 1, kind);
    }

    void platformUrlOptionOverridesTheRecipe()
    {
        const QJsonObject recipe = with(with(m_fixture.recipe(), "platform.platformUrl", "https://platform.adobe.io"),
                                        "platform.imsUrl", "https://ims-na1.adobelogin.com");
        const QString url = m_fixture.platform->baseUrl().toString();
        const Outcome outcome = run({"--apply", writeRecipe(recipe), "--platform-url", url, "--ims-url", url});
        QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
        QCOMPARE(m_fixture.added("flows"), 1);
    }

    void validateSendsNoWrite()
    {
        const QString recipe = writeRecipe(m_fixture.recipe());
        const QJsonArray before = m_fixture.platform->requestLog();
        const Outcome outcome = run({"--validate", recipe});
        QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
        QVERIFY(outcome.out.contains("valid"));
        const QJsonArray log = m_fixture.platform->requestLog();
        QVERIFY(log.size() > before.size());
        for (qsizetype i = before.size(); i < log.size(); ++i) {
            const QJsonObject entry = log.at(i).toObject();
            const QString method = entry.value("method").toString();
            QVERIFY2(method == "GET" || entry.value("path").toString().startsWith("/ims/"),
                     qPrintable(method + ' ' + entry.value("path").toString()));
        }
        QCOMPARE(m_fixture.added("flows"), 0);
    }

    void validateFindsOnlineProblems()
    {
        QJsonObject recipe = with(m_fixture.recipe(), "mapping[0].source", "No_Such_Column");
        recipe = with(recipe, "mapping[1].destination", "personalEmail.nope");
        const Outcome outcome = run({"--validate", writeRecipe(recipe)});
        QCOMPARE(outcome.exitCode, 3);
        QVERIFY2(outcome.err.contains("mapping[0].source") && outcome.err.contains("mapping.unknownColumn"),
                 outcome.err.constData());
        QVERIFY2(outcome.err.contains("mapping.unknownDestination"), outcome.err.constData());
    }

    void applyChecksBeforeTheFirstWrite()
    {
        const qsizetype logged = m_fixture.platform->requestLog().size();
        const Outcome outcome
            = run({"--apply", writeRecipe(with(m_fixture.recipe(), "mapping[1].destination", "person.nickname"))});
        QCOMPARE(outcome.exitCode, 3);
        QVERIFY2(outcome.err.contains("mapping[1].destination") && outcome.err.contains("mapping.unknownDestination"),
                 outcome.err.constData());
        QVERIFY2(outcome.err.contains("Nothing was created"), outcome.err.constData());
        QVERIFY(outcome.out.isEmpty());
        const QJsonArray log = m_fixture.platform->requestLog();
        for (qsizetype i = logged; i < log.size(); ++i) {
            const QJsonObject entry = log.at(i).toObject();
            const QString method = entry.value("method").toString(), path = entry.value("path").toString();
            QVERIFY2(TestSupport::allowedBeforeTheChecksPass(method, path), qPrintable(method + ' ' + path));
        }
        for (const char* kind : {"sourceConnections", "schemas", "dataSets", "targetConnections", "flows"})
            QVERIFY2(m_fixture.added(kind) == 0, kind);
    }

    void applyRefusesATypeMismatchBeforeTheFirstWrite()
    {
        // The demo contacts' Is_Contact is a boolean; person.birthDate (profile-person-details) a date: no value
        // converts, so --apply stops in its checks, names the rule and the fix, and sends no write at all.
        const qsizetype logged = m_fixture.platform->requestLog().size();
        const QJsonObject rule{{"source", "Is_Contact"}, {"destination", "person.birthDate"}};
        const Outcome outcome = run({"--apply", writeRecipe(with(m_fixture.recipe(), "mapping[3]", rule))});
        QCOMPARE(outcome.exitCode, 3);
        QVERIFY2(outcome.err.contains("mapping[3].source") && outcome.err.contains("mapping.typeMismatch"),
                 outcome.err.constData());
        QVERIFY2(outcome.err.contains("\"Is_Contact\" holds true/false values but person.birthDate takes dates: "
                                      "choose a column of that kind, or another field."),
                 outcome.err.constData());
        QVERIFY2(outcome.err.contains("Nothing was created"), outcome.err.constData());
        QVERIFY(outcome.out.isEmpty());
        const QJsonArray log = m_fixture.platform->requestLog();
        QVERIFY(log.size() > logged); // the checks did read
        for (qsizetype i = logged; i < log.size(); ++i) {
            const QJsonObject entry = log.at(i).toObject();
            const QString method = entry.value("method").toString(), path = entry.value("path").toString();
            QVERIFY2(TestSupport::allowedBeforeTheChecksPass(method, path), qPrintable(method + ' ' + path));
        }
        for (const char* kind :
             {"sourceConnections", "schemas", "dataSets", "targetConnections", "mappingSets", "flows"})
            QVERIFY2(m_fixture.added(kind) == 0, kind);

        // A warning-level verdict does not stop it: a whole number into a date may fail on some rows only.
        const QJsonObject maybe{{"source", "Vid"}, {"destination", "person.birthDate"}};
        const Outcome applied = run({"--apply", writeRecipe(with(m_fixture.recipe(), "mapping[3]", maybe))});
        QVERIFY2(applied.exitCode == 0, applied.err.constData());
        QCOMPARE(m_fixture.added("flows"), 1);
    }

    void applyWaitsForA429OnAWrite()
    {
        // The first case: POST /flows answered 429 with Retry-After: 1 is waited for, shown, and sent again.
        QVERIFY(m_fixture.platform->addFault("POST:/data/foundation/flowservice/flows=429,retry-after=1"));
        QVERIFY(m_fixture.platform->addFault("POST:/data/foundation/flowservice/targetConnections=503"));
        const Outcome outcome = run({"--apply", writeRecipe(m_fixture.recipe())});
        QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
        QVERIFY2(outcome.err.contains("The Platform is busy; trying again in 1 s"), outcome.err.constData());
        QCOMPARE(m_fixture.added("flows"), 1);
        QCOMPARE(m_fixture.added("targetConnections"), 1);
    }

    void badRecipes_data()
    {
        QTest::addColumn<QJsonObject>("recipe");
        QTest::addColumn<QString>("expected");
        const QJsonObject base = designRecipe();
        QTest::newRow("unknown key") << with(base, "dataflow.colour", "red") << "dataflow.colour";
        QTest::newRow("secret") << with(base, "platform.clientSecret", "S3CR3T") << "platform.clientSecret";
        QTest::newRow("once + interval") << with(base, "dataflow.schedule.frequency", "once")
                                         << "schedule.onceWithInterval";
        QTest::newRow("week year") << with(base, "dataflow.deltaColumn.dateFormat", "YYYY-MM-DD")
                                   << "deltaColumn.weekYear";
    }

    void badRecipes()
    {
        QFETCH(QJsonObject, recipe);
        QFETCH(QString, expected);
        for (const char* mode : {"--apply", "--validate", "--export-curl"}) {
            const Outcome outcome = run({mode, writeRecipe(recipe)});
            QVERIFY2(outcome.exitCode == 3, outcome.err.constData());
            QVERIFY(outcome.out.isEmpty());
            QVERIFY2(outcome.err.contains(expected.toUtf8()), outcome.err.constData());
            QVERIFY(!outcome.err.contains("S3CR3T"));
        }
        QCOMPARE(m_fixture.platform->requestLog().size(), m_requestsAtStart);
    }

    void missingRecipeFile()
    {
        const Outcome outcome = run({"--apply", m_state.path() + "/nope.json"});
        QCOMPARE(outcome.exitCode, 3);
        QVERIFY(outcome.err.contains("nope.json"));
    }

    void noCredential()
    {
        const Outcome outcome = run({"--apply", writeRecipe(m_fixture.recipe())}, false);
        QCOMPARE(outcome.exitCode, 4);
        QVERIFY(outcome.err.contains("AEP_CLIENT_SECRET"));
    }

    void accessTokenFromTheEnvironment()
    {
        QProcessEnvironment env = environment(false);
        env.insert("AEP_ACCESS_TOKEN", m_fixture.platform->mintToken());
        const Outcome outcome = run({"--apply", writeRecipe(m_fixture.recipe())}, env);
        QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    }

    void exportCurlPrintsTheScript()
    {
        const Outcome outcome = run({"--export-curl", writeRecipe(m_fixture.recipe())});
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY(outcome.out.startsWith("#!/usr/bin/env bash\n"));
        for (const char* variable : {"ACCESS_TOKEN", "API_KEY", "IMS_ORG", "SANDBOX_NAME", "PLATFORM_URL"})
            QVERIFY(outcome.out.contains(variable));
        QVERIFY(!outcome.out.contains("demo-client-secret"));
        QCOMPARE(m_fixture.platform->requestLog().size(), m_requestsAtStart); // no network at all
        QProcess bash;
        bash.start("bash", {"-n"});
        QVERIFY(bash.waitForStarted());
        bash.write(outcome.out);
        bash.closeWriteChannel();
        QVERIFY(bash.waitForFinished());
        QCOMPARE(bash.exitCode(), 0);
    }

private:
    QString writeRecipe(const QJsonObject& recipe)
    {
        const QString path = m_state.path() + QStringLiteral("/recipe-%1.json").arg(++m_recipes);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(recipe).toJson());
        m_requestsAtStart = int(m_fixture.platform->requestLog().size());
        return path;
    }

    QProcessEnvironment environment(bool withSecret) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("AEP_ACCESS_TOKEN");
        env.remove("AEP_CLIENT_SECRET");
        if (withSecret)
            env.insert("AEP_CLIENT_SECRET", m_fixture.platform->options().clientSecret);
        env.insert("XDG_STATE_HOME", m_state.path() + "/state");
        env.insert("DBUS_SESSION_BUS_ADDRESS", "disabled:"); // never a keychain prompt from a test
        env.insert("LANG", "C.UTF-8");
        return env;
    }

    Outcome run(const QStringList& arguments, bool withSecret = true)
    {
        return run(arguments, environment(withSecret));
    }

    Outcome run(const QStringList& arguments, const QProcessEnvironment& env)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(AEP_WIZARD_BINARY), arguments + QStringList{"--lang", "en"});
        Outcome outcome;
        if (!process.waitForStarted())
            return outcome;
        // The emulator runs in this process: keep the event loop turning while the program talks to it.
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 120000))
            process.kill();
        outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        outcome.out = process.readAllStandardOutput();
        outcome.err = process.readAllStandardError();
        return outcome;
    }

    RunnerFixture m_fixture;
    QTemporaryDir m_state;
    int m_recipes = 0;
    int m_requestsAtStart = 0;
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
