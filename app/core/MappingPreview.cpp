// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/MappingPreview.h"

#include "core/DateFormats.h"
#include "core/WizardState.h"
#include "core/XdmFields.h"
#include "model/ExpressionEvaluator.h"
#include "model/ExpressionParser.h"

#include <QLocale>

#include <memory>
#include <vector>

namespace {

enum class Type { String, DateTime, Date, Integral, Number, Boolean, Array, Object, Other };

Type typeOf(const QString& t)
{
    if (t == QLatin1String("string"))
        return Type::String;
    if (t == QLatin1String("date-time"))
        return Type::DateTime;
    if (t == QLatin1String("date"))
        return Type::Date;
    if (t == QLatin1String("int") || t == QLatin1String("long") || t == QLatin1String("short")
        || t == QLatin1String("byte") || t == QLatin1String("integer"))
        return Type::Integral;
    if (t == QLatin1String("number") || t == QLatin1String("double"))
        return Type::Number;
    if (t == QLatin1String("boolean"))
        return Type::Boolean;
    if (t == QLatin1String("array"))
        return Type::Array;
    return t == QLatin1String("object") || t == QLatin1String("map") ? Type::Object : Type::Other;
}

/** The definition of the field at @p path in an expanded tree, or an empty object. */
QJsonObject definition(const QJsonObject& tree, const QString& path)
{
    QJsonObject node = tree;
    for (const QString& part : path.split(QLatin1Char('.')))
        node = node.value(QLatin1String("properties")).toObject().value(part).toObject();
    return node;
}

bool isEmail(const QString& s)
{
    const qsizetype at = s.indexOf(QLatin1Char('@'));
    if (at < 1 || s.indexOf(QLatin1Char('@'), at + 1) >= 0)
        return false;
    for (const QChar c : s) {
        if (c == QLatin1Char(' ') || (c.unicode() >= 0x09 && c.unicode() <= 0x0d))
            return false;
    }
    const qsizetype dot = s.indexOf(QLatin1Char('.'), at + 2);
    return s.size() - at - 1 >= 3 && dot >= 0 && dot <= s.size() - 2;
}

/** Converts a non-empty value to the field's type as the run does; sets @p error when it does not fit. */
QJsonValue convert(const QJsonValue& value, const QJsonObject& field, const QString& typeName, QString* error)
{
    const QString textValue = ExpressionEvaluator::text(value);
    switch (typeOf(typeName)) {
    case Type::String: {
        if (!value.isString() && !value.isDouble() && !value.isBool()) {
            *error = MappingPreview::tr("expected a string");
            return {};
        }
        if (field.value(QLatin1String("format")).toString() == QLatin1String("email") && !isEmail(textValue)) {
            *error = MappingPreview::tr("'%1' is not a valid email address").arg(textValue);
            return {};
        }
        const QJsonArray allowed = field.value(QLatin1String("enum")).toArray();
        if (!allowed.isEmpty() && !allowed.contains(textValue)) {
            *error = MappingPreview::tr("'%1' is not one of the allowed values").arg(textValue);
            return {};
        }
        return textValue;
    }
    case Type::DateTime:
    case Type::Date: {
        const std::optional<qint64> ms = value.isDouble() ? std::optional<qint64>(qint64(value.toDouble()))
                                                          : ExpressionEvaluator::parseDateTime(textValue);
        if (!ms) {
            *error = MappingPreview::tr("'%1' is not a valid %2").arg(textValue, typeName);
            return {};
        }
        const QString iso = ExpressionEvaluator::isoDateTime(*ms);
        return typeOf(typeName) == Type::Date ? iso.left(10) : iso;
    }
    case Type::Integral:
    case Type::Number: {
        bool ok = value.isDouble();
        double d = value.toDouble();
        if (!ok && value.isString())
            d = textValue.trimmed().toDouble(&ok);
        const bool integral = d >= -9.2e18 && d <= 9.2e18 && d == double(qint64(d));
        if (!ok || (typeOf(typeName) == Type::Integral && !integral)) {
            *error = MappingPreview::tr("'%1' is not a valid %2")
                         .arg(value.isString() ? textValue : MappingPreview::tr("value"), typeName);
            return {};
        }
        if ((field.contains(QLatin1String("minimum")) && d < field.value(QLatin1String("minimum")).toDouble())
            || (field.contains(QLatin1String("maximum")) && d > field.value(QLatin1String("maximum")).toDouble())) {
            *error = MappingPreview::tr("%1 is out of range").arg(d);
            return {};
        }
        return d;
    }
    case Type::Boolean:
        if (value.isBool())
            return value;
        if (textValue == QLatin1String("true") || textValue == QLatin1String("false"))
            return textValue == QLatin1String("true");
        *error = MappingPreview::tr("expected a boolean");
        return {};
    case Type::Array:
    case Type::Object:
        if ((typeOf(typeName) == Type::Array && !value.isArray())
            || (typeOf(typeName) == Type::Object && !value.isObject())) {
            *error = MappingPreview::tr("expected %1").arg(typeName);
            return {};
        }
        return value;
    case Type::Other:
        break;
    }
    return value;
}

void insertPath(QJsonObject& object, const QStringList& path, int index, const QJsonValue& value)
{
    if (index == path.size() - 1) {
        object.insert(path.at(index), value);
        return;
    }
    QJsonObject child = object.value(path.at(index)).toObject();
    insertPath(child, path, index + 1, value);
    object.insert(path.at(index), child);
}

QJsonValue valueAt(const QJsonObject& record, const QString& path)
{
    QJsonValue value = record;
    for (const QString& part : path.split(QLatin1Char('.')))
        value = value.toObject().value(part);
    return value;
}

/** One rule, read once for every row. */
struct Compiled
{
    MappingRule rule;
    QStringList path;
    QJsonObject field;
    QString type;
    bool required = false;
    std::unique_ptr<ExpressionEvaluator> expression;
    std::optional<QString> deltaFormat; ///< a date field filled straight from the delta column: its format
};

} // namespace

MappingPreview::Input MappingPreview::Input::fromState(const WizardState& state,
                                                       const std::optional<QList<MappingRule>>& rules)
{
    const DataflowDraft& draft = state.draft();
    Input input;
    input.columns = state.columns();
    input.rows = state.previewRows();
    input.rules = rules.value_or(draft.mapping);
    input.schemaTree = state.schemaTree();
    if (draft.schema.create && draft.schema.create->primaryIdentity)
        input.identityPath = draft.schema.create->primaryIdentity->path;
    input.partialIngestionPercent = draft.dataflow.partialIngestionPercent;
    input.deltaColumn = draft.dataflow.deltaColumn;
    return input;
}

MappingPreview::Result MappingPreview::run(const Input& input)
{
    Result result;
    result.identityPath = input.identityPath;
    QStringList requiredLeaves;
    for (const XdmField& field : XdmFields::flatten(input.schemaTree)) {
        result.types.insert(field.path, field.type);
        if (field.required && !field.isObject)
            requiredLeaves << field.path;
    }
    std::vector<Compiled> compiled;
    QStringList mapped;
    for (const MappingRule& rule : input.rules) {
        if (rule.destination.isEmpty() || (!rule.isExpression() && rule.source.isEmpty()))
            continue;
        Compiled entry;
        entry.rule = rule;
        entry.path = rule.destination.split(QLatin1Char('.'));
        entry.field = definition(input.schemaTree, rule.destination);
        entry.type = result.types.value(rule.destination);
        entry.required = rule.destination == input.identityPath
            || (requiredLeaves.contains(rule.destination) && entry.path.size() == 1);
        const Type type = typeOf(entry.type);
        if (!rule.isExpression() && input.deltaColumn && input.deltaColumn->name == rule.source
            && !input.deltaColumn->dateFormat.isEmpty() && (type == Type::Date || type == Type::DateTime))
            entry.deltaFormat = input.deltaColumn->dateFormat;
        if (rule.isExpression())
            entry.expression = std::make_unique<ExpressionEvaluator>(rule.expression);
        mapped << rule.destination;
        compiled.push_back(std::move(entry));
    }
    QStringList unmappedRequired;
    if (!input.identityPath.isEmpty() && !mapped.contains(input.identityPath))
        unmappedRequired << input.identityPath;

    for (qsizetype i = 0; i < input.rows.size(); ++i) {
        const QJsonObject source = input.rows.at(i).toObject();
        Row row;
        row.index = int(i);
        for (const Compiled& entry : compiled) {
            QString failure;
            QJsonValue value;
            if (entry.expression) {
                const ExpressionValue evaluated = entry.expression->evaluate(source);
                if (evaluated.outcome == ExpressionValue::Outcome::ComputedByPlatform) {
                    row.computedByPlatform << entry.rule.destination;
                    continue;
                }
                if (!entry.expression->isValid())
                    failure = tr("the expression is not valid: %1").arg(evaluated.message);
                else if (evaluated.outcome == ExpressionValue::Outcome::Error)
                    failure = evaluated.message;
                value = evaluated.value;
            } else {
                value = source.value(entry.rule.source);
            }
            const QString sourceText = ExpressionEvaluator::text(value);
            if (failure.isEmpty() && !ExpressionEvaluator::isNull(value))
                value = convert(value, entry.field, entry.type, &failure);
            else if (failure.isEmpty() && entry.required)
                failure = tr("the required field is empty");
            if (!failure.isEmpty() && entry.deltaFormat
                && DateFormats::matches(*entry.deltaFormat, sourceText).value_or(false))
                failure += tr(" (the delta column's format %1 only finds the changed rows: map date(%2, \"%1\") "
                              "to read it)")
                               .arg(*entry.deltaFormat, ExpressionParser::columnReference(entry.rule.source));
            if (!failure.isEmpty())
                row.reasons << QStringLiteral("%1: %2").arg(entry.rule.destination, failure);
            else if (!ExpressionEvaluator::isNull(value))
                insertPath(row.record, entry.path, 0, value);
        }
        for (const QString& required : std::as_const(unmappedRequired))
            row.reasons << QStringLiteral("%1: %2").arg(required, tr("the required field is not mapped"));
        for (const QString& required : std::as_const(requiredLeaves)) {
            // A required field inside a group counts once the group is filled at all (top-level ones always).
            const QString parent = required.section(QLatin1Char('.'), 0, -2);
            if (!parent.isEmpty() && valueAt(row.record, parent).isObject()
                && valueAt(row.record, required).isUndefined() && !mapped.contains(required))
                row.reasons << QStringLiteral("%1: %2").arg(required, tr("the required field is empty"));
        }
        if (!input.identityPath.isEmpty())
            row.identity = ExpressionEvaluator::text(valueAt(row.record, input.identityPath));
        if (!row.ok())
            ++result.failed;
        result.rows << row;
    }
    result.total = int(result.rows.size());
    result.failedPercent = result.total > 0 ? 100.0 * result.failed / result.total : 0;
    result.threshold = input.partialIngestionPercent;
    result.exceedsThreshold = result.failedPercent > input.partialIngestionPercent.value_or(0);
    result.summary = summary(result.failed, result.total, result.threshold);
    return result;
}

QString MappingPreview::summary(int failed, int total, const std::optional<double>& threshold)
{
    if (total == 0)
        return tr("No sample rows to preview.");
    if (!threshold)
        return tr("%1 of %n sample row(s) would fail; without partial ingestion, one failed row fails the run.",
                  nullptr, total)
            .arg(failed);
    return tr("%1 of %n sample row(s) would fail; the threshold is %2%.", nullptr, total)
        .arg(failed)
        .arg(QLocale().toString(*threshold, 'f', QLocale::FloatingPointShortest));
}
