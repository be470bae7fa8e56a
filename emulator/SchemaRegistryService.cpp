// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaRegistryService.h"

#include "EmulatorContext.h"
#include "JsonPatch.h"
#include "PropertyFilter.h"
#include "Router.h"
#include "XdmLibrary.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace {

const QString kBase = QStringLiteral("/data/foundation/schemaregistry");

ApiReply notFound(const QString& id)
{
    return ApiReply::xdm(QStringLiteral("1012-404"), QStringLiteral("Resource Not Found"),
                         QStringLiteral("Requested resource %1 with version 1 is not found").arg(id));
}

ApiReply badSchema(const QString& message)
{
    return ApiReply::xdm(QStringLiteral("1021-400"), QStringLiteral("Invalid schema"), message);
}

QJsonObject summary(const QJsonObject& resource)
{
    return QJsonObject{
        {QStringLiteral("$id"), resource.value(QStringLiteral("$id"))},
        {QStringLiteral("meta:altId"), resource.value(QStringLiteral("meta:altId"))},
        {QStringLiteral("version"), resource.value(QStringLiteral("version")).toString(QStringLiteral("1.0"))},
        {QStringLiteral("title"), resource.value(QStringLiteral("title"))}};
}

QString altIdOf(const QString& id)
{
    // https://ns.adobe.com/xdm/context/profile -> _xdm.context.profile
    QString path = id.section(QStringLiteral("ns.adobe.com/"), 1);
    return QLatin1Char('_') + path.replace(QLatin1Char('/'), QLatin1Char('.'));
}

} // namespace

SchemaRegistryService::SchemaRegistryService(EmulatorContext& context) : m_context(context) { }

SchemaRegistryService::Accept SchemaRegistryService::parseAccept(const QByteArray& header)
{
    static const QRegularExpression pattern(
        QStringLiteral("^application/vnd\\.adobe\\.(xed|xdm)(-[a-z-]+)?\\+json(;version=([0-9.]+))?$"));
    Accept accept;
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(header).toLower().remove(QLatin1Char(' ')));
    if (!match.hasMatch()) {
        return accept;
    }
    const QString variant = match.captured(2);
    accept.versioned = !match.captured(3).isEmpty();
    accept.supportedVersion = !accept.versioned || match.captured(4) == QLatin1String("1");
    accept.notext = variant.contains(QLatin1String("notext"));
    if (variant == QLatin1String("-id")) {
        accept.view = View::Id;
    } else if (variant.isEmpty() || variant == QLatin1String("-notext")) {
        accept.view = View::Raw;
    } else if (variant.startsWith(QLatin1String("-full")) || variant == QLatin1String("-deprecatefield")) {
        accept.view = View::Full;
    }
    return accept;
}

const QJsonObject* SchemaRegistryService::findSchema(EmulatorContext& context, const QString& sandbox,
                                                     const QString& id)
{
    if (const QJsonObject* schema = context.schemas.find(sandbox, id)) {
        return schema;
    }
    for (const QString& key : context.schemas.ids()) {
        const QJsonObject* schema = context.schemas.find(sandbox, key);
        if (schema && schema->value(QStringLiteral("meta:altId")).toString() == id) {
            return schema;
        }
    }
    return nullptr;
}

QHash<QString, QJsonObject> SchemaRegistryService::schemaLeaves(EmulatorContext& context, const QJsonObject& schema)
{
    QHash<QString, QJsonObject> leaves;
    XdmLibrary::leaves(context.xdm->expandProperties(schema), {}, leaves);
    return leaves;
}

void SchemaRegistryService::addRoutes(Router& router)
{
    const QString get = QStringLiteral("GET");
    struct Global
    {
        QString path;
        QString type;
    };
    for (const Global& global : {Global{QStringLiteral("classes"), QStringLiteral("classes")},
                                 Global{QStringLiteral("fieldgroups"), QStringLiteral("mixins")},
                                 Global{QStringLiteral("mixins"), QStringLiteral("mixins")},
                                 Global{QStringLiteral("datatypes"), QStringLiteral("datatypes")},
                                 Global{QStringLiteral("behaviors"), QStringLiteral("behaviors")}}) {
        router.add(get, kBase + QStringLiteral("/global/") + global.path, [this, global](const ApiRequest& r) {
            return list(r, m_context.xdm->resources(global.type), QStringLiteral("/global/") + global.path);
        });
        router.add(get, kBase + QStringLiteral("/global/") + global.path + QStringLiteral("/{id}"),
                   [this, global](const ApiRequest& r) {
                       QString id = r.args.value(0);
                       QJsonObject resource = m_context.xdm->resource(id);
                       if (resource.isEmpty()) {
                           for (const QJsonObject& candidate : m_context.xdm->resources(global.type)) {
                               if (altIdOf(candidate.value(QStringLiteral("$id")).toString()) == id) {
                                   resource = candidate;
                               }
                           }
                       }
                       return resource.isEmpty() ? notFound(id) : lookup(r, resource);
                   });
        router.add(get, kBase + QStringLiteral("/tenant/") + global.path, [this, global](const ApiRequest& r) {
            return list(r, {}, QStringLiteral("/tenant/") + global.path);
        });
    }
    router.add(get, kBase + QStringLiteral("/tenant/schemas"), [this](const ApiRequest& r) {
        return list(r, m_context.schemas.all(r.sandbox), QStringLiteral("/tenant/schemas"));
    });
    router.add(QStringLiteral("POST"), kBase + QStringLiteral("/tenant/schemas"),
               [this](const ApiRequest& r) { return createSchema(r); });
    router.add(get, kBase + QStringLiteral("/tenant/schemas/{id}"), [this](const ApiRequest& r) {
        const QJsonObject* schema = findSchema(m_context, r.sandbox, r.args.value(0));
        return schema ? lookup(r, *schema) : notFound(r.args.value(0));
    });
    router.add(QStringLiteral("PATCH"), kBase + QStringLiteral("/tenant/schemas/{id}"),
               [this](const ApiRequest& r) { return patchSchema(r); });
    router.add(QStringLiteral("PUT"), kBase + QStringLiteral("/tenant/schemas/{id}"),
               [this](const ApiRequest& r) { return putSchema(r); });
    router.add(QStringLiteral("DELETE"), kBase + QStringLiteral("/tenant/schemas/{id}"), [this](const ApiRequest& r) {
        const QJsonObject* schema = findSchema(m_context, r.sandbox, r.args.value(0));
        if (!schema) {
            return notFound(r.args.value(0));
        }
        m_context.schemas.remove(r.sandbox, schema->value(QStringLiteral("$id")).toString());
        return ApiReply::empty(204);
    });
    router.add(QStringLiteral("POST"), kBase + QStringLiteral("/tenant/descriptors"),
               [this](const ApiRequest& r) { return createDescriptor(r, {}); });
    router.add(get, kBase + QStringLiteral("/tenant/descriptors"),
               [this](const ApiRequest& r) { return listDescriptors(r); });
    router.add(get, kBase + QStringLiteral("/tenant/descriptors/{id}"), [this](const ApiRequest& r) {
        const QJsonObject* descriptor = m_context.descriptors.find(r.sandbox, r.args.value(0));
        return descriptor ? ApiReply::json(200, *descriptor) : notFound(r.args.value(0));
    });
    router.add(QStringLiteral("PUT"), kBase + QStringLiteral("/tenant/descriptors/{id}"), [this](const ApiRequest& r) {
        if (!m_context.descriptors.find(r.sandbox, r.args.value(0))) {
            return notFound(r.args.value(0));
        }
        return createDescriptor(r, r.args.value(0));
    });
    router.add(QStringLiteral("DELETE"), kBase + QStringLiteral("/tenant/descriptors/{id}"),
               [this](const ApiRequest& r) {
                   return m_context.descriptors.remove(r.sandbox, r.args.value(0)) ? ApiReply::empty(204)
                                                                                   : notFound(r.args.value(0));
               });
    router.add(get, kBase + QStringLiteral("/stats"), [this](const ApiRequest& r) { return stats(r); });
    router.add(get, kBase + QStringLiteral("/tenant/unions"),
               [this](const ApiRequest& r) { return list(r, unions(r.sandbox), QStringLiteral("/tenant/unions")); });
    router.add(get, kBase + QStringLiteral("/tenant/unions/{id}"), [this](const ApiRequest& r) {
        const QString id = r.args.value(0);
        for (const QJsonObject& candidate : unions(r.sandbox)) {
            if (candidate.value(QStringLiteral("$id")).toString() == id
                || candidate.value(QStringLiteral("meta:altId")).toString() == id) {
                return lookup(r, candidate);
            }
        }
        return notFound(id);
    });
}

ApiReply SchemaRegistryService::list(const ApiRequest& request, const QList<QJsonObject>& items,
                                     const QString& path) const
{
    const Accept accept = parseAccept(request.header("accept"));
    if (accept.view == View::Invalid) {
        return ApiReply::xdm(QStringLiteral("1006-400"), QStringLiteral("Accept header invalid"),
                             QStringLiteral("Accept header must be application/vnd.adobe.xed-id+json or "
                                            "application/vnd.adobe.xed+json for lists"));
    }
    if (accept.view == View::Full || !accept.supportedVersion) {
        return ApiReply::json(
            406,
            QJsonObject{{QStringLiteral("title"), QStringLiteral("Not Acceptable")},
                        {QStringLiteral("status"), 406},
                        {QStringLiteral("detail"), QStringLiteral("This format is not available for lists")}});
    }
    QList<PropertyFilter> filters;
    for (const QString& expression : request.queryValues(QStringLiteral("property"))) {
        PropertyFilter filter;
        QString error;
        if (!PropertyFilter::parse(expression, &filter, &error)) {
            return ApiReply::xdm(QStringLiteral("1016-400"), QStringLiteral("Invalid property filter"), error);
        }
        filters.append(filter);
    }
    QList<QJsonObject> selected;
    for (const QJsonObject& item : items) {
        if (PropertyFilter::matchesAll(filters, item)) {
            selected.append(item);
        }
    }
    QString orderby = request.queryValue(QStringLiteral("orderby"));
    const bool descending = orderby.startsWith(QLatin1Char('-'));
    const QString key
        = orderby.startsWith(QLatin1Char('-')) || orderby.startsWith(QLatin1Char('+')) ? orderby.mid(1) : orderby;
    const auto keyOf = [&key](const QJsonObject& item) { return item.value(key).toString(); };
    if (!key.isEmpty()) {
        std::stable_sort(selected.begin(), selected.end(), [&](const QJsonObject& a, const QJsonObject& b) {
            return descending ? keyOf(a) > keyOf(b) : keyOf(a) < keyOf(b);
        });
        const QString start = request.queryValue(QStringLiteral("start"));
        if (!start.isEmpty()) {
            selected.removeIf(
                [&](const QJsonObject& item) { return descending ? keyOf(item) >= start : keyOf(item) <= start; });
        }
    }
    bool limitOk = true;
    const int limit
        = request.hasQuery(QStringLiteral("limit")) ? request.queryValue(QStringLiteral("limit")).toInt(&limitOk) : 300;
    if (!limitOk || limit < 0 || limit > 500) {
        return ApiReply::xdm(QStringLiteral("1017-400"), QStringLiteral("Invalid limit"),
                             QStringLiteral("limit must be 0 to 500"));
    }
    const int pageSize = qMin(limit == 0 ? 300 : limit, 300);
    QJsonArray results;
    for (qsizetype i = 0; i < selected.size() && results.size() < pageSize; ++i) {
        results.append(accept.view == View::Id ? summary(selected.at(i)) : selected.at(i));
    }
    QJsonValue next = QJsonValue::Null;
    QJsonValue nextLink = QJsonValue::Null;
    if (selected.size() > pageSize && !key.isEmpty()) {
        next = keyOf(selected.at(pageSize - 1));
        nextLink = QJsonObject{
            {QStringLiteral("href"),
             QString(kBase + path
                     + QStringLiteral("?orderby=%1&start=%2&limit=%3").arg(orderby, next.toString()).arg(limit))}};
    }
    return ApiReply::json(
        200,
        QJsonObject{{QStringLiteral("results"), results},
                    {QStringLiteral("_page"),
                     QJsonObject{{QStringLiteral("orderby"), orderby},
                                 {QStringLiteral("next"), next},
                                 {QStringLiteral("count"), int(results.size())}}},
                    {QStringLiteral("_links"),
                     QJsonObject{{QStringLiteral("next"), nextLink},
                                 {QStringLiteral("global_schemas"),
                                  QJsonObject{{QStringLiteral("href"),
                                               QString(kBase + QStringLiteral("/global/schemas"))}}}}}});
}

ApiReply SchemaRegistryService::lookup(const ApiRequest& request, const QJsonObject& resource) const
{
    const Accept accept = parseAccept(request.header("accept"));
    if (accept.view == View::Invalid || !accept.versioned) {
        return ApiReply::xdm(QStringLiteral("1007-400"), QStringLiteral("Accept header invalid"),
                             QStringLiteral("Accept header must carry a version, e.g. "
                                            "application/vnd.adobe.xed-full+json; version=1"));
    }
    if (accept.view == View::Id || !accept.supportedVersion) {
        return ApiReply::json(406,
                              QJsonObject{{QStringLiteral("title"), QStringLiteral("Not Acceptable")},
                                          {QStringLiteral("status"), 406},
                                          {QStringLiteral("detail"),
                                           QStringLiteral("Only major version 1 exists; "
                                                          "xed-id is for lists")}});
    }
    QJsonObject answer = resource;
    if (accept.view == View::Full) {
        answer.insert(QStringLiteral("properties"), m_context.xdm->expandProperties(resource));
        answer.remove(QStringLiteral("allOf"));
        answer.remove(QStringLiteral("definitions"));
    }
    if (!answer.contains(QStringLiteral("meta:altId"))) {
        answer.insert(QStringLiteral("meta:altId"), altIdOf(answer.value(QStringLiteral("$id")).toString()));
    }
    return ApiReply::json(200, accept.notext ? XdmLibrary::stripText(answer) : QJsonValue(answer));
}

ApiReply SchemaRegistryService::completeSchema(QJsonObject& schema) const
{
    if (schema.value(QStringLiteral("title")).toString().trimmed().isEmpty()) {
        return badSchema(QStringLiteral("A schema needs a title."));
    }
    if (schema.contains(QStringLiteral("type"))
        && schema.value(QStringLiteral("type")).toString() != QLatin1String("object")) {
        return badSchema(QStringLiteral("A schema's type must be object."));
    }
    QString classId;
    QStringList fieldGroups;
    QJsonArray allOf;
    for (const QJsonValue& part : schema.value(QStringLiteral("allOf")).toArray()) {
        const QString ref = part[QStringLiteral("$ref")].toString();
        const QJsonObject resource = m_context.xdm->resource(ref);
        const QString type = resource.value(QStringLiteral("meta:resourceType")).toString();
        if (type == QLatin1String("classes")) {
            if (!classId.isEmpty()) {
                return badSchema(
                    QStringLiteral("A schema extends exactly one class; found %1 and %2.").arg(classId, ref));
            }
            classId = ref;
        } else if (type == QLatin1String("mixins")) {
            fieldGroups.append(ref);
        } else {
            return badSchema(QStringLiteral("The reference %1 is not a known class or field group.").arg(ref));
        }
        allOf.append(QJsonObject{{QStringLiteral("$ref"), ref},
                                 {QStringLiteral("type"), QStringLiteral("object")},
                                 {QStringLiteral("meta:xdmType"), QStringLiteral("object")}});
    }
    if (classId.isEmpty()) {
        return badSchema(QStringLiteral("A schema must reference one class in allOf."));
    }
    for (const QString& group : fieldGroups) {
        const QJsonArray intended
            = m_context.xdm->resource(group).value(QStringLiteral("meta:intendedToExtend")).toArray();
        if (!intended.isEmpty() && !intended.contains(classId)) {
            return badSchema(
                QStringLiteral("The field group %1 cannot be used with the class %2.").arg(group, classId));
        }
    }
    QJsonArray extends = QJsonArray::fromStringList(fieldGroups);
    for (const QJsonValue& inherited :
         m_context.xdm->resource(classId).value(QStringLiteral("meta:extends")).toArray()) {
        extends.append(inherited);
    }
    extends.append(classId);
    schema.insert(QStringLiteral("allOf"), allOf);
    schema.insert(QStringLiteral("type"), QStringLiteral("object"));
    schema.insert(QStringLiteral("meta:class"), classId);
    schema.insert(QStringLiteral("meta:extends"), extends);
    schema.insert(QStringLiteral("refs"), QJsonArray::fromStringList(fieldGroups + QStringList{classId}));
    return ApiReply::empty(0);
}

ApiReply SchemaRegistryService::createSchema(const ApiRequest& request)
{
    QJsonObject schema = request.json.object();
    if (ApiReply refused = completeSchema(schema); refused.status != 0) {
        return refused;
    }
    const QString tenant = m_context.options.tenantId;
    const QString hex = EmulatorContext::hex(48);
    const qint64 now = m_context.nowMs();
    schema.insert(QStringLiteral("$id"), QStringLiteral("https://ns.adobe.com/%1/schemas/%2").arg(tenant, hex));
    schema.insert(QStringLiteral("meta:altId"), QStringLiteral("_%1.schemas.%2").arg(tenant, hex));
    schema.insert(QStringLiteral("meta:resourceType"), QStringLiteral("schemas"));
    schema.insert(QStringLiteral("version"), QStringLiteral("1.0"));
    schema.insert(QStringLiteral("imsOrg"), m_context.options.imsOrg);
    schema.insert(QStringLiteral("meta:extensible"), false);
    schema.insert(QStringLiteral("meta:abstract"), false);
    schema.insert(QStringLiteral("meta:xdmType"), QStringLiteral("object"));
    schema.insert(QStringLiteral("meta:containerId"), QStringLiteral("tenant"));
    schema.insert(QStringLiteral("meta:sandboxId"), QStringLiteral("28e74200-e3de-11e9-8f5d-7f27416c5f0d"));
    schema.insert(QStringLiteral("meta:sandboxType"),
                  request.sandbox == QLatin1String("prod") ? QStringLiteral("production")
                                                           : QStringLiteral("development"));
    schema.insert(QStringLiteral("meta:tenantNamespace"), QString(QLatin1Char('_') + tenant));
    schema.insert(QStringLiteral("meta:registryMetadata"),
                  QJsonObject{{QStringLiteral("repo:createdDate"), now},
                              {QStringLiteral("repo:lastModifiedDate"), now},
                              {QStringLiteral("xdm:createdClientId"), request.clientId},
                              {QStringLiteral("xdm:lastModifiedClientId"), request.clientId},
                              {QStringLiteral("eTag"), EmulatorContext::hex(64)},
                              {QStringLiteral("meta:globalLibVersion"), QStringLiteral("1.10.4.2")}});
    m_context.schemas.insert(request.sandbox, schema.value(QStringLiteral("$id")).toString(), schema);
    return ApiReply::json(201, schema);
}

ApiReply SchemaRegistryService::patchSchema(const ApiRequest& request)
{
    const QJsonObject* found = findSchema(m_context, request.sandbox, request.args.value(0));
    if (!found) {
        return notFound(request.args.value(0));
    }
    const QJsonObject before = *found;
    QJsonObject schema = before;
    QString error;
    if (!request.json.isArray() || JsonPatch::apply(schema, request.json.array(), &error) != JsonPatch::Failure::None) {
        return badSchema(error.isEmpty() ? QStringLiteral("The body must be a JSON-Patch array.") : error);
    }
    const QJsonArray oldTags = before.value(QStringLiteral("meta:immutableTags")).toArray();
    const QJsonArray newTags = schema.value(QStringLiteral("meta:immutableTags")).toArray();
    if (oldTags.contains(QStringLiteral("union")) && !newTags.contains(QStringLiteral("union"))) {
        return badSchema(QStringLiteral("The union tag cannot be removed once set."));
    }
    if (!oldTags.contains(QStringLiteral("union")) && newTags.contains(QStringLiteral("union"))) {
        bool primary = false;
        for (const QJsonObject& descriptor : m_context.descriptors.all(request.sandbox)) {
            primary = primary
                || (descriptor.value(QStringLiteral("xdm:sourceSchema")) == before.value(QStringLiteral("$id"))
                    && descriptor.value(QStringLiteral("xdm:isPrimary")).toBool());
        }
        if (!primary) {
            return badSchema(
                QStringLiteral("A schema needs a primary identity descriptor before it is enabled for Profile."));
        }
    }
    if (ApiReply refused = completeSchema(schema); refused.status != 0) {
        return refused;
    }
    const QStringList version = before.value(QStringLiteral("version")).toString().split(QLatin1Char('.'));
    schema.insert(QStringLiteral("version"),
                  QStringLiteral("%1.%2").arg(version.value(0)).arg(version.value(1).toInt() + 1));
    m_context.schemas.insert(request.sandbox, schema.value(QStringLiteral("$id")).toString(), schema);
    return ApiReply::json(200, schema);
}

ApiReply SchemaRegistryService::putSchema(const ApiRequest& request)
{
    const QJsonObject* found = findSchema(m_context, request.sandbox, request.args.value(0));
    if (!found) {
        return notFound(request.args.value(0));
    }
    QJsonObject schema = *found;
    const QJsonObject body = request.json.object();
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!it.key().startsWith(QLatin1Char('$')) && it.key() != QLatin1String("meta:altId")) {
            schema.insert(it.key(), it.value());
        }
    }
    if (ApiReply refused = completeSchema(schema); refused.status != 0) {
        return refused;
    }
    m_context.schemas.insert(request.sandbox, schema.value(QStringLiteral("$id")).toString(), schema);
    return ApiReply::json(200, schema);
}

ApiReply SchemaRegistryService::createDescriptor(const ApiRequest& request, const QString& replaceId)
{
    QJsonObject descriptor = request.json.object();
    static const QStringList types{QStringLiteral("xdm:alternateDisplayInfo"), QStringLiteral("xdm:descriptorIdentity"),
                                   QStringLiteral("xdm:descriptorReferenceIdentity"),
                                   QStringLiteral("xdm:descriptorOneToOne"),
                                   QStringLiteral("xdm:descriptorRelationship")};
    const QString type = descriptor.value(QStringLiteral("@type")).toString();
    if (!types.contains(type)) {
        return badSchema(QStringLiteral("The descriptor @type %1 is not valid.").arg(type));
    }
    const QString schemaId = descriptor.value(QStringLiteral("xdm:sourceSchema")).toString();
    const QJsonObject* schema = findSchema(m_context, request.sandbox, schemaId);
    if (!schema) {
        return badSchema(QStringLiteral("The source schema %1 is not found.").arg(schemaId));
    }
    const QString property = descriptor.value(QStringLiteral("xdm:sourceProperty")).toString();
    if (!property.startsWith(QLatin1Char('/')) || property.endsWith(QLatin1Char('/'))
        || property.contains(QLatin1String("/properties/"))) {
        return badSchema(QStringLiteral("xdm:sourceProperty must look like /personalEmail/address."));
    }
    const QString dotted = property.mid(1).replace(QLatin1Char('/'), QLatin1Char('.'));
    if (!schemaLeaves(m_context, *schema).contains(dotted)) {
        return badSchema(QStringLiteral("The field %1 does not exist in the schema %2.").arg(property, schemaId));
    }
    if (type == QLatin1String("xdm:descriptorIdentity")) {
        if (descriptor.value(QStringLiteral("xdm:namespace")).toString().isEmpty()) {
            return badSchema(QStringLiteral("An identity descriptor needs xdm:namespace."));
        }
        const QString identityProperty = descriptor.value(QStringLiteral("xdm:property")).toString();
        if (identityProperty != QLatin1String("xdm:code") && identityProperty != QLatin1String("xdm:id")) {
            return badSchema(QStringLiteral("xdm:property must be xdm:code or xdm:id."));
        }
        if (descriptor.value(QStringLiteral("xdm:isPrimary")).toBool()) {
            for (const QJsonObject& other : m_context.descriptors.all(request.sandbox)) {
                if (other.value(QStringLiteral("@id")).toString() != replaceId
                    && other.value(QStringLiteral("xdm:sourceSchema")).toString()
                        == schema->value(QStringLiteral("$id")).toString()
                    && other.value(QStringLiteral("xdm:isPrimary")).toBool()) {
                    return badSchema(QStringLiteral("The schema already has a primary identity (%1).")
                                         .arg(other.value(QStringLiteral("xdm:sourceProperty")).toString()));
                }
            }
        }
    }
    const QString id = replaceId.isEmpty() ? EmulatorContext::hex(40) : replaceId;
    descriptor.insert(QStringLiteral("xdm:sourceSchema"), schema->value(QStringLiteral("$id")));
    descriptor.insert(QStringLiteral("@id"), id);
    descriptor.insert(QStringLiteral("meta:containerId"), QStringLiteral("tenant"));
    descriptor.insert(QStringLiteral("imsOrg"), m_context.options.imsOrg);
    descriptor.insert(QStringLiteral("version"), QStringLiteral("1"));
    m_context.descriptors.insert(request.sandbox, id, descriptor);
    return replaceId.isEmpty() ? ApiReply::json(201, descriptor)
                               : ApiReply::json(201, QJsonObject{{QStringLiteral("@id"), id}});
}

ApiReply SchemaRegistryService::listDescriptors(const ApiRequest& request) const
{
    static const QRegularExpression accept(QStringLiteral("^application/vnd\\.adobe\\.xdm(-v2)?(-id|-link)?\\+json$"));
    const QRegularExpressionMatch match
        = accept.match(QString::fromLatin1(request.header("accept")).remove(QLatin1Char(' ')));
    if (!match.hasMatch()) {
        return ApiReply::xdm(
            QStringLiteral("1008-400"), QStringLiteral("Accept header invalid"),
            QStringLiteral("Accept header must be application/vnd.adobe.xdm-id+json, xdm-link+json or xdm+json"));
    }
    QList<PropertyFilter> filters;
    for (const QString& expression : request.queryValues(QStringLiteral("property"))) {
        PropertyFilter filter;
        QString error;
        if (!PropertyFilter::parse(expression, &filter, &error)) {
            return ApiReply::xdm(QStringLiteral("1016-400"), QStringLiteral("Invalid property filter"), error);
        }
        filters.append(filter);
    }
    QJsonObject byType;
    for (const QJsonObject& descriptor : m_context.descriptors.all(request.sandbox)) {
        if (!PropertyFilter::matchesAll(filters, descriptor)) {
            continue;
        }
        const QString type = descriptor.value(QStringLiteral("@type")).toString();
        QJsonArray entries = byType.value(type).toArray();
        const QString id = descriptor.value(QStringLiteral("@id")).toString();
        if (match.captured(2) == QLatin1String("-id")) {
            entries.append(id);
        } else if (match.captured(2) == QLatin1String("-link")) {
            entries.append(QString(QStringLiteral("/tenant/descriptors/") + id));
        } else {
            entries.append(descriptor);
        }
        byType.insert(type, entries);
    }
    return ApiReply::json(200, byType);
}

ApiReply SchemaRegistryService::stats(const ApiRequest& request) const
{
    QJsonArray recent;
    for (const QJsonObject& schema : m_context.schemas.all(request.sandbox)) {
        recent.append(summary(schema));
    }
    return ApiReply::json(200,
                          QJsonObject{{QStringLiteral("imsOrg"), m_context.options.imsOrg},
                                      {QStringLiteral("tenantId"), m_context.options.tenantId},
                                      {QStringLiteral("counts"),
                                       QJsonObject{{QStringLiteral("schemas"), int(recent.size())},
                                                   {QStringLiteral("mixins"), 0},
                                                   {QStringLiteral("datatypes"), 0},
                                                   {QStringLiteral("classes"), 0},
                                                   {QStringLiteral("unions"), 0}}},
                                      {QStringLiteral("recentlyCreatedResources"), recent},
                                      {QStringLiteral("recentlyUpdatedResources"), recent},
                                      {QStringLiteral("classUsage"), QJsonObject()}});
}
