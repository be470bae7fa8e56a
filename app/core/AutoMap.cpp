// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AutoMap.h"

#include <QHash>

namespace AutoMap {

QString normalise(const QString& column)
{
    QString name = column.toLower();
    if (name.startsWith(QLatin1String("properties_")))
        name = name.mid(11);
    if (name.endsWith(QLatin1String("_value")))
        name.chop(6);
    name.remove(QLatin1Char('_'));
    return name;
}

QList<MappingRule> propose(const QStringList& columns, const QList<XdmField>& leaves, const QStringList& taken)
{
    // Usual marketing-automation column names and where a person's profile keeps them.
    static const QHash<QString, QStringList> known = {
        {QStringLiteral("vid"), {QStringLiteral("_id")}},
        {QStringLiteral("id"), {QStringLiteral("_id")}},
        {QStringLiteral("firstname"), {QStringLiteral("person.name.firstName")}},
        {QStringLiteral("lastname"), {QStringLiteral("person.name.lastName")}},
        {QStringLiteral("fullname"), {QStringLiteral("person.name.fullName")}},
        {QStringLiteral("email"), {QStringLiteral("personalEmail.address"), QStringLiteral("workEmail.address")}},
        {QStringLiteral("phone"), {QStringLiteral("mobilePhone.number"), QStringLiteral("homePhone.number")}},
        {QStringLiteral("mobilephone"), {QStringLiteral("mobilePhone.number")}},
        {QStringLiteral("city"), {QStringLiteral("homeAddress.city")}},
        {QStringLiteral("state"), {QStringLiteral("homeAddress.stateProvince")}},
        {QStringLiteral("zip"), {QStringLiteral("homeAddress.postalCode")}},
        {QStringLiteral("country"), {QStringLiteral("homeAddress.country")}},
        {QStringLiteral("birthdate"), {QStringLiteral("person.birthDate")}},
        {QStringLiteral("gender"), {QStringLiteral("person.gender")}},
        {QStringLiteral("addedat"), {QStringLiteral("_repo.createDate")}},
        {QStringLiteral("createdate"), {QStringLiteral("_repo.createDate")}},
        {QStringLiteral("lastmodifieddate"), {QStringLiteral("_repo.modifyDate")}},
    };
    QHash<QString, const XdmField*> byPath;
    QHash<QString, const XdmField*> byLastSegment;
    for (const XdmField& leaf : leaves) {
        byPath.insert(leaf.path, &leaf);
        const QString last = leaf.path.section(QLatin1Char('.'), -1).toLower();
        if (!byLastSegment.contains(last))
            byLastSegment.insert(last, &leaf);
    }
    QStringList used = taken;
    QList<MappingRule> rules;
    for (const QString& column : columns) {
        const QString key = normalise(column);
        QString destination;
        for (const QString& candidate : known.value(key)) {
            if (byPath.contains(candidate) && !used.contains(candidate)) {
                destination = candidate;
                break;
            }
        }
        if (destination.isEmpty() && byLastSegment.contains(key) && !used.contains(byLastSegment.value(key)->path))
            destination = byLastSegment.value(key)->path;
        if (destination.isEmpty())
            continue;
        used << destination;
        rules << MappingRule{column, QString(), destination};
    }
    return rules;
}

} // namespace AutoMap
