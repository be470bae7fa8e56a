// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/ImsAuth.h"

#include "base/Jobs.h"
#include "base/Logging.h"
#include "secrets/SecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>

void TokenJob::finish(const QString& token, const PlatformError& error)
{
    m_token = token;
    m_error = error;
    Jobs::finishLater(this);
}

ImsAuth::ImsAuth(Http::Backend* network, const PlatformConfig& config, SecretStore* tokenCache, QObject* parent)
    : QObject(parent), m_network(network), m_config(config), m_store(tokenCache), m_cache(tokenCache)
{ }

ImsAuth::~ImsAuth()
{
    if (m_exchange) {
        m_exchange.reset();
        resolveWaiting({}, PlatformError::cancelled());
    }
}

void ImsAuth::setConfig(const PlatformConfig& config)
{
    const bool sameIdentity = config.imsUrl == m_config.imsUrl && config.imsOrg == m_config.imsOrg
        && config.clientId == m_config.clientId && config.scopes == m_config.scopes;
    m_config = config;
    if (!sameIdentity) {
        m_token.clear();
        m_expiresAt = {};
        m_cacheConsulted = false;
    }
}

void ImsAuth::setClientSecret(const QString& secret)
{
    m_clientSecret = secret;
}

void ImsAuth::setStaticToken(const QString& token)
{
    m_staticToken = token;
}

TokenJob* ImsAuth::newJob()
{
    return new TokenJob(this);
}

bool ImsAuth::memoryTokenUsable() const
{
    if (m_token.isEmpty() || !m_expiresAt.isValid())
        return false;
    return QDateTime::currentDateTimeUtc().secsTo(m_expiresAt) > kRenewMarginSeconds;
}

TokenJob* ImsAuth::token()
{
    TokenJob* job = newJob();
    if (!m_staticToken.isEmpty()) {
        job->finish(m_staticToken, {});
        return job;
    }
    if (memoryTokenUsable()) {
        job->finish(m_token, {});
        return job;
    }
    m_waiting.append(job);
    if (m_state == State::Idle) {
        if (!m_cacheConsulted && m_cache)
            readCache();
        else
            mint();
    }
    return job;
}

TokenJob* ImsAuth::verify()
{
    TokenJob* job = newJob();
    m_waiting.append(job);
    m_cacheConsulted = true; // what is typed wins over what was cached
    if (m_state != State::Minting)
        mint();
    return job;
}

TokenJob* ImsAuth::renew(const QString& rejected)
{
    TokenJob* job = newJob();
    if (!m_staticToken.isEmpty()) {
        PlatformError error = PlatformError::fromHttp(
            401, R"({"error_code":"401013","message":"the access token given in AEP_ACCESS_TOKEN was refused"})");
        job->finish({}, error);
        return job;
    }
    if (m_token != rejected && memoryTokenUsable()) {
        job->finish(m_token, {}); // another call already renewed it
        return job;
    }
    qCInfo(lcIms) << "the Platform refused the access token; requesting a new one";
    forgetToken();
    m_cacheConsulted = true;
    m_waiting.append(job);
    if (m_state != State::Minting)
        mint();
    return job;
}

void ImsAuth::forgetToken()
{
    m_token.clear();
    m_expiresAt = {};
    if (m_cache)
        m_cache->remove(cacheKey());
}

void ImsAuth::setCacheEnabled(bool enabled)
{
    if (enabled) {
        m_cache = m_store;
        return;
    }
    m_cache = nullptr;
    if (m_store && !m_config.imsOrg.isEmpty() && !m_config.clientId.isEmpty())
        m_store->remove(cacheKey());
}

QString ImsAuth::cacheKey() const
{
    return SecretStore::tokenKey(m_config.imsUrl.toString(), m_config.imsOrg, m_config.clientId);
}

void ImsAuth::readCache()
{
    m_state = State::ReadingCache;
    m_cacheConsulted = true;
    SecretJob* job = m_cache->read(cacheKey());
    connect(job, &SecretJob::finished, this, [this](SecretJob* done) {
        if (m_state != State::ReadingCache)
            return; // verify() or renew() started a mint meanwhile
        m_state = State::Idle;
        if (done->error() == SecretJob::Error::None) {
            const QJsonObject cached = QJsonDocument::fromJson(done->secret().toUtf8()).object();
            const QString token = cached.value(QLatin1String("accessToken")).toString();
            const qint64 expires = cached.value(QLatin1String("expiresAt")).toInteger();
            if (!token.isEmpty() && expires > 0) {
                m_token = token;
                m_expiresAt = QDateTime::fromSecsSinceEpoch(expires, Qt::UTC);
            }
        } else if (done->error() != SecretJob::Error::NotFound) {
            qCInfo(lcIms) << "no cached token available:" << done->errorString();
        }
        if (memoryTokenUsable()) {
            qCDebug(lcIms) << "reusing the cached access token, valid until" << m_expiresAt;
            resolveWaiting(m_token, {});
        } else {
            mint();
        }
    });
}

void ImsAuth::mint()
{
    const QString urlProblem = PlatformConfig::checkBaseUrl(m_config.imsUrl);
    if (!urlProblem.isEmpty()) {
        resolveWaiting({}, PlatformError::insecureUrl(m_config.imsUrl, urlProblem));
        return;
    }
    if (m_clientSecret.isEmpty() || m_config.clientId.isEmpty()) {
        PlatformError error;
        error.kind = PlatformError::Kind::Authentication;
        error.code = QStringLiteral("missing_credential");
        error.userMessage = tr("Enter the client ID and the client secret of the credential.");
        resolveWaiting({}, error);
        return;
    }
    m_state = State::Minting;
    ++m_mintCount;

    QUrl url = m_config.imsUrl;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + QStringLiteral("/ims/token/v3"));
    Http::Request request;
    request.method = "POST";
    request.url = url;
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"}};
    // Never followed: the client secret is not posted anywhere else.
    request.redirects = Http::Redirects::Never;
    request.timeoutMs = m_config.timeoutMs;
    request.maxReplyBytes = kMaxReplyBytes;
    QString scopes = m_config.scopes;
    scopes.remove(QLatin1Char(' '));
    // Percent-encode every value: a '+' in a secret would otherwise read as a space.
    // The form holding the secret lives in one buffer, shared with the module's copy, which zeroes it (and the
    // answer, which holds the token) once the exchange is over; this side drops its reference at once.
    QByteArray secret = QUrl::toPercentEncoding(m_clientSecret);
    request.body = "grant_type=client_credentials&client_id=" + QUrl::toPercentEncoding(m_config.clientId)
        + "&client_secret=" + secret + "&scope=" + QUrl::toPercentEncoding(scopes);
    secret.fill('\0');
    request.secretBody = true;
    qCDebug(lcIms) << "POST" << url.toString() << "client_id" << m_config.clientId;

    m_exchange = m_network->send(request, [this](const Http::Result& result) {
        m_exchange.reset();
        onMintFinished(result);
    });
    request.body.clear();
}

void ImsAuth::onMintFinished(const Http::Result& result)
{
    const int status = result.status;
    const QByteArray& body = result.body; // on success it holds the token: zeroed by the module after this returns
    PlatformError error;
    if (result.tooLarge) {
        error = PlatformError::tooLarge(kMaxReplyBytes, status);
    } else if (result.timedOut) {
        error = PlatformError::timeout(m_config.timeoutMs);
    } else if (!result.certificateIssues.isEmpty()) {
        error = PlatformError::certificateRefused(result.url.host(), result.certificateIssues);
    } else if (status >= 300 && status < 400) {
        // Never followed (Redirects::Never): the client secret is not posted anywhere else.
        error = PlatformError::redirectRefused(
            result.url, result.url.resolved(QUrl::fromEncoded(result.header("Location"), QUrl::TolerantMode)));
    } else if (status == 0) {
        error = PlatformError::fromNetwork(result.error, result.errorString);
    } else if (status != 200) {
        error = PlatformError::fromHttp(status, body, result.header("Content-Type"), result.header("Retry-After"));
    } else {
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        const QJsonObject answer = document.object();
        const QString token = answer.value(QLatin1String("access_token")).toString();
        const QJsonValue expiresValue = answer.value(QLatin1String("expires_in"));
        qint64 expiresIn = expiresValue.isString() ? expiresValue.toString().toLongLong() : expiresValue.toInteger();
        if (expiresIn > 10LL * 24 * 3600)
            expiresIn /= 1000; // the deprecated JWT exchange counted milliseconds
        // Say what is wrong with the answer (never the token itself).
        QString wrong;
        if (body.trimmed().isEmpty())
            wrong = QStringLiteral("IMS answered 200 with an empty body");
        else if (parseError.error != QJsonParseError::NoError)
            wrong = QStringLiteral("IMS answered 200 with invalid JSON at offset %1: %2")
                        .arg(parseError.offset)
                        .arg(parseError.errorString());
        else if (!document.isObject())
            wrong = QStringLiteral("IMS answered 200 with JSON that is not an object");
        else if (token.isEmpty())
            wrong = QStringLiteral("IMS answered 200 without an access_token string");
        else if (expiresIn <= 0)
            wrong = QStringLiteral("IMS answered 200 without a valid expires_in");
        if (!wrong.isEmpty()) {
            error = PlatformError::badResponse(wrong, 200);
        } else {
            m_token = token;
            m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
            qCInfo(lcIms) << "new access token, valid for" << expiresIn << "s";
            writeCache();
            Q_EMIT tokenChanged();
        }
    }
    if (error.isError())
        qCWarning(lcIms).noquote() << "IMS sign-in failed:" << error.toString();
    m_state = State::Idle;
    resolveWaiting(error.isError() ? QString() : m_token, error);
}

void ImsAuth::resolveWaiting(const QString& token, const PlatformError& error)
{
    m_state = State::Idle;
    const QList<QPointer<TokenJob>> waiting = std::exchange(m_waiting, {});
    for (const QPointer<TokenJob>& job : waiting) {
        if (job)
            job->finish(token, error);
    }
}

void ImsAuth::writeCache()
{
    if (!m_cache)
        return;
    const QJsonObject cached{{QStringLiteral("accessToken"), m_token},
                             {QStringLiteral("expiresAt"), m_expiresAt.toSecsSinceEpoch()}};
    SecretJob* job
        = m_cache->write(cacheKey(), QString::fromUtf8(QJsonDocument(cached).toJson(QJsonDocument::Compact)));
    connect(job, &SecretJob::finished, this, [](SecretJob* done) {
        if (done->error() != SecretJob::Error::None)
            qCInfo(lcIms) << "the access token could not be cached:" << done->errorString();
    });
}
