// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/MappingIssues.h"

#include "core/MappingChecks.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace {

QString sourceText(const MappingRule& rule)
{
    if (!rule.isExpression())
        return rule.source.trimmed();
    const QString expression = rule.expression.simplified();
    return expression.size() > 40 ? expression.left(39) + QChar(0x2026) : expression;
}

QString rowList(const QList<int>& rows)
{
    QStringList numbers;
    for (int row : rows)
        numbers << QString::number(row + 1);
    return QLocale().createSeparatedList(numbers);
}

} // namespace

int MappingIssues::ruleIndex(const QString& field)
{
    static const QRegularExpression re(QStringLiteral("^mapping\\[(\\d+)\\]"));
    const auto match = re.match(field);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString MappingIssues::ruleName(const MappingRule& rule, int row)
{
    const QString source = sourceText(rule);
    const QString destination = rule.destination.trimmed();
    if (source.isEmpty() && destination.isEmpty())
        //: A mapping rule with neither column nor field yet, by its row number.
        return tr("Row %1").arg(row + 1);
    if (destination.isEmpty())
        return source;
    if (source.isEmpty())
        return destination;
    //: A mapping rule: %1 the source column or expression, %2 the schema field it fills.
    return tr("%1 \u2192 %2").arg(source, destination);
}

QList<MappingIssue> MappingIssues::describe(const QList<DraftProblem>& problems, const QList<MappingRule>& rules)
{
    QList<MappingIssue> issues;
    QHash<QString, qsizetype> duplicateIssue; // destination -> index in issues
    for (const DraftProblem& problem : problems) {
        const int row = ruleIndex(problem.field);
        MappingIssue issue{problem.code, problem.severity, {}, problem.message, problem.message, problem.field};
        if (const QString advice = MappingChecks::advice(problem.code); !advice.isEmpty())
            issue.detail = issue.message = problem.message + QLatin1Char(' ') + advice;
        if (row < 0 || row >= rules.size()) {
            issues << issue;
            continue;
        }
        const MappingRule& rule = rules.at(row);
        if (problem.code == QLatin1String("mapping.duplicateDestination")) {
            // One issue for the field, on every rule that writes it: the one just edited is among them.
            const QString destination = rule.destination;
            if (duplicateIssue.contains(destination))
                continue;
            QStringList sources;
            for (int i = 0; i < rules.size(); ++i) {
                if (rules.at(i).destination != destination)
                    continue;
                issue.rows << i;
                const QString source = sourceText(rules.at(i));
                if (!source.isEmpty() && !sources.contains(source))
                    sources << source;
            }
            const int count = int(issue.rows.size());
            //: %1 rules (always two or more), the rows %2 ("3 and 10"), fill the same schema field.
            issue.detail = tr("%1 rules write this field (rows %2).").arg(count).arg(rowList(issue.rows));
            const QString name = sources.isEmpty()
                ? destination
                : tr("%1 \u2192 %2").arg(QLocale().createSeparatedList(sources), destination);
            //: %1 the rules' columns and field ("Email → personalEmail.address"), %2 the problem.
            issue.message = tr("%1: %2").arg(name, issue.detail);
            duplicateIssue.insert(destination, issues.size());
            issues << issue;
            continue;
        }
        issue.rows << row;
        issue.message = tr("%1: %2").arg(ruleName(rule, row), issue.detail);
        issues << issue;
    }
    return issues;
}

const MappingIssue* MappingIssues::onPart(const QList<MappingIssue>& issues, int row, bool source)
{
    for (const MappingIssue& issue : issues) {
        if (!issue.rows.contains(row))
            continue;
        const bool aboutSource
            = issue.field.endsWith(QLatin1String(".source")) || issue.field.endsWith(QLatin1String(".expression"));
        const bool aboutField = issue.field.endsWith(QLatin1String(".destination"));
        if (source ? aboutSource : aboutField)
            return &issue;
    }
    return nullptr;
}
