// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Expression.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

/** A mapping set compiled against a schema's leaf fields and a source's columns: maps, converts and checks rows. */
class MappingPlan
{
public:
    /** Per-mapping problems (empty string = fine), in mapping order; false when any mapping is invalid. */
    bool compile(const QJsonArray& mappings, const QHash<QString, QJsonObject>& leaves, QStringList* problems);
    /** Source columns (row order); call after compile and before apply. */
    void bind(const QStringList& columns);
    void setRequired(const QStringList& destinations);
    /** Maps one row to destination values (typed as the schema wants); false with a reason when it does not fit. */
    bool apply(const QList<QJsonValue>& row, QList<QJsonValue>* values, QString* error) const;
    /** The nested XDM record for values produced by apply(); null values are left out. */
    QJsonObject nested(const QList<QJsonValue>& values) const;
    QStringList destinations() const;

    /** The destination's XDM type, resolved once when compiled (apply() then needs no JSON lookups). */
    enum class Type { String, DateTime, Date, Integral, Number, Boolean, Array, Object, Other };
    struct Check
    {
        Type type = Type::Other;
        QString typeName;
        bool email = false;
        QJsonArray allowed;
        bool hasMinimum = false;
        bool hasMaximum = false;
        double minimum = 0;
        double maximum = 0;
    };

private:
    struct Entry
    {
        QString destination;
        QStringList destinationPath;
        QString source;
        bool expression = false;
        bool required = false;
        int column = -1;
        Expression parsed;
        QJsonObject field;
        Check check;
    };
    std::vector<Entry> m_entries;
    QStringList m_required;
    QString m_unmappedRequired;
};
