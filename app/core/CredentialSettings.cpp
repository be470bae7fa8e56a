// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CredentialSettings.h"

#include <QSettings>

namespace {
const QString kGroup = QStringLiteral("credentials");
}

CredentialSettings CredentialSettings::load()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    CredentialSettings result;
    PlatformConfig& config = result.config;
    config.imsOrg = settings.value(QStringLiteral("imsOrg")).toString();
    config.clientId = settings.value(QStringLiteral("clientId")).toString();
    config.scopes = settings.value(QStringLiteral("scopes"), PlatformConfig::defaultScopes()).toString();
    config.sandbox = settings.value(QStringLiteral("sandbox"), QStringLiteral("prod")).toString();
    config.platformUrl = settings.value(QStringLiteral("platformUrl"), PlatformConfig::defaultPlatformUrl()).toUrl();
    config.imsUrl = settings.value(QStringLiteral("imsUrl"), PlatformConfig::defaultImsUrl()).toUrl();
    result.remember = settings.value(QStringLiteral("remember"), true).toBool();
    return result;
}

void CredentialSettings::save() const
{
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(QStringLiteral("imsOrg"), config.imsOrg);
    settings.setValue(QStringLiteral("clientId"), config.clientId);
    settings.setValue(QStringLiteral("scopes"), config.scopes);
    settings.setValue(QStringLiteral("sandbox"), config.sandbox);
    settings.setValue(QStringLiteral("platformUrl"), config.platformUrl);
    settings.setValue(QStringLiteral("imsUrl"), config.imsUrl);
    settings.setValue(QStringLiteral("remember"), remember);
}

bool CredentialSettings::hasCustomUrls() const
{
    return config.platformUrl != PlatformConfig::defaultPlatformUrl()
        || config.imsUrl != PlatformConfig::defaultImsUrl();
}
