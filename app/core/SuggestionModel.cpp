// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SuggestionModel.h"

#include <QSet>

void SuggestionModel::refresh(const AutoMap::Matcher& matcher, const QList<AutoMap::SourceColumn>& columns,
                              const QList<MappingRule>& rules)
{
    setSuggestions(matcher.suggest(columns, rules, m_rejected));
}

void SuggestionModel::setSuggestions(const QList<AutoMap::Suggestion>& suggestions)
{
    beginResetModel();
    m_suggestions = suggestions;
    endResetModel();
}

void SuggestionModel::dropTaken(const QList<MappingRule>& rules)
{
    QSet<QString> read;
    QSet<QString> written;
    for (const MappingRule& rule : rules) {
        read.insert(rule.source);
        written.insert(rule.destination);
    }
    for (int row = int(m_suggestions.size()) - 1; row >= 0; --row) {
        const AutoMap::Suggestion& suggestion = m_suggestions.at(row);
        if (read.contains(suggestion.column) || written.contains(suggestion.destination)) {
            beginRemoveRows({}, row, row);
            m_suggestions.removeAt(row);
            endRemoveRows();
        }
    }
}

MappingRule SuggestionModel::take(int row)
{
    if (row < 0 || row >= m_suggestions.size())
        return {};
    beginRemoveRows({}, row, row);
    const MappingRule rule = m_suggestions.takeAt(row).rule();
    endRemoveRows();
    return rule;
}

QList<MappingRule> SuggestionModel::takeScoring(int threshold)
{
    QList<MappingRule> rules;
    QList<AutoMap::Suggestion> kept;
    for (const AutoMap::Suggestion& suggestion : std::as_const(m_suggestions)) {
        if (suggestion.score >= threshold)
            rules << suggestion.rule();
        else
            kept << suggestion;
    }
    if (!rules.isEmpty())
        setSuggestions(kept);
    return rules;
}

void SuggestionModel::reject(int row)
{
    if (row < 0 || row >= m_suggestions.size())
        return;
    beginRemoveRows({}, row, row);
    m_rejected << m_suggestions.takeAt(row);
    endRemoveRows();
}

void SuggestionModel::clear()
{
    m_rejected.clear();
    setSuggestions({});
}

int SuggestionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_suggestions.size());
}

int SuggestionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SuggestionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AutoMap::Suggestion& suggestion = m_suggestions.at(index.row());
    if (role == ScoreRole)
        return suggestion.score;
    if (role == Qt::ToolTipRole)
        return tr("Suggested, score %1: %2").arg(suggestion.score).arg(suggestion.why());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SourceColumn:
        return suggestion.column;
    case FieldColumn:
        return suggestion.destination;
    case ScoreColumn:
        return suggestion.score;
    case ReasonColumn:
        return suggestion.why();
    default:
        return {};
    }
}

QVariant SuggestionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SourceColumn:
        return tr("Source column");
    case FieldColumn:
        return tr("Field");
    case ScoreColumn:
        return tr("Score");
    case ReasonColumn:
        return tr("Why");
    default:
        return {};
    }
}
