// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/MappingModel.h"

#include "core/AutoMap.h"
#include "core/MappingChecks.h"
#include "model/DraftValidator.h"

#include <QJsonObject>
#include <algorithm>

void MappingModel::setContext(const QJsonArray& columns, const QJsonObject& schemaTree, const DataflowDraft& draft)
{
    beginResetModel();
    m_columns = columns;
    m_schemaTree = schemaTree;
    m_fields = XdmFields::flatten(schemaTree);
    m_leaves = FieldChoices::mappable(m_fields);
    m_matcher.reset();
    m_draft = draft;
    m_identityPath = draft.schema.create && draft.schema.create->primaryIdentity
        ? draft.schema.create->primaryIdentity->path
        : QString();
    endResetModel();
    revalidate();
}

void MappingModel::setRules(const QList<MappingRule>& rules)
{
    beginResetModel();
    m_rules = rules;
    endResetModel();
    revalidate();
    Q_EMIT rulesEdited({EditKind::SetRules, 0, -1, int(m_rules.size())});
}

int MappingModel::addRule(bool expression)
{
    const int row = int(m_rules.size());
    beginInsertRows({}, row, row);
    MappingRule rule;
    if (expression)
        rule.expression = QStringLiteral("\"\"");
    m_rules << rule;
    endInsertRows();
    revalidate();
    Q_EMIT rulesEdited({EditKind::AddRule, row, -1, 1});
    return row;
}

int MappingModel::autoMap()
{
    const QStringList names = columnNames();
    QList<MappingRule> accepted;
    for (const AutoMap::Suggestion& suggestion : matcher().suggest(sourceColumns(), m_rules)) {
        if (suggestion.score >= AutoMap::kAcceptThreshold)
            accepted << suggestion.rule();
    }
    // In the table's order, as the rules were always added.
    std::stable_sort(accepted.begin(), accepted.end(), [&names](const MappingRule& a, const MappingRule& b) {
        return names.indexOf(a.source) < names.indexOf(b.source);
    });
    const int row = int(m_rules.size());
    const int added = appendRules(accepted);
    if (added > 0)
        Q_EMIT rulesEdited({EditKind::AutoMap, row, -1, added});
    return added;
}

int MappingModel::addRules(const QList<MappingRule>& rules)
{
    const int row = int(m_rules.size());
    const int added = appendRules(rules);
    if (added > 0)
        Q_EMIT rulesEdited({EditKind::AddRules, row, -1, added});
    return added;
}

int MappingModel::appendRules(const QList<MappingRule>& rules)
{
    if (rules.isEmpty())
        return 0;
    beginInsertRows({}, int(m_rules.size()), int(m_rules.size() + rules.size() - 1));
    m_rules << rules;
    endInsertRows();
    revalidate();
    return int(rules.size());
}

QList<AutoMap::SourceColumn> MappingModel::sourceColumns() const
{
    QList<AutoMap::SourceColumn> result;
    for (const QJsonValue& column : m_columns) {
        const QJsonObject object = column.toObject();
        result << AutoMap::SourceColumn{object.value(QLatin1String("name")).toString(),
                                        object.value(QLatin1String("type")).toString()};
    }
    return result;
}

const AutoMap::Matcher& MappingModel::matcher() const
{
    if (!m_matcher)
        m_matcher = std::make_shared<const AutoMap::Matcher>(m_leaves);
    return *m_matcher;
}

QStringList MappingModel::columnNames() const
{
    QStringList names;
    for (const QJsonValue& column : m_columns)
        names << column.toObject().value(QLatin1String("name")).toString();
    return names;
}

bool MappingModel::hasErrors() const
{
    return DraftProblem::hasErrors(m_problems);
}

void MappingModel::revalidate()
{
    DataflowDraft draft = m_draft;
    draft.mapping = m_rules;
    QList<DraftProblem> problems = DraftValidator::checkMapping(m_rules);
    if (!m_schemaTree.isEmpty())
        problems << DraftValidator::checkAgainstSchema(draft, m_schemaTree);
    if (!m_columns.isEmpty()) {
        // The delta column is the schedule page's business; check only the rules' columns here.
        draft.dataflow.deltaColumn.reset();
        problems << DraftValidator::checkAgainstTable(draft, m_columns);
    }
    if (!m_identityPath.isEmpty()) {
        bool filled = false;
        for (const MappingRule& rule : std::as_const(m_rules))
            filled = filled || rule.destination == m_identityPath;
        if (!filled)
            problems << DraftProblem{
                QStringLiteral("mapping.identityUnmapped"), QStringLiteral("mapping"),
                tr("Nothing fills the primary identity %1: map a column to it.").arg(m_identityPath),
                DraftProblem::Severity::Warning};
    }
    // Calculated fields, types, required fields, the identity's namespace: what the page checks before Data Prep.
    problems << MappingChecks::check(draft, m_columns, m_fields);
    std::stable_sort(problems.begin(), problems.end(),
                     [](const DraftProblem& a, const DraftProblem& b) { return a.isError() && !b.isError(); });
    m_problems = problems;
    m_issues = MappingIssues::describe(m_problems, m_rules);
    if (!m_rules.isEmpty())
        Q_EMIT dataChanged(index(0, StatusColumn), index(int(m_rules.size()) - 1, StatusColumn));
    Q_EMIT problemsChanged();
}

QList<MappingIssue> MappingModel::issuesOfRow(int row) const
{
    QList<MappingIssue> found;
    for (const MappingIssue& issue : m_issues) {
        if (issue.rows.contains(row))
            found << issue;
    }
    return found;
}

QList<FieldChoice> MappingModel::fieldChoices(int row) const
{
    return FieldChoices::offered(m_fields, m_rules, row, m_identityPath);
}

int MappingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int MappingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString withProblem(const QString& tip, const QString& problem)
{
    return problem.isEmpty() ? tip : tip + QLatin1Char('\n') + problem;
}

} // namespace

QVariant MappingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MappingRule& rule = m_rules.at(index.row());
    if (role == IsExpressionRole)
        return rule.isExpression();
    if ((role == SeverityRole || role == ProblemRole) && index.column() != StatusColumn) {
        // The cell a problem is about (the source or the field): its severity and message.
        const MappingIssue* issue = MappingIssues::onPart(m_issues, index.row(), index.column() == SourceColumn);
        if (!issue)
            return role == SeverityRole ? QVariant(0) : QVariant();
        return role == ProblemRole ? QVariant(issue->detail) : QVariant(issue->isError() ? 2 : 1);
    }
    switch (index.column()) {
    case SourceColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return rule.isExpression() ? rule.expression : rule.source;
        if (role == Qt::ToolTipRole)
            return withProblem(rule.isExpression() ? tr("Calculated field: %1").arg(rule.expression) : rule.source,
                               data(index, ProblemRole).toString());
        break;
    case DestinationColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole) {
            if (role == Qt::DisplayRole && rule.destination == m_identityPath && !m_identityPath.isEmpty())
                return tr("%1 (primary identity)").arg(rule.destination);
            return rule.destination;
        }
        if (role == Qt::ToolTipRole)
            return withProblem(rule.destination, data(index, ProblemRole).toString());
        break;
    case StatusColumn: {
        const QList<MappingIssue> problems = issuesOfRow(index.row());
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            QStringList messages;
            for (const MappingIssue& problem : problems)
                messages << problem.detail;
            return messages.isEmpty() ? tr("OK") : messages.join(QLatin1Char(' '));
        }
        if (role == SeverityRole)
            return problems.isEmpty() ? 0 : (problems.first().isError() ? 2 : 1);
        break;
    }
    default:
        break;
    }
    return {};
}

bool MappingModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    MappingRule& rule = m_rules[index.row()];
    const QString text = value.toString().trimmed();
    if (index.column() == SourceColumn) {
        // A known column stays a column; anything else is a calculated field.
        if (columnNames().contains(text) || text.isEmpty()) {
            rule.source = text;
            rule.expression.clear();
        } else {
            rule.expression = text;
            rule.source.clear();
        }
    } else if (index.column() == DestinationColumn) {
        rule.destination = text;
    } else {
        return false;
    }
    Q_EMIT dataChanged(index, index);
    revalidate();
    Q_EMIT rulesEdited({EditKind::Cell, index.row(), index.column(), 1});
    return true;
}

Qt::ItemFlags MappingModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != StatusColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant MappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SourceColumn:
        return tr("Source column or calculated field");
    case DestinationColumn:
        return tr("Schema field");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

bool MappingModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rules.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rules.remove(row, count);
    endRemoveRows();
    revalidate();
    Q_EMIT rulesEdited({EditKind::RemoveRows, row, -1, count});
    return true;
}

int MappingModel::mapColumn(const QString& column, const QString& path)
{
    const QList<int> filling = rowsFilling(path);
    int row = filling.isEmpty() ? -1 : filling.first();
    if (row < 0) {
        for (int candidate : rowsReading(column)) {
            if (m_rules.at(candidate).destination.isEmpty()) {
                row = candidate;
                break;
            }
        }
    }
    if (row < 0) {
        addRules({MappingRule{column, QString(), path}});
        return int(m_rules.size()) - 1;
    }
    const MappingRule wanted{column, QString(), path};
    if (m_rules.at(row) != wanted) {
        m_rules[row] = wanted;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        revalidate();
        Q_EMIT rulesEdited({EditKind::Cell, row, SourceColumn, 1});
    }
    return row;
}

QList<int> MappingModel::rowsFilling(const QString& path) const
{
    QList<int> rows;
    for (int row = 0; row < m_rules.size(); ++row) {
        if (!path.isEmpty() && m_rules.at(row).destination == path)
            rows << row;
    }
    return rows;
}

QList<int> MappingModel::rowsReading(const QString& column) const
{
    QList<int> rows;
    for (int row = 0; row < m_rules.size(); ++row) {
        if (!column.isEmpty() && !m_rules.at(row).isExpression() && m_rules.at(row).source == column)
            rows << row;
    }
    return rows;
}

int MappingModel::removeRules(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.removeIf([this](int row) { return row < 0 || row >= m_rules.size(); });
    if (rows.size() == 1)
        return removeRows(rows.first(), 1) ? 1 : 0;
    if (rows.isEmpty())
        return 0;
    beginResetModel();
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        m_rules.removeAt(*it);
    endResetModel();
    revalidate();
    Q_EMIT rulesEdited({EditKind::RemoveRows, rows.first(), -1, int(rows.size())});
    return int(rows.size());
}
