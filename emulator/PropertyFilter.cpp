// SPDX-License-Identifier: GPL-3.0-or-later
#include "PropertyFilter.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <optional>

namespace {

QString scalarText(const QJsonValue& value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isDouble()) {
        return QString::number(value.toDouble(), 'g', 17);
    }
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    return {};
}

int order(double a, double b)
{
    return a < b ? -1 : (a > b ? 1 : 0);
}

/**
 * Numbers as numbers when both sides are numbers, else as text. @p number is @p wanted read as a number once, at
 * parse(): converting both sides at every item made a listing of 500 runs cost more than making them.
 */
int compare(const QJsonValue& value, const QString& wanted, const std::optional<double>& number)
{
    if (number && value.isDouble()) {
        return order(value.toDouble(), *number);
    }
    const QString text = scalarText(value);
    if (number) {
        bool valueNumeric = false;
        const double valueNumber = text.toDouble(&valueNumeric);
        if (valueNumeric) {
            return order(valueNumber, *number);
        }
    }
    return text.compare(wanted);
}

} // namespace

bool PropertyFilter::parse(const QString& expression, PropertyFilter* filter, QString* error)
{
    static const QRegularExpression pattern(QStringLiteral("^([A-Za-z0-9_:@\\.\\[\\]$-]+)(==|!=|<=|>=|<|>|~)(.*)$"));
    static const QRegularExpression bare(QStringLiteral("^[A-Za-z0-9_:@\\.\\[\\]$-]+$"));
    const QRegularExpressionMatch match = pattern.match(expression);
    QString path;
    if (match.hasMatch()) {
        path = match.captured(1);
        filter->m_op = match.captured(2);
        const QString raw = match.captured(3);
        if (raw.isEmpty()) {
            *error = QStringLiteral("The filter %1 has no value.").arg(expression);
            return false;
        }
        filter->m_values = filter->m_op == QLatin1String("~") ? QStringList{raw} : raw.split(QLatin1Char(','));
        for (QString& value : filter->m_values) {
            value = value.trimmed();
            if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"'))) {
                value = value.mid(1, value.size() - 2);
            }
        }
    } else if (bare.match(expression).hasMatch()) {
        path = expression;
        filter->m_op = QStringLiteral("exists");
    } else {
        *error = QStringLiteral("The filter %1 is not valid.").arg(expression);
        return false;
    }
    filter->m_numbers.clear();
    for (const QString& value : std::as_const(filter->m_values)) {
        bool numeric = false;
        const double number = value.toDouble(&numeric);
        filter->m_numbers.append(numeric ? std::optional<double>(number) : std::nullopt);
    }
    filter->m_path.clear();
    for (QString part : path.split(QLatin1Char('.'))) {
        if (part.endsWith(QLatin1String("[]"))) {
            part.chop(2);
        }
        if (part.isEmpty()) {
            *error = QStringLiteral("The filter %1 has an empty path segment.").arg(expression);
            return false;
        }
        filter->m_path.append(part);
    }
    return true;
}

QList<QJsonValue> PropertyFilter::valuesAt(const QJsonValue& root, const QStringList& path)
{
    QList<QJsonValue> current{root};
    for (const QString& key : path) {
        QList<QJsonValue> next;
        for (const QJsonValue& node : current) {
            if (node.isArray()) {
                for (const QJsonValue& element : node.toArray()) {
                    if (element.isObject() && element.toObject().contains(key)) {
                        next.append(element.toObject().value(key));
                    }
                }
            } else if (node.isObject() && node.toObject().contains(key)) {
                next.append(node.toObject().value(key));
            }
        }
        current = next;
    }
    QList<QJsonValue> flat;
    for (const QJsonValue& value : current) {
        if (value.isArray()) {
            for (const QJsonValue& element : value.toArray()) {
                flat.append(element);
            }
        } else {
            flat.append(value);
        }
    }
    return flat;
}

bool PropertyFilter::matches(const QJsonObject& item) const
{
    const QList<QJsonValue> values = valuesAt(item, m_path);
    if (m_op == QLatin1String("exists")) {
        return !values.isEmpty();
    }
    if (m_op == QLatin1String("!=")) {
        for (const QJsonValue& value : values) {
            for (qsizetype i = 0; i < m_values.size(); ++i) {
                if (compare(value, m_values.at(i), m_numbers.at(i)) == 0) {
                    return false;
                }
            }
        }
        return true;
    }
    for (const QJsonValue& value : values) {
        for (qsizetype i = 0; i < m_values.size(); ++i) {
            const QString& wanted = m_values.at(i);
            if (m_op == QLatin1String("~")) {
                if (QRegularExpression(wanted).match(scalarText(value)).hasMatch()) {
                    return true;
                }
                continue;
            }
            const int sign = compare(value, wanted, m_numbers.at(i));
            if ((m_op == QLatin1String("==") && sign == 0) || (m_op == QLatin1String("<") && sign < 0)
                || (m_op == QLatin1String(">") && sign > 0) || (m_op == QLatin1String("<=") && sign <= 0)
                || (m_op == QLatin1String(">=") && sign >= 0)) {
                return true;
            }
        }
    }
    return false;
}

bool PropertyFilter::matchesAll(const QList<PropertyFilter>& filters, const QJsonObject& item)
{
    for (const PropertyFilter& filter : filters) {
        if (!filter.matches(item)) {
            return false;
        }
    }
    return true;
}
