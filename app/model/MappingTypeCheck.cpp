// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/MappingTypeCheck.h"

#include "model/ExpressionParser.h"

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

void collectKinds(const QJsonObject& node, const QString& prefix, QHash<QString, Kind>& kinds)
{
    const QJsonObject properties = node.value(QLatin1String("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        const QJsonObject child = it.value().toObject();
        const QJsonObject children = child.value(QLatin1String("properties")).toObject();
        const QString xdmType = child.value(QLatin1String("meta:xdmType")).toString();
        const QString type = xdmType.isEmpty() ? child.value(QLatin1String("type")).toString() : xdmType;
        if (children.isEmpty() && type != QLatin1String("object"))
            kinds.insert(path, TypeCompatibility::kindOf(type, child.value(QLatin1String("format")).toString()));
        else
            collectKinds(child, path, kinds);
    }
}

} // namespace

QList<DraftProblem> MappingTypeCheck::checkExpressions(const QList<MappingRule>& rules, const QJsonArray& columns)
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

QHash<QString, Kind> MappingTypeCheck::fieldKinds(const QJsonObject& xedFullSchema)
{
    QHash<QString, Kind> kinds;
    collectKinds(xedFullSchema, {}, kinds);
    return kinds;
}

QString MappingTypeCheck::kindText(Kind kind)
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

QList<DraftProblem> MappingTypeCheck::checkTypes(const QList<MappingRule>& rules, const QJsonArray& columns,
                                                 const QHash<QString, Kind>& fieldKinds)
{
    QHash<QString, Kind> columnKinds;
    for (const QJsonValue& column : columns)
        columnKinds.insert(column.toObject().value(QLatin1String("name")).toString(),
                           TypeCompatibility::ofColumn(column.toObject()));
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
