// SPDX-License-Identifier: GPL-3.0-or-later
#include "PropertyFilter.h"

#include <QJsonArray>
#include <QRegularExpression>

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

int compare(const QJsonValue& value, const QString& wanted)
{
    bool numeric = false;
    const double number = wanted.toDouble(&numeric);
    const QString text = scalarText(value);
    bool valueNumeric = false;
    const double valueNumber = text.toDouble(&valueNumeric);
    if (numeric && valueNumeric) {
        return valueNumber < number ? -1 : (valueNumber > number ? 1 : 0);
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
            for (const QString& wanted : m_values) {
                if (compare(value, wanted) == 0) {
                    return false;
                }
            }
        }
        return true;
    }
    for (const QJsonValue& value : values) {
        for (const QString& wanted : m_values) {
            if (m_op == QLatin1String("~")) {
                if (QRegularExpression(wanted).match(scalarText(value)).hasMatch()) {
                    return true;
                }
                continue;
            }
            const int order = compare(value, wanted);
            if ((m_op == QLatin1String("==") && order == 0) || (m_op == QLatin1String("<") && order < 0)
                || (m_op == QLatin1String(">") && order > 0) || (m_op == QLatin1String("<=") && order <= 0)
                || (m_op == QLatin1String(">=") && order >= 0)) {
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
