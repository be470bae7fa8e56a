// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AutoMap.h"
#include "core/ModelTexts.h"

#include <QAbstractTableModel>

/**
 * The auto-map's suggestions waiting for the user: column, field, score and why, one row each, highest score first.
 * They are not rules: accepting one hands its rule to the MappingModel like a user's edit; rejecting one keeps it
 * out of later suggestions. A suggestion whose column or field a rule takes meanwhile goes away.
 */
class SuggestionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SourceColumn, FieldColumn, ScoreColumn, ReasonColumn, ColumnCount };
    static constexpr int ScoreRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    /** Suggestions again for @p columns against @p matcher's fields, leaving alone what @p rules use. */
    void refresh(const AutoMap::Matcher& matcher, const QList<AutoMap::SourceColumn>& columns,
                 const QList<MappingRule>& rules);
    void setSuggestions(const QList<AutoMap::Suggestion>& suggestions);
    const QList<AutoMap::Suggestion>& suggestions() const { return m_suggestions; }
    const QList<AutoMap::Suggestion>& rejected() const { return m_rejected; }
    /** Removes the suggestions that @p rules now contradict (their column is read or their field written). */
    void dropTaken(const QList<MappingRule>& rules);
    /** Removes the suggestion at @p row and returns its rule (to be added by the caller). */
    MappingRule take(int row);
    /** Removes the suggestions scoring @p threshold or more and returns their rules, in the rows' order. */
    QList<MappingRule> takeScoring(int threshold);
    /** Removes the suggestion at @p row and keeps it out of later refreshes. */
    void reject(int row);
    /** Forgets every suggestion (the rejected ones too): a new table or schema, an imported mapping. */
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool event(QEvent* event) override
    {
        ModelTexts::refreshOnLanguageChange(this, event);
        return QAbstractTableModel::event(event);
    }

private:
    QList<AutoMap::Suggestion> m_suggestions;
    QList<AutoMap::Suggestion> m_rejected;
};
