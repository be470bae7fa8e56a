// SPDX-License-Identifier: GPL-3.0-or-later
#include "MappingPlan.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace {

bool empty(const QJsonValue& value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty());
}

QDateTime parseDateTime(const QString& text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        parsed = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (parsed.isValid()) {
            parsed.setTimeZone(QTimeZone::utc());
        }
    }
    return parsed;
}

// Converts a mapped value to the destination's XDM type; an empty error means it fits.
QJsonValue convert(const QJsonValue& value, const QJsonObject& field, QString* error)
{
    const QString xdmType
        = field.value(QStringLiteral("meta:xdmType")).toString(field.value(QStringLiteral("type")).toString());
    const QString textValue = value.isString() ? value.toString() : QString();
    if (xdmType == QLatin1String("string")) {
        const QString s = value.isString() ? textValue
            : value.isDouble()             ? QString::number(value.toDouble(), 'g', 15)
            : value.isBool()               ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                           : QString();
        if (!value.isString() && !value.isDouble() && !value.isBool()) {
            *error = QStringLiteral("expected a string");
            return {};
        }
        static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (field.value(QStringLiteral("format")).toString() == QLatin1String("email") && !email.match(s).hasMatch()) {
            *error = QStringLiteral("'%1' is not a valid email address").arg(s);
            return {};
        }
        const QJsonArray allowed = field.value(QStringLiteral("enum")).toArray();
        if (!allowed.isEmpty() && !allowed.contains(s)) {
            *error = QStringLiteral("'%1' is not one of the allowed values").arg(s);
            return {};
        }
        return s;
    }
    if (xdmType == QLatin1String("date-time") || xdmType == QLatin1String("date")) {
        const QDateTime parsed = value.isDouble()
            ? QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), QTimeZone::utc())
            : parseDateTime(textValue);
        if (!parsed.isValid()) {
            *error = QStringLiteral("'%1' is not a valid %2").arg(textValue, xdmType);
            return {};
        }
        return xdmType == QLatin1String("date")
            ? parsed.toUTC().toString(QStringLiteral("yyyy-MM-dd"))
            : parsed.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
    }
    if (xdmType == QLatin1String("int") || xdmType == QLatin1String("long") || xdmType == QLatin1String("short")
        || xdmType == QLatin1String("byte") || xdmType == QLatin1String("integer") || xdmType == QLatin1String("number")
        || xdmType == QLatin1String("double")) {
        bool ok = value.isDouble();
        double d = value.toDouble();
        if (!ok && value.isString()) {
            d = textValue.trimmed().toDouble(&ok);
        }
        const bool integral = xdmType != QLatin1String("number") && xdmType != QLatin1String("double");
        if (!ok || (integral && d != double(qint64(d)))) {
            *error = QStringLiteral("'%1' is not a valid %2")
                         .arg(value.isString() ? textValue : QStringLiteral("value"), xdmType);
            return {};
        }
        if ((field.contains(QStringLiteral("minimum")) && d < field.value(QStringLiteral("minimum")).toDouble())
            || (field.contains(QStringLiteral("maximum")) && d > field.value(QStringLiteral("maximum")).toDouble())) {
            *error = QStringLiteral("%1 is out of range").arg(d);
            return {};
        }
        return d;
    }
    if (xdmType == QLatin1String("boolean")) {
        if (value.isBool()) {
            return value;
        }
        if (textValue == QLatin1String("true") || textValue == QLatin1String("false")) {
            return textValue == QLatin1String("true");
        }
        *error = QStringLiteral("expected a boolean");
        return {};
    }
    if ((xdmType == QLatin1String("array") && !value.isArray())
        || ((xdmType == QLatin1String("object") || xdmType == QLatin1String("map")) && !value.isObject())) {
        *error = QStringLiteral("expected %1").arg(xdmType);
        return {};
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

bool MappingPlan::apply(const QList<QJsonValue>& row, QList<QJsonValue>* values, QString* error) const
{
    values->clear();
    values->reserve(qsizetype(m_entries.size()));
    for (const Entry& entry : m_entries) {
        QString failure;
        QJsonValue value = entry.expression ? entry.parsed.evaluate(row, &failure)
                                            : (entry.column >= 0 ? row.at(entry.column) : QJsonValue(QJsonValue::Null));
        if (failure.isEmpty() && !empty(value)) {
            value = convert(value, entry.field, &failure);
        } else if (empty(value)) {
            value = QJsonValue::Null;
            if (m_required.contains(entry.destination)) {
                failure = QStringLiteral("the required field is empty");
            }
        }
        if (!failure.isEmpty()) {
            *error = QStringLiteral("%1: %2").arg(entry.destination, failure);
            return false;
        }
        values->append(value);
    }
    for (const QString& required : m_required) {
        if (std::none_of(m_entries.begin(), m_entries.end(),
                         [&](const Entry& e) { return e.destination == required; })) {
            *error = QStringLiteral("%1: the required field is not mapped").arg(required);
            return false;
        }
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
