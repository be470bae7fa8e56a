// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/MappingChecks.h"

#include "model/MappingTypeCheck.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

using TypeCompatibility::Kind;

QList<DraftProblem> MappingChecks::check(const DataflowDraft& draft, const QJsonArray& columns,
                                         const QList<XdmField>& fields)
{
    QList<DraftProblem> problems = checkExpressions(draft.mapping, columns);
    if (!columns.isEmpty() && !fields.isEmpty())
        problems << checkTypes(draft.mapping, columns, fields);
    const QString identity = draft.schema.create && draft.schema.create->primaryIdentity
        ? draft.schema.create->primaryIdentity->path
        : QString();
    problems << checkRequired(draft.mapping, fields, identity);
    problems << checkIdentity(draft);
    return problems;
}

QList<DraftProblem> MappingChecks::checkExpressions(const QList<MappingRule>& rules, const QJsonArray& columns)
{
    return MappingTypeCheck::checkExpressions(rules, columns);
}

QString MappingChecks::kindText(Kind kind)
{
    return MappingTypeCheck::kindText(kind);
}

QList<DraftProblem> MappingChecks::checkTypes(const QList<MappingRule>& rules, const QJsonArray& columns,
                                              const QList<XdmField>& fields)
{
    QHash<QString, Kind> fieldKinds;
    for (const XdmField& field : fields) {
        if (!field.isObject)
            fieldKinds.insert(field.path, TypeCompatibility::kindOf(field.type, field.format));
    }
    return MappingTypeCheck::checkTypes(rules, columns, fieldKinds);
}

QList<DraftProblem> MappingChecks::checkRequired(const QList<MappingRule>& rules, const QList<XdmField>& fields,
                                                 const QString& skip)
{
    QSet<QString> filled;
    QSet<QString> present; // every group some rule writes into
    for (const MappingRule& rule : rules) {
        if (rule.destination.isEmpty())
            continue;
        filled.insert(rule.destination);
        QString path = rule.destination;
        for (qsizetype dot = path.lastIndexOf(QLatin1Char('.')); dot > 0; dot = path.lastIndexOf(QLatin1Char('.'))) {
            path.truncate(dot);
            present.insert(path);
        }
    }
    QHash<QString, bool> requiredByPath;
    for (const XdmField& field : fields)
        requiredByPath.insert(field.path, field.required);
    QList<DraftProblem> problems;
    for (const XdmField& field : fields) {
        if (!field.required || field.isObject || filled.contains(field.path) || field.path == skip)
            continue;
        // Every optional group around it must exist (be written into) for the field to be needed.
        bool needed = true;
        QString path = field.path;
        for (qsizetype dot = path.lastIndexOf(QLatin1Char('.')); dot > 0 && needed;
             dot = path.lastIndexOf(QLatin1Char('.'))) {
            path.truncate(dot);
            needed = requiredByPath.value(path) || present.contains(path);
        }
        if (needed)
            problems << DraftProblem{QStringLiteral("mapping.requiredUnmapped"), QStringLiteral("mapping"),
                                     tr("Nothing fills the required field %1: rows without it will be rejected. Map "
                                        "a column to it.")
                                         .arg(field.path),
                                     DraftProblem::Severity::Warning};
    }
    return problems;
}

QList<DraftProblem> MappingChecks::checkIdentity(const DataflowDraft& draft)
{
    QList<DraftProblem> problems;
    if (draft.schema.create && draft.schema.create->primaryIdentity
        && draft.schema.create->primaryIdentity->namespaceCode.trimmed().isEmpty())
        problems << DraftProblem{QStringLiteral("mapping.identityNoNamespace"),
                                 QStringLiteral("schema.create.primaryIdentity.namespace"),
                                 tr("The primary identity %1 has no identity namespace: go back to the Schema page "
                                    "and choose one, e.g. Email for an e-mail address.")
                                     .arg(draft.schema.create->primaryIdentity->path),
                                 DraftProblem::Severity::Error};
    return problems;
}

QString MappingChecks::advice(const QString& code)
{
    if (code == QLatin1String("mapping.unknownDestination"))
        return tr("The schema may have changed since this rule was made: choose one of its fields, or remove the "
                  "rule.");
    if (code == QLatin1String("mapping.unknownColumn"))
        return tr("Choose one of the table's columns, or remove the rule.");
    return {};
}
