// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DataflowDraft.h"
#include "model/FlowSpec.h"
#include "platform/PlatformClient.h"
#include "services/ServiceJob.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/** One error a run reported: the Platform's code and its message. */
struct RunError
{
    QString code; ///< "CONNECTOR-2001-500"
    QString message;
    std::optional<qint64> recordCount; ///< how many records it hit, when the Platform says

    bool operator==(const RunError&) const = default;
};

/** A dataflow run, read from one item of GET /runs. */
struct Run
{
    enum class Status { Unknown, InProgress, Success, PartialSuccess, Failed };

    QString id;
    Status status = Status::Unknown;
    QString rawStatus; ///< the Platform's word, shown when Status is Unknown
    std::optional<qint64> startedAtMs; ///< epoch milliseconds (UTC)
    std::optional<qint64> completedAtMs;
    std::optional<qint64> recordsRead; ///< metrics.recordSummary.inputRecordCount
    std::optional<qint64> recordsWritten; ///< outputRecordCount
    std::optional<qint64> recordsFailed; ///< failedRecordCount
    QList<RunError> errors; ///< run-level then activity-level errors, without duplicates

    /** Reads a run object; missing parts stay unset rather than becoming zeros. */
    static Run fromJson(const QJsonObject& run);
    /** Case-insensitive, ignoring "_" and "-": "inProgress", "IN_PROGRESS" and "in-progress" are one status. */
    static Status parseStatus(const QString& status);

    bool operator==(const Run&) const = default;
};

/** A dataflow as GET /flows/{id} returns it (the parts the wizard reads). */
struct Flow
{
    QString id;
    QString name;
    QString description;
    QString state; ///< "enabled", "disabled"
    QString flowSpecId;
    QString flowSpecVersion;
    QStringList sourceConnectionIds;
    QStringList targetConnectionIds;
    QJsonObject scheduleParams;
    QString etag;
    QJsonObject json; ///< the whole item, for what is not typed here
    std::optional<qint64> createdAtMs; ///< createdAt, epoch milliseconds (UTC)
    QString mappingSetId; ///< the Mapping transformation's mappingId; empty when the flow maps nothing
    QString mappingVersion; ///< its mappingVersion, as a string whatever type the Platform sent
    QStringList sourceConnectionSpecIds; ///< inheritedAttributes: the connection specs of its sources
    QStringList targetConnectionSpecIds; ///< and of its targets
};

/**
 * The Flow Service's dataflow side: flow specs, flows and their runs. The only place that knows their paths and
 * queries. Results come as TypedJob (ServiceJob.h); malformed replies end a job with Kind::BadResponse.
 */
class FlowsService
{
public:
    /** A continuation that never ends must not loop for ever: allRuns() stops after this many pages. */
    static constexpr int kMaxRunPages = 50;

    explicit FlowsService(PlatformClient* client) : m_client(client) { }

    /**
     * GET /flowSpecs?property=name=="<name>": the one flow-spec lookup (the plan's step, DraftCheck and the Schedule
     * page all use it). As a request, for callers that journal or export it as well as send it.
     */
    static PlatformRequest flowSpecRequest(const QString& name = QLatin1String(KnownIds::kCrmToAepName));
    /** The first item of a /flowSpecs answer; BadResponse when there is none or it is not an object. */
    static FlowSpec parseFlowSpec(const QJsonDocument& json, PlatformError* error);
    TypedJob<FlowSpec>* flowSpec(const QString& name = QLatin1String(KnownIds::kCrmToAepName)) const;

    /** GET /flows/{id}. */
    TypedJob<Flow>* flow(const QString& id) const;
    static Flow parseFlow(const QJsonDocument& json, PlatformError* error);
    /** One item of a /flows answer; an item without an id gives a Flow with an empty id. */
    static Flow flowFromJson(const QJsonObject& item);

    /** A sandbox with very many dataflows must not be read for ever: allFlows() stops after this many pages. */
    static constexpr int kMaxFlowPages = 20;
    /**
     * One page of the sandbox's dataflows, newest first (GET /flows?orderby=-createdAt): the first, or the one
     * @p continuation names. @p limit 0 leaves the page size to the Platform.
     */
    TypedJob<Page<Flow>>* flowsPage(const QString& continuation = {}, int limit = 0) const;
    /** The sandbox's dataflows, newest first, following the continuation (at most kMaxFlowPages pages). */
    TypedJob<QList<Flow>>* listFlows(int limit = 0) const;
    static Page<Flow> parseFlowsPage(const QJsonDocument& json, PlatformError* error);

    /**
     * One page of the runs of @p flowId (GET /runs?property=flowId==<id>): the first, or the one @p continuation
     * names. @p limit 0 leaves the page size to the Platform.
     */
    TypedJob<Page<Run>>* runsPage(const QString& flowId, const QString& continuation = {}, int limit = 0,
                                  std::optional<qint64> startedSinceMs = {}) const;
    /**
     * Every run of @p flowId, following the continuation to the end (at most kMaxRunPages pages), in reply order;
     * with @p startedSinceMs, only those started at or after it (property=metrics.durationSummary.startedAtUTC>=).
     */
    TypedJob<QList<Run>>* allRuns(const QString& flowId, int limit = 0,
                                  std::optional<qint64> startedSinceMs = {}) const;
    static Page<Run> parseRunsPage(const QJsonDocument& json, PlatformError* error);

    /** What a new flow links: the ids the plan made or found before it. */
    struct FlowLinks
    {
        QString flowSpecId;
        QString flowSpecVersion;
        QString sourceConnectionId;
        QString targetConnectionId;
        QString mappingSetId;
        QString mappingVersion;
        bool mappingVersionIsString = true; ///< the flow spec's type for Mapping.mappingVersion
    };
    /** The body of POST /flows for @p dataflow (schedule, delta column, options) and @p links. */
    static QJsonObject flowBody(const DraftDataflow& dataflow, const FlowLinks& links, const QString& description);
    static PlatformRequest createFlowRequest(const QJsonObject& body);
    /** GET or DELETE /flows/{id}. */
    static PlatformRequest flowRequest(const QByteArray& method, const QString& id);
    /** POST /targetConnections: the Data Lake target writing the schema @p schemaId into the dataset @p dataSetId. */
    static PlatformRequest createTargetConnectionRequest(const QString& name, const QString& description,
                                                         const QString& schemaId, const QString& dataSetId);
    static PlatformRequest targetConnectionRequest(const QByteArray& method, const QString& id);
    /** The target connection named @p name into the dataset @p dataSetId, or an empty id (a look before creating). */
    TypedJob<QString>* findTargetConnection(const QString& name, const QString& dataSetId) const;
    /** The flow named @p name from @p sourceConnectionId to @p targetConnectionId, or an empty id. */
    TypedJob<QString>* findFlowByName(const QString& name, const QString& sourceConnectionId,
                                      const QString& targetConnectionId) const;

private:
    PlatformClient* m_client;
};
