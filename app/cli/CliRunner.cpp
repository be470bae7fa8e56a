// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliRunner.h"

#include "base/Logging.h"
#include "base/NetworkModule.h"
#include "core/AccountForm.h"
#include "core/Session.h"
#include "model/DraftValidator.h"
#include "plan/CurlExport.h"
#include "plan/DataflowPlan.h"
#include "plan/DraftCheck.h"
#include "plan/PlanRunner.h"
#include "platform/ImsAuth.h"
#include "platform/PlatformClient.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "services/FlowsService.h"
#include "services/SourcesService.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTextStream>

#include <memory>

#include <unistd.h>

namespace {

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

/** A failed call for stderr: the plain words (of the step, when given), then the Platform's own on a "Details" line. */
QString failure(const PlatformError& error, const QString& step = {})
{
    QString text = step.isEmpty() ? CliRunner::tr("Failed: %1").arg(error.userMessage)
                                  : CliRunner::tr("Failed: %1: %2").arg(step, error.userMessage);
    text += QLatin1Char('\n');
    const QString details = error.details();
    if (!details.isEmpty())
        text += CliRunner::tr("Details: %1").arg(details) + QLatin1Char('\n');
    return text;
}

/** Prints the problems; true when one of them is an error. */
bool report(const QString& recipePath, const QList<DraftProblem>& problems)
{
    for (const DraftProblem& problem : problems) {
        const QString prefix = problem.isError() ? CliRunner::tr("error") : CliRunner::tr("warning");
        //: One problem of the recipe on stderr: %1 the recipe file, %2 "error" or "warning", %3 the problem,
        //: %4 its stable code.
        err()
            << CliRunner::tr("%1: %2: %3 [%4]").arg(recipePath, prefix, Redact::text(problem.toString()), problem.code)
            << '\n';
    }
    err().flush();
    return DraftProblem::hasErrors(problems);
}

/** Progress on stderr: a bar redrawn in place on a terminal, one line a step otherwise. */
class Progress
{
public:
    explicit Progress(int total) : m_total(total), m_terminal(isatty(STDERR_FILENO) == 1) { }

    void started(const QString& title)
    {
        if (m_terminal)
            draw(title);
    }
    void finished(const QString& title, const QString& outcome)
    {
        ++m_done;
        if (m_terminal) {
            draw(title + QStringLiteral(" - ") + outcome);
            if (m_done == m_total)
                err() << '\n';
        } else {
            //: One step of the progress on stderr: %1 steps done, %2 steps in all, %3 the step, %4 its outcome.
            err() << CliRunner::tr("[%1/%2] %3: %4").arg(m_done).arg(m_total).arg(title, outcome) << '\n';
        }
        err().flush();
    }
    /** A notice on the step under way (a retry): redrawn on a terminal, a line otherwise. */
    void note(const QString& title, const QString& text)
    {
        if (m_terminal)
            draw(title + QStringLiteral(" - ") + text);
        else
            err() << CliRunner::tr("[%1/%2] %3: %4").arg(m_done).arg(m_total).arg(title, text) << '\n';
        err().flush();
    }
    void interrupt()
    {
        if (m_terminal && m_done < m_total)
            err() << '\n';
    }

private:
    void draw(const QString& text)
    {
        constexpr int width = 24;
        const int filled = m_total > 0 ? width * m_done / m_total : width;
        err() << "\r\033[K[" << QString(filled, QLatin1Char('#')) << QString(width - filled, QLatin1Char('.')) << "] "
              << m_done << '/' << m_total << ' ' << text;
        err().flush();
    }

    int m_total;
    int m_done = 0;
    bool m_terminal;
};

QString outcomeText(PlanRunner::Outcome outcome)
{
    switch (outcome) {
    case PlanRunner::Outcome::Created:
        return CliRunner::tr("created");
    case PlanRunner::Outcome::Reused:
        return CliRunner::tr("already there, reused");
    case PlanRunner::Outcome::Done:
        return CliRunner::tr("done");
    case PlanRunner::Outcome::Deleted:
        return CliRunner::tr("deleted");
    case PlanRunner::Outcome::Kept:
        return CliRunner::tr("kept");
    }
    return {};
}

/** Gives ImsAuth what it needs: AEP_ACCESS_TOKEN, AEP_CLIENT_SECRET, or the keychain entry. */
bool provideCredential(Session& session, SecretStore* keychain, const PlatformConfig& config)
{
    const QString token = qEnvironmentVariable("AEP_ACCESS_TOKEN");
    if (!token.isEmpty()) {
        session.auth()->setStaticToken(token);
        return true;
    }
    const QString secret = qEnvironmentVariable("AEP_CLIENT_SECRET");
    if (!secret.isEmpty()) {
        session.auth()->setClientSecret(secret);
        return true;
    }
    if (!keychain)
        return false;
    bool found = false;
    QEventLoop loop;
    SecretJob* job
        = keychain->read(SecretStore::credentialKey(config.imsUrl.toString(), config.imsOrg, config.clientId));
    QObject::connect(job, &SecretJob::finished, &loop, [&](SecretJob* done) {
        if (done->error() == SecretJob::Error::None && !done->secret().isEmpty()) {
            session.auth()->setClientSecret(done->secret());
            found = true;
        } else if (done->error() != SecretJob::Error::NotFound) {
            err() << CliRunner::tr("The keychain could not be read: %1").arg(done->errorString()) << '\n';
        }
        loop.quit();
    });
    loop.exec();
    return found;
}

PlatformConfig configOf(const DataflowDraft& draft)
{
    PlatformConfig config;
    if (!draft.platform.platformUrl.isEmpty())
        config.platformUrl = QUrl(draft.platform.platformUrl);
    if (!draft.platform.imsUrl.isEmpty())
        config.imsUrl = QUrl(draft.platform.imsUrl);
    config.imsOrg = draft.platform.imsOrg;
    config.clientId = draft.platform.clientId;
    config.sandbox = draft.platform.sandbox;
    if (!draft.platform.scopes.isEmpty())
        config.scopes = draft.platform.scopes;
    return config;
}

int validateOnline(Session& session, const DataflowDraft& draft, const QString& recipePath)
{
    DraftCheck check(session.client(), draft);
    QEventLoop loop;
    QObject::connect(&check, &DraftCheck::finished, &loop, &QEventLoop::quit);
    check.start();
    loop.exec();
    if (report(recipePath, check.problems()))
        return CliRunner::BadRecipe;
    out() << CliRunner::tr("%1 is valid (checked offline and against %2).")
                 .arg(recipePath, session.config().platformUrl.toString())
          << '\n';
    return CliRunner::Ok;
}

/**
 * The secret auth params of the recipe's new account, one environment variable each (AEP_ACCOUNT_<PARAM>), as its
 * connection spec names them. Never printed: a missing one is named by its variable only.
 */
int accountSecrets(Session& session, const DataflowDraft& draft, QJsonObject* secrets)
{
    const DraftNewAccount& account = *draft.source.newAccount;
    ConnectionSpec spec;
    PlatformError error;
    QEventLoop loop;
    SourcesService(session.client())
        .connectionSpec(draft.source.connectionSpecId)
        ->onFinished(&loop, [&](const TypedJob<ConnectionSpec>& done) {
            spec = done.value();
            error = done.error();
            loop.quit();
        });
    loop.exec();
    if (error.isError()) {
        err() << failure(error);
        return CliRunner::PlatformFailed;
    }
    const AuthSpec* auth = spec.authSpec(account.authSpecName);
    if (!auth) {
        err() << CliRunner::tr("The source %1 has no authentication \u201c%2\u201d (source.newAccount.authSpecName).")
                     .arg(spec.label, account.authSpecName)
              << '\n';
        return CliRunner::BadRecipe;
    }
    QStringList missing;
    *secrets = AccountForm::secretsFromEnvironment(
        *auth, account.params, &missing, [](const QString& name) { return qEnvironmentVariable(qPrintable(name)); });
    if (!missing.isEmpty()) {
        err() << CliRunner::tr("The recipe creates a new account: set its secret parameters in the environment "
                               "first (%1).")
                     .arg(missing.join(QStringLiteral(", ")))
              << '\n';
        return CliRunner::NoCredential;
    }
    return CliRunner::Ok;
}

/**
 * Runs the plan: the read-only checks first (the same as --validate; nothing is left when one fails: the new schema
 * made alongside them is deleted again), then the steps, with the retries shown as they happen.
 */
int apply(Session& session, const DataflowPlan& plan, const QJsonObject& accountSecrets, const QString& recipePath)
{
    PlanRunner runner(session.client(), plan);
    runner.setAccountSecrets(accountSecrets); // in memory only: never journalled or logged
    Progress progress(int(plan.steps().size()));
    QEventLoop loop;
    QObject::connect(&runner, &PlanRunner::stepStarted, &loop,
                     [&](const QString& id) { progress.started(plan.step(id)->title); });
    QObject::connect(&runner, &PlanRunner::stepFinished, &loop, [&](const QString& id, PlanRunner::Outcome outcome) {
        progress.finished(plan.step(id)->title, outcomeText(outcome));
    });
    QObject::connect(&runner, &PlanRunner::retrying, &loop,
                     [&](const QString& id, int delayMs, const PlatformError& why) {
                         progress.note(plan.step(id) ? plan.step(id)->title : id, PlanRunner::retryText(delayMs, why));
                     });
    QObject::connect(&runner, &PlanRunner::finished, &loop, &QEventLoop::quit);
    runner.start();
    loop.exec();
    if (!runner.ok()) {
        progress.interrupt();
        if (DraftProblem::hasErrors(runner.problems())) {
            report(recipePath, runner.problems()); // each names its rule and its field
            if (runner.notUndone().isEmpty())
                err() << CliRunner::tr("Nothing was created.") << '\n';
            else
                err() << CliRunner::tr("Done while the checks ran, then not undone (its delete failed): %1. The "
                                       "journal %2 keeps its id.")
                             .arg(runner.notUndone().join(QStringLiteral(", ")), runner.journalPath())
                      << '\n';
            err().flush();
            return CliRunner::BadRecipe;
        }
        err() << failure(runner.error(), runner.failedTitle())
              << CliRunner::tr("What was created is kept in %1; run the same command again to go on from there.")
                     .arg(runner.journalPath())
              << '\n';
        err().flush();
        return CliRunner::PlatformFailed;
    }
    out() << QJsonDocument(runner.results()).toJson(QJsonDocument::Indented);
    out().flush();
    return CliRunner::Ok;
}

} // namespace

int CliRunner::run(const CommandLine& commandLine)
{
    // stderr is for the user here: progress and problems, not the library's info lines (QT_LOGGING_RULES wins).
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("aep.*.info=false\naep.*.debug=false"));
    const QString path = commandLine.recipePath;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << tr("Cannot read the recipe %1: %2").arg(path, file.errorString()) << '\n';
        return BadRecipe;
    }
    QList<DraftProblem> problems;
    DataflowDraft draft = DataflowDraft::fromRecipe(file.readAll(), &problems);
    if (report(path, problems))
        return BadRecipe;
    if (!commandLine.platformUrl.isEmpty())
        draft.platform.platformUrl = commandLine.platformUrl;
    if (!commandLine.imsUrl.isEmpty())
        draft.platform.imsUrl = commandLine.imsUrl;
    // A recipe the shipped copy of the flow spec refuses is refused at once, without a network call; online, every
    // read-only check (the Platform's own flow spec among them) runs before anything is created (PlanRunner).
    if (report(path, DraftValidator::validate(draft)))
        return BadRecipe;

    const DataflowPlan plan = DataflowPlan::build(draft);
    if (commandLine.mode == CommandLine::Mode::ExportCurl) {
        out() << CurlExport::script(plan);
        out().flush();
        return Ok;
    }
    const PlatformConfig config = configOf(draft);
    // The keychain is only opened when no secret comes from the environment (no D-Bus prompt in scripts).
    const bool fromEnvironment
        = qEnvironmentVariableIsSet("AEP_ACCESS_TOKEN") || qEnvironmentVariableIsSet("AEP_CLIENT_SECRET");
    std::unique_ptr<SecretStore> secrets;
    if (fromEnvironment)
        secrets = std::make_unique<MemorySecretStore>();
    else
        secrets = std::make_unique<KeychainSecretStore>();
    QString moduleError;
    if (!NetworkModule::load(&moduleError)) {
        err() << moduleError << '\n';
        return PlatformFailed;
    }
    const NetworkModule::ReleaseHttpAtEnd releaseHttp; // after the session (declared below) is gone
    Session session(NetworkModule::http(), secrets.get());
    session.setConfig(config);
    if (!provideCredential(session, fromEnvironment ? nullptr : secrets.get(), config)) {
        err() << tr("No credential: set AEP_CLIENT_SECRET (or AEP_ACCESS_TOKEN), or sign in once in the wizard so "
                    "that the client secret is in the keychain.")
              << '\n';
        return NoCredential;
    }
    if (commandLine.mode == CommandLine::Mode::Validate)
        return validateOnline(session, draft, path);
    QJsonObject newAccountSecrets;
    if (plan.step(QStringLiteral("baseConnection"))) {
        if (const int code = accountSecrets(session, draft, &newAccountSecrets); code != Ok)
            return code;
    }
    return apply(session, plan, newAccountSecrets, path);
}
