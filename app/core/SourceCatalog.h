// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/SourcesService.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/** The Source page's decisions about connection specs: which ones it offers, in which order, and their words. */
class SourceCatalog
{
    Q_DECLARE_TR_FUNCTIONS(SourceCatalog)
public:
    /** A marketing-automation source: attributes.category "Marketing Automation" or the UI category. */
    static bool isMarketingAutomation(const ConnectionSpec& spec);
    /** The marketing-automation specs of @p all, HubSpot first (the tutorial's source), then by label. */
    static QList<ConnectionSpec> marketingSources(const QList<ConnectionSpec>& all);
    /** The row of @p connectionSpecId in @p specs, or -1. */
    /** The name proposed for a new account of a source: "HubSpot account". */
    static QString proposedAccountName(const QString& sourceLabel);
    static int indexOf(const QList<ConnectionSpec>& specs, const QString& connectionSpecId);
    /** The description of a known source in the user's language, else the Platform's text. */
    static QString description(const QString& connectionSpecId, const QString& serverText);
    /** A source's authentication parameter ("clientSecret") as the form shows it ("Client secret"). */
    static QString authFieldName(const QString& key);
    /**
     * The placeholder of a known source's authentication parameter in the user's language ("App client secret" for
     * HubSpot's "clientSecret"); else the Platform's @p serverText.
     */
    static QString authHint(const QString& connectionSpecId, const QString& key, const QString& serverText);
    /**
     * How the user signs in with one authentication spec of a known source, in their words ("With the keys of a
     * HubSpot private app" for HubSpot's "BasicAuthentication"); else the Platform's spec @p serverName.
     */
    static QString authName(const QString& connectionSpecId, const QString& authType, const QString& serverName);
    /** "clientSecret" -> "Client secret", "authorizationTestUrl" -> "Authorization test URL". */
    static QString humanName(const QString& key);
};
