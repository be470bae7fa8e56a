// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/MappingIssues.h"
#include "model/DataflowDraft.h"
#include "platform/PlatformError.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>

class MappingModel;
class PlatformClient;
class ServiceJob;

/** What the explicit Validate found: every local check, then Data Prep's verdict on the whole rule set. */
struct MappingVerdict
{
    Q_DECLARE_TR_FUNCTIONS(MappingVerdict)
public:
    enum class PlatformCheck {
        NotAsked, ///< offline, or the schema is created at the end of the wizard, or no rule is complete
        Accepted, ///< Data Prep accepts every rule sent
        Refused, ///< Data Prep refuses at least one rule (its issues are in issues, code "platform.refused")
        Failed ///< the Platform could not be asked (platformError)
    };

    /** The local issues (MappingModel::issues, errors first), then one per rule the Platform refuses. */
    QList<MappingIssue> issues;
    PlatformCheck platform = PlatformCheck::NotAsked;
    PlatformError platformError; ///< when Failed
    int rulesSent = 0; ///< how many rules went to the Platform

    int errorCount() const;
    int warningCount() const;
    /** No error here and none from the Platform (warnings allowed). */
    bool ok() const { return errorCount() == 0 && platform != PlatformCheck::Refused; }
    /** One translated line for the page's banner ("The mapping is valid…", "Errors: 2, warnings: 1…"). */
    QString summary() const;
    /** Every issue's message, in order, translated (the local ones name their rule). */
    QStringList messages() const;
};

/**
 * The Mapping page's explicit Validate: runs every local check (MappingModel::problems, i.e. DraftValidator and
 * MappingChecks) and, when a Platform client is given and the schema exists on the Platform, POST
 * /mappingSets/validate (DataPrepService::validate) for every complete rule at once, then finished() with the
 * combined MappingVerdict. Asynchronous and cancellable; a new start() abandons the one under way.
 */
class MappingValidation : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~MappingValidation() override;

    /**
     * Validates the rules of @p model. @p client may be null (offline); the Platform is asked only for an existing
     * schema (platformSchemaId(@p draft) not empty).
     */
    void start(const MappingModel& model, PlatformClient* client, const DataflowDraft& draft);
    /** Abandons the Platform's check under way; finished() does not follow. */
    void cancel();
    bool isRunning() const { return m_running; }
    const MappingVerdict& verdict() const { return m_verdict; }

    /** The schema Data Prep can validate against: an existing one; empty for the one the wizard will create. */
    static QString platformSchemaId(const DataflowDraft& draft);
    /** The rules worth sending (a source or expression and a field), with their rows in @p rows. */
    static QList<MappingRule> completeRules(const QList<MappingRule>& rules, QList<int>* rows);

Q_SIGNALS:
    void finished(const MappingVerdict& verdict);

private:
    void finishWith(MappingVerdict verdict);

    QPointer<ServiceJob> m_job;
    MappingVerdict m_verdict;
    int m_generation = 0;
    bool m_running = false;
};
