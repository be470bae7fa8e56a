// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DataflowDraft.h"
#include "services/ServiceJob.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

/** One parameter of an authentication spec: a property of its JSON Schema. */
struct AuthParameter
{
    QString name; ///< "clientSecret"
    QString description; ///< the Platform's words (English)
    QString type; ///< "string"...
    bool required = false;
    bool secret = false; ///< format "password" (or a name that a recipe refuses, DataflowDraft::isSecretKey)
};

/** One way to sign in to a source ("Basic Authentication"). */
struct AuthSpec
{
    QString name;
    QString type; ///< "BasicAuthentication", "OAuth2RefreshCode"...
    QList<AuthParameter> parameters; ///< in the spec's order
};

/** A connection spec of the Flow Service, with what the wizard reads of it. */
struct ConnectionSpec
{
    QString id;
    QString name; ///< "hubspot"
    QString label; ///< sourceSpec...uiAttributes.label ("HubSpot"), else the name
    QString version; ///< "1.0" when the spec gives none
    QString category; ///< attributes.category ("Marketing Automation")
    QString uiCategory; ///< sourceSpec...uiAttributes.category ("marketingAutomation")
    QString description; ///< sourceSpec...uiAttributes.description (English)
    bool isSource = false; ///< has a sourceSpec
    QList<AuthSpec> authSpecs;

    const AuthSpec* authSpec(const QString& specName) const;
};

/** An account: a base connection of a connection spec. */
struct Account
{
    QString id;
    QString name;
    QString description;
    QString connectionSpecId;
};

/** A table (or other object) an account shows at the root of explore. */
struct SourceObject
{
    QString name;
    QString path;
    QString type; ///< "table", "folder"...
};

/** One column of a source table as explore describes it. */
struct SourceColumn
{
    QString name;
    QString type; ///< "string", "integer"...
    QString xdmType; ///< meta:xdmType, else xdm.format, else xdm.type, else type
    QJsonObject json; ///< the column as the Platform gave it (the mapping reads its xdm block)
};

/** A table's columns and first rows (explore with preview). */
struct SourceTable
{
    QString path;
    QList<SourceColumn> columns;
    QJsonArray rows; ///< objects keyed by column name
    /** The columns as the Platform gave them, for the wizard's state and the preview model. */
    QJsonArray columnsJson() const;
};

/**
 * The Flow Service, source side: connection specs, accounts (base connections), the connection test and explore.
 * Every path and query of these endpoints is here and nowhere else.
 */
class SourcesService
{
public:
    explicit SourcesService(PlatformClient* client) : m_client(client) { }

    static constexpr int kAccountPageSize = 50;

    TypedJob<QList<ConnectionSpec>>* connectionSpecs(QObject* parent = nullptr) const;
    TypedJob<ConnectionSpec>* connectionSpec(const QString& id, QObject* parent = nullptr) const;
    /** One page of the accounts of @p connectionSpecId; give the previous page's continuation for the next. */
    TypedJob<Page<Account>>* accounts(const QString& connectionSpecId, const QString& continuation = {},
                                      QObject* parent = nullptr) const;
    /** Every account of @p connectionSpecId, following the continuation tokens to the last page. */
    TypedJob<QList<Account>>* allAccounts(const QString& connectionSpecId, QObject* parent = nullptr) const;
    /**
     * Creates an account: @p account's non-secret params merged with @p secrets (which go to the Platform only).
     * The value is the new account's id.
     */
    TypedJob<QString>* createAccount(const QString& connectionSpecId, const DraftNewAccount& account,
                                     const QJsonObject& secrets, QObject* parent = nullptr) const;
    TypedJob<bool>* deleteAccount(const QString& id, QObject* parent = nullptr) const;
    /** GET /connections/{id}/test: true when the source accepts the account's keys. */
    TypedJob<bool>* testConnection(const QString& connectionId, QObject* parent = nullptr) const;
    /** The tables at the root of the account. */
    TypedJob<QList<SourceObject>>* tables(const QString& connectionId, QObject* parent = nullptr) const;
    /** A table's columns and first rows. */
    TypedJob<SourceTable>* preview(const QString& connectionId, const QString& path, QObject* parent = nullptr) const;

    /** The body of POST /connections for a new account (shared with the plan, so both send the same). */
    static QJsonObject accountBody(const QString& connectionSpecId, const DraftNewAccount& account,
                                   const QJsonObject& secrets = {});
    static QString accountsPath();
    static QString accountPath(const QString& id);
    /** POST /connections for a new account, without its secrets (the plan's runner merges them in memory). */
    static PlatformRequest createAccountRequest(const QString& connectionSpecId, const DraftNewAccount& account);
    /**
     * POST /sourceConnections: the table @p tablePath of the account @p baseConnectionId, read as tabular data.
     */
    static PlatformRequest createSourceConnectionRequest(const QString& name, const QString& description,
                                                         const QString& baseConnectionId,
                                                         const QString& connectionSpecId, const QString& tablePath);
    static QString sourceConnectionPath(const QString& id);
    /** The account named @p name of the source @p connectionSpecId, or an empty id (a look before creating it). */
    TypedJob<QString>* findAccount(const QString& name, const QString& connectionSpecId) const;
    /** The source connection named @p name on the account @p baseConnectionId for @p tablePath, or an empty id. */
    TypedJob<QString>* findSourceConnection(const QString& name, const QString& baseConnectionId,
                                            const QString& tablePath) const;
    /** GET /connections/{id}/explore of one table, without preview rows: its columns (DraftCheck reads them). */
    TypedJob<SourceTable>* table(const QString& connectionId, const QString& path, QObject* parent = nullptr) const;

    // The parsers, public for the tests of malformed replies.
    static ConnectionSpec parseConnectionSpec(const QJsonObject& json);
    static QString columnXdmType(const QJsonObject& column);
    static SourceTable parseTable(const QString& path, const QJsonDocument& json, PlatformError* error);

private:
    PlatformClient* m_client;
};
