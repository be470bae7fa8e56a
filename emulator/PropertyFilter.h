// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/** One `property=` filter (path op values): ==, != (comma = OR), <, >, <=, >=, ~ (regex), bare name = exists. */
class PropertyFilter
{
public:
    static bool parse(const QString& expression, PropertyFilter* filter, QString* error);
    /** All filters must match (repeated property= parameters are ANDed). */
    static bool matchesAll(const QList<PropertyFilter>& filters, const QJsonObject& item);
    bool matches(const QJsonObject& item) const;
    /** Every value at a dotted path; arrays (with or without a [] suffix) fan out to their elements. */
    static QList<QJsonValue> valuesAt(const QJsonValue& root, const QStringList& path);

private:
    QStringList m_path;
    QString m_op;
    QStringList m_values;
    QList<std::optional<double>> m_numbers; ///< each value read as a number, when it is one
};
