// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

/** Where and as whom the program talks to the Platform: everything but the secret. */
struct PlatformConfig
{
    Q_DECLARE_TR_FUNCTIONS(PlatformConfig)
public:
    QUrl platformUrl = defaultPlatformUrl();
    QUrl imsUrl = defaultImsUrl();
    QString imsOrg;
    QString clientId;
    QString sandbox = QStringLiteral("prod");
    QString scopes = defaultScopes();
    int timeoutMs = 30000; ///< per attempt, from sending to the last byte
    /**
     * Extra attempts after a transient failure: of a read (GET, DELETE) after a network error, a timeout, 429 or
     * 5xx; of a write (POST, PUT, PATCH) only when the Platform refused it unprocessed (429, 503).
     */
    int maxRetries = 3;
    int retryBaseDelayMs = 500; ///< back-off: base * 2^(retry-1), with jitter, unless the server sends Retry-After
    int maxRetryAfterSeconds = 120; ///< a longer Retry-After is not waited for: the error goes to the user
    int maxRetryTotalMs = 120000; ///< no retry starts later than this after the call began
    /** The largest answer read: a longer one (announced or streamed) is cut off and reported, not held in memory. */
    qint64 maxReplyBytes = 64LL * 1024 * 1024;

    static QUrl defaultPlatformUrl() { return QUrl(QStringLiteral("https://platform.adobe.io")); }
    static QUrl defaultImsUrl() { return QUrl(QStringLiteral("https://ims-na1.adobelogin.com")); }
    /** The scopes of an OAuth Server-to-Server credential for Experience Platform APIs. */
    static QString defaultScopes()
    {
        return QStringLiteral("openid,AdobeID,read_organizations,additional_info.projectedProductContext,session");
    }

    /**
     * Empty when the URL may carry a credential; otherwise why not (translated). Only https is allowed, except on
     * loopback (the local emulator), where http is allowed too.
     */
    static QString checkBaseUrl(const QUrl& url);
    /**
     * True for "localhost" and the loopback addresses as Qt's QHostAddress reads them: 127.0.0.0/8 (in one to four
     * decimal parts), ::1 and IPv4 loopback mapped into IPv6, brackets and an IPv6 zone allowed.
     */
    static bool isLoopbackHost(const QString& host);
};
