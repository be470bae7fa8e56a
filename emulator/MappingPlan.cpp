// SPDX-License-Identifier: GPL-3.0-or-later
#include "MappingPlan.h"

#include "DateTimeText.h"

#include <algorithm>

namespace {

// QString::number(d, 'g', 15) without the general double formatting for the common integral case (ids).
QString numberText(double d)
{
    if (d != 0 && d > -1e15 && d < 1e15 && d == double(qint64(d))) {
        return QString::number(qint64(d));
    }
    return QString::number(d, 'g', 15);
}

bool asciiSpace(QChar c)
{
    return c == QLatin1Char(' ') || (c.unicode() >= 0x09 && c.unicode() <= 0x0d);
}

// Same language as ^[^@\s]+@[^@\s]+\.[^@\s]+$ without a regex match per record.
bool isEmail(const QString& s)
{
    const qsizetype at = s.indexOf(QLatin1Char('@'));
    if (at < 1 || s.indexOf(QLatin1Char('@'), at + 1) >= 0 || std::any_of(s.cbegin(), s.cend(), asciiSpace)) {
        return false;
    }
    const qsizetype domainLength = s.size() - at - 1;
    return domainLength >= 3 && s.indexOf(QLatin1Char('.'), at + 2) >= 0
        && s.indexOf(QLatin1Char('.'), at + 2) <= s.size() - 2;
}

MappingPlan::Check checkFor(const QJsonObject& field)
{
    MappingPlan::Check check;
    check.typeName
        = field.value(QStringLiteral("meta:xdmType")).toString(field.value(QStringLiteral("type")).toString());
    const QString& t = check.typeName;
    using Type = MappingPlan::Type;
    check.type = t == QLatin1String("string") ? Type::String
        : t == QLatin1String("date-time")     ? Type::DateTime
        : t == QLatin1String("date")          ? Type::Date
        : t == QLatin1String("int") || t == QLatin1String("long") || t == QLatin1String("short")
            || t == QLatin1String("byte") || t == QLatin1String("integer")
        ? Type::Integral
        : t == QLatin1String("number") || t == QLatin1String("double") ? Type::Number
        : t == QLatin1String("boolean")                                ? Type::Boolean
        : t == QLatin1String("array")                                  ? Type::Array
        : t == QLatin1String("object") || t == QLatin1String("map")    ? Type::Object
                                                                       : Type::Other;
    check.email = field.value(QStringLiteral("format")).toString() == QLatin1String("email");
    check.allowed = field.value(QStringLiteral("enum")).toArray();
    check.hasMinimum = field.contains(QStringLiteral("minimum"));
    check.hasMaximum = field.contains(QStringLiteral("maximum"));
    check.minimum = field.value(QStringLiteral("minimum")).toDouble();
    check.maximum = field.value(QStringLiteral("maximum")).toDouble();
    return check;
}

// Converts a non-empty mapped value to the destination's XDM type; an empty error means it fits.
// `textValue` is the value's text when it is a string (read once by the caller).
QJsonValue convert(const QJsonValue& value, const QString& textValue, const MappingPlan::Check& check, QString* error)
{
    using Type = MappingPlan::Type;
    switch (check.type) {
    case Type::String: {
        if (!value.isString() && !value.isDouble() && !value.isBool()) {
            *error = QStringLiteral("expected a string");
            return {};
        }
        if (!check.email && check.allowed.isEmpty()) {
            return value.isString() ? value
                : value.isDouble()  ? QJsonValue(numberText(value.toDouble()))
                                    : QJsonValue(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        }
        const QString s = value.isString() ? textValue
            : value.isDouble()             ? numberText(value.toDouble())
                                           : (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        if (check.email && !isEmail(s)) {
            *error = QStringLiteral("'%1' is not a valid email address").arg(s);
            return {};
        }
        if (!check.allowed.isEmpty() && !check.allowed.contains(s)) {
            *error = QStringLiteral("'%1' is not one of the allowed values").arg(s);
            return {};
        }
        return value.isString() ? value : QJsonValue(s);
    }
    case Type::DateTime:
    case Type::Date: {
        qint64 ms = 0;
        const bool ok
            = value.isDouble() ? (ms = qint64(value.toDouble()), true) : DateTimeText::parseAnyUtcMs(textValue, &ms);
        if (!ok) {
            *error = QStringLiteral("'%1' is not a valid %2").arg(textValue, check.typeName);
            return {};
        }
        return check.type == Type::Date ? DateTimeText::isoDate(ms) : DateTimeText::isoUtc(ms);
    }
    case Type::Integral:
    case Type::Number: {
        bool ok = value.isDouble();
        double d = value.toDouble();
        if (!ok && value.isString()) {
            d = textValue.trimmed().toDouble(&ok);
        }
        // The range test first: converting a double outside qint64 to qint64 is undefined behaviour.
        const bool integral = d >= -9.2e18 && d <= 9.2e18 && d == double(qint64(d));
        if (!ok || (check.type == Type::Integral && !integral)) {
            *error = QStringLiteral("'%1' is not a valid %2")
                         .arg(value.isString() ? textValue : QStringLiteral("value"), check.typeName);
            return {};
        }
        if ((check.hasMinimum && d < check.minimum) || (check.hasMaximum && d > check.maximum)) {
            *error = QStringLiteral("%1 is out of range").arg(d);
            return {};
        }
        return d;
    }
    case Type::Boolean:
        if (value.isBool()) {
            return value;
        }
        if (textValue == QLatin1String("true") || textValue == QLatin1String("false")) {
            return textValue == QLatin1String("true");
        }
        *error = QStringLiteral("expected a boolean");
        return {};
    case Type::Array:
    case Type::Object:
        if ((check.type == Type::Array && !value.isArray()) || (check.type == Type::Object && !value.isObject())) {
            *error = QStringLiteral("expected %1").arg(check.typeName);
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

} // namespace

bool MappingPlan::compile(const QJsonArray& mappings, const QHash<QString, QJsonObject>& leaves, QStringList* problems)
{
    m_entries.clear();
    bool ok = true;
    QStringList seen;
    for (const QJsonValue& item : mappings) {
        Entry entry;
        entry.destination = item[QStringLiteral("destination")].toString();
        entry.source = item[QStringLiteral("source")].toString();
        entry.expression = item[QStringLiteral("sourceType")].toString() == QLatin1String("text/x.aep-xl")
            || item[QStringLiteral("sourceType")].toString() == QLatin1String("EXPRESSION");
        entry.destinationPath = entry.destination.split(QLatin1Char('.'));
        entry.field = leaves.value(entry.destination);
        entry.check = checkFor(entry.field);
        entry.required = m_required.contains(entry.destination);
        QString problem;
        if (!leaves.contains(entry.destination)) {
            problem = QStringLiteral("The destination %1 is not a field of the schema.").arg(entry.destination);
        } else if (seen.contains(entry.destination)) {
            problem = QStringLiteral("The destination %1 is mapped more than once.").arg(entry.destination);
        } else if (entry.source.isEmpty()) {
            problem = QStringLiteral("The mapping to %1 has no source.").arg(entry.destination);
        } else if (entry.expression && !entry.parsed.parse(entry.source, &problem)) {
            problem = QStringLiteral("The expression '%1' is not valid: %2").arg(entry.source, problem);
        }
        seen.append(entry.destination);
        ok = ok && problem.isEmpty();
        problems->append(problem);
        m_entries.push_back(std::move(entry));
    }
    return ok;
}

void MappingPlan::bind(const QStringList& columns)
{
    for (Entry& entry : m_entries) {
        entry.column = int(columns.indexOf(entry.source));
        if (entry.expression) {
            entry.parsed.bind(columns);
        }
    }
}

void MappingPlan::setRequired(const QStringList& destinations)
{
    m_required = destinations;
    m_unmappedRequired.clear();
    for (Entry& entry : m_entries) {
        entry.required = m_required.contains(entry.destination);
    }
    for (const QString& required : m_required) {
        if (m_unmappedRequired.isEmpty() && std::none_of(m_entries.begin(), m_entries.end(), [&](const Entry& e) {
                return e.destination == required;
            })) {
            m_unmappedRequired = required;
        }
    }
}

bool MappingPlan::apply(const QList<QJsonValue>& row, QList<QJsonValue>* values, QString* error) const
{
    values->clear();
    values->reserve(qsizetype(m_entries.size()));
    for (const Entry& entry : m_entries) {
        QString failure;
        QJsonValue value = entry.expression ? entry.parsed.evaluate(row, &failure)
                                            : (entry.column >= 0 ? row.at(entry.column) : QJsonValue(QJsonValue::Null));
        const QString textValue = value.isString() ? value.toString() : QString();
        const bool empty = value.isNull() || value.isUndefined() || (value.isString() && textValue.isEmpty());
        if (failure.isEmpty() && !empty) {
            value = convert(value, textValue, entry.check, &failure);
        } else if (empty) {
            value = QJsonValue::Null;
            if (entry.required) {
                failure = QStringLiteral("the required field is empty");
            }
        }
        if (!failure.isEmpty()) {
            *error = QStringLiteral("%1: %2").arg(entry.destination, failure);
            return false;
        }
        values->append(std::move(value));
    }
    if (!m_unmappedRequired.isEmpty()) {
        *error = QStringLiteral("%1: the required field is not mapped").arg(m_unmappedRequired);
        return false;
    }
    return true;
}

QJsonObject MappingPlan::nested(const QList<QJsonValue>& values) const
{
    QJsonObject record;
    for (size_t i = 0; i < m_entries.size() && qsizetype(i) < values.size(); ++i) {
        if (!values.at(qsizetype(i)).isNull()) {
            insertPath(record, m_entries[i].destinationPath, 0, values.at(qsizetype(i)));
        }
    }
    return record;
}

QStringList MappingPlan::destinations() const
{
    QStringList list;
    for (const Entry& entry : m_entries) {
        list.append(entry.destination);
    }
    return list;
}
