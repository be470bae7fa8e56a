// SPDX-License-Identifier: GPL-3.0-or-later
#include "XdmLibrary.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

constexpr int kMaxDepth = 24;

// Our own small standard library for the demo: the profile class and the field groups the wizard offers.
// Written for this project (names follow the public XDM field names so that mappings look familiar).
const char* const kBuiltIns = R"([
{"$id": "https://ns.adobe.com/xdm/data/record", "title": "Record", "type": "object",
 "meta:resourceType": "behaviors", "description": "Data that describes the state of something at a point in time.",
 "properties": {}},
{"$id": "https://ns.adobe.com/xdm/context/profile", "title": "XDM Individual Profile", "type": "object",
 "meta:resourceType": "classes", "meta:extensible": true, "meta:abstract": true,
 "meta:extends": ["https://ns.adobe.com/xdm/data/record", "https://ns.adobe.com/xdm/common/auditable"],
 "description": "One person, known or anonymous, as the sum of what the organisation knows about them.",
 "definitions": {"profile": {"properties": {
   "@id": {"title": "Identifier", "type": "string", "format": "uri-reference", "meta:xdmType": "string",
           "description": "Unique id of this record."},
   "repo:createDate": {"title": "Created", "type": "string", "format": "date-time", "meta:xdmType": "date-time",
                       "description": "When the record was first created in the source."},
   "repo:modifyDate": {"title": "Last modified", "type": "string", "format": "date-time", "meta:xdmType": "date-time",
                       "description": "When the record last changed in the source."},
   "xdm:identityMap": {"title": "Identity map", "type": "object", "meta:xdmType": "map",
                       "description": "Identities of this person, keyed by namespace.",
                       "additionalProperties": {"type": "array", "items": {"type": "object", "properties": {
                         "xdm:id": {"title": "Identity value", "type": "string", "meta:xdmType": "string"},
                         "xdm:primary": {"title": "Primary", "type": "boolean", "meta:xdmType": "boolean"}}}}}}}},
 "allOf": [{"$ref": "#/definitions/profile"}]},
{"$id": "https://ns.adobe.com/xdm/context/profile-person-details", "title": "Demographic Details", "type": "object",
 "meta:resourceType": "mixins", "meta:intendedToExtend": ["https://ns.adobe.com/xdm/context/profile"],
 "description": "Who the person is: name, birth date and gender.",
 "definitions": {"person-details": {"properties": {
   "xdm:person": {"title": "Person", "type": "object", "meta:xdmType": "object", "description": "The person themselves.",
     "properties": {
       "xdm:name": {"title": "Name", "type": "object", "meta:xdmType": "object", "properties": {
         "xdm:firstName": {"title": "First name", "type": "string", "meta:xdmType": "string"},
         "xdm:middleName": {"title": "Middle name", "type": "string", "meta:xdmType": "string"},
         "xdm:lastName": {"title": "Last name", "type": "string", "meta:xdmType": "string"},
         "xdm:fullName": {"title": "Full name", "type": "string", "meta:xdmType": "string",
                          "description": "The whole name as the person writes it."}}},
       "xdm:birthDate": {"title": "Birth date", "type": "string", "format": "date", "meta:xdmType": "date"},
       "xdm:gender": {"title": "Gender", "type": "string", "meta:xdmType": "string",
                      "enum": ["female", "male", "non_specific", "not_specified"]}}}}}},
 "allOf": [{"$ref": "#/definitions/person-details"}]},
{"$id": "https://ns.adobe.com/xdm/context/profile-personal-details", "title": "Personal Contact Details",
 "type": "object", "meta:resourceType": "mixins", "meta:intendedToExtend": ["https://ns.adobe.com/xdm/context/profile"],
 "description": "How to reach the person at home: email, postal address and phones.",
 "definitions": {"contact": {"properties": {
   "xdm:personalEmail": {"title": "Personal email", "type": "object", "meta:xdmType": "object", "properties": {
     "xdm:address": {"title": "Email address", "type": "string", "format": "email", "meta:xdmType": "string"},
     "xdm:primary": {"title": "Preferred", "type": "boolean", "meta:xdmType": "boolean"}}},
   "xdm:homeAddress": {"title": "Home address", "type": "object", "meta:xdmType": "object", "properties": {
     "xdm:street1": {"title": "Street", "type": "string", "meta:xdmType": "string"},
     "xdm:city": {"title": "City", "type": "string", "meta:xdmType": "string"},
     "xdm:stateProvince": {"title": "State or province", "type": "string", "meta:xdmType": "string"},
     "xdm:postalCode": {"title": "Postal code", "type": "string", "meta:xdmType": "string"},
     "xdm:country": {"title": "Country", "type": "string", "meta:xdmType": "string"}}},
   "xdm:mobilePhone": {"title": "Mobile phone", "type": "object", "meta:xdmType": "object", "properties": {
     "xdm:number": {"title": "Number", "type": "string", "meta:xdmType": "string"}}},
   "xdm:homePhone": {"title": "Home phone", "type": "object", "meta:xdmType": "object", "properties": {
     "xdm:number": {"title": "Number", "type": "string", "meta:xdmType": "string"}}}}}},
 "allOf": [{"$ref": "#/definitions/contact"}]},
{"$id": "https://ns.adobe.com/xdm/context/profile-work-details", "title": "Work Contact Details", "type": "object",
 "meta:resourceType": "mixins", "meta:intendedToExtend": ["https://ns.adobe.com/xdm/context/profile"],
 "description": "How to reach the person at work.",
 "definitions": {"work": {"properties": {
   "xdm:workEmail": {"title": "Work email", "type": "object", "meta:xdmType": "object", "properties": {
     "xdm:address": {"title": "Email address", "type": "string", "format": "email", "meta:xdmType": "string"}}},
   "xdm:workPhone": {"title": "Work phone", "type": "object", "meta:xdmType": "object", "properties": {
     "xdm:number": {"title": "Number", "type": "string", "meta:xdmType": "string"}}},
   "xdm:organization": {"title": "Company", "type": "string", "meta:xdmType": "string"}}}},
 "allOf": [{"$ref": "#/definitions/work"}]},
{"$id": "https://ns.adobe.com/xdm/mixins/profile/profile-loyalty-details", "title": "Loyalty Details", "type": "object",
 "meta:resourceType": "mixins", "meta:intendedToExtend": ["https://ns.adobe.com/xdm/context/profile"],
 "description": "Where the person stands in a loyalty programme.",
 "definitions": {"loyalty": {"properties": {
   "xdm:loyalty": {"title": "Loyalty", "type": "object", "meta:xdmType": "object", "properties": {
     "xdm:program": {"title": "Programme", "type": "string", "meta:xdmType": "string"},
     "xdm:tier": {"title": "Tier", "type": "string", "meta:xdmType": "string"},
     "xdm:points": {"title": "Points", "type": "number", "meta:xdmType": "number", "minimum": 0},
     "xdm:joinDate": {"title": "Member since", "type": "string", "format": "date-time", "meta:xdmType": "date-time"},
     "xdm:lifetimeOrders": {"title": "Orders so far", "type": "integer", "meta:xdmType": "int",
                            "minimum": 0, "maximum": 2147483647}}}}}},
 "allOf": [{"$ref": "#/definitions/loyalty"}]},
{"$id": "https://ns.adobe.com/xdm/context/profile-preferences-details", "title": "Preference Details",
 "type": "object", "meta:resourceType": "mixins", "meta:intendedToExtend": ["https://ns.adobe.com/xdm/context/profile"],
 "description": "What the person told us they prefer.",
 "definitions": {"preferences": {"properties": {
   "xdm:preferredLanguage": {"title": "Preferred language", "type": "string", "meta:xdmType": "string"},
   "xdm:lifecycleStage": {"title": "Lifecycle stage", "type": "string", "meta:xdmType": "string"},
   "xdm:marketingOptIn": {"title": "Accepts marketing", "type": "boolean", "meta:xdmType": "boolean"}}}},
 "allOf": [{"$ref": "#/definitions/preferences"}]}
])";

QString derivedXdmType(const QJsonObject& field)
{
    const QString type = field.value(QStringLiteral("type")).toString();
    const QString format = field.value(QStringLiteral("format")).toString();
    if (type == QLatin1String("string") && (format == QLatin1String("date-time") || format == QLatin1String("date"))) {
        return format;
    }
    if (type == QLatin1String("integer")) {
        return QStringLiteral("int");
    }
    return type.isEmpty() ? QStringLiteral("object") : type;
}

void deepMerge(QJsonObject& into, const QString& key, const QJsonObject& value)
{
    if (!into.contains(key)) {
        into.insert(key, value);
        return;
    }
    QJsonObject existing = into.value(key).toObject();
    QJsonObject existingProps = existing.value(QStringLiteral("properties")).toObject();
    const QJsonObject newProps = value.value(QStringLiteral("properties")).toObject();
    for (auto it = newProps.begin(); it != newProps.end(); ++it) {
        deepMerge(existingProps, it.key(), it.value().toObject());
    }
    if (!existingProps.isEmpty()) {
        existing.insert(QStringLiteral("properties"), existingProps);
    }
    into.insert(key, existing);
}

} // namespace

XdmLibrary::XdmLibrary(const QString& xdmDir)
{
    if (xdmDir.isEmpty()) {
        loadBuiltIns();
    } else {
        loadDirectory(xdmDir);
    }
}

void XdmLibrary::loadBuiltIns()
{
    for (const QJsonValue& value : QJsonDocument::fromJson(kBuiltIns).array()) {
        const QString id = value[QStringLiteral("$id")].toString();
        m_resources.insert(id, value.toObject());
        m_order.append(id);
    }
}

void XdmLibrary::loadDirectory(const QString& dir)
{
    QDirIterator it(dir, {QStringLiteral("*.schema.json")}, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext()) {
        files.append(it.next());
    }
    files.sort();
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
        const QString id = object.value(QStringLiteral("$id")).toString();
        if (id.isEmpty()) {
            continue;
        }
        // The folder says what the registry would call the resource.
        QString type = QStringLiteral("schemas");
        if (path.contains(QLatin1String("/components/classes/"))) {
            type = QStringLiteral("classes");
        } else if (path.contains(QLatin1String("/components/fieldgroups/"))) {
            type = QStringLiteral("mixins");
        } else if (path.contains(QLatin1String("/components/datatypes/"))) {
            type = QStringLiteral("datatypes");
        } else if (path.contains(QLatin1String("/components/behaviors/"))) {
            type = QStringLiteral("behaviors");
        }
        object.insert(QStringLiteral("meta:resourceType"), type);
        object.remove(QStringLiteral("meta:license"));
        m_resources.insert(id, object);
        m_order.append(id);
    }
    if (m_resources.isEmpty()) {
        m_loadError = QStringLiteral("no *.schema.json found under %1").arg(dir);
        loadBuiltIns();
    }
}

QJsonObject XdmLibrary::resource(const QString& id) const
{
    return m_resources.value(id);
}

QList<QJsonObject> XdmLibrary::resources(const QString& type) const
{
    QList<QJsonObject> list;
    for (const QString& id : m_order) {
        const QJsonObject& object = m_resources[id];
        if (object.value(QStringLiteral("meta:resourceType")).toString() == type) {
            list.append(object);
        }
    }
    return list;
}

QJsonObject XdmLibrary::resolve(const QJsonObject& node, const QJsonObject& document, int depth) const
{
    QJsonObject result;
    if (depth > kMaxDepth) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                           {QStringLiteral("meta:xdmType"), QStringLiteral("object")}};
    }
    if (node.contains(QStringLiteral("$ref"))) {
        const QString ref = node.value(QStringLiteral("$ref")).toString();
        const QString url = ref.section(QLatin1Char('#'), 0, 0);
        const QString fragment = ref.section(QLatin1Char('#'), 1);
        const QJsonObject targetDocument = url.isEmpty() ? document : m_resources.value(url);
        QJsonValue target(targetDocument);
        for (const QString& key : fragment.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            target = target.toObject().value(key);
        }
        if (target.isObject() && !targetDocument.isEmpty()) {
            result = resolve(target.toObject(), targetDocument, depth + 1);
            result.remove(QStringLiteral("$id"));
            result.insert(QStringLiteral("meta:referencedFrom"), url);
        }
    }
    static const QStringList structural{
        QStringLiteral("$ref"),       QStringLiteral("allOf"),        QStringLiteral("definitions"),
        QStringLiteral("properties"), QStringLiteral("items"),        QStringLiteral("additionalProperties"),
        QStringLiteral("$schema"),    QStringLiteral("meta:license"), QStringLiteral("$id")};
    for (auto it = node.begin(); it != node.end(); ++it) {
        if (!structural.contains(it.key()) && !it.key().endsWith(QLatin1String("Id"))) {
            result.insert(it.key(), it.value());
        }
    }
    if (node.contains(QStringLiteral("allOf")) || node.contains(QStringLiteral("properties"))) {
        QJsonObject properties = result.value(QStringLiteral("properties")).toObject();
        const QJsonObject own = mergeProperties(node, document, depth);
        for (auto it = own.begin(); it != own.end(); ++it) {
            deepMerge(properties, it.key(), it.value().toObject());
        }
        result.insert(QStringLiteral("properties"), properties);
        result.insert(QStringLiteral("type"), QStringLiteral("object"));
    }
    if (node.value(QStringLiteral("items")).isObject()) {
        result.insert(QStringLiteral("items"),
                      resolve(node.value(QStringLiteral("items")).toObject(), document, depth + 1));
    }
    if (node.value(QStringLiteral("additionalProperties")).isObject()) {
        result.insert(QStringLiteral("additionalProperties"),
                      resolve(node.value(QStringLiteral("additionalProperties")).toObject(), document, depth + 1));
    }
    if (!result.contains(QStringLiteral("meta:xdmType"))) {
        result.insert(QStringLiteral("meta:xdmType"), derivedXdmType(result));
    }
    return result;
}

QJsonObject XdmLibrary::mergeProperties(const QJsonObject& node, const QJsonObject& document, int depth) const
{
    QJsonObject merged;
    for (const QJsonValue& part : node.value(QStringLiteral("allOf")).toArray()) {
        const QJsonObject resolved = resolve(part.toObject(), document, depth + 1);
        const QJsonObject properties = resolved.value(QStringLiteral("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            deepMerge(merged, it.key(), it.value().toObject());
        }
    }
    const QJsonObject properties = node.value(QStringLiteral("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QString key = it.key();
        QJsonObject child = resolve(it.value().toObject(), document, depth + 1);
        // Compatibility mode of the registry: xdm: is dropped, other namespaces go under _<namespace>.
        if (key.startsWith(QLatin1String("xdm:"))) {
            child.insert(QStringLiteral("meta:xdmField"), key);
            deepMerge(merged, key.mid(4), child);
        } else if (key == QLatin1String("@id")) {
            child.insert(QStringLiteral("meta:xdmField"), key);
            deepMerge(merged, QStringLiteral("_id"), child);
        } else if (key.startsWith(QLatin1Char('@'))) {
            continue;
        } else if (key.contains(QLatin1Char(':'))) {
            child.insert(QStringLiteral("meta:xdmField"), key);
            const QString group = QLatin1Char('_') + key.section(QLatin1Char(':'), 0, 0);
            QJsonObject wrapper{{QStringLiteral("type"), QStringLiteral("object")},
                                {QStringLiteral("meta:xdmType"), QStringLiteral("object")},
                                {QStringLiteral("properties"), QJsonObject{{key.section(QLatin1Char(':'), 1), child}}}};
            deepMerge(merged, group, wrapper);
        } else {
            deepMerge(merged, key, child);
        }
    }
    return merged;
}

QJsonObject XdmLibrary::expandProperties(const QJsonObject& schema) const
{
    QJsonObject merged;
    for (const QJsonValue& part : schema.value(QStringLiteral("allOf")).toArray()) {
        const QJsonObject resolved = resolve(part.toObject(), schema, 0);
        const QJsonObject properties = resolved.value(QStringLiteral("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            deepMerge(merged, it.key(), it.value().toObject());
        }
    }
    return merged;
}

void XdmLibrary::leaves(const QJsonObject& properties, const QString& prefix, QHash<QString, QJsonObject>& out)
{
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QJsonObject field = it.value().toObject();
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        const QJsonObject children = field.value(QStringLiteral("properties")).toObject();
        if (!children.isEmpty()) {
            leaves(children, path, out);
        } else {
            out.insert(path, field);
        }
    }
}

QJsonValue XdmLibrary::stripText(const QJsonValue& value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        object.remove(QStringLiteral("title"));
        object.remove(QStringLiteral("description"));
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.value().isObject() || it.value().isArray()) {
                it.value() = stripText(it.value());
            }
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            array.replace(i, stripText(array.at(i)));
        }
        return array;
    }
    return value;
}
