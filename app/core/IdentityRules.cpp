// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/IdentityRules.h"

#include <QRegularExpression>

#include <algorithm>

namespace IdentityRules {

QStringList namespaces()
{
    return {QStringLiteral("Email"), QStringLiteral("Phone"), QStringLiteral("CRMID"), QStringLiteral("ECID"),
            QStringLiteral("AAID"),  QStringLiteral("GAID"),  QStringLiteral("IDFA")};
}

QStringList namespacesFor(const XdmField& field)
{
    const QString path = field.path.toLower();
    if (field.format == QLatin1String("email") || path.contains(QLatin1String("email")))
        return {QStringLiteral("Email")};
    if (path.contains(QLatin1String("phone")))
        return {QStringLiteral("Phone")};
    const QString last = path.section(QLatin1Char('.'), -1);
    for (const char* device : {"ecid", "aaid", "gaid", "idfa"}) {
        if (last == QLatin1String(device))
            return {last.toUpper()};
    }
    return {QStringLiteral("CRMID")}; // a CRM, customer or loyalty id: the organisation's own people ids
}

bool canBeIdentity(const XdmField& field)
{
    if (field.isObject || field.type != QLatin1String("string"))
        return false;
    if (field.format == QLatin1String("email"))
        return true;
    if (!field.format.isEmpty())
        return false; // dates, URIs (the record's own @id)...
    const QStringList segments = field.path.split(QLatin1Char('.'));
    const QString last = segments.constLast();
    if (last.startsWith(QLatin1Char('_')))
        return false; // a system field such as _id
    const QString path = field.path.toLower();
    if (path.contains(QLatin1String("email")))
        return true;
    if (path.contains(QLatin1String("phone"))
        && (last == QLatin1String("number") || last.contains(QLatin1String("hone"))))
        return true;
    // crmId, customerID, loyaltyId, ecid, aaid...: the names of ids.
    static const QRegularExpression idName(QStringLiteral("^(ecid|aaid|gaid|idfa|crmid|id)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression camelId(QStringLiteral("[a-z0-9](Id|ID)$"));
    return idName.match(last).hasMatch() || camelId.match(last).hasMatch();
}

QString propose(const QList<XdmField>& candidates, const QString& drafted)
{
    const auto has = [&candidates](const QString& path) {
        return std::any_of(candidates.begin(), candidates.end(),
                           [&path](const XdmField& field) { return field.path == path; });
    };
    if (!drafted.isEmpty() && has(drafted))
        return drafted;
    if (has(QLatin1String(kDefaultIdentity)))
        return QLatin1String(kDefaultIdentity);
    for (const XdmField& field : candidates) {
        if (field.format == QLatin1String("email"))
            return field.path;
    }
    return {};
}

Choices choices(const SchemaTree& tree, const QString& current, bool userChose, const QString& drafted,
                const QString& draftedNamespace)
{
    Choices result;
    const QList<XdmField> leaves = XdmFields::leaves(tree.json());
    for (const XdmField& field : leaves) {
        if (canBeIdentity(field))
            result.fields << field;
    }
    const QString proposal = propose(result.fields, drafted);
    std::stable_partition(result.fields.begin(), result.fields.end(),
                          [&proposal](const XdmField& field) { return field.path == proposal; });
    const bool known = std::any_of(result.fields.begin(), result.fields.end(),
                                   [&current](const XdmField& field) { return field.path == current; });
    if (userChose)
        result.selected = known ? current : QString();
    else
        result.selected = known ? current : proposal;
    for (const XdmField& field : std::as_const(result.fields)) {
        if (field.path == result.selected)
            result.namespaces = namespacesFor(field);
    }
    if (!result.selected.isEmpty() && result.selected == drafted && !draftedNamespace.trimmed().isEmpty()) {
        result.namespaces.removeAll(draftedNamespace.trimmed());
        result.namespaces.prepend(draftedNamespace.trimmed());
    }
    return result;
}

} // namespace IdentityRules
