// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DataflowDraft.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

/** One step of a plan: what it does, which steps it needs, what it produces. */
struct PlanStep
{
    enum class Kind {
        BaseConnection, ///< a new account (only when the draft has source.newAccount)
        SourceConnection,
        Schema,
        IdentityDescriptor,
        ProfileTag, ///< the schema's "union" tag (Real-Time Customer Profile)
        Dataset,
        TargetConnection,
        MappingSet,
        FlowSpecLookup,
        Flow,
    };

    Kind kind = Kind::Flow;
    QString id; ///< stable, used in the journal and the signals: "schema", "dataset", "flow"...
    QStringList needs; ///< ids of the steps that must finish first
    QString title; ///< translated: "Create the schema"
    QStringList produces; ///< the value names it sets: "schemaId", "schemaAltId"...
    bool createsObject = true; ///< false for the flow-spec lookup and the tag (nothing to verify or delete)
};

/** An HTTP call of a step, before PlatformClient adds the headers (shared by PlanRunner and CurlExport). */
struct StepRequest
{
    QByteArray method = "GET";
    QString path; ///< absolute path under the Platform URL
    QUrlQuery query;
    QByteArray accept; ///< empty: application/json (or PlatformClient's default for the path)
    QJsonDocument body; ///< null: no body
    bool isNull() const { return path.isEmpty(); }
};

/**
 * A draft turned into the steps that create what does not exist yet, each with the steps it needs, and the exact
 * payloads of the Platform API (not the tutorial's typos). Values flow from step to step by name (schemaId,
 * dataSetId...).
 */
class DataflowPlan
{
    Q_DECLARE_TR_FUNCTIONS(DataflowPlan)
public:
    /** The names of --apply's output (DESIGN.md "Command line"), in that order. */
    static const QStringList& outputKeys();

    static DataflowPlan build(const DataflowDraft& draft);

    const DataflowDraft& draft() const { return m_draft; }
    const QList<PlanStep>& steps() const { return m_steps; }
    const PlanStep* step(const QString& id) const;
    /** The steps in an order where each comes after what it needs (stable: the order of steps()). */
    QStringList order() const;
    /** The longest chain of needs ending at the flow: token -> schema -> dataset -> target connection -> flow. */
    QStringList criticalPath() const;
    /** Steps that need @p id, directly or not. */
    QStringList dependents(const QString& id) const;
    /** The values the draft already gives (existing schema, dataset, account). */
    QHash<QString, QString> initialValues() const;
    /** A hash of the draft, stable across runs: names the journal. */
    QString draftKey() const;

    /** The call that creates (or looks up) what @p step stands for, with the values known so far. */
    StepRequest createRequest(const PlanStep& step, const QHash<QString, QString>& values) const;
    /** The call that checks a journalled object still exists; null for steps that create nothing. */
    StepRequest verifyRequest(const PlanStep& step, const QHash<QString, QString>& values) const;
    /** The call that deletes it ("clean up"); null when the service has no delete (mapping sets, tags). */
    StepRequest deleteRequest(const PlanStep& step, const QHash<QString, QString>& values) const;
    /**
     * Reads the values a successful create (or lookup) returned; false and an English reason when the response lacks
     * them. @p values receives them by name.
     */
    bool readResult(const PlanStep& step, const QJsonDocument& response, QHash<QString, QString>* values,
                    QString* why) const;

    /** The body of POST /flows; "mappingVersion" typed as the flow spec types it (a string in CRMToAEP). */
    QJsonObject flowBody(const QHash<QString, QString>& values, bool mappingVersionIsString) const;
    /** The flow spec's type of Mapping.mappingVersion: true for "string" (the default when the spec says nothing). */
    static bool mappingVersionIsString(const QJsonObject& flowSpec);

private:
    /** GET (a check that it still exists) or DELETE of what @p step made; null when it makes nothing to remove. */
    static StepRequest resourceRequest(const QByteArray& method, const PlanStep& step,
                                       const QHash<QString, QString>& values);
    void add(PlanStep::Kind kind, const QString& id, const QString& title, const QStringList& needs,
             const QStringList& produces, bool createsObject = true);

    DataflowDraft m_draft;
    QList<PlanStep> m_steps;
};
