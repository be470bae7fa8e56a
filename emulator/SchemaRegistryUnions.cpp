// SPDX-License-Identifier: GPL-3.0-or-later
// Union schemas (CONTRACT §4.7): GET /tenant/unions and /tenant/unions/{id}, derived from the Profile-enabled schemas.
#include "EmulatorContext.h"
#include "SchemaRegistryService.h"

#include <QJsonArray>

#include <algorithm>

QList<QJsonObject> SchemaRegistryService::unions(const QString& sandbox) const
{
    // Per class: the members' class and field groups (deduplicated, class first), so the full view is the
    // merged field tree of every Profile-enabled schema of that class.
    QStringList classes;
    QHash<QString, QStringList> refs;
    QHash<QString, QStringList> members;
    QList<QJsonObject> schemas = m_context.schemas.all(sandbox);
    std::stable_sort(schemas.begin(), schemas.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(QStringLiteral("$id")).toString() < b.value(QStringLiteral("$id")).toString();
    });
    for (const QJsonObject& schema : schemas) {
        if (!schema.value(QStringLiteral("meta:immutableTags")).toArray().contains(QStringLiteral("union"))) {
            continue;
        }
        const QString classId = schema.value(QStringLiteral("meta:class")).toString();
        if (!classes.contains(classId)) {
            classes.append(classId);
            refs[classId].append(classId);
        }
        members[classId].append(schema.value(QStringLiteral("$id")).toString());
        for (const QJsonValue& part : schema.value(QStringLiteral("allOf")).toArray()) {
            const QString ref = part[QStringLiteral("$ref")].toString();
            if (!refs[classId].contains(ref)) {
                refs[classId].append(ref);
            }
        }
    }
    QList<QJsonObject> result;
    for (const QString& classId : classes) {
        QJsonArray allOf;
        for (const QString& ref : refs.value(classId)) {
            allOf.append(QJsonObject{{QStringLiteral("$ref"), ref},
                                     {QStringLiteral("type"), QStringLiteral("object")},
                                     {QStringLiteral("meta:xdmType"), QStringLiteral("object")}});
        }
        const QString id = classId + QStringLiteral("__union");
        // https://ns.adobe.com/xdm/context/profile__union -> _xdm.context.profile__union
        const QString altId = QLatin1Char('_')
            + id.section(QStringLiteral("ns.adobe.com/"), 1).replace(QLatin1Char('/'), QLatin1Char('.'));
        result.append(QJsonObject{
            {QStringLiteral("$id"), id},
            {QStringLiteral("meta:altId"), altId},
            {QStringLiteral("meta:resourceType"), QStringLiteral("unions")},
            {QStringLiteral("version"), QStringLiteral("1.0")},
            {QStringLiteral("title"), QStringLiteral("Union object for %1").arg(classId)},
            {QStringLiteral("description"),
             QStringLiteral("The generated union of all the Profile-enabled schemas of the class %1.").arg(classId)},
            {QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("meta:class"), classId},
            {QStringLiteral("meta:containerId"), QStringLiteral("tenant")},
            {QStringLiteral("meta:xdmType"), QStringLiteral("object")},
            {QStringLiteral("meta:immutableTags"), QJsonArray{QStringLiteral("union")}},
            {QStringLiteral("meta:unionSchemas"), QJsonArray::fromStringList(members.value(classId))},
            {QStringLiteral("allOf"), allOf}});
    }
    return result;
}
