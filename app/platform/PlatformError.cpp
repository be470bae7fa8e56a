// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/PlatformError.h"

#include "base/Logging.h"
#include "platform/ErrorCatalog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <limits>

namespace {

constexpr int kMaxDetail = 600;

QString clip(QString text)
{
    text = text.simplified();
    if (text.size() > kMaxDetail)
        text = text.left(kMaxDetail) + QStringLiteral("…");
    return Redact::text(text);
}

/** "https://ns.adobe.com/aep/errors/FLOW-1439-404" -> "FLOW-1439-404". */
QString codeFromType(const QString& type)
{
    static const QRegularExpression re(QStringLiteral("/errors/([A-Za-z]+-[0-9]+-[0-9]+)$"));
    const auto match = re.match(type);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString firstString(const QJsonObject& object, std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString() && !value.toString().isEmpty())
            return value.toString();
    }
    return {};
}

PlatformError::Kind kindForStatus(int status)
{
    using Kind = PlatformError::Kind;
    if (status == 401)
        return Kind::Authentication;
    if (status == 403)
        return Kind::Forbidden;
    if (status == 404)
        return Kind::NotFound;
    if (status == 409 || status == 412)
        return Kind::Conflict;
    if (status == 429)
        return Kind::RateLimited;
    if (status >= 500)
        return Kind::Server;
    return Kind::Validation;
}

bool looksLikeJson(const QByteArray& body)
{
    const QByteArray trimmed = body.trimmed();
    return trimmed.startsWith('{') || trimmed.startsWith('[');
}

} // namespace

bool PlatformError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
        // A refused certificate or redirect is refused again: never retried.
        return networkError != Http::SslHandshakeFailedError && networkError != Http::InsecureRedirectError;
    case Kind::Timeout:
    case Kind::RateLimited:
        return true;
    case Kind::Server:
        return httpStatus == 500 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
    default:
        return false;
    }
}

bool PlatformError::isRefusedUnprocessed() const
{
    if (kind == Kind::RateLimited || (kind == Kind::Server && httpStatus == 503))
        return true;
    // Qt reports these before a byte of the request left: nothing can have been done.
    return kind == Kind::Network && httpStatus == 0
        && (networkError == Http::ConnectionRefusedError || networkError == Http::HostNotFoundError);
}

PlatformError PlatformError::withUnknownOutcome() const
{
    PlatformError e = *this;
    if (e.outcomeUnknown)
        return e;
    e.outcomeUnknown = true;
    //: %1 why, a sentence (the server did not answer in time, the connection dropped...).
    e.userMessage
        = tr("The outcome is unknown: the request was sent, but no usable answer came back. %1").arg(userMessage);
    return e;
}

QString PlatformError::toString() const
{
    QStringList where;
    if (!code.isEmpty())
        where << code;
    if (httpStatus > 0)
        where << QStringLiteral("HTTP %1").arg(httpStatus);
    QString line = userMessage;
    if (!where.isEmpty())
        line += QStringLiteral(" (") + where.join(QStringLiteral(", ")) + QLatin1Char(')');
    if (!detail.isEmpty() && detail != userMessage)
        line += QStringLiteral(": ") + detail;
    return line;
}

QString PlatformError::details() const
{
    QStringList where;
    if (!code.isEmpty())
        where << code;
    if (httpStatus > 0)
        where << QStringLiteral("HTTP %1").arg(httpStatus);
    QString line = where.join(QStringLiteral(", "));
    if (!detail.isEmpty())
        line += (line.isEmpty() ? QString() : QStringLiteral(": ")) + detail;
    if (!requestId.isEmpty())
        line += QStringLiteral(" (request id %1)").arg(requestId);
    return line;
}

PlatformError PlatformError::fromHttp(int status, const QByteArray& body, const QByteArray& contentType,
                                      const QByteArray& retryAfter)
{
    PlatformError e;
    e.httpStatus = status;
    e.kind = kindForStatus(status);
    e.retryAfterSeconds = parseRetryAfter(retryAfter);

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !looksLikeJson(body)) {
        // Proxies and load balancers answer in HTML or plain text: keep a readable excerpt.
        QString text = QString::fromUtf8(body);
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        static const QRegularExpression styles(QStringLiteral("<(style|script)[^>]*>.*?</\\1>"),
                                               QRegularExpression::DotMatchesEverythingOption
                                                   | QRegularExpression::CaseInsensitiveOption);
        text.remove(styles);
        text.remove(tags);
        const QString type = contentType.isEmpty() ? QStringLiteral("?") : QString::fromLatin1(contentType);
        e.detail = body.trimmed().isEmpty() ? QStringLiteral("empty response body")
                                            : QStringLiteral("non-JSON response (%1): %2").arg(type, clip(text));
        e.applyUserMessage();
        return e;
    }

    const QJsonObject o = document.object();
    if (document.isArray()) {
        e.detail = clip(QString::fromUtf8(body));
    } else if (o.contains(QLatin1String("error_code"))) {
        // API gateway: {"error_code": "401013", "message": "Oauth token is not valid"}
        const QJsonValue codeValue = o.value(QLatin1String("error_code"));
        e.code = codeValue.isString() ? codeValue.toString() : QString::number(codeValue.toInteger());
        e.detail = clip(firstString(o, {"message"}));
        if (e.code == QLatin1String("401013") || e.code == QLatin1String("403010"))
            e.kind = Kind::Authentication;
    } else if (o.value(QLatin1String("error")).isString()) {
        // IMS (OAuth 2): {"error": "invalid_client", "error_description": "..."}
        e.code = o.value(QLatin1String("error")).toString();
        e.detail = clip(firstString(o, {"error_description", "message"}));
        if (e.code == QLatin1String("invalid_client") || e.code == QLatin1String("invalid_scope")
            || e.code == QLatin1String("unauthorized_client"))
            e.kind = Kind::Authentication;
    } else {
        // Flow Service, Schema Registry, sandbox, Catalog, Data Prep and the gateway's content-type check all use
        // {"type", "title", "status", "report"?, "detail"?, "errorMessage"?}.
        const QString type = o.value(QLatin1String("type")).toString();
        e.code = codeFromType(type);
        const QJsonObject report = o.value(QLatin1String("report")).toObject();
        if (e.code.isEmpty() && type == QLatin1String("/placeholder/type/uri"))
            e.code = firstString(o, {"title"});
        e.detail = clip(firstString(report, {"detailed-message"}));
        if (e.detail.isEmpty())
            e.detail = clip(firstString(o, {"detail", "errorMessage", "errorDetails", "message", "title"}));
        e.requestId = firstString(report, {"request-id", "registryRequestId"});
        // Subsequent validation errors (XDM "sub-errors") are worth one line each.
        const QJsonArray subErrors = report.value(QLatin1String("sub-errors")).toArray();
        for (const QJsonValue& sub : subErrors) {
            const QString subMessage = firstString(sub.toObject(), {"detailed-message", "detail", "title"});
            if (!subMessage.isEmpty())
                e.detail += QStringLiteral(" — ") + clip(subMessage);
        }
        if (e.code.isEmpty() && status == 412)
            e.code = QStringLiteral("FLOW-1404-412");
    }
    e.applyUserMessage();
    return e;
}

PlatformError PlatformError::fromNetwork(Http::NetworkError error, const QString& qtMessage)
{
    PlatformError e;
    e.kind = error == Http::TimeoutError ? Kind::Timeout : Kind::Network;
    e.networkError = error;
    e.detail = clip(qtMessage);
    e.applyUserMessage();
    return e;
}

PlatformError PlatformError::timeout(int milliseconds)
{
    PlatformError e;
    e.kind = Kind::Timeout;
    e.detail = QStringLiteral("no answer within %1 ms").arg(milliseconds);
    e.userMessage = tr("The server did not answer within %n second(s). Check the network, then try again.", nullptr,
                       qMax(1, milliseconds / 1000));
    return e;
}

PlatformError PlatformError::insecureUrl(const QUrl& url, const QString& reason)
{
    PlatformError e;
    e.kind = Kind::InsecureUrl;
    e.detail = reason;
    e.userMessage
        = tr("The address \u201c%1\u201d is refused: %2").arg(url.toDisplayString(QUrl::RemoveUserInfo), reason);
    return e;
}

PlatformError PlatformError::badResponse(const QString& detail, int status)
{
    PlatformError e;
    e.kind = Kind::BadResponse;
    e.httpStatus = status;
    e.detail = clip(detail);
    e.applyUserMessage();
    return e;
}

PlatformError PlatformError::tooLarge(qint64 maxBytes, int status)
{
    PlatformError e;
    e.kind = Kind::BadResponse;
    e.httpStatus = status;
    const qint64 megabytes = qMax<qint64>(1, maxBytes / (1024 * 1024));
    e.detail = QStringLiteral("the answer is longer than %1 bytes; it was cut off").arg(maxBytes);
    e.userMessage = tr("The server's answer is larger than %n MB, so it was not read.", nullptr, int(megabytes));
    return e;
}

PlatformError PlatformError::cancelled()
{
    PlatformError e;
    e.kind = Kind::Cancelled;
    e.applyUserMessage();
    return e;
}

QString PlatformError::certificateProblem(const Http::CertificateIssue& issue, const QString& host)
{
    const QLocale locale;
    switch (issue.error) {
    case Http::SelfSignedCertificate:
    case Http::SelfSignedCertificateInChain:
        return tr("it is self-signed: no authority this computer trusts vouches for it");
    case Http::CertificateExpired:
        return !issue.hasCertificate
            ? tr("it has expired")
            : tr("it expired on %1").arg(locale.toString(issue.expiryDate.toLocalTime(), QLocale::ShortFormat));
    case Http::CertificateNotYetValid:
        return !issue.hasCertificate
            ? tr("it is not valid yet (check this computer's date and time)")
            : tr("it is valid only from %1 (check this computer's date and time)")
                  .arg(locale.toString(issue.effectiveDate.toLocalTime(), QLocale::ShortFormat));
    case Http::HostNameMismatch: {
        const QStringList names = issue.dnsNames.isEmpty() ? issue.commonNames : issue.dnsNames;
        return names.isEmpty() ? tr("it was issued for another name than %1").arg(host)
                               : tr("it was issued for %1, not for %2").arg(names.join(QStringLiteral(", ")), host);
    }
    case Http::UnableToGetIssuerCertificate:
    case Http::UnableToGetLocalIssuerCertificate:
    case Http::UnableToVerifyFirstCertificate:
    case Http::CertificateUntrusted:
    case Http::InvalidCaCertificate:
    case Http::CertificateRejected:
        return tr("it was not issued by an authority this computer trusts");
    case Http::CertificateRevoked:
        return tr("it has been revoked by its issuer");
    case Http::NoPeerCertificate:
        return tr("the server sent no certificate");
    default:
        return tr("it cannot be verified (%1)").arg(issue.errorString);
    }
}

PlatformError PlatformError::certificateRefused(const QString& host, const QList<Http::CertificateIssue>& issues)
{
    PlatformError e;
    e.kind = Kind::Network;
    e.networkError = Http::SslHandshakeFailedError;
    QStringList reasons;
    QStringList details;
    for (const Http::CertificateIssue& issue : issues) {
        const QString reason = certificateProblem(issue, host);
        if (!reasons.contains(reason))
            reasons << reason;
        details << issue.errorString;
    }
    if (reasons.isEmpty())
        reasons << tr("it cannot be verified");
    e.detail = clip(details.join(QStringLiteral("; ")));
    e.userMessage = tr("The security certificate of %1 was refused: %2. The connection was closed before anything "
                       "was sent. Check the address under Advanced, or ask the server's administrator.")
                        .arg(host, reasons.join(QStringLiteral("; ")));
    return e;
}

PlatformError PlatformError::redirectRefused(const QUrl& from, const QUrl& to)
{
    PlatformError e;
    e.kind = Kind::Network;
    e.networkError = Http::InsecureRedirectError;
    const QString target
        = to.isEmpty() ? QStringLiteral("?") : to.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toDisplayString();
    e.detail = QStringLiteral("redirect from %1 to %2 not followed")
                   .arg(from.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toDisplayString(), target);
    e.userMessage = tr("The server at %1 redirected the request to another address (%2). Such redirects are not "
                       "followed, so that the credential is never sent elsewhere. Check the address under Advanced.")
                        .arg(from.host(), target);
    return e;
}

int PlatformError::parseRetryAfter(const QByteArray& value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = trimmed.toInt(&ok);
    if (ok)
        return seconds >= 0 ? seconds : -1;
    // RFC 9110 HTTP-date, e.g. "Wed, 21 Oct 2026 07:28:00 GMT".
    QDateTime when
        = QLocale::c().toDateTime(QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    // A date more than 68 years away does not fit an int: kept as the longest wait rather than wrapped to a
    // negative ("no Retry-After") or a short one (found by fuzz_error_body).
    const qint64 away = QDateTime::currentDateTimeUtc().secsTo(when);
    return int(qBound(qint64(0), away, qint64(std::numeric_limits<int>::max())));
}

QString PlatformError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::Network:
        return QStringLiteral("Network");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::InsecureUrl:
        return QStringLiteral("InsecureUrl");
    case Kind::Authentication:
        return QStringLiteral("Authentication");
    case Kind::Forbidden:
        return QStringLiteral("Forbidden");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    case Kind::Conflict:
        return QStringLiteral("Conflict");
    case Kind::Validation:
        return QStringLiteral("Validation");
    case Kind::RateLimited:
        return QStringLiteral("RateLimited");
    case Kind::Server:
        return QStringLiteral("Server");
    case Kind::BadResponse:
        return QStringLiteral("BadResponse");
    case Kind::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return {};
}

void PlatformError::applyUserMessage()
{
    // A code of the table gets its own words; the rest are described by their kind (mostly: the HTTP status).
    const ErrorCatalog::Match known = ErrorCatalog::match(code, detail);
    if (known.isValid() && !known.byStatus) {
        userMessage = ErrorCatalog::message(known).text();
        return;
    }
    switch (kind) {
    case Kind::None:
        userMessage.clear();
        break;
    case Kind::Network:
        userMessage = tr("The server cannot be reached. Check the network connection and the addresses "
                         "under Advanced.");
        break;
    case Kind::Timeout:
        userMessage = tr("The server did not answer in time. Check the network, then try again.");
        break;
    case Kind::InsecureUrl:
        userMessage = tr("This address is refused.");
        break;
    case Kind::Authentication:
        userMessage = tr("The sign-in was refused. Check the credential.");
        break;
    case Kind::Forbidden:
        userMessage = tr("This credential is not allowed to do that in this sandbox.");
        break;
    case Kind::NotFound:
        userMessage = tr("The object asked for does not exist (or no longer exists).");
        break;
    case Kind::Conflict:
        userMessage = tr("The object changed in the meantime. Reload it, then try again.");
        break;
    case Kind::Validation:
        userMessage = tr("The Platform refused the request.");
        break;
    case Kind::RateLimited:
        userMessage = retryAfterSeconds > 0
            ? tr("The Platform asks to slow down. Try again in %n second(s).", nullptr, retryAfterSeconds)
            : tr("The Platform asks to slow down. Try again in a moment.");
        break;
    case Kind::Server:
        userMessage = tr("The Platform had an internal problem. Try again in a moment.");
        break;
    case Kind::BadResponse:
        userMessage = tr("The server's answer could not be read.");
        break;
    case Kind::Cancelled:
        userMessage = tr("Cancelled.");
        break;
    }
    // An unknown code of a refused request: the Platform's own reason is all there is, so say it at once.
    const bool refused
        = kind == Kind::Validation || kind == Kind::Forbidden || kind == Kind::NotFound || kind == Kind::Conflict;
    if (refused && !known.isValid() && !detail.isEmpty())
        userMessage += QLatin1Char(' ') + tr("The Platform says: \u201c%1\u201d").arg(detail);
}
