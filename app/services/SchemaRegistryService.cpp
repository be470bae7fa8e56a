// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/SchemaRegistryService.h"

#include "platform/PlatformClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace {

const QString kRegistry = QLatin1String(Platform::kSchemaRegistry);

/** One page of a registry list: {"results": [...], "_page": {"next": "<start of the next page>" or null}}. */
template <typename T>
Page<T> parseList(const QJsonDocument& json, const std::function<T(const QJsonObject&)>& item, PlatformError* error)
{
    const QJsonValue results = json.object().value(QLatin1String("results"));
    if (!json.isObject() || !results.isArray()) {
        *error = PlatformError::badResponse(QStringLiteral("A Schema Registry list without \"results\"."));
        return {};
    }
    Page<T> page;
    for (const QJsonValue& value : results.toArray()) {
        if (!value.isObject()) {
            *error = PlatformError::badResponse(QStringLiteral("A Schema Registry list item is not an object."));
            return {};
        }
        page.items << item(value.toObject());
    }
    const QJsonValue next = json.object().value(QLatin1String("_page")).toObject().value(QLatin1String("next"));
    page.continuation = next.isString() ? next.toString() : QString();
    return page;
}

/** Every page of a registry list, in title order. */
template <typename T>
TypedJob<QList<T>>* allPages(PlatformClient* client, const QString& path, QUrlQuery query, int pageSize,
                             std::function<T(const QJsonObject&)> item)
{
    query.addQueryItem(QStringLiteral("orderby"), QStringLiteral("title"));
    if (pageSize > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
    return PageGatherJob<T>::start([client, path, query, item](const QString& start) {
        QUrlQuery pageQuery = query;
        if (!start.isEmpty())
            pageQuery.addQueryItem(QStringLiteral("start"), start);
        return TypedJob<Page<T>>::fromCall(
            client->get(path, pageQuery, Platform::kXed),
            [item](const QJsonDocument& json, PlatformError* error) { return parseList<T>(json, item, error); });
    });
}

QStringList stringsOf(const QJsonValue& value)
{
    QStringList strings;
    for (const QJsonValue& item : value.toArray())
        strings << item.toString();
    return strings;
}

int countLeaves(const QJsonObject& node)
{
    int count = 0;
    const QJsonObject properties = node.value(QLatin1String("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QJsonObject child = it.value().toObject();
        const bool nested = child.contains(QLatin1String("properties")) || child.contains(QLatin1String("allOf"));
        count += nested ? countLeaves(child) : 1;
    }
    const QJsonArray allOf = node.value(QLatin1String("allOf")).toArray();
    for (const QJsonValue& part : allOf)
        count += countLeaves(part.toObject());
    return count;
}

/** Leaf count of a raw (xed+json) field group: its "definitions" and "properties", $refs counted as one field. */
int countRawFields(const QJsonObject& fieldGroup)
{
    int count = 0;
    const QJsonObject definitions = fieldGroup.value(QLatin1String("definitions")).toObject();
    for (auto it = definitions.begin(); it != definitions.end(); ++it)
        count += countLeaves(it.value().toObject());
    return count + countLeaves(fieldGroup);
}

XdmClassSummary classOf(const QJsonObject& json)
{
    return {json.value(QLatin1String("$id")).toString(), json.value(QLatin1String("title")).toString(),
            json.value(QLatin1String("description")).toString()};
}

FieldGroupSummary fieldGroupOf(const QJsonObject& json)
{
    FieldGroupSummary group;
    group.id = json.value(QLatin1String("$id")).toString();
    group.title = json.value(QLatin1String("title")).toString();
    group.description = json.value(QLatin1String("description")).toString();
    group.intendedToExtend = stringsOf(json.value(QLatin1String("meta:intendedToExtend")));
    group.fieldCount = countRawFields(json);
    return group;
}

SchemaSummary schemaOf(const QJsonObject& json)
{
    SchemaSummary schema;
    schema.id = json.value(QLatin1String("$id")).toString();
    schema.altId = json.value(QLatin1String("meta:altId")).toString();
    schema.title = json.value(QLatin1String("title")).toString();
    schema.description = json.value(QLatin1String("description")).toString();
    schema.xdmClass = json.value(QLatin1String("meta:class")).toString();
    schema.version = json.value(QLatin1String("version")).toString();
    schema.profileEnabled = stringsOf(json.value(QLatin1String("meta:immutableTags"))).contains(QLatin1String("union"));
    return schema;
}

} // namespace

TypedJob<QList<XdmClassSummary>>* SchemaRegistryService::classes(int pageSize) const
{
    return allPages<XdmClassSummary>(m_client, kRegistry + QStringLiteral("/global/classes"), {}, pageSize, classOf);
}

TypedJob<QList<FieldGroupSummary>>* SchemaRegistryService::fieldGroups(const QString& classId, int pageSize) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("property"), QStringLiteral("meta:intendedToExtend==") + classId);
    return allPages<FieldGroupSummary>(m_client, kRegistry + QStringLiteral("/global/fieldgroups"), query, pageSize,
                                       fieldGroupOf);
}

TypedJob<Page<SchemaSummary>>* SchemaRegistryService::schemas(const QString& classId, const QString& continuation,
                                                              int pageSize) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("orderby"), QStringLiteral("title"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
    query.addQueryItem(QStringLiteral("property"), QStringLiteral("meta:class==") + classId);
    if (!continuation.isEmpty())
        query.addQueryItem(QStringLiteral("start"), continuation);
    return TypedJob<Page<SchemaSummary>>::fromCall(
        m_client->get(kRegistry + QStringLiteral("/tenant/schemas"), query, Platform::kXed),
        [](const QJsonDocument& json, PlatformError* error) {
            return parseList<SchemaSummary>(json, schemaOf, error);
        });
}

TypedJob<SchemaSummary>* SchemaRegistryService::findSchema(const QString& title, const QString& classId) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("property"), QStringLiteral("meta:class==") + classId);
    query.addQueryItem(QStringLiteral("property"), QStringLiteral("title==") + title);
    return TypedJob<SchemaSummary>::fromCall(
        m_client->get(kRegistry + QStringLiteral("/tenant/schemas"), query, Platform::kXed),
        [title](const QJsonDocument& json, PlatformError* error) {
            const Page<SchemaSummary> page = parseList<SchemaSummary>(json, schemaOf, error);
            for (const SchemaSummary& schema : page.items) {
                if (schema.title == title)
                    return schema;
            }
            return SchemaSummary();
        });
}

TypedJob<QString>* SchemaRegistryService::findIdentityDescriptor(const QString& schemaId) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("property"), QStringLiteral("xdm:sourceSchema==") + schemaId);
    return TypedJob<QString>::fromCall(
        m_client->get(kRegistry + QStringLiteral("/tenant/descriptors"), query, Platform::kXdmId),
        [](const QJsonDocument& json, PlatformError* error) {
            if (!json.isObject()) {
                *error = PlatformError::badResponse(QStringLiteral("the descriptor list is not an object"));
                return QString();
            }
            return json.object().value(QLatin1String("xdm:descriptorIdentity")).toArray().at(0).toString();
        });
}

TypedJob<SchemaTree>* SchemaRegistryService::full(const QString& path) const
{
    return TypedJob<SchemaTree>::fromCall(
        m_client->get(path, {}, Platform::kXedFull), [](const QJsonDocument& json, PlatformError* error) {
            const QJsonValue properties = json.object().value(QLatin1String("properties"));
            if (!json.isObject() || !(properties.isObject() || properties.isUndefined())) {
                *error = PlatformError::badResponse(QStringLiteral("A Schema Registry resource without fields."));
                return SchemaTree();
            }
            return SchemaTree(json.object());
        });
}

TypedJob<SchemaTree>* SchemaRegistryService::fullClass(const QString& id) const
{
    return full(kRegistry + QStringLiteral("/global/classes/") + ServiceJson::segment(altIdOf(id)));
}

TypedJob<SchemaTree>* SchemaRegistryService::fullFieldGroup(const QString& id) const
{
    const bool global = id.startsWith(QLatin1String("https://ns.adobe.com/xdm/"));
    return full(kRegistry + (global ? QStringLiteral("/global/fieldgroups/") : QStringLiteral("/tenant/fieldgroups/"))
                + ServiceJson::segment(altIdOf(id)));
}

TypedJob<SchemaTree>* SchemaRegistryService::fullSchema(const QString& id) const
{
    return full(kRegistry + QStringLiteral("/tenant/schemas/") + ServiceJson::segment(altIdOf(id)));
}

QString SchemaRegistryService::altIdOf(const QString& xdmId)
{
    QString path = xdmId.section(QStringLiteral("ns.adobe.com/"), 1);
    if (path.isEmpty())
        return xdmId; // already an altId
    return QLatin1Char('_') + path.replace(QLatin1Char('/'), QLatin1Char('.'));
}

PlatformRequest SchemaRegistryService::createSchemaRequest(const DraftSchemaCreate& create, const QString& description)
{
    QJsonArray allOf{QJsonObject{{QStringLiteral("$ref"), create.xdmClass}}};
    for (const QString& group : create.fieldGroups)
        allOf.append(QJsonObject{{QStringLiteral("$ref"), group}});
    return ServiceJson::request("POST", kRegistry + QStringLiteral("/tenant/schemas"),
                                QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                                          {QStringLiteral("title"), create.title},
                                                          {QStringLiteral("description"), description},
                                                          {QStringLiteral("allOf"), allOf}}));
}

PlatformRequest SchemaRegistryService::schemaRequest(const QByteArray& method, const QString& schemaAltId)
{
    PlatformRequest r = ServiceJson::request(
        method.constData(), kRegistry + QStringLiteral("/tenant/schemas/") + ServiceJson::segment(schemaAltId));
    if (method == "GET")
        r.accept = "application/vnd.adobe.xed+json; version=1"; // a lookup needs the major version (§4.3)
    return r;
}

PlatformRequest SchemaRegistryService::identityDescriptorRequest(const QString& schemaId, const DraftIdentity& identity)
{
    // "/personalEmail/address": a slash path without "properties" segments.
    const QString property = QLatin1Char('/') + QString(identity.path).replace(QLatin1Char('.'), QLatin1Char('/'));
    return ServiceJson::request(
        "POST", kRegistry + QStringLiteral("/tenant/descriptors"),
        QJsonDocument(QJsonObject{{QStringLiteral("@type"), QStringLiteral("xdm:descriptorIdentity")},
                                  {QStringLiteral("xdm:sourceSchema"), schemaId},
                                  {QStringLiteral("xdm:sourceVersion"), 1},
                                  {QStringLiteral("xdm:sourceProperty"), property},
                                  {QStringLiteral("xdm:namespace"), identity.namespaceCode},
                                  {QStringLiteral("xdm:property"), QStringLiteral("xdm:code")},
                                  {QStringLiteral("xdm:isPrimary"), true}}));
}

PlatformRequest SchemaRegistryService::descriptorRequest(const QByteArray& method, const QString& descriptorId)
{
    return ServiceJson::request(
        method.constData(), kRegistry + QStringLiteral("/tenant/descriptors/") + ServiceJson::segment(descriptorId));
}

PlatformRequest SchemaRegistryService::profileTagRequest(const QString& schemaAltId)
{
    PlatformRequest r = schemaRequest("PATCH", schemaAltId);
    r.body = QJsonDocument(QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("add")},
                                                  {QStringLiteral("path"), QStringLiteral("/meta:immutableTags")},
                                                  {QStringLiteral("value"), QJsonArray{QStringLiteral("union")}}}})
                 .toJson(QJsonDocument::Compact);
    return r;
}

bool SchemaRegistryService::parseCreatedSchema(const QJsonDocument& json, QString* id, QString* altId, QString* why)
{
    *id = json.object().value(QLatin1String("$id")).toString();
    *altId = json.object().value(QLatin1String("meta:altId")).toString();
    if (id->isEmpty() || altId->isEmpty()) {
        *why = QStringLiteral("the response has no %1")
                   .arg(id->isEmpty() ? QStringLiteral("schemaId") : QStringLiteral("schemaAltId"));
        return false;
    }
    return true;
}

QString SchemaRegistryService::parseCreatedDescriptor(const QJsonDocument& json)
{
    return json.object().value(QLatin1String("@id")).toString();
}
