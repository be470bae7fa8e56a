// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SourceCatalog.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

bool SourceCatalog::isMarketingAutomation(const ConnectionSpec& spec)
{
    return spec.category.compare(QLatin1String("Marketing Automation"), Qt::CaseInsensitive) == 0
        || spec.uiCategory == QLatin1String("marketingAutomation");
}

QList<ConnectionSpec> SourceCatalog::marketingSources(const QList<ConnectionSpec>& all)
{
    QList<ConnectionSpec> specs;
    for (const ConnectionSpec& spec : all) {
        if (isMarketingAutomation(spec))
            specs << spec;
    }
    std::stable_sort(specs.begin(), specs.end(), [](const ConnectionSpec& a, const ConnectionSpec& b) {
        const bool aHub = a.label.compare(QLatin1String("HubSpot"), Qt::CaseInsensitive) == 0;
        const bool bHub = b.label.compare(QLatin1String("HubSpot"), Qt::CaseInsensitive) == 0;
        if (aHub != bHub)
            return aHub;
        return a.label.localeAwareCompare(b.label) < 0;
    });
    return specs;
}

QString SourceCatalog::proposedAccountName(const QString& sourceLabel)
{
    return tr("%1 account").arg(sourceLabel);
}

int SourceCatalog::indexOf(const QList<ConnectionSpec>& specs, const QString& connectionSpecId)
{
    for (int i = 0; i < specs.size(); ++i) {
        if (specs.at(i).id == connectionSpecId)
            return i;
    }
    return -1;
}

QString SourceCatalog::description(const QString& connectionSpecId, const QString& serverText)
{
    // The Platform describes its sources in English only; the usual ones are described here in the user's language.
    static const QHash<QString, const char*> known = {
        {QStringLiteral("cc6a4487-9e91-433e-a3a3-9cf6626c1806"),
         QT_TR_NOOP("Contacts, companies, deals and owners of your HubSpot portal.")},
        {QStringLiteral("ea1c2a08-b722-11eb-8529-0242ac130003"),
         QT_TR_NOOP("Subscribers and journeys of Salesforce Marketing Cloud.")},
        {QStringLiteral("35d6c4d8-c9a9-11eb-b8bc-0242ac130003"), QT_TR_NOOP("Contacts and accounts of Oracle Eloqua.")},
        {QStringLiteral("ff4274f2-c9a9-11eb-b8bc-0242ac130003"), QT_TR_NOOP("Profile lists of Oracle Responsys.")},
        {QStringLiteral("2e8580db-6489-4726-96de-e33f5f60295f"), QT_TR_NOOP("Audience members of Mailchimp.")},
    };
    const char* text = known.value(connectionSpecId);
    return text ? tr(text) : serverText;
}

QString SourceCatalog::authFieldName(const QString& key)
{
    // The usual authentication parameters of marketing sources, named in the user's language; others as written.
    static const QHash<QString, const char*> known = {
        {QStringLiteral("clientId"), QT_TR_NOOP("Client ID")},
        {QStringLiteral("clientSecret"), QT_TR_NOOP("Client secret")},
        {QStringLiteral("accessToken"), QT_TR_NOOP("Access token")},
        {QStringLiteral("refreshToken"), QT_TR_NOOP("Refresh token")},
        {QStringLiteral("username"), QT_TR_NOOP("User name")},
        {QStringLiteral("password"), QT_TR_NOOP("Password")},
        {QStringLiteral("host"), QT_TR_NOOP("Host")},
        {QStringLiteral("endpoint"), QT_TR_NOOP("Endpoint")},
        {QStringLiteral("authorizationTestUrl"), QT_TR_NOOP("Authorization test URL")},
    };
    const char* name = known.value(key);
    return name ? tr(name) : humanName(key);
}

namespace {
const QString kHubSpot = QStringLiteral("cc6a4487-9e91-433e-a3a3-9cf6626c1806");
const QString kMarketingCloud = QStringLiteral("ea1c2a08-b722-11eb-8529-0242ac130003");
const QString kEloqua = QStringLiteral("35d6c4d8-c9a9-11eb-b8bc-0242ac130003");
const QString kResponsys = QStringLiteral("ff4274f2-c9a9-11eb-b8bc-0242ac130003");
const QString kMailchimp = QStringLiteral("2e8580db-6489-4726-96de-e33f5f60295f");

QString knownKey(const QString& connectionSpecId, const QString& key)
{
    return connectionSpecId + QLatin1Char('/') + key;
}
} // namespace

QString SourceCatalog::authHint(const QString& connectionSpecId, const QString& key, const QString& serverText)
{
    // What the known sources' specs say of each field, in the user's language; other sources' words as sent.
    static const QHash<QString, const char*> known = {
        {knownKey(kHubSpot, QStringLiteral("clientId")), QT_TR_NOOP("App client ID")},
        {knownKey(kHubSpot, QStringLiteral("clientSecret")), QT_TR_NOOP("App client secret")},
        {knownKey(kHubSpot, QStringLiteral("accessToken")), QT_TR_NOOP("OAuth access token")},
        {knownKey(kHubSpot, QStringLiteral("refreshToken")), QT_TR_NOOP("OAuth refresh token")},
        {knownKey(kMarketingCloud, QStringLiteral("host")), QT_TR_NOOP("Subdomain of your Marketing Cloud instance")},
        {knownKey(kMarketingCloud, QStringLiteral("clientId")), QT_TR_NOOP("Installed package client ID")},
        {knownKey(kMarketingCloud, QStringLiteral("clientSecret")), QT_TR_NOOP("Installed package client secret")},
        {knownKey(kEloqua, QStringLiteral("endpoint")), QT_TR_NOOP("Eloqua base URL")},
        {knownKey(kEloqua, QStringLiteral("username")), QT_TR_NOOP("Company\\User name")},
        {knownKey(kEloqua, QStringLiteral("password")), QT_TR_NOOP("Password")},
        {knownKey(kResponsys, QStringLiteral("endpoint")), QT_TR_NOOP("Responsys login endpoint")},
        {knownKey(kResponsys, QStringLiteral("clientId")), QT_TR_NOOP("Client ID")},
        {knownKey(kResponsys, QStringLiteral("clientSecret")), QT_TR_NOOP("Client secret")},
        {knownKey(kMailchimp, QStringLiteral("authorizationTestUrl")), QT_TR_NOOP("Test URL")},
        {knownKey(kMailchimp, QStringLiteral("username")), QT_TR_NOOP("User name")},
        {knownKey(kMailchimp, QStringLiteral("password")), QT_TR_NOOP("API key")},
        {knownKey(kMailchimp, QStringLiteral("accessToken")), QT_TR_NOOP("OAuth access token")},
    };
    const char* text = known.value(knownKey(connectionSpecId, key));
    return text ? tr(text) : serverText;
}

QString SourceCatalog::authName(const QString& connectionSpecId, const QString& authType, const QString& serverName)
{
    // The known sources' ways to sign in, said by what the user gives; other sources' spec names as sent.
    static const QHash<QString, const char*> known = {
        {knownKey(kHubSpot, QStringLiteral("BasicAuthentication")),
         QT_TR_NOOP("With the keys of a HubSpot private app")},
        {knownKey(kMarketingCloud, QStringLiteral("ClientIdSecret")),
         QT_TR_NOOP("With the client ID and secret of an installed package")},
        {knownKey(kEloqua, QStringLiteral("BasicAuthentication")), QT_TR_NOOP("With an Eloqua user name and password")},
        {knownKey(kResponsys, QStringLiteral("BasicAuthentication")),
         QT_TR_NOOP("With the client ID and secret of a Responsys API user")},
        {knownKey(kMailchimp, QStringLiteral("BasicAuthentication")), QT_TR_NOOP("With a user name and an API key")},
        {knownKey(kMailchimp, QStringLiteral("OAuth2RefreshCode")), QT_TR_NOOP("With an OAuth access token")},
    };
    const char* text = known.value(knownKey(connectionSpecId, authType));
    return text ? tr(text) : serverName;
}

QString SourceCatalog::humanName(const QString& key)
{
    if (key.isEmpty())
        return key;
    QStringList words;
    QString word;
    for (const QChar c : key) {
        if (c.isUpper() && !word.isEmpty()) {
            words << word;
            word.clear();
        }
        word += c;
    }
    words << word;
    for (QString& w : words) {
        if (w.compare(QLatin1String("id"), Qt::CaseInsensitive) == 0
            || w.compare(QLatin1String("url"), Qt::CaseInsensitive) == 0)
            w = w.toUpper();
        else
            w = w.toLower();
    }
    QString text = words.join(QLatin1Char(' '));
    text[0] = text[0].toUpper();
    return text;
}
