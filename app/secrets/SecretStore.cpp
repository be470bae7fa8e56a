// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/SecretStore.h"

#include "base/Jobs.h"

#include <QMetaObject>

void SecretJob::finish(Error error, const QString& errorString, const QString& secret)
{
    m_error = error;
    m_errorString = errorString;
    m_secret = secret;
    // Queued: callers connect to finished() after read()/write()/remove() returns.
    Jobs::finishLater(this);
}

QString SecretStore::credentialKey(const QString& imsUrl, const QString& imsOrg, const QString& clientId)
{
    return imsUrl + QLatin1Char('|') + imsOrg + QLatin1Char('|') + clientId;
}

QString SecretStore::tokenKey(const QString& imsUrl, const QString& imsOrg, const QString& clientId)
{
    return credentialKey(imsUrl, imsOrg, clientId) + QLatin1String("|token");
}
