// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/MappingMarks.h"

#include "model/ExpressionParser.h"

#include <QSet>

MappingMarks MappingMarks::compute(const QList<MappingRule>& rules, const QList<MappingIssue>& issues,
                                   const QList<AutoMap::Suggestion>& suggestions, const QList<XdmField>& leaves,
                                   const QString& identityPath)
{
    MappingMarks marks;
    // The columns each rule reads: its column, or every column its calculated field names.
    QList<QStringList>& read = marks.read;
    read.resize(rules.size());
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const MappingRule& rule = rules.at(i);
        if (rule.isExpression())
            read[i] = ExpressionParser::check(rule.expression, {}, false).columns;
        else if (!rule.source.isEmpty())
            read[i] = QStringList{rule.source};
        for (const QString& column : std::as_const(read[i]))
            ++marks.columns[column].rules;
        if (!rule.destination.isEmpty())
            ++marks.fields[rule.destination].rules;
    }
    for (const MappingIssue& issue : issues) {
        const int severity = issue.isError() ? 2 : 1;
        for (int row : issue.rows) {
            if (row < 0 || row >= rules.size())
                continue;
            for (const QString& column : std::as_const(read[row])) {
                Mark& mark = marks.columns[column];
                mark.severity = std::max(mark.severity, severity);
            }
            if (!rules.at(row).destination.isEmpty()) {
                Mark& mark = marks.fields[rules.at(row).destination];
                mark.severity = std::max(mark.severity, severity);
            }
        }
        ++marks.problems;
    }
    for (const AutoMap::Suggestion& suggestion : suggestions) {
        marks.columns[suggestion.column].suggested = true;
        marks.fields[suggestion.destination].suggested = true;
    }
    for (const XdmField& leaf : leaves) {
        const bool mapped = marks.fields.value(leaf.path).rules > 0;
        marks.mappedFields += mapped ? 1 : 0;
        if (leaf.required && !mapped)
            ++marks.requiredLeft;
        if (leaf.path == identityPath) {
            ++marks.identityFields;
            marks.identityMapped += mapped ? 1 : 0;
        }
        // A required field left empty is an error of that field, even without a rule; an empty identity a warning.
        const int empty = mapped ? 0 : leaf.required ? 2 : leaf.path == identityPath ? 1 : 0;
        if (empty > 0)
            marks.fields[leaf.path].severity = std::max(marks.fields[leaf.path].severity, empty);
    }
    return marks;
}

QString MappingMarks::mappedText() const
{
    return tr("%n field(s) mapped", nullptr, mappedFields);
}

QString MappingMarks::requiredText() const
{
    return tr("%n required field(s) left", nullptr, requiredLeft);
}

QString MappingMarks::identityText() const
{
    if (identityFields == 0)
        return tr("no identity field");
    return identityMapped == identityFields ? tr("identity mapped") : tr("identity not mapped");
}

QString MappingMarks::problemsText() const
{
    return problems == 0 ? tr("no problem") : tr("%n problem(s)", nullptr, problems);
}
