// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRunnerFixture.h"
#include "WizardDriver.h"
#include "core/DraftAutosave.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrlQuery>

using namespace TestDraftRecipes;

namespace {

// Distinctive values, each found nowhere else: any hit in a file is a leak.
const QString wizardClientSecret = QStringLiteral("WzCliSecret-5k9Q-e1d7");
const QString wizardAccountKey = QStringLiteral("WzAccKey-7h2M-b3c4");
const QString cliClientSecret = QStringLiteral("ClCliSecret-3x8P-a9f2");
const QStringList cliAccountSecrets{QStringLiteral("ClAccSecret-1q2w-0001"), QStringLiteral("ClAccAccess-3e4r-0002"),
                                    QStringLiteral("ClAccRefresh-5t6y-0003")};

QString homePath;
QFile* logFile = nullptr;
QtMessageHandler qtestHandler = nullptr;

/** Every message of this process (the wizard's and the engine's, debug included) into a log file in the home. */
void logToFile(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    // The emulator's HTTP server (it stands for Adobe's servers, and runs in this process) logs the requests it
    // receives, Authorization headers included: the server's log, not the program's, so it is left out.
    if (context.category && qstrncmp(context.category, "qt.httpserver", 13) == 0)
        return;
    if (logFile) {
        logFile->write(QByteArray(context.category ? context.category : "default") + ": " + message.toUtf8() + '\n');
        logFile->flush();
    }
    if (type != QtDebugMsg && qtestHandler)
        qtestHandler(type, context, message);
}

} // namespace

/**
 * No secret on disk, in a log or an export: a whole wizard flow (to Create) in this process and the command line
 * (--apply with a new account's keys, --apply with an access token, --export-curl) in child processes, all with HOME
 * and the XDG folders in one temporary folder and every log category on (QT_LOGGING_RULES="*.debug=true"); then every
 * file under that home (settings, journals, the autosaved draft, the recipe, the script, the logs, stdout and stderr)
 * is searched for each client secret, account key and access token the emulators issued, and for the Basic-auth
 * form (base64 of id:secret) of each credential.
 */
class TestSecretHygiene : public QObject
{
    Q_OBJECT

    QStringList m_secrets;
    QStringList m_evidence; ///< files that must exist for the search to mean something

    QString home(const QString& relative) const
    {
        const QString path = homePath + QLatin1Char('/') + relative;
        QDir().mkpath(QFileInfo(path).absolutePath());
        return path;
    }
    static void write(const QString& path, const QByteArray& content)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    void addCredential(const QString& id, const QString& secret)
    {
        m_secrets << secret << QString::fromLatin1((id + QLatin1Char(':') + secret).toUtf8().toBase64());
    }

private Q_SLOTS:
    void initTestCase()
    {
        logFile = new QFile(home(QStringLiteral("logs/test-process.log")), this);
        QVERIFY(logFile->open(QIODevice::WriteOnly | QIODevice::Append));
        qtestHandler = qInstallMessageHandler(logToFile);
    }

    void wizardFlow()
    {
        EmulatorOptions options;
        options.clientSecret = wizardClientSecret;
        WizardDriver d(options);
        d.accountKey = wizardAccountKey;
        d.walkTo(PageId::Review);
        const QString draft = d.wizard->autosave()->filePath();
        QVERIFY(draft.startsWith(homePath));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(draft), 1000);
        QFile::copy(draft, home(QStringLiteral("evidence/autosaved-draft.json"))); // Create removes it
        QString error;
        QVERIFY2(d.wizard->saveRecipe(home(QStringLiteral("recipes/wizard.json")), &error), qPrintable(error));
        QVERIFY(d.goTo(PageId::Runs, 30000)); // Create, then the runs
        QTRY_VERIFY(!QFile::exists(draft));
        m_secrets << d.platform.issuedTokens();
        QVERIFY(!d.platform.issuedTokens().isEmpty());
        addCredential(options.clientId, wizardClientSecret);
        addCredential(QStringLiteral("hub-app"), wizardAccountKey);
        m_evidence << QStringLiteral("evidence/autosaved-draft.json") << QStringLiteral("recipes/wizard.json");
        d.wizard->close();
    }

    void commandLine()
    {
        EmulatorOptions options;
        options.clientSecret = cliClientSecret;
        RunnerFixture fixture;
        QCOMPARE(fixture.setUp(options), QString());
        QJsonObject recipe = without(fixture.recipe(), QStringLiteral("source.baseConnectionId"));
        recipe = with(recipe, QStringLiteral("source.newAccount"),
                      QJsonObject{{"name", "CLI account"},
                                  {"authSpecName", "Basic Authentication"},
                                  {"params", QJsonObject{{"clientId", "cli-app"}}}});
        const QString recipePath = home(QStringLiteral("recipes/cli.json"));
        write(recipePath, QJsonDocument(recipe).toJson());

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment(); // HOME and XDG_* set in main()
        env.insert(QStringLiteral("AEP_CLIENT_SECRET"), cliClientSecret);
        env.insert(QStringLiteral("AEP_ACCOUNT_CLIENTSECRET"), cliAccountSecrets[0]);
        env.insert(QStringLiteral("AEP_ACCOUNT_ACCESSTOKEN"), cliAccountSecrets[1]);
        env.insert(QStringLiteral("AEP_ACCOUNT_REFRESHTOKEN"), cliAccountSecrets[2]);
        const auto run = [&](const QString& name, const QStringList& arguments, const QProcessEnvironment& with) {
            QProcess process;
            process.setProcessEnvironment(with);
            process.setStandardOutputFile(home(QStringLiteral("logs/%1.stdout").arg(name)));
            process.setStandardErrorFile(home(QStringLiteral("logs/%1.stderr").arg(name)));
            process.start(QStringLiteral(AEP_WIZARD_BINARY), arguments + QStringList{"--lang", "en"});
            // The emulator runs in this process: its event loop turns while the program talks to it.
            if (!process.waitForStarted()
                || !QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 120000))
                return -1;
            return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        };
        QCOMPARE(run(QStringLiteral("apply"), {"--apply", recipePath}, env), 0);
        QCOMPARE(fixture.added("connections"), 1);
        QCOMPARE(fixture.added("flows"), 1);
        QProcessEnvironment withToken = env;
        withToken.remove(QStringLiteral("AEP_CLIENT_SECRET"));
        withToken.insert(QStringLiteral("AEP_ACCESS_TOKEN"), fixture.platform->mintToken());
        QCOMPARE(run(QStringLiteral("apply-token"), {"--apply", recipePath}, withToken), 0);
        QCOMPARE(run(QStringLiteral("export-curl"), {"--export-curl", recipePath}, env), 0);
        QFile::copy(home(QStringLiteral("logs/export-curl.stdout")), home(QStringLiteral("exports/dataflow.sh")));
        // The runs' logs (every category on) and the script are there to be searched; export-curl logs nothing.
        m_evidence << QStringLiteral("exports/dataflow.sh") << QStringLiteral("logs/apply.stderr")
                   << QStringLiteral("logs/apply-token.stderr");
        m_secrets << fixture.platform->issuedTokens() << cliAccountSecrets;
        addCredential(options.clientId, cliClientSecret);
        addCredential(QStringLiteral("cli-app"), cliAccountSecrets[0]);
    }

    void demoWithEveryLogOn()
    {
        // --demo runs the emulator inside the program; with every category on (QT_LOGGING_RULES="*.debug=true", set in
        // main()), Qt's HTTP server prints each request it receives with its headers:
        //   qt.httpserver: Request: QHttpServerRequest((Url: ...)(Headers: ..., ("Authorization": "Bearer <token>"),
        //   ...
        // A token is asked of the demo's IMS and sent back as a Bearer header, as the wizard does; neither the token
        // nor any Bearer value, client_secret or access_token may reach the program's stdout or stderr.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment(); // HOME, XDG_*, every category on
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess demo;
        demo.setProcessEnvironment(env);
        demo.start(QStringLiteral(AEP_WIZARD_BINARY), {"--demo", "--lang", "en"});
        QVERIFY(demo.waitForStarted());
        QByteArray out;
        QByteArray err;
        const auto read = [&] {
            out += demo.readAllStandardOutput();
            err += demo.readAllStandardError();
        };
        const QRegularExpression listening(QStringLiteral("listens at \"?(http://127\\.0\\.0\\.1:\\d+)"));
        QUrl base;
        QVERIFY(QTest::qWaitFor(
            [&] {
                read();
                const QRegularExpressionMatch match = listening.match(QString::fromUtf8(err));
                if (match.hasMatch())
                    base = QUrl(match.captured(1));
                return base.isValid() || demo.state() == QProcess::NotRunning;
            },
            60000));
        QVERIFY2(base.isValid(), err.right(2000).constData());

        QNetworkAccessManager network;
        const auto await = [](QNetworkReply* reply) {
            const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000);
            reply->deleteLater();
            return finished ? reply->readAll() : QByteArray();
        };
        const EmulatorOptions defaults; // the demo's credential
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"), defaults.clientId);
        form.addQueryItem(QStringLiteral("client_secret"), defaults.clientSecret);
        form.addQueryItem(QStringLiteral("scope"), QStringLiteral("openid,AdobeID"));
        QNetworkRequest tokenRequest(base.resolved(QUrl(QStringLiteral("/ims/token/v3"))));
        tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        const QString token
            = QJsonDocument::fromJson(await(network.post(tokenRequest, form.toString(QUrl::FullyEncoded).toUtf8())))
                  .object()
                  .value(QLatin1String("access_token"))
                  .toString();
        QVERIFY(!token.isEmpty());
        QNetworkRequest call(base.resolved(QUrl(QStringLiteral("/data/foundation/flowservice/flowSpecs"))));
        call.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        call.setRawHeader("x-api-key", defaults.clientId.toUtf8());
        call.setRawHeader("x-gw-ims-org-id", defaults.imsOrg.toUtf8());
        call.setRawHeader("x-sandbox-name", "prod");
        QVERIFY(await(network.get(call)).contains("items")); // served: the request went through the server
        // The server writes its line of a request (stderr, unbuffered) before it answers: what it printed is in the
        // pipe by now, and stays readable once the program is gone.
        demo.kill(); // the wizard waits for a user; this test started it
        demo.waitForFinished();
        read();
        write(home(QStringLiteral("logs/demo.stdout")), out);
        write(home(QStringLiteral("logs/demo.stderr")), err);
        m_secrets << token;
        m_evidence << QStringLiteral("logs/demo.stderr");

        const QString printed = QString::fromUtf8(out + err);
        QVERIFY2(printed.contains(QLatin1String("qt.core.")), "the debug categories were on"); // Qt's plugin loader
        QVERIFY2(!printed.contains(token), "the token is printed");
        const QRegularExpression leak(
            QStringLiteral("(Bearer\\s+|client_secret[\"']?\\s*[:=]\\s*[\"']?|access_token[\"']?\\s*[:=]\\s*[\"']?)"
                           "(?!\\*\\*\\*)[^\\s\"'&,;)]+"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch found = leak.match(printed);
        QVERIFY2(!found.hasMatch(), qPrintable(found.captured(0)));
    }

    void noSecretAnywhere()
    {
        QVERIFY(m_secrets.size() >= 12);
        logFile->flush();
        for (const QString& evidence : std::as_const(m_evidence))
            QVERIFY2(QFileInfo(home(evidence)).size() > 0, qPrintable(evidence));
        QByteArray logs;
        QFile log(logFile->fileName());
        QVERIFY(log.open(QIODevice::ReadOnly));
        logs = log.readAll();
        QVERIFY(logs.contains("aep.net: ")); // the debug lines are there: the network log was searched
        QVERIFY(logs.contains("aep.ims: "));

        QStringList hits;
        int files = 0;
        QStringList journals;
        QDirIterator it(homePath, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                hits << QStringLiteral("%1 cannot be read").arg(path);
                continue;
            }
            ++files;
            if (path.contains(QLatin1String("/journals/")))
                journals << path;
            const QByteArray content = file.readAll();
            for (const QString& secret : std::as_const(m_secrets)) {
                if (content.contains(secret.toUtf8()) || content.contains(QUrl::toPercentEncoding(secret)))
                    hits << QStringLiteral("%1 in %2").arg(secret, QDir(homePath).relativeFilePath(path));
            }
        }
        qInfo("searched %d files under the temporary home for %d secrets", files, int(m_secrets.size()));
        QVERIFY2(journals.size() >= 2, "the wizard's and the command line's journals"); // both runs wrote one
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(qtestHandler);
        logFile = nullptr;
    }
};

int main(int argc, char** argv)
{
    // Before anything reads them: HOME and every XDG folder in a temporary home, every log category on.
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    homePath = home.path();
    if (qEnvironmentVariableIsSet("AEP_KEEP_HOME")) { // to look at what was searched after a failure
        home.setAutoRemove(false);
        fprintf(stderr, "home kept: %s\n", qPrintable(homePath));
    }
    qputenv("HOME", QFile::encodeName(homePath));
    for (const char* variable : {"XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"})
        qputenv(variable,
                QFile::encodeName(homePath + QLatin1Char('/') + QString::fromLatin1(variable).mid(4).toLower()));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(homePath + QStringLiteral("/runtime")));
    qputenv("QT_LOGGING_RULES", "*.debug=true");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:"); // no keychain: the memory store of the tests only
    QDir().mkpath(homePath + QStringLiteral("/runtime"));
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("aep-dataflow-wizard"));
    TestSecretHygiene test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestSecretHygiene.moc"
