// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AutoMap.h"
#include "core/MappingIssues.h"
#include "core/XdmFields.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

/** The data roles shared by the two panes of the visual mapping editor (SourceColumnsModel, SchemaFieldsModel). */
namespace MappingRoles {
enum : int {
    NameRole = 0x0110, ///< the column's name, or the field's dotted path (empty for nothing)
    SearchKeyRole, ///< folded text the search box matches (AutoMap::fold of the name, title, path)
    MappedRole, ///< bool: a rule reads this column, or fills this field
    RequiredRole, ///< bool: a required field (fields only)
    IdentityRole, ///< bool: the primary identity field (fields only)
    SuggestedRole, ///< bool: an auto-map suggestion waits for it
    SeverityRole, ///< int: 0 fine, 1 a warning, 2 an error, of the rules reading or filling it
    IsGroupRole, ///< bool: a group of fields, not mappable itself
    OrderRole, ///< int: position in document order (fields) or in the table (columns)
};
}

/**
 * What the two panes mark on each column and field, and the editor's counters, derived from the rules, their
 * problems and the waiting suggestions. Pure: no widgets, no Platform.
 */
struct MappingMarks
{
    Q_DECLARE_TR_FUNCTIONS(MappingMarks)
public:
    struct Mark
    {
        int rules = 0; ///< how many rules read the column / fill the field
        bool suggested = false;
        int severity = 0; ///< 0 fine, 1 warning, 2 error
        bool operator==(const Mark&) const = default;
    };
    QHash<QString, Mark> columns; ///< by column name (a calculated field marks every column it reads)
    QHash<QString, Mark> fields; ///< by dotted path
    QList<QStringList> read; ///< the columns each rule reads, by row (parsed once a change, for the lines too)

    int mappedFields = 0; ///< distinct schema fields a rule fills
    int requiredLeft = 0; ///< required fields no rule fills
    int identityFields = 0; ///< identity fields of the schema
    int identityMapped = 0; ///< of which a rule fills
    int problems = 0; ///< errors and warnings of the mapping

    static MappingMarks compute(const QList<MappingRule>& rules, const QList<MappingIssue>& issues,
                                const QList<AutoMap::Suggestion>& suggestions, const QList<XdmField>& leaves,
                                const QString& identityPath);

    Mark column(const QString& name) const { return columns.value(name); }
    Mark field(const QString& path) const { return fields.value(path); }

    /** The counters as the editor's line shows them, one text each (translated, plural forms). */
    QString mappedText() const;
    QString requiredText() const;
    QString identityText() const;
    QString problemsText() const;
};
