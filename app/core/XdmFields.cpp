// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/XdmFields.h"

#include <QJsonArray>

namespace {

void walk(const QJsonObject& properties, const QJsonArray& required, const QString& prefix, int depth,
          QList<XdmField>* out)
{
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QJsonObject node = it.value().toObject();
        XdmField field;
        field.path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        field.title = node.value(QLatin1String("title")).toString();
        if (field.title.isEmpty())
            field.title = it.key();
        const QString xdmType = node.value(QLatin1String("meta:xdmType")).toString();
        field.type = xdmType.isEmpty() ? node.value(QLatin1String("type")).toString() : xdmType;
        field.format = node.value(QLatin1String("format")).toString();
        field.depth = depth;
        field.required = required.contains(QJsonValue(it.key()));
        const QJsonObject children = node.value(QLatin1String("properties")).toObject();
        field.isObject = !children.isEmpty() || field.type == QLatin1String("object");
        out->append(field);
        if (!children.isEmpty())
            walk(children, node.value(QLatin1String("required")).toArray(), field.path, depth + 1, out);
    }
}

QJsonObject mergeProperties(QJsonObject into, const QJsonObject& from)
{
    for (auto it = from.begin(); it != from.end(); ++it) {
        const QJsonObject incoming = it.value().toObject();
        if (!into.contains(it.key())) {
            into.insert(it.key(), incoming);
            continue;
        }
        QJsonObject existing = into.value(it.key()).toObject();
        const QJsonObject children = incoming.value(QLatin1String("properties")).toObject();
        if (!children.isEmpty()) {
            existing.insert(QStringLiteral("properties"),
                            mergeProperties(existing.value(QLatin1String("properties")).toObject(), children));
            into.insert(it.key(), existing);
        }
    }
    return into;
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

} // namespace

namespace XdmFields {

QList<XdmField> flatten(const QJsonObject& schema)
{
    QList<XdmField> fields;
    walk(schema.value(QLatin1String("properties")).toObject(), schema.value(QLatin1String("required")).toArray(),
         QString(), 0, &fields);
    return fields;
}

QList<XdmField> leaves(const QJsonObject& schema)
{
    QList<XdmField> result;
    const QList<XdmField> all = flatten(schema);
    for (const XdmField& field : all) {
        if (!field.isObject)
            result << field;
    }
    return result;
}

QJsonObject merge(const QList<QJsonObject>& schemas)
{
    QJsonObject properties;
    for (const QJsonObject& schema : schemas)
        properties = mergeProperties(properties, schema.value(QLatin1String("properties")).toObject());
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}, {QStringLiteral("properties"), properties}};
}

int countRawFields(const QJsonObject& fieldGroup)
{
    int count = 0;
    const QJsonObject definitions = fieldGroup.value(QLatin1String("definitions")).toObject();
    for (auto it = definitions.begin(); it != definitions.end(); ++it)
        count += countLeaves(it.value().toObject());
    return count + countLeaves(fieldGroup);
}

} // namespace XdmFields
