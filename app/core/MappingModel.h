// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/XdmFields.h"
#include "model/DataflowDraft.h"

#include <QAbstractTableModel>
#include <QJsonArray>

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
    /** Data role of the status column: 0 fine, 1 warning, 2 error. */
    static constexpr int SeverityRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

    void setContext(const QJsonArray& columns, const QJsonObject& schemaTree, const DataflowDraft& draft);
    void setRules(const QList<MappingRule>& rules);
    const QList<MappingRule>& rules() const { return m_rules; }
    /** Adds an empty column rule (or an expression rule) and returns its row. */
    int addRule(bool expression = false);
    /** Rules added by the automatic mapping; returns how many. */
    int autoMap();

    /** Every problem of the mapping (rules and required fields), errors first. */
    const QList<DraftProblem>& problems() const { return m_problems; }
    bool hasErrors() const;
    QStringList columnNames() const;
    const QList<XdmField>& targetFields() const { return m_leaves; }
    /** The primary identity path of the schema being created (empty for an existing schema). */
    QString identityPath() const { return m_identityPath; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

Q_SIGNALS:
    void problemsChanged();

private:
    void revalidate();
    QList<DraftProblem> problemsOfRow(int row) const;

    QJsonArray m_columns;
    QJsonObject m_schemaTree;
    QList<XdmField> m_leaves;
    QString m_identityPath;
    DataflowDraft m_draft;
    QList<MappingRule> m_rules;
    QList<DraftProblem> m_problems;
};
