// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/SourcesService.h"

#include "base/Logging.h"

#include <QPointer>
#include <QUrlQuery>

#include <memory>

namespace {

const QString kFlow = QLatin1String(Platform::kFlowService);
const QString kCreatedBy = QStringLiteral("Created by Dataflow Wizard");

QString connectionPath(const QString& id, const QString& rest = {})
{
    return kFlow + QStringLiteral("/connections/") + ServiceJson::segment(id) + rest;
}

/** "items" of a Flow Service list, or an error when the reply has none. */
QJsonArray itemsOf(const QJsonDocument& json, PlatformError* error)
{
    const QJsonValue items = json.object().value(QLatin1String("items"));
    if (!json.isObject() || !items.isArray()) {
        *error = PlatformError::badResponse(QStringLiteral("the reply has no \"items\" list"));
        return {};
    }
    return items.toArray();
}

QJsonObject uiAttributes(const QJsonObject& spec)
{
    return spec.value(QLatin1String("sourceSpec"))
        .toObject()
        .value(QLatin1String("attributes"))
        .toObject()
        .value(QLatin1String("uiAttributes"))
        .toObject();
}

AuthSpec parseAuthSpec(const QJsonObject& json)
{
    AuthSpec auth;
    auth.name = json.value(QLatin1String("name")).toString();
    auth.type = json.value(QLatin1String("type")).toString();
    const QJsonObject schema = json.value(QLatin1String("spec")).toObject();
    QStringList required;
    for (const QJsonValue& name : schema.value(QLatin1String("required")).toArray())
        required << name.toString();
    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QJsonObject property = it.value().toObject();
        AuthParameter parameter;
        parameter.name = it.key();
        parameter.description = property.value(QLatin1String("description")).toString();
        parameter.type = property.value(QLatin1String("type")).toString();
        parameter.required = required.contains(it.key());
        parameter.secret = property.value(QLatin1String("format")).toString() == QLatin1String("password")
            || DataflowDraft::isSecretKey(it.key());
        if (parameter.secret) // the spec's word on what is secret: its values never reach a log line either
            Redact::addSecretKeys({parameter.name});
        auth.parameters << parameter;
    }
    return auth;
}

Account parseAccount(const QJsonObject& json)
{
    Account account;
    account.id = json.value(QLatin1String("id")).toString();
    account.name = json.value(QLatin1String("name")).toString();
    account.description = json.value(QLatin1String("description")).toString();
    account.connectionSpecId
        = json.value(QLatin1String("connectionSpec")).toObject().value(QLatin1String("id")).toString();
    return account;
}

Page<Account> parseAccounts(const QJsonDocument& json, PlatformError* error)
{
    Page<Account> page;
    for (const QJsonValue& value : itemsOf(json, error)) {
        Account account = parseAccount(value.toObject());
        if (account.id.isEmpty()) {
            *error = PlatformError::badResponse(QStringLiteral("an account of the list has no id"));
            return {};
        }
        page.items << account;
    }
    page.continuation = ServiceJson::continuationOf(json.object());
    return page;
}

} // namespace

const AuthSpec* ConnectionSpec::authSpec(const QString& specName) const
{
    for (const AuthSpec& auth : authSpecs) {
        if (auth.name == specName)
            return &auth;
    }
    return nullptr;
}

QJsonArray SourceTable::columnsJson() const
{
    QJsonArray array;
    for (const SourceColumn& column : columns)
        array.append(column.json);
    return array;
}

QString SourcesService::accountsPath()
{
    return kFlow + QStringLiteral("/connections");
}

QString SourcesService::accountPath(const QString& id)
{
    return connectionPath(id);
}

ConnectionSpec SourcesService::parseConnectionSpec(const QJsonObject& json)
{
    ConnectionSpec spec;
    const QJsonObject ui = uiAttributes(json);
    spec.id = json.value(QLatin1String("id")).toString();
    spec.name = json.value(QLatin1String("name")).toString();
    spec.label = ui.value(QLatin1String("label")).toString();
    if (spec.label.isEmpty())
        spec.label = spec.name;
    spec.version = json.value(QLatin1String("version")).toString();
    if (spec.version.isEmpty())
        spec.version = QStringLiteral("1.0");
    spec.category = json.value(QLatin1String("attributes")).toObject().value(QLatin1String("category")).toString();
    spec.uiCategory = ui.value(QLatin1String("category")).toString();
    spec.description = ui.value(QLatin1String("description")).toString();
    spec.isSource = json.contains(QLatin1String("sourceSpec"));
    for (const QJsonValue& auth : json.value(QLatin1String("authSpec")).toArray())
        spec.authSpecs << parseAuthSpec(auth.toObject());
    return spec;
}

QString SourcesService::columnXdmType(const QJsonObject& column)
{
    const QString meta = column.value(QLatin1String("meta:xdmType")).toString();
    if (!meta.isEmpty())
        return meta;
    const QJsonObject xdm = column.value(QLatin1String("xdm")).toObject();
    for (const char* key : {"format", "type"}) {
        const QString value = xdm.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            return value;
    }
    return column.value(QLatin1String("type")).toString();
}

TypedJob<QList<ConnectionSpec>>* SourcesService::connectionSpecs(QObject* parent) const
{
    return TypedJob<QList<ConnectionSpec>>::fromCall(
        m_client->get(kFlow + QStringLiteral("/connectionSpecs")),
        [](const QJsonDocument& json, PlatformError* error) {
            QList<ConnectionSpec> specs;
            for (const QJsonValue& value : itemsOf(json, error)) {
                ConnectionSpec spec = parseConnectionSpec(value.toObject());
                if (spec.id.isEmpty()) {
                    *error = PlatformError::badResponse(QStringLiteral("a connection spec of the list has no id"));
                    return QList<ConnectionSpec>();
                }
                specs << spec;
            }
            return specs;
        },
        parent);
}

TypedJob<ConnectionSpec>* SourcesService::connectionSpec(const QString& id, QObject* parent) const
{
    return TypedJob<ConnectionSpec>::fromCall(
        m_client->get(kFlow + QStringLiteral("/connectionSpecs/") + ServiceJson::segment(id)),
        [](const QJsonDocument& json, PlatformError* error) {
            const QJsonArray items = itemsOf(json, error);
            ConnectionSpec spec = parseConnectionSpec(items.at(0).toObject());
            if (!error->isError() && spec.id.isEmpty())
                *error = PlatformError::badResponse(QStringLiteral("the reply holds no connection spec"));
            return spec;
        },
        parent);
}

TypedJob<Page<Account>>* SourcesService::accounts(const QString& connectionSpecId, const QString& continuation,
                                                  QObject* parent) const
{
    QUrlQuery query;
    if (continuation.isEmpty()) {
        query.addQueryItem(QStringLiteral("property"), QStringLiteral("connectionSpec.id==") + connectionSpecId);
        query.addQueryItem(QStringLiteral("limit"), QString::number(kAccountPageSize));
    } else {
        query.addQueryItem(QStringLiteral("continuationToken"), continuation);
    }
    return TypedJob<Page<Account>>::fromCall(m_client->get(accountsPath(), query), parseAccounts, parent);
}

TypedJob<QList<Account>>* SourcesService::allAccounts(const QString& connectionSpecId, QObject* parent) const
{
    const SourcesService sources = *this;
    return PageGatherJob<Account>::start(
        [sources, connectionSpecId](const QString& continuation) {
            return sources.accounts(connectionSpecId, continuation);
        },
        {}, 0, parent);
}

QJsonObject SourcesService::accountBody(const QString& connectionSpecId, const DraftNewAccount& account,
                                        const QJsonObject& secrets)
{
    QJsonObject params = account.params;
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        params.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("name"), account.name},
        {QStringLiteral("description"), account.description.isEmpty() ? kCreatedBy : account.description},
        {QStringLiteral("auth"),
         QJsonObject{{QStringLiteral("specName"), account.authSpecName}, {QStringLiteral("params"), params}}},
        {QStringLiteral("connectionSpec"), ServiceJson::connectionSpecRef(connectionSpecId)}};
}

TypedJob<QString>* SourcesService::createAccount(const QString& connectionSpecId, const DraftNewAccount& account,
                                                 const QJsonObject& secrets, QObject* parent) const
{
    return TypedJob<QString>::fromCall(
        m_client->post(accountsPath(), QJsonDocument(accountBody(connectionSpecId, account, secrets))),
        [](const QJsonDocument& json, PlatformError* error) {
            const QString id = json.object().value(QLatin1String("id")).toString();
            if (id.isEmpty())
                *error = PlatformError::badResponse(QStringLiteral("the created account has no id"));
            return id;
        },
        parent);
}

TypedJob<bool>* SourcesService::deleteAccount(const QString& id, QObject* parent) const
{
    return TypedJob<bool>::fromCall(
        m_client->deleteResource(connectionPath(id)), [](const QJsonDocument&, PlatformError*) { return true; },
        parent);
}

TypedJob<bool>* SourcesService::testConnection(const QString& connectionId, QObject* parent) const
{
    return TypedJob<bool>::fromCall(
        m_client->get(connectionPath(connectionId, QStringLiteral("/test"))),
        [](const QJsonDocument& json, PlatformError* error) {
            const QJsonValue result = json.object().value(QLatin1String("result"));
            if (!result.isBool())
                *error = PlatformError::badResponse(QStringLiteral("the connection test has no boolean \"result\""));
            return result.toBool();
        },
        parent);
}

TypedJob<QList<SourceObject>>* SourcesService::tables(const QString& connectionId, QObject* parent) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("objectType"), QStringLiteral("root"));
    return TypedJob<QList<SourceObject>>::fromCall(
        m_client->get(connectionPath(connectionId, QStringLiteral("/explore")), query),
        [](const QJsonDocument& json, PlatformError* error) {
            QList<SourceObject> objects;
            if (!json.isArray()) {
                *error = PlatformError::badResponse(QStringLiteral("explore did not answer a list"));
                return objects;
            }
            for (const QJsonValue& value : json.array()) {
                const QJsonObject entry = value.toObject();
                SourceObject object{entry.value(QLatin1String("name")).toString(),
                                    entry.value(QLatin1String("path")).toString(),
                                    entry.value(QLatin1String("type")).toString()};
                if (object.type == QLatin1String("table") && !object.path.isEmpty())
                    objects << object;
            }
            return objects;
        },
        parent);
}

namespace {
QUrlQuery tableQuery(const QString& path, bool withPreview)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("objectType"), QStringLiteral("table"));
    query.addQueryItem(QStringLiteral("object"), path);
    if (withPreview)
        query.addQueryItem(QStringLiteral("preview"), QStringLiteral("true"));
    return query;
}
} // namespace

SourceTable SourcesService::parseTable(const QString& path, const QJsonDocument& json, PlatformError* error)
{
    SourceTable table;
    table.path = path;
    const QJsonValue columns = json.object().value(QLatin1String("schema")).toObject().value(QLatin1String("columns"));
    if (!columns.isArray()) {
        *error = PlatformError::badResponse(QStringLiteral("the preview has no schema.columns list"));
        return table;
    }
    for (const QJsonValue& value : columns.toArray()) {
        const QJsonObject column = value.toObject();
        const QString name = column.value(QLatin1String("name")).toString();
        if (name.isEmpty()) {
            *error = PlatformError::badResponse(QStringLiteral("a column of the preview has no name"));
            return table;
        }
        table.columns << SourceColumn{name, column.value(QLatin1String("type")).toString(), columnXdmType(column),
                                      column};
    }
    table.rows = json.object().value(QLatin1String("data")).toArray();
    return table;
}

TypedJob<SourceTable>* SourcesService::preview(const QString& connectionId, const QString& path, QObject* parent) const
{
    return TypedJob<SourceTable>::fromCall(
        m_client->get(connectionPath(connectionId, QStringLiteral("/explore")), tableQuery(path, true)),
        [path](const QJsonDocument& json, PlatformError* error) { return parseTable(path, json, error); }, parent);
}

TypedJob<SourceTable>* SourcesService::table(const QString& connectionId, const QString& path, QObject* parent) const
{
    return TypedJob<SourceTable>::fromCall(
        m_client->get(connectionPath(connectionId, QStringLiteral("/explore")), tableQuery(path, false)),
        [path](const QJsonDocument& json, PlatformError* error) { return parseTable(path, json, error); }, parent);
}

PlatformRequest SourcesService::createAccountRequest(const QString& connectionSpecId, const DraftNewAccount& account)
{
    return ServiceJson::request("POST", accountsPath(), QJsonDocument(accountBody(connectionSpecId, account)));
}

PlatformRequest SourcesService::createSourceConnectionRequest(const QString& name, const QString& description,
                                                              const QString& baseConnectionId,
                                                              const QString& connectionSpecId, const QString& tablePath)
{
    return ServiceJson::request(
        "POST", kFlow + QStringLiteral("/sourceConnections"),
        QJsonDocument(
            QJsonObject{{QStringLiteral("name"), name},
                        {QStringLiteral("description"), description},
                        {QStringLiteral("baseConnectionId"), baseConnectionId},
                        {QStringLiteral("data"), QJsonObject{{QStringLiteral("format"), QStringLiteral("tabular")}}},
                        {QStringLiteral("params"), QJsonObject{{QStringLiteral("path"), tablePath}}},
                        {QStringLiteral("connectionSpec"), ServiceJson::connectionSpecRef(connectionSpecId)}}));
}

TypedJob<QString>* SourcesService::findAccount(const QString& name, const QString& connectionSpecId) const
{
    return ServiceJson::findNamed(m_client, accountsPath(), name, [connectionSpecId](const QJsonObject& item) {
        return item.value(QLatin1String("connectionSpec")).toObject().value(QLatin1String("id")).toString()
            == connectionSpecId;
    });
}

TypedJob<QString>* SourcesService::findSourceConnection(const QString& name, const QString& baseConnectionId,
                                                        const QString& tablePath) const
{
    return ServiceJson::findNamed(
        m_client, kFlow + QStringLiteral("/sourceConnections"), name,
        [baseConnectionId, tablePath](const QJsonObject& item) {
            return item.value(QLatin1String("baseConnectionId")).toString() == baseConnectionId
                && item.value(QLatin1String("params")).toObject().value(QLatin1String("path")).toString() == tablePath;
        });
}

QString SourcesService::sourceConnectionPath(const QString& id)
{
    return kFlow + QStringLiteral("/sourceConnections/") + ServiceJson::segment(id);
}
