// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/DataflowPlan.h"
#include "plan/PlanJournal.h"
#include "platform/PlatformError.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class DraftCheck;
class ServiceJob;
class PlatformCall;
class PlatformClient;

/**
 * Runs a DataflowPlan over PlatformClient: independent steps at the same time, each when what it needs is done; stops
 * at the first hard failure. Every created id goes to the journal at once, so a rerun verifies what exists (GET) and
 * goes on from there without creating a second copy. cleanUp() deletes what the journal holds, in reverse order.
 * Before the first write that builds on another, start() runs every read-only check of the draft (DraftCheck, the same
 * as --validate) and stops when one fails (problems()), leaving nothing made: a new schema heads the longest chain of
 * writes (schema, dataset, target connection, dataflow), so it is created while the checks run, nothing builds on it
 * until they pass, and it is deleted again when they fail (or the run is cancelled meanwhile). A create whose outcome
 * is unknown (its answer lost: see PlatformError::outcomeUnknown) is never simply sent again: the runner looks for the
 * object by the name it gave it and its defining properties (the services' find calls), takes it when it is there, and
 * creates it again otherwise. Emits finished() once per start() or cleanUp(); it does not delete itself (the Review
 * page keeps it).
 */
class PlanRunner : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Created, ///< the object was created by this run
        Reused, ///< the journal had it and it still exists
        Done, ///< a lookup or a tag: nothing to keep
        Deleted, ///< clean up: deleted (or already gone)
        Kept, ///< clean up: the service has no delete (mapping sets)
    };
    Q_ENUM(Outcome)

    PlanRunner(PlatformClient* client, const DataflowPlan& plan, QObject* parent = nullptr);
    ~PlanRunner() override;

    /** Default: PlanJournal::defaultFolder(). */
    void setJournalFolder(const QString& folder) { m_journalFolder = folder; }
    QString journalPath() const;
    /** The secret auth params of a new account, merged into its create call only; never journalled or logged. */
    void setAccountSecrets(const QJsonObject& secrets) { m_accountSecrets = secrets; }
    /**
     * A step already done for this plan before start() (the wizard made the new account to explore its tables): the
     * next start() journals @p values as created by the plan (replacing other values the journal may hold for the
     * step), so a rerun reuses it and cleanUp() deletes it.
     */
    void adopt(const QString& stepId, const QHash<QString, QString>& values) { m_adopted.insert(stepId, values); }
    /** Whether start() runs the read-only checks first (default: yes). */
    void setPreflight(bool on) { m_preflight = on; }
    /** The table's columns as the wizard read them, for the checks' types when the account is still to create. */
    void setKnownColumns(const QJsonArray& columns) { m_knownColumns = columns; }

    void start();
    void cleanUp();
    /** Aborts what is in flight; finished() follows with a Cancelled error. */
    void cancel();

    bool isRunning() const { return m_running; }
    bool ok() const { return !m_error.isError(); }
    const PlatformError& error() const { return m_error; }
    QString failedStep() const { return m_failedStep; }
    /** The failed step's title, or "the checks before the first write" when those stopped the run. */
    QString failedTitle() const;
    /** What the checks before the first write found (errors stop the run before it writes anything). */
    const QList<DraftProblem>& problems() const { return m_problems; }
    /** The titles of the steps done alongside checks that failed, and not deleted again (their delete failed). */
    const QStringList& notUndone() const { return m_notUndone; }
    /** The progress line of a retrying() notice: "The Platform is busy; trying again in 2 s"... */
    static QString retryText(int delayMs, const PlatformError& why);
    /** The values known so far: ids by name (schemaId, dataSetId...). */
    const QHash<QString, QString>& values() const { return m_values; }
    /** --apply's output: the DataflowPlan::outputKeys(), mappingVersion typed as the flow spec types it. */
    QJsonObject results() const;
    QHash<QString, Outcome> outcomes() const { return m_outcomes; }
    /** The most steps that were in flight at once during the last run. */
    int maxConcurrent() const { return m_maxConcurrent; }
    const DataflowPlan& plan() const { return m_plan; }

Q_SIGNALS:
    void stepStarted(const QString& stepId);
    void stepFinished(const QString& stepId, PlanRunner::Outcome outcome);
    void failed(const QString& stepId, const PlatformError& error);
    /**
     * A call of @p stepId waits @p delayMs before its next attempt because of @p why (the client's retry), or, with
     * why.outcomeUnknown, the runner looks for what the lost create may have made. retryText() words it.
     */
    void retrying(const QString& stepId, int delayMs, const PlatformError& why);
    void finished(PlanRunner* runner);

private:
    /** Resets the run's state and loads the journal; false (failure reported later) when the journal is unreadable. */
    bool begin(bool cleaning);
    void schedule();
    void runStep(const PlanStep& step);
    void verify(const PlanStep& step);
    void create(const PlanStep& step);
    void preflight();
    /** The new schema, created alongside the checks (see the class comment). */
    void startAhead();
    /** After a failure before the checks passed: deletes what was made alongside them; false when nothing was. */
    bool undoAhead();
    /** A create whose outcome is unknown: look for the object, take it, or create it again (once). */
    void recover(const PlanStep& step, const PlatformError& error);
    using Found = std::function<void(const QHash<QString, QString>& values, const PlatformError& error)>;
    /** Asks the step's service for the object the create would have made; @p found gets its values (none: absent). */
    bool lookUp(const PlanStep& step, const Found& found);
    void complete(const PlanStep& step, Outcome outcome);
    void fail(const QString& stepId, const PlatformError& error);
    bool saveJournal(const QString& stepId);
    void finishIfIdle();
    void cleanNext();
    PlatformCall* send(const StepRequest& request, const QString& stepId);
    bool canDependOn(const QString& stepId) const;

    PlatformClient* m_client;
    DataflowPlan m_plan;
    QString m_journalFolder;
    PlanJournal m_journal;
    QJsonObject m_accountSecrets;
    QHash<QString, QHash<QString, QString>> m_adopted;
    QHash<QString, int> m_lookups; ///< looks after an unknown outcome, by step
    QPointer<DraftCheck> m_check;
    QList<QPointer<ServiceJob>> m_jobs; ///< the looks under way (aborted by cancel())
    QList<DraftProblem> m_problems;
    bool m_preflight = true;
    bool m_checksPassed = false;
    bool m_undoing = false; ///< deleting what was made alongside checks that failed
    QStringList m_ahead; ///< the steps started alongside the checks
    PlatformError m_aheadError; ///< how one of those failed, reported if the checks find nothing
    QString m_aheadFailedStep;
    QStringList m_notUndone;
    QJsonArray m_knownColumns;
    QJsonObject m_serverFlowSpec;
    QHash<QString, QString> m_values;
    QHash<QString, Outcome> m_outcomes;
    QStringList m_inFlight;
    QStringList m_cleanQueue;
    QList<QPointer<PlatformCall>> m_calls;
    PlatformError m_error;
    QString m_failedStep;
    int m_maxConcurrent = 0;
    bool m_running = false;
    bool m_cleaning = false;
};
