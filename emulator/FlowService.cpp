// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlowService.h"

#include "DemoData.h"
#include "EmulatorContext.h"
#include "FlowListing.h"
#include "FlowSpecs.h"
#include "JsonPatch.h"
#include "JsonSchemaValidator.h"
#include "Router.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

const QString kSandboxId = QStringLiteral("28e74200-e3de-11e9-8f5d-7f27416c5f0d");

QString specIdOf(const QJsonObject& entity)
{
    return entity.value(QStringLiteral("connectionSpec")).toObject().value(QStringLiteral("id")).toString();
}

} // namespace

FlowService::FlowService(EmulatorContext& context) : m_context(context) { }

void FlowService::stamp(QJsonObject& entity, const ApiRequest& request, const EmulatorContext& context, bool isNew)
{
    const qint64 now = context.nowMs();
    const QString user = QStringLiteral("%1@AdobeID").arg(request.clientId);
    if (isNew) {
        entity.insert(QStringLiteral("createdAt"), now);
        entity.insert(QStringLiteral("createdBy"), user);
        entity.insert(QStringLiteral("createdClient"), request.clientId);
        entity.insert(QStringLiteral("sandboxId"), kSandboxId);
        entity.insert(QStringLiteral("sandboxName"), request.sandbox);
        entity.insert(QStringLiteral("imsOrgId"), context.options.imsOrg);
    }
    entity.insert(QStringLiteral("updatedAt"), now);
    entity.insert(QStringLiteral("updatedBy"), user);
    entity.insert(QStringLiteral("updatedClient"), request.clientId);
    const QString etag = EmulatorContext::etag();
    entity.insert(QStringLiteral("etag"), etag);
    entity.insert(QStringLiteral("version"), etag);
}

ApiReply FlowService::notFound(const QString& type, const QString& id)
{
    const QString message
        = QStringLiteral("The requested %1 resource %2 is not found. Verify the resource ID before trying again.")
              .arg(type, id);
    return ApiReply::flow(type == QLatin1String("flows") ? QStringLiteral("1439-404") : QStringLiteral("1101-404"),
                          QStringLiteral("Resource not found"), message,
                          QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("type"), type}});
}

ApiReply FlowService::invalid(const QString& message, const QString& code)
{
    return ApiReply::flow(code, QStringLiteral("Invalid request"), message);
}

ApiReply FlowService::created(const QString& resource, const QJsonObject& entity)
{
    const QString id = entity.value(QStringLiteral("id")).toString();
    return ApiReply::json(
               201,
               QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("etag"), entity.value(QStringLiteral("etag"))}})
        .withHeader("Location", (base + resource + QLatin1Char('/') + id).toUtf8());
}

ApiReply FlowService::checkIfMatch(const ApiRequest& request, const QJsonObject& entity)
{
    const QString ifMatch = QString::fromUtf8(request.header("if-match"));
    if (ifMatch.isEmpty()) {
        return ApiReply::flow(QStringLiteral("1403-400"), QStringLiteral("Header is missing"),
                              QStringLiteral("The If-Match header is required for PATCH. Send the entity's etag."));
    }
    const QString current = entity.value(QStringLiteral("etag")).toString();
    // Clients send the etag with its quotes, as read; also accept it unquoted.
    if (ifMatch != current && QLatin1Char('"') + ifMatch + QLatin1Char('"') != current) {
        return ApiReply::flow(QStringLiteral("1404-412"), QStringLiteral("Version not matching"),
                              QStringLiteral("Supplied version=[%1] does not match the current version on entity=[%2]")
                                  .arg(ifMatch, current));
    }
    return ApiReply::empty(0);
}

ApiReply FlowService::patchEntity(const ApiRequest& request, ResourceStore& store, const QString& type,
                                  const QStringList& frozenPaths, EmulatorContext& context, const PatchCheck& check)
{
    QJsonObject* entity = store.find(request.sandbox, request.args.value(0));
    if (!entity) {
        return notFound(type, request.args.value(0));
    }
    if (ApiReply refused = checkIfMatch(request, *entity); refused.status != 0) {
        return refused;
    }
    if (!request.json.isArray() || request.json.array().isEmpty()) {
        return invalid(QStringLiteral("The PATCH body must be a non-empty JSON-Patch array."),
                       QStringLiteral("1405-400"));
    }
    for (const QJsonValue& op : request.json.array()) {
        const QString path = op[QStringLiteral("path")].toString();
        for (const QString& frozen : frozenPaths) {
            if (path.startsWith(frozen)) {
                return invalid(QStringLiteral("The path %1 cannot be updated.").arg(path), QStringLiteral("1414-400"));
            }
        }
    }
    QJsonObject patched = *entity;
    QString error;
    switch (JsonPatch::apply(patched, request.json.array(), &error)) {
    case JsonPatch::Failure::None:
        break;
    case JsonPatch::Failure::UnsupportedOperation:
        return invalid(error, QStringLiteral("1434-400"));
    case JsonPatch::Failure::MissingPath:
        return invalid(error, QStringLiteral("1455-400"));
    case JsonPatch::Failure::BadOperation:
        return invalid(error);
    }
    if (check) {
        if (ApiReply refused = check(*entity, patched); refused.status != 0) {
            return refused;
        }
    }
    stamp(patched, request, context, false);
    *entity = patched;
    return ApiReply::json(200,
                          QJsonObject{{QStringLiteral("id"), patched.value(QStringLiteral("id"))},
                                      {QStringLiteral("etag"), patched.value(QStringLiteral("etag"))}});
}

void FlowService::addRoutes(Router& router)
{
    const QString get = QStringLiteral("GET");
    router.add(get, base + QStringLiteral("/connectionSpecs"), [](const ApiRequest& r) {
        QList<QJsonObject> specs;
        for (const QJsonValue& spec : FlowSpecs::connectionSpecs()) {
            specs.append(spec.toObject());
        }
        return FlowListing::respond(r, specs, QStringLiteral("/connectionSpecs"));
    });
    router.add(get, base + QStringLiteral("/connectionSpecs/{id}"), [](const ApiRequest& r) {
        const QJsonObject spec = FlowSpecs::connectionSpec(r.args.value(0));
        return spec.isEmpty() ? notFound(QStringLiteral("connectionSpecs"), r.args.value(0))
                              : ApiReply::json(200, QJsonObject{{QStringLiteral("items"), QJsonArray{spec}}});
    });
    // Base connections, source connections and target connections share list/get/patch/delete.
    struct Kind
    {
        QString resource;
        ResourceStore* store;
    };
    const QList<Kind> kinds{{QStringLiteral("connections"), &m_context.connections},
                            {QStringLiteral("sourceConnections"), &m_context.sourceConnections},
                            {QStringLiteral("targetConnections"), &m_context.targetConnections}};
    for (const Kind& kind : kinds) {
        const bool masked = kind.resource == QLatin1String("connections");
        router.add(get, base + QLatin1Char('/') + kind.resource, [this, kind, masked](const ApiRequest& r) {
            QList<QJsonObject> items = kind.store->all(r.sandbox);
            if (masked) {
                for (QJsonObject& item : items) {
                    item = maskSecrets(item);
                }
            }
            return FlowListing::respond(r, items, QLatin1Char('/') + kind.resource);
        });
        router.add(get, base + QLatin1Char('/') + kind.resource + QStringLiteral("/{id}"),
                   [this, kind, masked](const ApiRequest& r) {
                       const QJsonObject* item = kind.store->find(r.sandbox, r.args.value(0));
                       if (!item) {
                           return notFound(kind.resource, r.args.value(0));
                       }
                       return ApiReply::json(
                           200,
                           QJsonObject{{QStringLiteral("items"), QJsonArray{masked ? maskSecrets(*item) : *item}}});
                   });
        router.add(QStringLiteral("PATCH"), base + QLatin1Char('/') + kind.resource + QStringLiteral("/{id}"),
                   [this, kind](const ApiRequest& r) {
                       return patchEntity(r, *kind.store, kind.resource,
                                          {QStringLiteral("/connectionSpec"), QStringLiteral("/id"),
                                           QStringLiteral("/baseConnectionId")},
                                          m_context);
                   });
        if (!masked) {
            router.add(QStringLiteral("DELETE"), base + QLatin1Char('/') + kind.resource + QStringLiteral("/{id}"),
                       [kind](const ApiRequest& r) {
                           return kind.store->remove(r.sandbox, r.args.value(0))
                               ? ApiReply::empty(204)
                               : notFound(kind.resource, r.args.value(0));
                       });
        }
    }
    router.add(QStringLiteral("POST"), base + QStringLiteral("/connections"),
               [this](const ApiRequest& r) { return createConnection(r); });
    router.add(QStringLiteral("DELETE"), base + QStringLiteral("/connections/{id}"),
               [this](const ApiRequest& r) { return deleteConnection(r); });
    router.add(get, base + QStringLiteral("/connections/{id}/test"),
               [this](const ApiRequest& r) { return testConnection(r); });
    router.add(get, base + QStringLiteral("/connections/{id}/explore"),
               [this](const ApiRequest& r) { return explore(r); });
    router.add(QStringLiteral("POST"), base + QStringLiteral("/sourceConnections"),
               [this](const ApiRequest& r) { return createSourceConnection(r); });
    router.add(QStringLiteral("POST"), base + QStringLiteral("/targetConnections"),
               [this](const ApiRequest& r) { return createTargetConnection(r); });
}

QJsonObject FlowService::maskSecrets(QJsonObject connection) const
{
    QJsonObject auth = connection.value(QStringLiteral("auth")).toObject();
    if (auth.isEmpty()) {
        return connection;
    }
    QJsonObject params = auth.value(QStringLiteral("params")).toObject();
    const QJsonObject spec = FlowSpecs::connectionSpec(specIdOf(connection));
    for (const QJsonValue& authSpec : spec.value(QStringLiteral("authSpec")).toArray()) {
        const QJsonObject properties = authSpec[QStringLiteral("spec")][QStringLiteral("properties")].toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (it.value()[QStringLiteral("format")].toString() == QLatin1String("password")
                && params.contains(it.key())) {
                params.insert(it.key(), QStringLiteral("xxxx"));
            }
        }
    }
    auth.insert(QStringLiteral("params"), params);
    connection.insert(QStringLiteral("auth"), auth);
    return connection;
}

ApiReply FlowService::createConnection(const ApiRequest& request)
{
    QJsonObject body = request.json.object();
    if (body.isEmpty()) {
        return invalid(QStringLiteral("The request body is empty."), QStringLiteral("1405-400"));
    }
    if (body.value(QStringLiteral("name")).toString().trimmed().isEmpty()) {
        return invalid(QStringLiteral("The connection needs a name."));
    }
    const QJsonObject spec = FlowSpecs::connectionSpec(specIdOf(body));
    if (spec.isEmpty() || spec.contains(QStringLiteral("targetSpec"))) {
        return invalid(QStringLiteral("The connection spec id %1 is not valid.").arg(specIdOf(body)),
                       QStringLiteral("1413-400"));
    }
    if (!body.contains(QStringLiteral("auth"))) {
        return invalid(QStringLiteral("The connection needs auth.specName and auth.params."));
    }
    const QJsonObject auth = body.value(QStringLiteral("auth")).toObject();
    const QString specName = auth.value(QStringLiteral("specName")).toString();
    QJsonObject authSpec;
    for (const QJsonValue& candidate : spec.value(QStringLiteral("authSpec")).toArray()) {
        if (candidate[QStringLiteral("name")].toString() == specName) {
            authSpec = candidate.toObject();
        }
    }
    if (authSpec.isEmpty()) {
        return invalid(QStringLiteral("The auth spec name '%1' is not found for connection spec %2.")
                           .arg(specName, spec.value(QStringLiteral("id")).toString()),
                       QStringLiteral("1415-400"));
    }
    const QStringList errors
        = JsonSchemaValidator::validate(authSpec.value(QStringLiteral("spec")), auth.value(QStringLiteral("params")));
    if (!errors.isEmpty()) {
        return invalid(QStringLiteral("The auth params do not match the auth spec '%1': %2")
                           .arg(specName, errors.join(QStringLiteral("; "))));
    }
    body.insert(QStringLiteral("id"), EmulatorContext::uuid());
    body.insert(QStringLiteral("state"), QStringLiteral("enabled"));
    body.insert(QStringLiteral("connectionSpec"),
                QJsonObject{{QStringLiteral("id"), spec.value(QStringLiteral("id"))},
                            {QStringLiteral("version"), QStringLiteral("1.0")}});
    stamp(body, request, m_context, true);
    m_context.connections.insert(request.sandbox, body.value(QStringLiteral("id")).toString(), body);
    return created(QStringLiteral("/connections"), body);
}

ApiReply FlowService::testConnection(const ApiRequest& request)
{
    const QJsonObject* connection = m_context.connections.find(request.sandbox, request.args.value(0));
    if (!connection) {
        return notFound(QStringLiteral("connections"), request.args.value(0));
    }
    // Emulator convention: a secret whose value is "invalid" stands for credentials the source refuses.
    bool ok = true;
    const QJsonObject params = connection->value(QStringLiteral("auth"))[QStringLiteral("params")].toObject();
    for (auto it = params.begin(); it != params.end(); ++it) {
        ok = ok && it.value().toString() != QLatin1String("invalid");
    }
    return ApiReply::json(200, QJsonObject{{QStringLiteral("result"), ok}});
}

ApiReply FlowService::deleteConnection(const ApiRequest& request)
{
    const QString id = request.args.value(0);
    if (!m_context.connections.find(request.sandbox, id)) {
        return notFound(QStringLiteral("connections"), id);
    }
    for (const QJsonObject& flow : m_context.flows.all(request.sandbox)) {
        for (const QJsonValue& source :
             flow[QStringLiteral("inheritedAttributes")][QStringLiteral("sourceConnections")].toArray()) {
            if (source[QStringLiteral("baseConnection")][QStringLiteral("id")].toString() == id) {
                return invalid(QStringLiteral("The base connection %1 is used by the flow %2 and cannot be deleted.")
                                   .arg(id, flow.value(QStringLiteral("id")).toString()),
                               QStringLiteral("1418-400"));
            }
        }
    }
    m_context.connections.remove(request.sandbox, id);
    return ApiReply::empty(204);
}

ApiReply FlowService::explore(const ApiRequest& request)
{
    const QJsonObject* connection = m_context.connections.find(request.sandbox, request.args.value(0));
    if (!connection) {
        return notFound(QStringLiteral("connections"), request.args.value(0));
    }
    const QString specId = specIdOf(*connection);
    if (FlowSpecs::connectionSpec(specId)[QStringLiteral("exploreSpec")][QStringLiteral("type")].toString()
        == QLatin1String("REST")) {
        return exploreRest(request);
    }
    const QString objectType = request.queryValue(QStringLiteral("objectType")).toLower();
    if (objectType == QLatin1String("root")) {
        QJsonArray list;
        for (const QString& table : m_context.demo->tables(specId)) {
            list.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("table")},
                                    {QStringLiteral("name"), table},
                                    {QStringLiteral("path"), table},
                                    {QStringLiteral("canPreview"), true},
                                    {QStringLiteral("canFetchSchema"), true}});
        }
        return ApiReply::json(200, list);
    }
    if (objectType != QLatin1String("table")) {
        return invalid(QStringLiteral("The objectType %1 is not supported by this connection; use root or table.")
                           .arg(request.queryValue(QStringLiteral("objectType"))));
    }
    const QString object = request.queryValue(QStringLiteral("object"));
    const DemoData::Table* table = m_context.demo->table(specId, object);
    if (!table) {
        return notFound(QStringLiteral("explore"), object);
    }
    QJsonObject answer{
        {QStringLiteral("format"), QStringLiteral("flat")},
        {QStringLiteral("schema"), QJsonObject{{QStringLiteral("columns"), DemoData::describeColumns(*table)}}}};
    if (request.queryFlag(QStringLiteral("preview"))) {
        QJsonArray rows;
        for (qsizetype i = 0; i < qMin<qsizetype>(10, qsizetype(table->rows.size())); ++i) {
            rows.append(DemoData::rowObject(*table, i));
        }
        answer.insert(QStringLiteral("data"), rows);
    }
    return ApiReply::json(200, answer);
}

ApiReply FlowService::exploreRest(const ApiRequest& request)
{
    if (request.queryValue(QStringLiteral("objectType")).toLower() != QLatin1String("rest")) {
        return invalid(QStringLiteral("The objectType %1 is not supported by this connection; use rest.")
                           .arg(request.queryValue(QStringLiteral("objectType"))));
    }
    const auto decoded = QByteArray::fromBase64Encoding(request.queryValue(QStringLiteral("sourceParams")).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    const QJsonObject params = decoded ? QJsonDocument::fromJson(*decoded).object() : QJsonObject();
    const QString listId = params.value(QStringLiteral("listId")).toString();
    if (listId.isEmpty()) {
        return invalid(QStringLiteral("sourceParams must be base64-encoded JSON naming the audience: {\"listId\": "
                                      "\"...\"}."));
    }
    QJsonObject answer{{QStringLiteral("format"), QStringLiteral("hierarchical")},
                       {QStringLiteral("schema"), DemoData::restMemberSchema()}};
    if (request.queryFlag(QStringLiteral("preview"))) {
        answer.insert(QStringLiteral("data"), m_context.demo->restMembers(listId, 10));
    }
    return ApiReply::json(200, answer);
}

ApiReply FlowService::createSourceConnection(const ApiRequest& request)
{
    QJsonObject body = request.json.object();
    if (body.isEmpty()) {
        return invalid(QStringLiteral("The request body is empty."), QStringLiteral("1405-400"));
    }
    for (const char* field : {"name", "data", "connectionSpec"}) {
        if (!body.contains(QLatin1String(field))) {
            return invalid(QStringLiteral("The field %1 is required.").arg(QLatin1String(field)));
        }
    }
    const QString specId = specIdOf(body);
    const QJsonObject spec = FlowSpecs::connectionSpec(specId);
    if (spec.isEmpty() || !spec.contains(QStringLiteral("sourceSpec"))) {
        return invalid(QStringLiteral("The connection spec id %1 is not valid.").arg(specId),
                       QStringLiteral("1413-400"));
    }
    const QString baseId = body.value(QStringLiteral("baseConnectionId")).toString();
    const QJsonObject* baseConnection = m_context.connections.find(request.sandbox, baseId);
    if (!baseConnection) {
        return invalid(QStringLiteral("The base connection %1 is not found.").arg(baseId));
    }
    if (specIdOf(*baseConnection) != specId) {
        return invalid(QStringLiteral("The base connection %1 belongs to another connection spec.").arg(baseId),
                       QStringLiteral("1413-400"));
    }
    const QJsonObject params = body.value(QStringLiteral("params")).toObject();
    const QStringList errors
        = JsonSchemaValidator::validate(spec[QStringLiteral("sourceSpec")][QStringLiteral("spec")], params);
    if (!errors.isEmpty()) {
        return invalid(
            QStringLiteral("The params do not match the source spec: %1").arg(errors.join(QStringLiteral("; "))));
    }
    const QString path
        = params.value(QStringLiteral("path")).toString(params.value(QStringLiteral("tableName")).toString());
    if (spec[QStringLiteral("sourceSpec")][QStringLiteral("type")].toString() == QLatin1String("Tabular")
        && !m_context.demo->tables(specId).contains(path)) {
        return invalid(QStringLiteral("The table '%1' does not exist in this source.").arg(path));
    }
    body.insert(QStringLiteral("id"), EmulatorContext::uuid());
    body.insert(QStringLiteral("state"), QStringLiteral("enabled"));
    body.insert(QStringLiteral("providerRefId"), EmulatorContext::uuid());
    body.insert(QStringLiteral("inheritedAttributes"),
                QJsonObject{{QStringLiteral("baseConnection"),
                             QJsonObject{{QStringLiteral("id"), baseId},
                                         {QStringLiteral("connectionSpec"),
                                          baseConnection->value(QStringLiteral("connectionSpec"))}}}});
    stamp(body, request, m_context, true);
    m_context.sourceConnections.insert(request.sandbox, body.value(QStringLiteral("id")).toString(), body);
    return created(QStringLiteral("/sourceConnections"), body);
}

ApiReply FlowService::createTargetConnection(const ApiRequest& request)
{
    QJsonObject body = request.json.object();
    if (body.isEmpty()) {
        return invalid(QStringLiteral("The request body is empty."), QStringLiteral("1405-400"));
    }
    for (const char* field : {"data", "connectionSpec"}) {
        if (!body.contains(QLatin1String(field))) {
            return invalid(QStringLiteral("The field %1 is required.").arg(QLatin1String(field)));
        }
    }
    if (specIdOf(body) != FlowSpecs::dataLake) {
        return invalid(QStringLiteral("The connection spec id %1 is not a valid target.").arg(specIdOf(body)),
                       QStringLiteral("1413-400"));
    }
    const QJsonObject schema = body[QStringLiteral("data")][QStringLiteral("schema")].toObject();
    const QString schemaId = schema.value(QStringLiteral("id")).toString();
    const QString version = schema.value(QStringLiteral("version")).toString().remove(QLatin1Char(' '));
    if (!version.startsWith(QLatin1String("application/vnd.adobe.xed"))
        || !(version.endsWith(QLatin1String(";version=1")) || version.endsWith(QLatin1String(";version=1.0")))) {
        return invalid(QStringLiteral("data.schema.version must be application/vnd.adobe.xed-full+json;version=1."));
    }
    if (!m_context.schemas.find(request.sandbox, schemaId)) {
        return invalid(QStringLiteral("The schema %1 is not found.").arg(schemaId));
    }
    const QString dataSetId = body[QStringLiteral("params")][QStringLiteral("dataSetId")].toString();
    const QJsonObject* dataSet = m_context.dataSets.find(request.sandbox, dataSetId);
    if (!dataSet) {
        return invalid(QStringLiteral("The dataset %1 is not found.").arg(dataSetId));
    }
    if ((*dataSet)[QStringLiteral("schemaRef")][QStringLiteral("id")].toString() != schemaId) {
        return invalid(QStringLiteral("The dataset %1 does not use the schema %2.").arg(dataSetId, schemaId));
    }
    body.insert(QStringLiteral("id"), EmulatorContext::uuid());
    body.insert(QStringLiteral("state"), QStringLiteral("enabled"));
    stamp(body, request, m_context, true);
    m_context.targetConnections.insert(request.sandbox, body.value(QStringLiteral("id")).toString(), body);
    return created(QStringLiteral("/targetConnections"), body);
}
