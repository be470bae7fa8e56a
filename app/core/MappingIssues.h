// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DataflowDraft.h"

#include <QCoreApplication>
#include <QList>

/** One problem of the mapping as the Mapping page lists it: the rows it involves and a message naming the rule. */
struct MappingIssue
{
    QString code; ///< the validator's code ("mapping.duplicateDestination"...)
    DraftProblem::Severity severity = DraftProblem::Severity::Error;
    QList<int> rows; ///< the rows involved (0-based, ascending); empty for the mapping as a whole
    QString detail; ///< the problem alone, for the rule's own status cell
    QString message; ///< the problem with the rule named: "Email → personalEmail.address: ..."
    QString field; ///< the validator's path: "mapping[2].expression", "mapping[2].destination", "mapping"

    bool isError() const { return severity == DraftProblem::Severity::Error; }
    /** The row to show for this problem, or -1. */
    int firstRow() const { return rows.isEmpty() ? -1 : rows.first(); }
};

/** Turns the validator's problems (one per "mapping[i]" path) into what the Mapping page shows. */
class MappingIssues
{
    Q_DECLARE_TR_FUNCTIONS(MappingIssues)
public:
    /**
     * The problems of @p rules, in the order of @p problems (errors first stays errors first): a destination filled
     * by several rules becomes one issue involving all of them; every other problem keeps its one row.
     */
    static QList<MappingIssue> describe(const QList<DraftProblem>& problems, const QList<MappingRule>& rules);
    /** How a message names a rule: "Email → personalEmail.address", the column or expression and the field. */
    static QString ruleName(const MappingRule& rule, int row);
    /** The rule index of a problem's field ("mapping[3].source" -> 3), or -1 for the mapping as a whole. */
    static int ruleIndex(const QString& field);
    /** The first issue (errors come first) about the source (@p source) or the field of the rule at @p row. */
    static const MappingIssue* onPart(const QList<MappingIssue>& issues, int row, bool source);
};
