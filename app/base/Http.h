// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// HTTP as the program sees it, without Qt Network: Qt Network (with Kerberos, GSSAPI and libproxy) and QtKeychain
// are loaded from the network module (aep-network.so, network/) once the first window is painted, not before
// main(). The module implements Http::Backend with one QNetworkAccessManager; this header is all the two sides share,
// so it holds values and interfaces only, nothing to link.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

namespace Http {

/** QNetworkReply::NetworkError, value for value (the module checks every one against Qt's at compile time). */
enum NetworkError {
    NoError = 0,
    ConnectionRefusedError = 1,
    RemoteHostClosedError,
    HostNotFoundError,
    TimeoutError,
    OperationCanceledError,
    SslHandshakeFailedError,
    TemporaryNetworkFailureError,
    NetworkSessionFailedError,
    BackgroundRequestNotAllowedError,
    TooManyRedirectsError,
    InsecureRedirectError,
    UnknownNetworkError = 99,
    ProxyConnectionRefusedError = 101,
    ProxyConnectionClosedError,
    ProxyNotFoundError,
    ProxyTimeoutError,
    ProxyAuthenticationRequiredError,
    UnknownProxyError = 199,
    ContentAccessDenied = 201,
    ContentOperationNotPermittedError,
    ContentNotFoundError,
    AuthenticationRequiredError,
    ContentReSendError,
    ContentConflictError,
    ContentGoneError,
    UnknownContentError = 299,
    ProtocolUnknownError = 301,
    ProtocolInvalidOperationError,
    ProtocolFailure = 399,
    InternalServerError = 401,
    OperationNotImplementedError,
    ServiceUnavailableError,
    UnknownServerError = 499
};

/** Why a certificate was refused: QSslError::SslError, value for value (checked in the module too). */
enum CertificateError {
    CertificateOk = 0,
    UnableToGetIssuerCertificate,
    UnableToDecryptCertificateSignature,
    UnableToDecodeIssuerPublicKey,
    CertificateSignatureFailed,
    CertificateNotYetValid,
    CertificateExpired,
    InvalidNotBeforeField,
    InvalidNotAfterField,
    SelfSignedCertificate,
    SelfSignedCertificateInChain,
    UnableToGetLocalIssuerCertificate,
    UnableToVerifyFirstCertificate,
    CertificateRevoked,
    InvalidCaCertificate,
    PathLengthExceeded,
    InvalidPurpose,
    CertificateUntrusted,
    CertificateRejected,
    SubjectIssuerMismatch,
    AuthorityIssuerSerialNumberMismatch,
    NoPeerCertificate,
    HostNameMismatch,
    NoSslSupport,
    CertificateBlacklisted,
    CertificateStatusUnknown,
    OcspNoResponseFound,
    OcspMalformedRequest,
    OcspMalformedResponse,
    OcspInternalError,
    OcspTryLater,
    OcspSigRequred,
    OcspUnauthorized,
    OcspResponseCannotBeTrusted,
    OcspResponseCertIdUnknown,
    OcspResponseExpired,
    OcspStatusUnknown,
    UnspecifiedCertificateError = -1
};

/** One reason a server's certificate was refused, with what the message needs of the certificate. */
struct CertificateIssue
{
    CertificateError error = UnspecifiedCertificateError;
    QString errorString; ///< Qt's words (English), for Details
    bool hasCertificate = false;
    QDateTime effectiveDate;
    QDateTime expiryDate;
    QStringList dnsNames; ///< the subject alternative names (DNS)
    QStringList commonNames;
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

/** Where a redirect may lead. */
enum class Redirects {
    SameOrigin, ///< followed within the same scheme, host and port; one to another origin ends the exchange
    Never, ///< never followed: the 3xx is the answer
};

struct Request
{
    QByteArray method = "GET";
    QUrl url;
    Headers headers;
    QByteArray body;
    /**
     * A body that may be sent only once. Qt's HTTP layer sends a request again by itself when a kept-alive
     * connection closes before the answer; a create must not be, so its body is unbuffered and not rewindable and
     * the exchange ends with ContentReSendError instead.
     */
    bool oneShotBody = false;
    /**
     * Holds a secret: the module zeroes its copy of the body once the exchange is over, and the answer's body (which
     * may hold a token) once the callback returns, in place: the callback keeps no copy of it.
     */
    bool secretBody = false;
    Redirects redirects = Redirects::SameOrigin;
    int timeoutMs = 30000; ///< no complete answer by then: aborted, Result::timedOut
    qint64 maxReplyBytes = 0; ///< an answer announced or streamed beyond it is cut off (Result::tooLarge); 0: none
};

struct Result
{
    int status = 0; ///< 0 when no HTTP answer came
    QByteArray body; ///< empty when tooLarge
    Headers headers;
    QUrl url; ///< the last address asked (after the redirects followed)
    NetworkError error = NoError;
    QString errorString; ///< Qt's words (English)
    bool timedOut = false;
    bool tooLarge = false;
    QList<CertificateIssue> certificateIssues; ///< why the server's certificate was refused (never ignored)

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

/** An exchange in flight. Destroying it, or abort(), stops it: its callback is then never called. */
class Exchange
{
public:
    virtual ~Exchange() = default;
    virtual void abort() = 0;
};

using Done = std::function<void(const Result&)>;

class Backend
{
public:
    /**
     * Sends @p request; @p done is called exactly once, later, from the event loop, unless the exchange returned is
     * destroyed or aborted first. Never null.
     */
    virtual std::unique_ptr<Exchange> send(const Request& request, Done done) = 0;

protected:
    ~Backend() = default;
};

} // namespace Http
