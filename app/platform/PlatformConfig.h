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
    int maxGetRetries = 3; ///< extra attempts of an idempotent GET after a transient failure
    int retryBaseDelayMs = 500; ///< back-off: base * 2^(attempt-1), unless the server sends Retry-After
    int maxRetryAfterSeconds = 120; ///< a longer Retry-After is not waited for: the error goes to the user

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
};
