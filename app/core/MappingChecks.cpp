// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/MappingChecks.h"

#include "model/ExpressionParser.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

using TypeCompatibility::Kind;
using TypeCompatibility::Verdict;

namespace {

QString rulePath(qsizetype row, const char* part)
{
    return QStringLiteral("mapping[%1].%2").arg(row).arg(QLatin1String(part));
}

QStringList columnNames(const QJsonArray& columns)
{
    QStringList names;
    for (const QJsonValue& column : columns)
        names << column.toObject().value(QLatin1String("name")).toString();
    return names;
}

QString codeOf(ExpressionError::Kind kind)
{
    switch (kind) {
    case ExpressionError::Kind::UnknownFunction:
        return QStringLiteral("expression.unknownFunction");
    case ExpressionError::Kind::ArgumentCount:
        return QStringLiteral("expression.argumentCount");
    case ExpressionError::Kind::UnknownColumn:
        return QStringLiteral("expression.unknownColumn");
    case ExpressionError::Kind::TooLong:
        return QStringLiteral("expression.tooLong");
    case ExpressionError::Kind::Empty:
    case ExpressionError::Kind::Syntax:
        break;
    }
    return QStringLiteral("expression.syntax");
}

} // namespace

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
    QList<DraftProblem> problems;
    const QStringList names = columnNames(columns);
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const MappingRule& rule = rules.at(i);
        if (!rule.isExpression())
            continue;
        const ExpressionCheck check = ExpressionParser::check(rule.expression, names, !names.isEmpty());
        for (const ExpressionError& error : check.errors) {
            // DraftValidator already counts the characters (mapping.expressionTooLong).
            if (error.kind == ExpressionError::Kind::TooLong)
                continue;
            problems << DraftProblem{codeOf(error.kind), rulePath(i, "expression"), error.message,
                                     DraftProblem::Severity::Error};
        }
    }
    return problems;
}

QString MappingChecks::kindText(Kind kind)
{
    switch (kind) {
    case Kind::String:
        return tr("text");
    case Kind::Integer:
        return tr("whole numbers");
    case Kind::Number:
        return tr("numbers");
    case Kind::Boolean:
        return tr("true/false values");
    case Kind::Date:
        return tr("dates");
    case Kind::DateTime:
        return tr("dates and times");
    case Kind::Array:
        return tr("lists");
    case Kind::Object:
        return tr("objects");
    case Kind::Unknown:
        break;
    }
    return {};
}

QList<DraftProblem> MappingChecks::checkTypes(const QList<MappingRule>& rules, const QJsonArray& columns,
                                              const QList<XdmField>& fields)
{
    QHash<QString, Kind> columnKinds;
    for (const QJsonValue& column : columns)
        columnKinds.insert(column.toObject().value(QLatin1String("name")).toString(),
                           TypeCompatibility::ofColumn(column.toObject()));
    QHash<QString, Kind> fieldKinds;
    for (const XdmField& field : fields) {
        if (!field.isObject)
            fieldKinds.insert(field.path, TypeCompatibility::kindOf(field.type, field.format));
    }
    QList<DraftProblem> problems;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const MappingRule& rule = rules.at(i);
        if (!fieldKinds.contains(rule.destination))
            continue;
        const Kind to = fieldKinds.value(rule.destination);
        Kind from = Kind::Unknown;
        QString source;
        if (rule.isExpression()) {
            const ExpressionCheck check = ExpressionParser::check(rule.expression, {}, false);
            if (!check.ok())
                continue; // said by checkExpressions
            if (check.resultType == QLatin1String("column") && check.columns.size() == 1) {
                source = check.columns.first();
                from = columnKinds.value(source, Kind::Unknown);
            } else {
                from = TypeCompatibility::kindOf(check.resultType);
            }
        } else {
            source = rule.source;
            from = columnKinds.value(source, Kind::Unknown);
        }
        const Verdict verdict = TypeCompatibility::verdict(from, to);
        if (verdict == Verdict::Fits)
            continue;
        const QString field = rule.isExpression() ? rulePath(i, "expression") : rulePath(i, "source");
        //: %1 a column ("Is_Contact") or "This calculated field", %2 a kind of values ("true/false values").
        const QString holds = source.isEmpty() ? tr("This calculated field gives %1").arg(kindText(from))
                                               : tr("\"%1\" holds %2").arg(source, kindText(from));
        if (verdict == Verdict::Never) {
            problems << DraftProblem{QStringLiteral("mapping.typeMismatch"), field,
                                     //: %1 "Is_Contact holds true/false values", %2 the field, %3 its kind of values.
                                     tr("%1 but %2 takes %3: choose a column of that kind, or another field.")
                                         .arg(holds, rule.destination, kindText(to)),
                                     DraftProblem::Severity::Error};
        } else if (verdict == Verdict::NeedsFormat) {
            const QString example
                = QStringLiteral("date(%1, \"%2\")")
                      .arg(source.isEmpty() ? rule.expression : ExpressionParser::columnReference(source),
                           to == Kind::Date ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            problems << DraftProblem{QStringLiteral("mapping.needsDateFormat"), field,
                                     tr("%1 but %2 takes %3: say how the text writes them with a calculated field "
                                        "such as %4.")
                                         .arg(holds, rule.destination, kindText(to), example),
                                     DraftProblem::Severity::Warning};
        } else {
            problems << DraftProblem{QStringLiteral("mapping.typeMayFail"), field,
                                     tr("%1 but %2 takes %3: rows whose value does not convert will fail. Check the "
                                        "values, or choose another column.")
                                         .arg(holds, rule.destination, kindText(to)),
                                     DraftProblem::Severity::Warning};
        }
    }
    return problems;
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
