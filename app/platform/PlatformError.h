// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Http.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

/** Every failure of a Platform or IMS call, whatever the error body's shape, as one value. */
class PlatformError
{
    Q_DECLARE_TR_FUNCTIONS(PlatformError)
public:
    enum class Kind {
        None,
        Network, ///< no HTTP answer: refused, reset, DNS, TLS
        Timeout, ///< no complete answer within the call's timeout
        InsecureUrl, ///< a non-loopback URL that is not https, or not a URL at all
        Authentication, ///< the credential or the token was refused (IMS errors, gateway 401013/403010)
        Forbidden, ///< authenticated, but not allowed (403)
        NotFound, ///< 404
        Conflict, ///< stale etag (412) or a conflicting state (409)
        Validation, ///< any other 4xx: the request itself is wrong
        RateLimited, ///< 429
        Server, ///< 5xx
        BadResponse, ///< a success status with a body that is not the JSON expected
        Cancelled, ///< aborted by the program (the user left the page, pressed Cancel)
    };

    Kind kind = Kind::None;
    int httpStatus = 0; ///< 0 when no HTTP answer came
    QString code; ///< the Platform's code: "401013", "FLOW-1439-404", "XDM-1012-404", "invalid_client"...
    QString userMessage; ///< in the current language, what happened and what to do (platform/ErrorCatalog)
    QString detail; ///< the server's own words (English), for "Details"; never a token or a secret
    QString requestId; ///< the server's request id when it gave one, for support
    int retryAfterSeconds = -1; ///< from Retry-After, -1 when absent
    /**
     * A write (POST, PUT, PATCH) that may or may not have been done: sent, then a timeout, a dropped connection, a
     * 500/502/504 or an unreadable success. The client never repeats it; the caller looks before writing again.
     */
    bool outcomeUnknown = false;
    Http::NetworkError networkError = Http::NoError; ///< Qt's, for Kind::Network

    bool isError() const { return kind != Kind::None; }
    /** True for failures a read may retry: network errors, timeouts, 429, 500, 502, 503 and 504. */
    bool isTransient() const;
    /**
     * The Platform's own words, untranslated, for "Details": "code, HTTP n: detail (request id r)". The plain words
     * are userMessage; this is what Adobe support asks for.
     */
    QString details() const;
    /**
     * True when the Platform refused the request before doing anything (429, 503, a connection never made), so that a
     * write may be sent again like a read.
     */
    bool isRefusedUnprocessed() const;
    /** This error marked outcomeUnknown, its message saying so. */
    PlatformError withUnknownOutcome() const;
    /** "userMessage (code, HTTP n)", plus the detail: one line for logs and stderr; secrets are already redacted. */
    QString toString() const;

    /** Parses any error body of the Platform services (gateway, Flow, XDM, sandbox, IMS OAuth, HTML from a proxy). */
    static PlatformError fromHttp(int status, const QByteArray& body, const QByteArray& contentType = {},
                                  const QByteArray& retryAfter = {});
    static PlatformError fromNetwork(Http::NetworkError error, const QString& qtMessage);
    static PlatformError timeout(int milliseconds);
    static PlatformError insecureUrl(const QUrl& url, const QString& reason);
    static PlatformError badResponse(const QString& detail, int status = 0);
    /** An answer longer than @p maxBytes (PlatformConfig::maxReplyBytes), cut off unread. */
    static PlatformError tooLarge(qint64 maxBytes, int status = 0);
    static PlatformError cancelled();
    /**
     * The TLS certificate of @p host was refused (fatal, never retried, never ignored): which host, and why in plain
     * words (expired, self-signed, issued for another name...). Nothing of the request was sent.
     */
    static PlatformError certificateRefused(const QString& host, const QList<Http::CertificateIssue>& issues);
    /** One certificate problem in plain words (translated), a clause without a full stop: "it has expired". */
    static QString certificateProblem(const Http::CertificateIssue& issue, const QString& host);
    /** A redirect from @p from to another address (origin) @p to, not followed: the credential stays. */
    static PlatformError redirectRefused(const QUrl& from, const QUrl& to);

    /** Retry-After as seconds: an integer, or an HTTP date relative to now; -1 when absent or unreadable. */
    static int parseRetryAfter(const QByteArray& value);
    static QString kindName(Kind kind);

private:
    void applyUserMessage();
};
