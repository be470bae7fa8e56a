// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DraftProblem.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/*
 * The members below are named like the recipe keys (DESIGN.md "The recipe file"), except where the key is a C++
 * keyword: "class" is xdmClass and "namespace" is namespaceCode.
 */

/** Where and as whom: everything of PlatformConfig that a recipe holds (never a secret). */
struct DraftPlatform
{
    QString imsOrg;
    QString clientId;
    QString sandbox = QStringLiteral("prod");
    QString scopes; ///< empty: PlatformConfig::defaultScopes()
    QString platformUrl; ///< empty: PlatformConfig::defaultPlatformUrl()
    QString imsUrl; ///< empty: PlatformConfig::defaultImsUrl()

    bool operator==(const DraftPlatform&) const = default;
};

/**
 * An account (base connection) still to be created. Only its non-secret parameters are kept: the secret ones go
 * straight from the wizard's form to the API (PlanRunner::setAccountSecrets) and never into a recipe.
 */
struct DraftNewAccount
{
    QString name;
    QString description;
    QString authSpecName; ///< "Basic Authentication"
    QJsonObject params; ///< non-secret auth params only (a secret key here is refused)

    bool operator==(const DraftNewAccount&) const = default;
};

struct DraftSource
{
    QString connectionSpecId; ///< HubSpot: cc6a4487-9e91-433e-a3a3-9cf6626c1806
    QString baseConnectionId; ///< an existing account; empty when newAccount is set
    QString path; ///< the table: "Hubspot.Contacts"
    std::optional<DraftNewAccount> newAccount;

    bool operator==(const DraftSource&) const = default;
};

struct DraftIdentity
{
    QString path; ///< dotted XDM path: "personalEmail.address"
    QString namespaceCode; ///< recipe key "namespace": "Email", "Phone", "ECID"...

    bool operator==(const DraftIdentity&) const = default;
};

struct DraftSchemaCreate
{
    QString title;
    QString description;
    QString xdmClass; ///< recipe key "class": "https://ns.adobe.com/xdm/context/profile"
    QStringList fieldGroups;
    std::optional<DraftIdentity> primaryIdentity;
    bool profileEnabled = false; ///< adds the "union" tag (Real-Time Customer Profile)

    bool operator==(const DraftSchemaCreate&) const = default;
};

/** Either an existing schema (id = its $id) or one to create. */
struct DraftSchema
{
    QString id;
    std::optional<DraftSchemaCreate> create;

    bool operator==(const DraftSchema&) const = default;
};

struct DraftDatasetCreate
{
    QString name;
    QString description;
    bool profileEnabled = false; ///< Catalog tags unifiedProfile / unifiedIdentity

    bool operator==(const DraftDatasetCreate&) const = default;
};

/** Either an existing dataset (id = the Catalog id) or one to create. */
struct DraftDataset
{
    QString id;
    std::optional<DraftDatasetCreate> create;

    bool operator==(const DraftDataset&) const = default;
};

/** One mapping rule: a source column, or a Data Prep expression, to a dotted XDM path. */
struct MappingRule
{
    QString source; ///< a column ("Properties_Email_Value"); empty for an expression
    QString expression; ///< a calculated field ("concat(a, \" \", b)"); empty for a column
    QString destination; ///< "personalEmail.address"

    bool isExpression() const { return !expression.isEmpty(); }
    bool operator==(const MappingRule&) const = default;
};

struct DeltaColumn
{
    QString name;
    QString dateFormat; ///< a Java DateTimeFormatter pattern: "yyyy-MM-dd HH:mm:ss"; empty: not sent
    QString timezone; ///< "UTC"; empty: not sent

    bool operator==(const DeltaColumn&) const = default;
};

/** The flow's scheduleParams. Optional members are absent from the JSON when unset (once has no interval). */
struct Schedule
{
    QString frequency = QStringLiteral("hour"); ///< once, minute, hour, day, week
    std::optional<qint64> interval = 1;
    std::optional<qint64> startTime; ///< epoch seconds
    std::optional<bool> backfill = true;

    /** The flow's "scheduleParams" object, with integers. */
    QJsonObject toJson() const;
    bool operator==(const Schedule&) const = default;
};

struct DraftDataflow
{
    QString name;
    QString description;
    std::optional<DeltaColumn> deltaColumn;
    Schedule schedule;
    bool errorDiagnostics = false;
    std::optional<double> partialIngestionPercent; ///< > 0 when set

    bool operator==(const DraftDataflow&) const = default;
};

/**
 * The whole state of a dataflow being configured, as a value: exactly what a recipe file (format v1) holds. Pages
 * read and write it; DataflowPlan turns it into steps.
 */
class DataflowDraft
{
    Q_DECLARE_TR_FUNCTIONS(DataflowDraft)
public:
    static constexpr int kRecipeVersion = 1;

    DraftPlatform platform;
    DraftSource source;
    DraftSchema schema;
    DraftDataset dataset;
    QList<MappingRule> mapping;
    DraftDataflow dataflow;

    /** The recipe, format v1. Optional values that are unset are left out. */
    QJsonObject toJson() const;
    /**
     * Reads a recipe strictly: unknown keys, wrong types, missing required keys and secrets are problems naming the
     * JSON path. A secret's value is never copied. Returns what could be read; check @p problems for errors.
     */
    static DataflowDraft fromJson(const QJsonObject& json, QList<DraftProblem>* problems);
    /** Parses the recipe file's bytes (a JSON syntax error is a problem too). */
    static DataflowDraft fromRecipe(const QByteArray& bytes, QList<DraftProblem>* problems);

    /** True when a recipe key holding @p key would carry a secret (clientSecret, password, accessToken...). */
    static bool isSecretKey(const QString& key);

    bool operator==(const DataflowDraft&) const = default;
};
