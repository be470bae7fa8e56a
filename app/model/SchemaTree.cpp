// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/SchemaTree.h"

namespace {

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

} // namespace

SchemaTree SchemaTree::merge(const QList<SchemaTree>& parts)
{
    QJsonObject properties;
    for (const SchemaTree& part : parts)
        properties = mergeProperties(properties, part.properties());
    return SchemaTree(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}, {QStringLiteral("properties"), properties}});
}
