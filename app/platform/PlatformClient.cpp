// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/PlatformClient.h"

#include "base/Jobs.h"
#include "base/Logging.h"
#include "platform/ImsAuth.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTimer>

namespace {

constexpr int kMaxBackoffMs = 30000;

bool hasBody(const QByteArray& method)
{
    return method == "POST" || method == "PUT" || method == "PATCH";
}

} // namespace

PlatformCall::PlatformCall(PlatformClient* client, PlatformRequest request)
    : QObject(client), m_client(client), m_request(std::move(request)), m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        if (!m_finished)
            send();
    });
}

bool PlatformCall::isWrite() const
{
    return hasBody(m_request.method);
}

QByteArray PlatformCall::rawHeader(const QByteArray& name) const
{
    for (const auto& [key, value] : m_responseHeaders) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void PlatformCall::abort()
{
    if (m_finished)
        return;
    m_retryTimer->stop();
    m_exchange.reset(); // aborts the request in flight, if any; its answer never comes
    finish(PlatformError::cancelled());
}

void PlatformCall::start()
{
    m_clock.start();
    const PlatformConfig& config = m_client->config();
    const QString problem = PlatformConfig::checkBaseUrl(config.platformUrl);
    if (!problem.isEmpty()) {
        finish(PlatformError::insecureUrl(config.platformUrl, problem));
        return;
    }
    withToken(false);
}

void PlatformCall::withToken(bool renew)
{
    ImsAuth* auth = m_client->auth();
    TokenJob* job = renew ? auth->renew(m_token) : auth->token();
    m_tokenJob = job;
    connect(job, &TokenJob::finished, this, [this](TokenJob* done) {
        if (m_finished)
            return;
        if (!done->ok()) {
            finish(done->error());
            return;
        }
        m_token = done->token();
        send();
    });
}

void PlatformCall::send()
{
    const PlatformConfig& config = m_client->config();
    QUrl url = config.platformUrl;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    // Tolerant: callers percent-encode path segments themselves (a schema $id holds "/" and ":").
    url.setPath(base + m_request.path, QUrl::TolerantMode);
    if (!m_request.query.isEmpty())
        url.setQuery(m_request.query);

    Http::Request request;
    request.method = m_request.method;
    request.url = url;
    // Never follow a redirect to another origin with the bearer token.
    request.redirects = Http::Redirects::SameOrigin;
    request.headers = {{"Authorization", "Bearer " + m_token.toUtf8()},
                       {"x-api-key", config.clientId.toUtf8()},
                       {"x-gw-ims-org-id", config.imsOrg.toUtf8()}};
    if (m_request.sandboxHeader)
        request.headers.append({QByteArrayLiteral("x-sandbox-name"), config.sandbox.toUtf8()});
    const QByteArray accept
        = m_request.accept.isEmpty() ? PlatformClient::defaultAccept(m_request.path) : m_request.accept;
    request.headers.append({QByteArrayLiteral("Accept"), accept});
    if (hasBody(m_request.method))
        request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.headers.append(m_request.headers);
    // A write is sent once: a create whose answer was lost must not be made twice behind the caller's back.
    request.body = m_request.body;
    request.oneShotBody = hasBody(m_request.method);
    request.timeoutMs = config.timeoutMs;
    // Bounded: an answer announced or streamed beyond the cap is cut off, never held in memory whole.
    request.maxReplyBytes = config.maxReplyBytes;

    ++m_attempts;
    qCDebug(lcNet).noquote() << m_request.method << url.toString() << "attempt" << m_attempts << '['
                             << Redact::headers(request.headers) << ']';
    m_exchange = m_client->m_network->send(request, [this](const Http::Result& result) { onReplyFinished(result); });
}

void PlatformCall::onReplyFinished(const Http::Result& result)
{
    m_exchange.reset();
    m_status = result.status;
    m_body = result.body;
    m_responseHeaders = result.headers;
    if (m_status != 0)
        m_client->m_serverClock.observe(result.header("Date"), QDateTime::currentMSecsSinceEpoch());
    PlatformError error;
    if (result.tooLarge)
        error = PlatformError::tooLarge(m_client->config().maxReplyBytes, m_status);
    else if (result.timedOut)
        error = PlatformError::timeout(m_client->config().timeoutMs);
    else if (!result.certificateIssues.isEmpty())
        error = PlatformError::certificateRefused(result.url.host(), result.certificateIssues);
    else if (result.error == Http::InsecureRedirectError || (m_status >= 300 && m_status < 400))
        // Same-origin redirects were followed; one to another origin stops here, the token unsent.
        error = PlatformError::redirectRefused(
            result.url, result.url.resolved(QUrl::fromEncoded(result.header("Location"), QUrl::TolerantMode)));
    else if (m_status == 0)
        error = PlatformError::fromNetwork(result.error, result.errorString);
    else if (m_status >= 300)
        error = PlatformError::fromHttp(m_status, m_body, result.header("Content-Type"), result.header("Retry-After"));
    qCDebug(lcNet).noquote() << m_request.method << m_request.path << "->" << m_status << "in" << m_clock.elapsed()
                             << "ms";

    if (error.isError()) {
        // A token the gateway no longer accepts is renewed once and the call replayed once, writes included:
        // the gateway refused it before any service saw it.
        if (error.code == QLatin1String("401013") && !m_renewed) {
            m_renewed = true;
            withToken(true);
            return;
        }
        // A DELETE sent again after a lost answer finds the object gone: the first one did it.
        if (m_request.method == "DELETE" && m_retries > 0 && error.kind == PlatformError::Kind::NotFound) {
            finish({});
            return;
        }
        const int delayMs = retryDelay(error);
        if (delayMs >= 0) {
            ++m_retries;
            m_error = error; // kept in case the call is aborted while waiting
            qCInfo(lcNet) << "retrying" << m_request.method << m_request.path << "in" << delayMs << "ms (retry"
                          << m_retries << "of" << m_client->config().maxRetries << ')';
            m_retryTimer->start(delayMs);
            Q_EMIT retrying(m_attempts + 1, delayMs, error);
            return;
        }
        const bool sent = !error.isRefusedUnprocessed() && error.kind != PlatformError::Kind::Authentication;
        // A refused certificate or redirect is not lost: nothing was sent, or the server did not take it.
        const bool lost = error.kind == PlatformError::Kind::Timeout
            || (error.kind == PlatformError::Kind::Network && error.isTransient())
            || error.kind == PlatformError::Kind::BadResponse // an answer too large to read
            || (error.kind == PlatformError::Kind::Server && error.httpStatus != 501 && error.httpStatus != 503);
        finish(isWrite() && sent && lost ? error.withUnknownOutcome() : error);
        return;
    }

    if (!m_body.trimmed().isEmpty()) {
        QJsonParseError parseError{};
        m_json = QJsonDocument::fromJson(m_body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const PlatformError bad = PlatformError::badResponse(
                QStringLiteral("invalid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()),
                m_status);
            // A write that succeeded but whose answer cannot be read was done: the caller must look for it.
            finish(isWrite() ? bad.withUnknownOutcome() : bad);
            return;
        }
    }
    finish({});
}

int PlatformCall::retryDelay(const PlatformError& error) const
{
    const PlatformConfig& config = m_client->config();
    if (m_retries >= config.maxRetries)
        return -1;
    const bool read = m_request.method == "GET" || m_request.method == "DELETE";
    if (!(read ? error.isTransient() : error.isRefusedUnprocessed()))
        return -1;
    qint64 delayMs = 0;
    if (m_status != 0 && error.retryAfterSeconds >= 0) {
        if (error.retryAfterSeconds > config.maxRetryAfterSeconds)
            return -1; // too long to wait silently: tell the user instead
        delayMs = qint64(error.retryAfterSeconds) * 1000;
    } else {
        // Exponential back-off with jitter ("equal jitter"): half of it fixed, half random, so that clients that
        // failed together do not come back together.
        const qint64 backoff = qMin<qint64>(kMaxBackoffMs, qint64(config.retryBaseDelayMs) << qMin(m_retries, 10));
        delayMs = backoff - backoff / 2 + QRandomGenerator::global()->bounded(backoff / 2 + 1);
    }
    if (m_clock.elapsed() + delayMs > config.maxRetryTotalMs)
        return -1;
    return int(delayMs);
}

void PlatformCall::finish(const PlatformError& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (error.isError())
        qCInfo(lcNet).noquote() << m_request.method << m_request.path << "failed:" << error.toString();
    Jobs::finishLater(this);
}

PlatformClient::PlatformClient(Http::Backend* network, ImsAuth* auth, const PlatformConfig& config, QObject* parent)
    : QObject(parent), m_network(network), m_auth(auth), m_config(config)
{ }

void PlatformClient::setConfig(const PlatformConfig& config)
{
    m_config = config;
    m_auth->setConfig(config);
}

PlatformCall* PlatformClient::get(const QString& path, const QUrlQuery& query, const QByteArray& accept)
{
    PlatformRequest request;
    request.path = path;
    request.query = query;
    request.accept = accept;
    return send(request);
}

PlatformCall* PlatformClient::post(const QString& path, const QJsonDocument& body, const QUrlQuery& query)
{
    PlatformRequest request;
    request.method = "POST";
    request.path = path;
    request.query = query;
    request.body = body.toJson(QJsonDocument::Compact);
    return send(request);
}

PlatformCall* PlatformClient::put(const QString& path, const QJsonDocument& body)
{
    PlatformRequest request;
    request.method = "PUT";
    request.path = path;
    request.body = body.toJson(QJsonDocument::Compact);
    return send(request);
}

PlatformCall* PlatformClient::patch(const QString& path, const QJsonDocument& body, const QByteArray& ifMatch)
{
    PlatformRequest request;
    request.method = "PATCH";
    request.path = path;
    request.body = body.toJson(QJsonDocument::Compact);
    if (!ifMatch.isEmpty())
        request.headers.append({"If-Match", ifMatch});
    return send(request);
}

PlatformCall* PlatformClient::deleteResource(const QString& path, const QByteArray& ifMatch)
{
    PlatformRequest request;
    request.method = "DELETE";
    request.path = path;
    if (!ifMatch.isEmpty())
        request.headers.append({"If-Match", ifMatch});
    return send(request);
}

PlatformCall* PlatformClient::send(const PlatformRequest& request)
{
    auto* call = new PlatformCall(this, request);
    // Started from the event loop so that the caller can connect to finished() first, whatever happens.
    QMetaObject::invokeMethod(call, &PlatformCall::start, Qt::QueuedConnection);
    return call;
}

QByteArray PlatformClient::defaultAccept(const QString& path)
{
    const QString registry = QLatin1String(Platform::kSchemaRegistry);
    if (!path.startsWith(registry))
        return Platform::kJson;
    QString rest = path.mid(registry.size());
    while (rest.endsWith(QLatin1Char('/')))
        rest.chop(1);
    const QString last = rest.section(QLatin1Char('/'), -1);
    static const QStringList lists
        = {QStringLiteral("schemas"), QStringLiteral("classes"),   QStringLiteral("fieldgroups"),
           QStringLiteral("mixins"),  QStringLiteral("datatypes"), QStringLiteral("behaviors"),
           QStringLiteral("unions")};
    if (lists.contains(last))
        return Platform::kXedId;
    if (last == QLatin1String("descriptors"))
        return Platform::kXdmId;
    if (rest.contains(QLatin1String("/descriptors/")) || last == QLatin1String("stats"))
        return Platform::kJson;
    return Platform::kXedFull;
}
