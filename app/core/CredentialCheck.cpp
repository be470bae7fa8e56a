// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CredentialCheck.h"

#include "base/Logging.h"
#include "core/Session.h"
#include "platform/ImsAuth.h"
#include "secrets/SecretStore.h"

CredentialCheck::CredentialCheck(Session* session, QObject* parent) : QObject(parent), m_session(session) { }

QList<Sandbox> CredentialCheck::usable(const QList<Sandbox>& listed)
{
    QList<Sandbox> result;
    for (const Sandbox& sandbox : listed) {
        if (sandbox.isActive() && !sandbox.name.isEmpty())
            result << sandbox;
    }
    return result;
}

CredentialCheck::Field CredentialCheck::fieldFor(const PlatformError& error)
{
    if (error.code == QLatin1String("invalid_scope"))
        return Field::Scopes;
    if (error.kind == PlatformError::Kind::Authentication)
        return Field::Secret;
    return Field::None;
}

void CredentialCheck::start(const PlatformConfig& config, const QString& clientSecret, bool remember)
{
    m_config = config;
    m_secret = clientSecret;
    m_remember = remember;
    m_running = true;
    const int attempt = ++m_attempt;
    m_session->setConfig(config);
    m_session->auth()->setClientSecret(clientSecret);
    m_session->setRemember(remember); // Remember off: no token of this credential is kept either
    Q_EMIT progress(tr("Checking the credential with Adobe\u2026"));
    TokenJob* job = m_session->auth()->verify();
    connect(job, &TokenJob::finished, this, [this, attempt](TokenJob* done) {
        if (current(attempt))
            onToken(done->error());
    });
}

void CredentialCheck::stop()
{
    m_running = false;
    ++m_attempt;
}

void CredentialCheck::setOtherUrls(const QUrl& platformUrl, const QUrl& imsUrl)
{
    m_otherPlatformUrl = platformUrl;
    m_otherImsUrl = imsUrl;
}

static bool isUnreachable(const PlatformError& error)
{
    return error.kind == PlatformError::Kind::Network || error.kind == PlatformError::Kind::Timeout;
}

CredentialCheck::Problem CredentialCheck::unreachable(const PlatformError& error, const QUrl& url,
                                                      const PlatformConfig& tried, const QUrl& otherPlatformUrl,
                                                      const QUrl& otherImsUrl)
{
    Problem problem;
    problem.unreachableUrl = url;
    problem.details = error.details();
    // A refused certificate or redirect did answer: its own message names the host and says why.
    const bool answered
        = error.networkError == Http::SslHandshakeFailedError || error.networkError == Http::InsecureRedirectError;
    if (!answered)
        problem.text = (url == tried.imsUrl ? tr("No answer from %1, the IMS URL under Advanced.")
                                            : tr("No answer from %1, the Platform URL under Advanced."))
                           .arg(url.toDisplayString());
    if (!error.userMessage.isEmpty())
        problem.text += (problem.text.isEmpty() ? QString() : QStringLiteral(" ")) + error.userMessage;
    const bool differs = (!otherPlatformUrl.isEmpty() && otherPlatformUrl != tried.platformUrl)
        || (!otherImsUrl.isEmpty() && otherImsUrl != tried.imsUrl);
    if (differs && !otherPlatformUrl.isEmpty() && !otherImsUrl.isEmpty()) {
        problem.otherPlatformUrl = otherPlatformUrl;
        problem.otherImsUrl = otherImsUrl;
        problem.text += QLatin1Char(' ')
            + tr("The recipe named this address; the wizard was using %1 before.")
                  .arg(otherPlatformUrl.toDisplayString());
    }
    return problem;
}

void CredentialCheck::onToken(const PlatformError& error)
{
    if (isUnreachable(error)) {
        fail(unreachable(error, m_config.imsUrl, m_config, m_otherPlatformUrl, m_otherImsUrl));
        return;
    }
    if (error.isError()) {
        fail({error.userMessage, error.details(), fieldFor(error)});
        return;
    }
    Q_EMIT progress(tr("Loading the sandboxes\u2026"));
    const int attempt = m_attempt;
    SandboxService(m_session->client()).list(this)->onFinished(this, [this, attempt](const auto& job) {
        if (current(attempt))
            onSandboxes(job);
    });
}

void CredentialCheck::onSandboxes(const TypedJob<QList<Sandbox>>& job)
{
    if (!job.ok()) {
        // Listing sandboxes needs no special right, but some gateways refuse it: the typed name is then used.
        const PlatformError::Kind kind = job.error().kind;
        if (kind == PlatformError::Kind::Forbidden || kind == PlatformError::Kind::NotFound) {
            qCInfo(lcUi) << "sandbox list unavailable, using" << m_config.sandbox;
            storeSecret();
            return;
        }
        if (isUnreachable(job.error())) {
            fail(unreachable(job.error(), m_config.platformUrl, m_config, m_otherPlatformUrl, m_otherImsUrl));
            return;
        }
        fail({job.error().userMessage, job.error().details()});
        return;
    }
    m_sandboxes = usable(job.value());
    Q_EMIT sandboxesListed(m_sandboxes);
    QStringList names;
    for (const Sandbox& sandbox : std::as_const(m_sandboxes))
        names << sandbox.name;
    if (!names.contains(m_config.sandbox)) {
        fail({tr("This credential cannot use a sandbox named \u201c%1\u201d. Choose one of: %2.")
                  .arg(m_config.sandbox, names.join(QStringLiteral(", "))),
              {},
              Field::Sandbox});
        return;
    }
    storeSecret();
}

void CredentialCheck::storeSecret()
{
    const QString key = SecretStore::credentialKey(m_config.imsUrl.toString(), m_config.imsOrg, m_config.clientId);
    if (!m_remember || m_session->isDemo()) {
        m_session->secrets()->remove(key); // unticking "Remember" forgets a secret stored earlier
        finishVerified();
        return;
    }
    Q_EMIT progress(tr("Storing the client secret in the system keychain\u2026"));
    SecretJob* job = m_session->secrets()->write(key, m_secret);
    const int attempt = m_attempt;
    connect(job, &SecretJob::finished, this, [this, attempt](SecretJob* done) {
        if (!current(attempt))
            return;
        if (done->error() == SecretJob::Error::None) {
            finishVerified();
            return;
        }
        Q_EMIT stopped({tr("The credential works, but the system keychain could not store the client secret. You can "
                           "go on: the secret is kept for this session only."),
                        done->errorString(), Field::None, true, true});
    });
}

void CredentialCheck::fail(const Problem& problem)
{
    m_running = false;
    Q_EMIT stopped(problem);
}

void CredentialCheck::continueWithoutSaving()
{
    if (!m_running)
        return;
    m_remember = false;
    m_session->setRemember(false);
    finishVerified();
}

void CredentialCheck::finishVerified()
{
    m_running = false;
    m_secret.clear();
    Q_EMIT verified(m_config);
}

void CredentialCheck::readStoredSecret(const PlatformConfig& config)
{
    if (config.imsOrg.isEmpty() || config.clientId.isEmpty())
        return;
    SecretJob* job = m_session->secrets()->read(
        SecretStore::credentialKey(config.imsUrl.toString(), config.imsOrg, config.clientId));
    connect(job, &SecretJob::finished, this, [this](SecretJob* done) {
        if (done->error() == SecretJob::Error::None)
            Q_EMIT storedSecret(done->secret());
        else if (done->error() != SecretJob::Error::NotFound)
            Q_EMIT keychainUnavailable({tr("The system keychain cannot be used, so the client secret could not be read "
                                           "from it. Type it; it will be kept for this session only."),
                                        done->errorString(), Field::Secret, true});
    });
}

QString CredentialCheck::urlProblem(const PlatformConfig& config)
{
    const QString platform = PlatformConfig::checkBaseUrl(config.platformUrl);
    if (!platform.isEmpty())
        return tr("Platform URL: %1").arg(platform);
    const QString ims = PlatformConfig::checkBaseUrl(config.imsUrl);
    if (!ims.isEmpty())
        return tr("IMS URL: %1").arg(ims);
    return {};
}

bool CredentialCheck::isComplete(const PlatformConfig& config, const QString& clientSecret)
{
    return !config.imsOrg.isEmpty() && !config.clientId.isEmpty() && !clientSecret.isEmpty() && !config.scopes.isEmpty()
        && !config.sandbox.isEmpty() && urlProblem(config).isEmpty();
}
