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
