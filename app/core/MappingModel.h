// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AutoMap.h"
#include "core/FieldChoices.h"
#include "core/MappingIssues.h"
#include "core/ModelTexts.h"
#include "core/XdmFields.h"
#include "model/DataflowDraft.h"

#include <QAbstractTableModel>
#include <QJsonArray>

#include <memory>

/**
 * The mapping rules being edited: one row per rule (source column or expression -> XDM field), with each rule's
 * problems found by DraftValidator against the table's columns and the schema's fields.
 */
class MappingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SourceColumn, DestinationColumn, StatusColumn, ColumnCount };
    /** Data role: true when the row's source is an expression (a calculated field). */
    static constexpr int IsExpressionRole = Qt::UserRole + 1;
    /** Data role: 0 fine, 1 warning, 2 error; of the rule (status column) or of the cell (source, field). */
    static constexpr int SeverityRole = Qt::UserRole + 2;
    /** Data role of the source and field cells: the message of the first problem about that cell, if any. */
    static constexpr int ProblemRole = Qt::UserRole + 3;

    /** Which editing function changed the rules (MappingHistory words its undo step after it). */
    enum class EditKind { Cell, AddRule, AddRules, AutoMap, SetRules, RemoveRows };
    struct Edit
    {
        EditKind kind = EditKind::SetRules;
        int row = -1; ///< the first row edited, added or removed
        int column = -1; ///< for a cell: SourceColumn or DestinationColumn
        int count = 0; ///< rules added or removed (the rules' count after setRules)
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setContext(const QJsonArray& columns, const QJsonObject& schemaTree, const DataflowDraft& draft);
    void setRules(const QList<MappingRule>& rules);
    const QList<MappingRule>& rules() const { return m_rules; }
    /** Adds an empty column rule (or an expression rule) and returns its row. */
    int addRule(bool expression = false);
    /** Rules added by the automatic mapping (suggestions scoring AutoMap::kAcceptThreshold or more); how many. */
    int autoMap();
    /** Appends @p rules (accepted suggestions, as a user's edit would) and returns how many. */
    int addRules(const QList<MappingRule>& rules);
    /**
     * The visual editor's "map this column to this field": the rule filling @p path takes @p column as its source
     * (a calculated field there is replaced), else a rule of @p column without a field gets @p path, else a new
     * rule. Returns its row.
     */
    int mapColumn(const QString& column, const QString& path);
    /** The rows of the rules filling @p path, or reading the column @p column (as a column, not an expression). */
    QList<int> rowsFilling(const QString& path) const;
    QList<int> rowsReading(const QString& column) const;
    /** Removes the rules at @p rows (any order) in one change; how many. */
    int removeRules(QList<int> rows);
    /** The table's columns with their types, for the auto-map. */
    QList<AutoMap::SourceColumn> sourceColumns() const;
    /** The schema's fields prepared once for the auto-map (built on first use after setContext). */
    const AutoMap::Matcher& matcher() const;

    /** Every problem of the mapping (rules and required fields), errors first. */
    const QList<DraftProblem>& problems() const { return m_problems; }
    /** The problems as the page lists them: the rows each involves, messages naming the rule; errors first. */
    const QList<MappingIssue>& issues() const { return m_issues; }
    bool hasErrors() const;
    QStringList columnNames() const;
    /** Every field and group of the schema (XdmFields::flatten), in the schema's order. */
    const QList<XdmField>& allFields() const { return m_fields; }
    /** The fields a rule can fill (no group, no map such as identityMap), in the schema's order. */
    const QList<XdmField>& targetFields() const { return m_leaves; }
    /** What the destination picker of the rule at @p row offers (see FieldChoices::offered). */
    QList<FieldChoice> fieldChoices(int row) const;
    /** The primary identity path of the schema being created (empty for an existing schema). */
    QString identityPath() const { return m_identityPath; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /** On QEvent::LanguageChange: every header and cell again, in the language installed now. */
    bool event(QEvent* event) override
    {
        ModelTexts::refreshOnLanguageChange(this, event);
        return QAbstractTableModel::event(event);
    }
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

Q_SIGNALS:
    void problemsChanged();
    /**
     * After an editing function (setData, addRule, addRules, autoMap, setRules, removeRows) changed the rules, once
     * per call and after problemsChanged(); setContext() does not emit it. Direct connections only.
     */
    void rulesEdited(const MappingModel::Edit& edit);

private:
    int appendRules(const QList<MappingRule>& rules);
    void revalidate();
    QList<MappingIssue> issuesOfRow(int row) const;

    QJsonArray m_columns;
    QJsonObject m_schemaTree;
    QList<XdmField> m_fields;
    QList<XdmField> m_leaves;
    QString m_identityPath;
    DataflowDraft m_draft;
    QList<MappingRule> m_rules;
    QList<DraftProblem> m_problems;
    QList<MappingIssue> m_issues;
    mutable std::shared_ptr<const AutoMap::Matcher> m_matcher;
};
