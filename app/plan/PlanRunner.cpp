// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/PlanRunner.h"

#include "base/Logging.h"
#include "model/DraftValidator.h"
#include "plan/DraftCheck.h"
#include "platform/PlatformClient.h"
#include "services/FlowsService.h"

#include <QJsonArray>

namespace {

PlatformError engineError(PlatformError::Kind kind, const QString& userMessage, const QString& detail = {})
{
    PlatformError error;
    error.kind = kind;
    error.userMessage = userMessage;
    error.detail = detail;
    return error;
}

/** A GET of a journalled object that says it is gone: 404, or an empty Flow Service "items". */
bool isGone(const PlatformCall* call)
{
    if (!call->ok())
        return call->error().kind == PlatformError::Kind::NotFound
            || call->error().code.contains(QLatin1String("1439"));
    const QJsonObject top = call->json().object();
    return top.contains(QLatin1String("items")) && top.value(QLatin1String("items")).toArray().isEmpty();
}

} // namespace

PlanRunner::PlanRunner(PlatformClient* client, const DataflowPlan& plan, QObject* parent)
    : QObject(parent), m_client(client), m_plan(plan), m_journalFolder(PlanJournal::defaultFolder())
{ }

PlanRunner::~PlanRunner()
{
    for (const QPointer<PlatformCall>& call : std::as_const(m_calls)) {
        if (call) {
            call->disconnect(this);
            call->abort();
        }
    }
}

QString PlanRunner::journalPath() const
{
    return PlanJournal(m_journalFolder, m_plan.draftKey()).filePath();
}

bool PlanRunner::begin(bool cleaning)
{
    m_running = true;
    m_cleaning = cleaning;
    m_error = {};
    m_failedStep.clear();
    m_outcomes.clear();
    m_lookups.clear();
    m_problems.clear();
    m_inFlight.clear();
    m_ahead.clear();
    m_aheadError = {};
    m_aheadFailedStep.clear();
    m_checksPassed = false;
    m_undoing = false;
    m_notUndone.clear();
    m_maxConcurrent = 0;
    m_values = m_plan.initialValues();
    m_journal = PlanJournal(m_journalFolder, m_plan.draftKey());
    QString why;
    if (!m_journal.load(&why)) {
        // finished() is never emitted from inside start() or cleanUp().
        QMetaObject::invokeMethod(
            this, [this, why] { fail(QString(), engineError(PlatformError::Kind::BadResponse, why)); },
            Qt::QueuedConnection);
        return false;
    }
    return true;
}

void PlanRunner::start()
{
    if (m_running)
        return;
    if (!begin(false))
        return;
    qCInfo(lcNet) << "plan" << m_plan.draftKey() << "journal" << m_journal.filePath() << "holds" << m_journal.steps();
    if (m_preflight) {
        preflight();
    } else {
        m_checksPassed = true;
        schedule();
    }
}

void PlanRunner::preflight()
{
    // Everything a read can tell, before the first write: the table, the schema, the dataset, the flow spec.
    auto* check = new DraftCheck(m_client, m_plan.draft(), this);
    // No start-in-the-past rule: the wizard checks the start on the Platform's clock, --apply offline, before.
    check->setNowSeconds(0);
    check->setKnownColumns(m_knownColumns);
    m_check = check;
    connect(check, &DraftCheck::finished, this, [this, check] {
        check->deleteLater();
        m_check = nullptr;
        m_problems = check->problems();
        if (!check->flowSpec().isEmpty())
            m_serverFlowSpec = check->flowSpec();
        QStringList messages;
        PlatformError error = engineError(PlatformError::Kind::Validation, {});
        for (const DraftProblem& problem : std::as_const(m_problems)) {
            if (!problem.isError())
                continue;
            messages << problem.toString() + QStringLiteral(" [") + problem.code + QLatin1Char(']');
            if (error.code.isEmpty())
                error.code = problem.code;
        }
        if (!messages.isEmpty()) {
            error.userMessage = messages.join(QLatin1Char('\n'));
            fail(QString(), error);
            return;
        }
        m_checksPassed = true;
        if (m_aheadError.isError()) {
            fail(m_aheadFailedStep, m_aheadError);
            return;
        }
        schedule();
    });
    check->start();
    startAhead();
}

void PlanRunner::startAhead()
{
    // One round trip less: the checks' answers and the schema's come back together. The schema is the only write
    // that goes ahead: it needs nothing, nothing refers to it until the checks pass, and it can be deleted at once.
    for (const PlanStep& step : m_plan.steps()) {
        if (step.kind != PlanStep::Kind::Schema || !step.needs.isEmpty() || m_journal.contains(step.id)
            || m_adopted.contains(step.id))
            continue;
        m_ahead << step.id;
        runStep(step);
    }
}

bool PlanRunner::undoAhead()
{
    if (m_checksPassed || m_cleaning)
        return false;
    QStringList made;
    for (const QString& id : std::as_const(m_ahead)) {
        if (m_outcomes.value(id) == Outcome::Created && m_journal.contains(id))
            made.prepend(id); // the last made first
    }
    m_ahead.clear();
    if (made.isEmpty())
        return false;
    qCInfo(lcNet) << "the checks did not pass; deleting what was made alongside them:" << made;
    m_cleaning = true;
    m_undoing = true;
    m_cleanQueue = made;
    QMetaObject::invokeMethod(this, &PlanRunner::cleanNext, Qt::QueuedConnection);
    return true;
}

QString PlanRunner::failedTitle() const
{
    if (const PlanStep* step = m_plan.step(m_failedStep))
        return step->title;
    if (!m_failedStep.isEmpty())
        return m_failedStep;
    return m_notUndone.isEmpty() ? tr("The checks before the first write (nothing was created)")
                                 : tr("The checks before the first write");
}

QString PlanRunner::retryText(int delayMs, const PlatformError& why)
{
    if (why.outcomeUnknown)
        return tr("The answer was lost; looking for what the Platform may have created before trying again");
    const int seconds = qMax(1, (delayMs + 999) / 1000);
    if (why.kind == PlatformError::Kind::RateLimited || why.kind == PlatformError::Kind::Server)
        return tr("The Platform is busy; trying again in %n s", nullptr, seconds);
    return tr("No answer from the Platform; trying again in %n s", nullptr, seconds);
}

bool PlanRunner::canDependOn(const QString& stepId) const
{
    return m_outcomes.contains(stepId);
}

void PlanRunner::schedule()
{
    if (m_check)
        return; // what builds on the steps made alongside the checks waits for them
    if (m_error.isError()) {
        finishIfIdle();
        return;
    }
    for (const PlanStep& step : m_plan.steps()) {
        if (m_outcomes.contains(step.id) || m_inFlight.contains(step.id))
            continue;
        bool ready = true;
        for (const QString& need : step.needs)
            ready = ready && canDependOn(need);
        if (ready)
            runStep(step);
        if (m_error.isError())
            break;
    }
    finishIfIdle();
}

void PlanRunner::runStep(const PlanStep& step)
{
    m_inFlight << step.id;
    m_maxConcurrent = qMax(m_maxConcurrent, int(m_inFlight.size()));
    Q_EMIT stepStarted(step.id);
    const QHash<QString, QString> adopted = m_adopted.take(step.id);
    if (!adopted.isEmpty() && (!m_journal.contains(step.id) || m_journal.values(step.id) != adopted)) {
        // Made for this plan outside the run (and newer than what the journal may hold): the plan's own from now on.
        for (auto it = adopted.begin(); it != adopted.end(); ++it)
            m_values.insert(it.key(), it.value());
        m_journal.record(step.id, adopted);
        if (saveJournal(step.id))
            complete(step, Outcome::Created);
        return;
    }
    if (!m_journal.contains(step.id)) {
        create(step);
        return;
    }
    // An object built on something this run had to create again refers to the old one: build it anew too.
    for (const QString& need : step.needs) {
        if (m_outcomes.value(need) == Outcome::Created) {
            qCWarning(lcNet) << "step" << step.id << "was journalled but" << need << "was recreated; creating it again";
            m_journal.forget(step.id);
            create(step);
            return;
        }
    }
    verify(step);
}

void PlanRunner::verify(const PlanStep& step)
{
    const QHash<QString, QString> journalled = m_journal.values(step.id);
    for (auto it = journalled.begin(); it != journalled.end(); ++it)
        m_values.insert(it.key(), it.value());
    const StepRequest request = m_plan.verifyRequest(step, m_values);
    if (request.isNull()) {
        complete(step, Outcome::Reused); // a tag: its schema was verified before
        return;
    }
    PlatformCall* call = send(request, step.id);
    connect(call, &PlatformCall::finished, this, [this, step](PlatformCall* done) {
        if (isGone(done)) {
            qCInfo(lcNet) << "journalled" << step.id << "no longer exists; creating it again";
            m_journal.forget(step.id);
            create(step);
            return;
        }
        if (!done->ok()) {
            fail(step.id, done->error());
            return;
        }
        complete(step, Outcome::Reused);
    });
}

void PlanRunner::create(const PlanStep& step)
{
    if (step.kind == PlanStep::Kind::FlowSpecLookup && !m_serverFlowSpec.isEmpty()) {
        // The checks read it already: the same answer, not a second request.
        QHash<QString, QString> produced;
        QString why;
        const QJsonDocument answer(QJsonObject{{QStringLiteral("items"), QJsonArray{m_serverFlowSpec}}});
        if (m_plan.readResult(step, answer, &produced, &why)) {
            for (auto it = produced.begin(); it != produced.end(); ++it)
                m_values.insert(it.key(), it.value());
            complete(step, Outcome::Done);
            return;
        }
    }
    if (step.kind == PlanStep::Kind::Flow && !m_serverFlowSpec.isEmpty()) {
        // The server's own flow spec has the last word on the schedule, the options and the delta column.
        // No start-in-the-past rule here (0): time passed since the checks before the first write.
        const QList<DraftProblem> problems
            = DraftValidator::checkAgainstFlowSpec(m_plan.draft(), FlowSpec(m_serverFlowSpec), 0);
        QStringList messages;
        for (const DraftProblem& problem : std::as_const(problems)) {
            if (problem.isError())
                messages << problem.toString();
        }
        if (!messages.isEmpty()) {
            PlatformError error = engineError(PlatformError::Kind::Validation, messages.join(QLatin1Char('\n')));
            error.code = problems.first().code;
            fail(step.id, error);
            return;
        }
    }
    StepRequest request = m_plan.createRequest(step, m_values);
    if (step.kind == PlanStep::Kind::BaseConnection && !m_accountSecrets.isEmpty()) {
        QJsonObject body = request.body.object();
        QJsonObject auth = body.value(QLatin1String("auth")).toObject();
        QJsonObject params = auth.value(QLatin1String("params")).toObject();
        for (auto it = m_accountSecrets.begin(); it != m_accountSecrets.end(); ++it)
            params.insert(it.key(), it.value());
        auth.insert(QStringLiteral("params"), params);
        body.insert(QStringLiteral("auth"), auth);
        request.body = QJsonDocument(body);
    }
    PlatformCall* call = send(request, step.id);
    connect(call, &PlatformCall::finished, this, [this, step](PlatformCall* done) {
        if (!done->ok() && done->error().outcomeUnknown) {
            recover(step, done->error());
            return;
        }
        if (!done->ok()) {
            fail(step.id, done->error());
            return;
        }
        QHash<QString, QString> produced;
        QString why;
        if (!m_plan.readResult(step, done->json(), &produced, &why)) {
            fail(step.id, PlatformError::badResponse(why, done->httpStatus()));
            return;
        }
        for (auto it = produced.begin(); it != produced.end(); ++it)
            m_values.insert(it.key(), it.value());
        if (step.kind == PlanStep::Kind::FlowSpecLookup) {
            PlatformError ignored; // readResult() above already refused a malformed answer
            m_serverFlowSpec = FlowsService::parseFlowSpec(done->json(), &ignored).json();
            complete(step, Outcome::Done);
            return;
        }
        if (step.createsObject || step.kind == PlanStep::Kind::ProfileTag) {
            m_journal.record(step.id, produced);
            if (!saveJournal(step.id))
                return;
        }
        complete(step, step.createsObject ? Outcome::Created : Outcome::Done);
    });
}

bool PlanRunner::saveJournal(const QString& stepId)
{
    QString why;
    if (m_journal.save(&why))
        return true;
    fail(stepId, engineError(PlatformError::Kind::BadResponse, why));
    return false;
}

void PlanRunner::complete(const PlanStep& step, Outcome outcome)
{
    m_inFlight.removeAll(step.id);
    m_outcomes.insert(step.id, outcome);
    Q_EMIT stepFinished(step.id, outcome);
    schedule();
}

void PlanRunner::fail(const QString& stepId, const PlatformError& error)
{
    m_inFlight.removeAll(stepId);
    if (m_check && m_ahead.contains(stepId)) {
        // The checks say better what is wrong with the draft: this failure is reported if they find nothing.
        if (!m_aheadError.isError()) {
            m_aheadError = error;
            m_aheadFailedStep = stepId;
        }
        return;
    }
    if (!m_error.isError()) {
        m_error = error;
        m_failedStep = stepId;
        qCInfo(lcNet).noquote() << "step" << stepId << "failed:" << error.toString();
        Q_EMIT failed(stepId, error);
    }
    finishIfIdle();
}

void PlanRunner::finishIfIdle()
{
    if (!m_running || !m_inFlight.isEmpty())
        return;
    if (!m_error.isError() && !m_cleaning && m_outcomes.size() < m_plan.steps().size())
        return;
    if (m_error.isError() && undoAhead())
        return;
    m_running = false;
    Q_EMIT finished(this);
}

PlatformCall* PlanRunner::send(const StepRequest& request, const QString& stepId)
{
    PlatformRequest r;
    r.method = request.method;
    r.path = request.path;
    r.query = request.query;
    r.accept = request.accept;
    if (!request.body.isNull())
        r.body = request.body.toJson(QJsonDocument::Compact);
    PlatformCall* call = m_client->send(r);
    connect(call, &PlatformCall::retrying, this,
            [this, stepId](int, int delayMs, const PlatformError& why) { Q_EMIT retrying(stepId, delayMs, why); });
    m_calls.removeAll(nullptr);
    m_calls << call;
    return call;
}

void PlanRunner::cancel()
{
    if (m_check) {
        // Still checking. A write alongside the checks is not aborted (its object would be made without the runner
        // learning its id): its answer comes, and what it made is deleted.
        m_check->disconnect(this);
        m_check->deleteLater();
        m_check = nullptr;
        fail(QString(), PlatformError::cancelled());
        return;
    }
    const QList<QPointer<ServiceJob>> jobs = m_jobs;
    for (const QPointer<ServiceJob>& job : jobs) {
        if (job)
            job->abort();
    }
    const QList<QPointer<PlatformCall>> calls = m_calls;
    for (const QPointer<PlatformCall>& call : calls) {
        if (call)
            call->abort();
    }
}

QJsonObject PlanRunner::results() const
{
    QJsonObject json;
    for (const QString& key : DataflowPlan::outputKeys()) {
        if (!m_values.contains(key))
            continue;
        if (key == QLatin1String("mappingVersion")
            && m_values.value(QStringLiteral("mappingVersionType")) == QLatin1String("number"))
            json.insert(key, m_values.value(key).toLongLong());
        else
            json.insert(key, m_values.value(key));
    }
    return json;
}

void PlanRunner::cleanUp()
{
    if (m_running)
        return;
    if (!begin(true))
        return;
    m_cleanQueue.clear();
    QStringList order = m_plan.order();
    std::reverse(order.begin(), order.end());
    for (const QString& id : std::as_const(order)) {
        if (m_journal.contains(id))
            m_cleanQueue << id;
    }
    for (const QString& id : m_journal.steps()) {
        const QHash<QString, QString> values = m_journal.values(id);
        for (auto it = values.begin(); it != values.end(); ++it)
            m_values.insert(it.key(), it.value());
    }
    QMetaObject::invokeMethod(this, &PlanRunner::cleanNext, Qt::QueuedConnection);
}

void PlanRunner::cleanNext()
{
    // One delete at a time, dependents first: a connection in use by a flow cannot be deleted (FLOW-1418-400).
    if (m_cleanQueue.isEmpty()) {
        saveJournal(QString());
        finishIfIdle();
        return;
    }
    const QString id = m_cleanQueue.takeFirst();
    const PlanStep* step = m_plan.step(id);
    m_inFlight << id;
    Q_EMIT stepStarted(id);
    const StepRequest request = step ? m_plan.deleteRequest(*step, m_values) : StepRequest();
    if (request.isNull()) {
        m_journal.forget(id);
        m_inFlight.removeAll(id);
        m_outcomes.insert(id, Outcome::Kept);
        Q_EMIT stepFinished(id, Outcome::Kept);
        cleanNext();
        return;
    }
    PlatformCall* call = send(request, id);
    connect(call, &PlatformCall::finished, this, [this, id](PlatformCall* done) {
        if (!done->ok() && done->error().kind != PlatformError::Kind::NotFound) {
            if (m_undoing) {
                const PlanStep* undone = m_plan.step(id);
                m_notUndone << (undone ? undone->title : id);
                m_error.userMessage += QLatin1Char('\n')
                    + tr("\u201c%1\u201d, done while the checks ran, could not be undone (%2); Clean up deletes "
                         "it.")
                          .arg(m_notUndone.constLast(), done->error().toString());
            }
            fail(id, done->error());
            return;
        }
        m_journal.forget(id);
        if (!saveJournal(id))
            return;
        m_inFlight.removeAll(id);
        m_outcomes.insert(id, Outcome::Deleted);
        Q_EMIT stepFinished(id, Outcome::Deleted);
        cleanNext();
    });
}
