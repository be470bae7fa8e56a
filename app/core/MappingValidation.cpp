// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/MappingValidation.h"

#include "core/MappingModel.h"
#include "services/DataPrepService.h"

#include <QTimer>

int MappingVerdict::errorCount() const
{
    int count = 0;
    for (const MappingIssue& issue : issues)
        count += issue.isError() ? 1 : 0;
    return count;
}

int MappingVerdict::warningCount() const
{
    return int(issues.size()) - errorCount();
}

QString MappingVerdict::summary() const
{
    const int errors = errorCount();
    const int warnings = warningCount();
    QString local;
    if (errors == 0 && warnings == 0)
        local = tr("Every check passed.");
    else
        //: The explicit Validate of the mapping: %1 errors, %2 warnings.
        local = tr("Errors: %1, warnings: %2.").arg(errors).arg(warnings);
    switch (platform) {
    case PlatformCheck::Accepted:
        return errors == 0 ? tr("The mapping is valid: every check passed and the Platform accepts it.")
                           : local + QLatin1Char(' ') + tr("The Platform accepts the rules it was sent.");
    case PlatformCheck::Refused: {
        int refused = 0;
        for (const MappingIssue& issue : issues)
            refused += issue.code == QLatin1String("platform.refused") ? 1 : 0;
        //: %1 rules refused by Data Prep, %2 rules sent to it.
        return local + QLatin1Char(' ') + tr("The Platform refuses %1 of the %2 rules.").arg(refused).arg(rulesSent);
    }
    case PlatformCheck::Failed:
        return local + QLatin1Char(' ')
            + tr("The Platform could not check the mapping: %1").arg(platformError.userMessage);
    case PlatformCheck::NotAsked:
        break;
    }
    return local + QLatin1Char(' ') + tr("The Platform was not asked (offline, or the schema does not exist yet).");
}

QStringList MappingVerdict::messages() const
{
    QStringList list;
    for (const MappingIssue& issue : issues)
        list << issue.message;
    return list;
}

MappingValidation::~MappingValidation()
{
    cancel();
}

QString MappingValidation::platformSchemaId(const DataflowDraft& draft)
{
    return draft.schema.create ? QString() : draft.schema.id;
}

QList<MappingRule> MappingValidation::completeRules(const QList<MappingRule>& rules, QList<int>* rows)
{
    QList<MappingRule> complete;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const MappingRule& rule = rules.at(i);
        const bool hasSource = rule.isExpression() ? !rule.expression.trimmed().isEmpty() : !rule.source.isEmpty();
        if (!hasSource || rule.destination.trimmed().isEmpty())
            continue;
        complete << rule;
        if (rows)
            *rows << int(i);
    }
    return complete;
}

void MappingValidation::start(const MappingModel& model, PlatformClient* client, const DataflowDraft& draft)
{
    cancel();
    MappingVerdict base;
    base.issues = model.issues();
    const QString schemaId = platformSchemaId(draft);
    QList<int> rows;
    const QList<MappingRule> rules = completeRules(model.rules(), &rows);
    if (!client || schemaId.isEmpty() || rules.isEmpty()) {
        // Still later, like the Platform's answer: callers connect to finished() after start().
        m_running = true;
        QTimer::singleShot(0, this, [this, generation = m_generation, base] {
            if (generation == m_generation)
                finishWith(base);
        });
        return;
    }
    base.rulesSent = int(rules.size());
    const QList<MappingRule> all = model.rules();
    auto* job = DataPrepService(client).validate(schemaId, rules);
    m_job = job;
    m_running = true;
    job->onFinished(this, [this, job, base, rows, all](const TypedJob<QList<MappingCheck>>& done) {
        MappingVerdict verdict = base;
        if (m_job.data() != job)
            return;
        m_job = nullptr;
        if (!done.ok()) {
            if (done.error().kind == PlatformError::Kind::Cancelled) {
                m_running = false;
                return;
            }
            verdict.platform = MappingVerdict::PlatformCheck::Failed;
            verdict.platformError = done.error();
            finishWith(verdict);
            return;
        }
        verdict.platform = MappingVerdict::PlatformCheck::Accepted;
        QList<MappingIssue> refused;
        for (qsizetype i = 0; i < done.value().size() && i < rows.size(); ++i) {
            const MappingCheck& check = done.value().at(i);
            if (check.ok)
                continue;
            verdict.platform = MappingVerdict::PlatformCheck::Refused;
            const int row = rows.at(i);
            const QString detail = check.errors.isEmpty()
                ? MappingVerdict::tr("The Platform refuses this rule.")
                : MappingVerdict::tr("The Platform refuses this rule: %1").arg(check.errors.join(QLatin1Char(' ')));
            MappingIssue issue;
            issue.code = QStringLiteral("platform.refused");
            issue.severity = DraftProblem::Severity::Error;
            issue.rows = {row};
            issue.detail = detail;
            //: A problem of one rule: %1 the rule ("Email → personalEmail.address"), %2 the problem.
            issue.message = MappingVerdict::tr("%1: %2").arg(MappingIssues::ruleName(all.value(row), row), detail);
            issue.field = QStringLiteral("mapping[%1]").arg(row);
            refused << issue;
        }
        // Errors first, as the local list: the Platform's refusals go after the local errors, before the warnings.
        qsizetype at = 0;
        while (at < verdict.issues.size() && verdict.issues.at(at).isError())
            ++at;
        for (const MappingIssue& issue : std::as_const(refused))
            verdict.issues.insert(at++, issue);
        finishWith(verdict);
    });
}

void MappingValidation::cancel()
{
    ++m_generation; // a verdict waiting for the event loop is abandoned too
    m_running = false;
    if (ServiceJob* running = m_job) {
        m_job = nullptr;
        running->abort();
    }
}

void MappingValidation::finishWith(MappingVerdict verdict)
{
    m_running = false;
    m_verdict = std::move(verdict);
    Q_EMIT finished(m_verdict);
}
