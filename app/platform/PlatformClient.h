// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Http.h"
#include "platform/PlatformConfig.h"
#include "platform/PlatformError.h"
#include "platform/ServerClock.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrlQuery>

#include <memory>

class ImsAuth;
class QTimer;
class TokenJob;

/** Base paths and media types of the Platform services. */
namespace Platform {
inline constexpr char kFlowService[] = "/data/foundation/flowservice";
inline constexpr char kSchemaRegistry[] = "/data/foundation/schemaregistry";
inline constexpr char kCatalog[] = "/data/foundation/catalog";
inline constexpr char kConversion[] = "/data/foundation/conversion";
inline constexpr char kSandboxes[] = "/data/foundation/sandbox-management";
inline constexpr char kJson[] = "application/json";
inline constexpr char kXedId[] = "application/vnd.adobe.xed-id+json";
inline constexpr char kXed[] = "application/vnd.adobe.xed+json";
inline constexpr char kXedFull[] = "application/vnd.adobe.xed-full+json; version=1";
inline constexpr char kXdmId[] = "application/vnd.adobe.xdm-id+json";
} // namespace Platform

/** A Platform HTTP request before the client adds the headers every call needs. */
struct PlatformRequest
{
    QByteArray method = "GET";
    QString path; ///< absolute path under the Platform URL, e.g. "/data/foundation/flowservice/connections"
    QUrlQuery query;
    QByteArray accept; ///< empty: application/json, or the Schema Registry type the path needs
    QByteArray body; ///< sent as application/json on POST, PUT and PATCH
    QList<QPair<QByteArray, QByteArray>> headers; ///< extra headers, e.g. If-Match
    bool sandboxHeader = true; ///< x-sandbox-name (not sent to the sandbox list)
};

/**
 * One Platform call: token, request, timeout, retries, one replay after a token renewal. The retry policy, in one
 * place: a read (GET, DELETE) is retried after a network error, a timeout, 429, 500, 502, 503 or 504; a write (POST,
 * PUT, PATCH) only when the Platform refused it unprocessed (429, 503, no connection made). Retries wait
 * Retry-After, else an exponential back-off with jitter, bounded by PlatformConfig (attempts and total time); abort()
 * stops the wait. A write sent whose answer is lost or unusable (timeout, dropped connection, 500/502/504, unreadable
 * success) is never repeated: it ends with PlatformError::outcomeUnknown. A DELETE answered 404 after a retry is done.
 * Emits finished() exactly once, asynchronously; then deletes itself. Results are valid inside the slot.
 */
class PlatformCall : public QObject
{
    Q_OBJECT
public:
    bool ok() const { return !m_error.isError(); }
    const PlatformError& error() const { return m_error; }
    int httpStatus() const { return m_status; }
    const QByteArray& body() const { return m_body; }
    /** The parsed body (null for an empty body, e.g. 204). */
    const QJsonDocument& json() const { return m_json; }
    QByteArray rawHeader(const QByteArray& name) const;
    /** HTTP attempts made (1 + retries + the replay after a renewed token). */
    int attempts() const { return m_attempts; }
    const PlatformRequest& request() const { return m_request; }
    /** Stops the call; finished() then reports Kind::Cancelled. */
    void abort();

Q_SIGNALS:
    /** A retry is due in @p delayMs (attempt @p attempt, counting from 2) because of @p why. */
    void retrying(int attempt, int delayMs, const PlatformError& why);
    void finished(PlatformCall* call);

private:
    friend class PlatformClient;
    PlatformCall(class PlatformClient* client, PlatformRequest request);
    void start();
    void withToken(bool renew);
    void send();
    void onReplyFinished(const Http::Result& result);
    /** The wait before the next attempt after @p error, or -1 when the call must not be retried. */
    int retryDelay(const PlatformError& error) const;
    bool isWrite() const;
    void finish(const PlatformError& error);

    PlatformClient* m_client;
    PlatformRequest m_request;
    QString m_token;
    std::unique_ptr<Http::Exchange> m_exchange;
    QPointer<TokenJob> m_tokenJob;
    QTimer* m_retryTimer;
    QElapsedTimer m_clock;
    PlatformError m_error;
    QJsonDocument m_json;
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_responseHeaders;
    int m_status = 0;
    int m_attempts = 0;
    int m_retries = 0;
    bool m_renewed = false;
    bool m_finished = false;
};

/**
 * The only place that knows the Platform's headers, tokens, timeouts, retries and error bodies. Everything above it
 * sees a PlatformCall with JSON or one PlatformError. The HTTP backend is injected so tests can swap it.
 */
class PlatformClient : public QObject
{
    Q_OBJECT
public:
    PlatformClient(Http::Backend* network, ImsAuth* auth, const PlatformConfig& config, QObject* parent = nullptr);

    const PlatformConfig& config() const { return m_config; }
    void setConfig(const PlatformConfig& config);
    ImsAuth* auth() const { return m_auth; }

    PlatformCall* get(const QString& path, const QUrlQuery& query = {}, const QByteArray& accept = {});
    PlatformCall* post(const QString& path, const QJsonDocument& body, const QUrlQuery& query = {});
    PlatformCall* put(const QString& path, const QJsonDocument& body);
    PlatformCall* patch(const QString& path, const QJsonDocument& body, const QByteArray& ifMatch = {});
    PlatformCall* deleteResource(const QString& path, const QByteArray& ifMatch = {});
    PlatformCall* send(const PlatformRequest& request);

    /** The Accept a GET needs when the caller gave none: Schema Registry lists and lookups differ. */
    static QByteArray defaultAccept(const QString& path);

    /** The Platform's clock, from the Date header of every answer so far (the emulator's may run fast). */
    const ServerClock& serverClock() const { return m_serverClock; }

private:
    friend class PlatformCall;
    Http::Backend* m_network;
    ImsAuth* m_auth;
    PlatformConfig m_config;
    ServerClock m_serverClock;
};
