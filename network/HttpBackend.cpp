// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpBackend.h"

#include "CertificateIssue.h"

#include <QBuffer>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

#include <cstring>

#define AEP_SAME_VALUE(ours, qts) static_assert(int(Http::ours) == int(qts), #ours " differs from Qt's")
AEP_SAME_VALUE(NoError, QNetworkReply::NoError);
AEP_SAME_VALUE(ConnectionRefusedError, QNetworkReply::ConnectionRefusedError);
AEP_SAME_VALUE(RemoteHostClosedError, QNetworkReply::RemoteHostClosedError);
AEP_SAME_VALUE(HostNotFoundError, QNetworkReply::HostNotFoundError);
AEP_SAME_VALUE(TimeoutError, QNetworkReply::TimeoutError);
AEP_SAME_VALUE(OperationCanceledError, QNetworkReply::OperationCanceledError);
AEP_SAME_VALUE(SslHandshakeFailedError, QNetworkReply::SslHandshakeFailedError);
AEP_SAME_VALUE(TemporaryNetworkFailureError, QNetworkReply::TemporaryNetworkFailureError);
AEP_SAME_VALUE(NetworkSessionFailedError, QNetworkReply::NetworkSessionFailedError);
AEP_SAME_VALUE(BackgroundRequestNotAllowedError, QNetworkReply::BackgroundRequestNotAllowedError);
AEP_SAME_VALUE(TooManyRedirectsError, QNetworkReply::TooManyRedirectsError);
AEP_SAME_VALUE(InsecureRedirectError, QNetworkReply::InsecureRedirectError);
AEP_SAME_VALUE(UnknownNetworkError, QNetworkReply::UnknownNetworkError);
AEP_SAME_VALUE(ProxyConnectionRefusedError, QNetworkReply::ProxyConnectionRefusedError);
AEP_SAME_VALUE(ProxyConnectionClosedError, QNetworkReply::ProxyConnectionClosedError);
AEP_SAME_VALUE(ProxyNotFoundError, QNetworkReply::ProxyNotFoundError);
AEP_SAME_VALUE(ProxyTimeoutError, QNetworkReply::ProxyTimeoutError);
AEP_SAME_VALUE(ProxyAuthenticationRequiredError, QNetworkReply::ProxyAuthenticationRequiredError);
AEP_SAME_VALUE(UnknownProxyError, QNetworkReply::UnknownProxyError);
AEP_SAME_VALUE(ContentAccessDenied, QNetworkReply::ContentAccessDenied);
AEP_SAME_VALUE(ContentOperationNotPermittedError, QNetworkReply::ContentOperationNotPermittedError);
AEP_SAME_VALUE(ContentNotFoundError, QNetworkReply::ContentNotFoundError);
AEP_SAME_VALUE(AuthenticationRequiredError, QNetworkReply::AuthenticationRequiredError);
AEP_SAME_VALUE(ContentReSendError, QNetworkReply::ContentReSendError);
AEP_SAME_VALUE(ContentConflictError, QNetworkReply::ContentConflictError);
AEP_SAME_VALUE(ContentGoneError, QNetworkReply::ContentGoneError);
AEP_SAME_VALUE(UnknownContentError, QNetworkReply::UnknownContentError);
AEP_SAME_VALUE(ProtocolUnknownError, QNetworkReply::ProtocolUnknownError);
AEP_SAME_VALUE(ProtocolInvalidOperationError, QNetworkReply::ProtocolInvalidOperationError);
AEP_SAME_VALUE(ProtocolFailure, QNetworkReply::ProtocolFailure);
AEP_SAME_VALUE(InternalServerError, QNetworkReply::InternalServerError);
AEP_SAME_VALUE(OperationNotImplementedError, QNetworkReply::OperationNotImplementedError);
AEP_SAME_VALUE(ServiceUnavailableError, QNetworkReply::ServiceUnavailableError);
AEP_SAME_VALUE(UnknownServerError, QNetworkReply::UnknownServerError);
AEP_SAME_VALUE(CertificateOk, QSslError::NoError);
AEP_SAME_VALUE(UnableToGetIssuerCertificate, QSslError::UnableToGetIssuerCertificate);
AEP_SAME_VALUE(CertificateNotYetValid, QSslError::CertificateNotYetValid);
AEP_SAME_VALUE(CertificateExpired, QSslError::CertificateExpired);
AEP_SAME_VALUE(SelfSignedCertificate, QSslError::SelfSignedCertificate);
AEP_SAME_VALUE(SelfSignedCertificateInChain, QSslError::SelfSignedCertificateInChain);
AEP_SAME_VALUE(UnableToGetLocalIssuerCertificate, QSslError::UnableToGetLocalIssuerCertificate);
AEP_SAME_VALUE(UnableToVerifyFirstCertificate, QSslError::UnableToVerifyFirstCertificate);
AEP_SAME_VALUE(CertificateRevoked, QSslError::CertificateRevoked);
AEP_SAME_VALUE(InvalidCaCertificate, QSslError::InvalidCaCertificate);
AEP_SAME_VALUE(CertificateUntrusted, QSslError::CertificateUntrusted);
AEP_SAME_VALUE(CertificateRejected, QSslError::CertificateRejected);
AEP_SAME_VALUE(NoPeerCertificate, QSslError::NoPeerCertificate);
AEP_SAME_VALUE(HostNameMismatch, QSslError::HostNameMismatch);
AEP_SAME_VALUE(CertificateBlacklisted, QSslError::CertificateBlacklisted);
AEP_SAME_VALUE(OcspStatusUnknown, QSslError::OcspStatusUnknown);
AEP_SAME_VALUE(UnspecifiedCertificateError, QSslError::UnspecifiedError);
#undef AEP_SAME_VALUE

namespace {

/** A body read once (Http::Request::oneShotBody): unbuffered and not rewindable, Qt cannot send it again. */
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data) : m_data(std::move(data)) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_read + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, qint64(m_data.size()) - m_read);
        if (count <= 0)
            return -1;
        memcpy(data, m_data.constData() + m_read, size_t(count));
        m_read += count;
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

bool hasBody(const QByteArray& method)
{
    return method == "POST" || method == "PUT" || method == "PATCH";
}

/** One QNetworkReply, its timer and its cap; calls back once unless destroyed or aborted. */
class ReplyExchange final : public Http::Exchange
{
public:
    ReplyExchange(QNetworkReply* reply, const Http::Request& request, QBuffer* secretBody, Http::Done done)
        : m_reply(reply), m_secretBody(secretBody), m_secret(request.secretBody), m_done(std::move(done))
    {
        // Certificate errors are fatal: recorded for the message, never ignored (the handshake then fails).
        QObject::connect(reply, &QNetworkReply::sslErrors, &m_context, [this](const QList<QSslError>& errors) {
            m_result.certificateIssues.clear();
            for (const QSslError& error : errors)
                m_result.certificateIssues << Http::certificateIssue(error);
        });
        const qint64 cap = request.maxReplyBytes;
        if (cap > 0) {
            QObject::connect(reply, &QNetworkReply::downloadProgress, &m_context,
                             [this](qint64 received, qint64 total) {
                                 if ((received > m_cap || total > m_cap) && !m_result.tooLarge) {
                                     m_result.tooLarge = true;
                                     m_reply->abort();
                                 }
                             });
            m_cap = cap;
        }
        // QNetworkAccessManager has no timeout of its own.
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, &m_context, [this] {
            m_result.timedOut = true;
            m_reply->abort();
        });
        m_timer.start(request.timeoutMs);
        QObject::connect(reply, &QNetworkReply::finished, &m_context, [this] { onFinished(); });
    }

    ~ReplyExchange() override { drop(); }

    void abort() override { drop(); }

private:
    void onFinished()
    {
        m_timer.stop();
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        QObject::disconnect(reply, nullptr, &m_context, nullptr);
        reply->deleteLater();
        m_result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (!m_result.tooLarge)
            m_result.body = reply->readAll();
        m_result.headers = reply->rawHeaderPairs();
        m_result.url = reply->url();
        m_result.error = Http::NetworkError(int(reply->error()));
        m_result.errorString = reply->errorString();
        zeroSecret();
        // The callback may destroy this exchange: nothing of it is touched after.
        const Http::Done done = std::move(m_done);
        const bool secret = m_secret;
        Http::Result result = std::move(m_result);
        done(result);
        if (secret && !result.body.isEmpty()) {
            // The answer to a secret request holds a token: zeroed in place, for every copy that shares it (the
            // callback was told to keep none).
            memset(const_cast<char*>(result.body.constData()), 0, size_t(result.body.size()));
        }
    }

    void drop()
    {
        m_timer.stop();
        m_done = nullptr;
        if (m_reply) {
            QNetworkReply* reply = std::exchange(m_reply, nullptr);
            QObject::disconnect(reply, nullptr, &m_context, nullptr);
            reply->abort();
            reply->deleteLater();
        }
        zeroSecret();
    }

    void zeroSecret()
    {
        if (m_secretBody) {
            m_secretBody->buffer().fill('\0');
            m_secretBody = nullptr;
        }
    }

    QObject m_context; ///< every connection of this exchange: gone with it
    QPointer<QNetworkReply> m_reply;
    QPointer<QBuffer> m_secretBody;
    bool m_secret = false;
    QTimer m_timer;
    qint64 m_cap = 0;
    Http::Result m_result;
    Http::Done m_done;
};

} // namespace

std::unique_ptr<Http::Exchange> HttpBackend::send(const Http::Request& request, Http::Done done)
{
    QNetworkRequest qtRequest(request.url);
    qtRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                           request.redirects == Http::Redirects::Never ? QNetworkRequest::ManualRedirectPolicy
                                                                       : QNetworkRequest::SameOriginRedirectPolicy);
    for (const auto& [name, value] : request.headers)
        qtRequest.setRawHeader(name, value);

    QNetworkReply* reply = nullptr;
    QBuffer* secretBody = nullptr;
    if (!hasBody(request.method)) {
        reply = request.method == "GET" ? m_network.get(qtRequest)
                                        : m_network.sendCustomRequest(qtRequest, request.method);
    } else if (request.oneShotBody) {
        auto* body = new OneShotBody(request.body);
        qtRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        qtRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        reply = m_network.sendCustomRequest(qtRequest, request.method, body);
        body->setParent(reply); // read by the reply until it is destroyed
    } else {
        auto* body = new QBuffer;
        body->setData(request.body);
        body->open(QIODevice::ReadOnly);
        reply = m_network.sendCustomRequest(qtRequest, request.method, body);
        body->setParent(reply);
        if (request.secretBody)
            secretBody = body;
    }
    return std::make_unique<ReplyExchange>(reply, request, secretBody, std::move(done));
}
