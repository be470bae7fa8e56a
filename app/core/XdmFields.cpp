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
        const QJsonObject labels = node.value(QLatin1String("meta:enum")).toObject();
        for (const QJsonValue& allowed : node.value(QLatin1String("enum")).toArray())
            field.enumValues << allowed.toVariant().toString();
        if (field.enumValues.isEmpty()) {
            for (auto label = labels.begin(); label != labels.end(); ++label)
                field.enumValues << QStringLiteral("%1 (%2)").arg(label.key(), label.value().toString());
        }
        const QJsonObject children = node.value(QLatin1String("properties")).toObject();
        field.isObject = !children.isEmpty() || field.type == QLatin1String("object");
        out->append(field);
        if (!children.isEmpty())
            walk(children, node.value(QLatin1String("required")).toArray(), field.path, depth + 1, out);
    }
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

} // namespace XdmFields
