// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/FlowsService.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <algorithm>
#include <utility>

namespace {

const QString kFlowSpecsPath = QLatin1String(Platform::kFlowService) + QStringLiteral("/flowSpecs");
const QString kFlowsPath = QLatin1String(Platform::kFlowService) + QStringLiteral("/flows/");
const QString kTargetConnectionsPath = QLatin1String(Platform::kFlowService) + QStringLiteral("/targetConnections");
const QString kRunsPath = QLatin1String(Platform::kFlowService) + QStringLiteral("/runs");

std::optional<qint64> number(const QJsonObject& object, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isDouble())
        return qint64(value.toDouble());
    // Values come back in the type they were sent; a string of digits still counts.
    bool ok = false;
    const qint64 parsed = value.toString().toLongLong(&ok);
    return ok ? std::optional<qint64>(parsed) : std::nullopt;
}

void collectErrors(const QJsonArray& errors, QList<RunError>& into)
{
    for (const QJsonValue& value : errors) {
        const QJsonObject object = value.toObject();
        RunError error{object.value(QLatin1String("code")).toString(),
                       object.value(QLatin1String("message")).toString(), number(object, "recordCount")};
        if (error.code.isEmpty() && error.message.isEmpty())
            continue;
        const bool seen = std::any_of(into.cbegin(), into.cend(), [&](const RunError& other) {
            return other.code == error.code && other.message == error.message;
        });
        if (!seen)
            into << error;
    }
}

QStringList strings(const QJsonValue& value)
{
    QStringList result;
    for (const QJsonValue& item : value.toArray())
        result << item.toString();
    return result;
}

/** The "items" array of a Flow Service answer; BadResponse when the body has none. */
QJsonArray itemsOf(const QJsonDocument& json, const char* what, PlatformError* error)
{
    const QJsonValue items = json.object().value(QLatin1String("items"));
    if (!json.isObject() || !items.isArray()) {
        *error = PlatformError::badResponse(
            QStringLiteral("the %1 answer has no \"items\" list").arg(QLatin1String(what)));
        return {};
    }
    return items.toArray();
}

QUrlQuery runsQuery(const QString& flowId, const QString& continuation, int limit, std::optional<qint64> startedSinceMs)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("property"), QStringLiteral("flowId==") + flowId);
    if (startedSinceMs)
        query.addQueryItem(QStringLiteral("property"),
                           QStringLiteral("metrics.durationSummary.startedAtUTC>=") + QString::number(*startedSinceMs));
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!continuation.isEmpty())
        query.addQueryItem(QStringLiteral("continuationToken"), continuation);
    return query;
}

} // namespace

Run::Status Run::parseStatus(const QString& status)
{
    QString word = status.toLower();
    word.remove(QLatin1Char('_'));
    word.remove(QLatin1Char('-'));
    if (word == QLatin1String("success") || word == QLatin1String("succeeded") || word == QLatin1String("completed"))
        return Status::Success;
    if (word == QLatin1String("partialsuccess"))
        return Status::PartialSuccess;
    if (word == QLatin1String("failed") || word == QLatin1String("failure") || word == QLatin1String("partialfailure"))
        return Status::Failed;
    if (word == QLatin1String("inprogress") || word == QLatin1String("running") || word == QLatin1String("queued")
        || word == QLatin1String("scheduled") || word == QLatin1String("pending"))
        return Status::InProgress;
    return Status::Unknown;
}

Run Run::fromJson(const QJsonObject& run)
{
    Run info;
    info.id = run.value(QLatin1String("id")).toString();
    const QJsonObject metrics = run.value(QLatin1String("metrics")).toObject();
    const QJsonObject statusSummary = metrics.value(QLatin1String("statusSummary")).toObject();
    // The run-level status is authoritative; "state" is what the Platform filters on and may be all there is.
    info.rawStatus = statusSummary.value(QLatin1String("status")).toString();
    if (info.rawStatus.isEmpty())
        info.rawStatus = run.value(QLatin1String("state")).toString();
    info.status = parseStatus(info.rawStatus);
    const QJsonObject duration = metrics.value(QLatin1String("durationSummary")).toObject();
    info.startedAtMs = number(duration, "startedAtUTC");
    info.completedAtMs = number(duration, "completedAtUTC");
    const QJsonObject records = metrics.value(QLatin1String("recordSummary")).toObject();
    info.recordsRead = number(records, "inputRecordCount");
    info.recordsWritten = number(records, "outputRecordCount");
    info.recordsFailed = number(records, "failedRecordCount");
    collectErrors(statusSummary.value(QLatin1String("errors")).toArray(), info.errors);
    // The OpenAPI file spells the array "activites"; the documented payload says "activities". Read both.
    QJsonArray activities = run.value(QLatin1String("activities")).toArray();
    for (const QJsonValue& activity : run.value(QLatin1String("activites")).toArray())
        activities.append(activity);
    for (const QJsonValue& activity : std::as_const(activities)) {
        const QJsonObject status = activity.toObject().value(QLatin1String("statusSummary")).toObject();
        collectErrors(status.value(QLatin1String("errors")).toArray(), info.errors);
        collectErrors(status.value(QLatin1String("extensions")).toObject().value(QLatin1String("errors")).toArray(),
                      info.errors);
    }
    return info;
}

PlatformRequest FlowsService::flowSpecRequest(const QString& name)
{
    PlatformRequest request;
    request.path = kFlowSpecsPath;
    request.query.addQueryItem(QStringLiteral("property"), QStringLiteral("name==\"%1\"").arg(name));
    return request;
}

FlowSpec FlowsService::parseFlowSpec(const QJsonDocument& json, PlatformError* error)
{
    const QJsonArray items = itemsOf(json, "flow spec", error);
    if (error->isError())
        return {};
    if (items.isEmpty() || !items.first().isObject() || items.first().toObject().isEmpty()) {
        *error = PlatformError::badResponse(QStringLiteral("the Platform lists no such flow spec"));
        return {};
    }
    const QJsonObject spec = items.first().toObject();
    if (!spec.value(QLatin1String("id")).isString() || spec.value(QLatin1String("id")).toString().isEmpty()) {
        *error = PlatformError::badResponse(QStringLiteral("the flow spec answer has no \"id\" string"));
        return {};
    }
    return FlowSpec(spec);
}

TypedJob<FlowSpec>* FlowsService::flowSpec(const QString& name) const
{
    const PlatformRequest request = flowSpecRequest(name);
    return TypedJob<FlowSpec>::fromCall(m_client->get(request.path, request.query), &FlowsService::parseFlowSpec);
}

Flow FlowsService::flowFromJson(const QJsonObject& item)
{
    Flow flow;
    flow.id = item.value(QLatin1String("id")).toString();
    flow.name = item.value(QLatin1String("name")).toString();
    flow.description = item.value(QLatin1String("description")).toString();
    flow.state = item.value(QLatin1String("state")).toString();
    const QJsonObject spec = item.value(QLatin1String("flowSpec")).toObject();
    flow.flowSpecId = spec.value(QLatin1String("id")).toString();
    flow.flowSpecVersion = spec.value(QLatin1String("version")).toString();
    flow.sourceConnectionIds = strings(item.value(QLatin1String("sourceConnectionIds")));
    flow.targetConnectionIds = strings(item.value(QLatin1String("targetConnectionIds")));
    flow.scheduleParams = item.value(QLatin1String("scheduleParams")).toObject();
    flow.etag = item.value(QLatin1String("etag")).toString();
    flow.createdAtMs = number(item, "createdAt");
    for (const QJsonValue& value : item.value(QLatin1String("transformations")).toArray()) {
        const QJsonObject transformation = value.toObject();
        if (transformation.value(QLatin1String("name"))
                .toString()
                .compare(QLatin1String("Mapping"), Qt::CaseInsensitive)
            != 0)
            continue;
        const QJsonObject params = transformation.value(QLatin1String("params")).toObject();
        flow.mappingSetId = params.value(QLatin1String("mappingId")).toString();
        const QJsonValue version = params.value(QLatin1String("mappingVersion"));
        flow.mappingVersion = version.isDouble() ? QString::number(version.toInteger()) : version.toString();
    }
    const QJsonObject inherited = item.value(QLatin1String("inheritedAttributes")).toObject();
    const auto specIds = [&inherited](const char* key) {
        QStringList ids;
        for (const QJsonValue& connection : inherited.value(QLatin1String(key)).toArray()) {
            const QString id = connection.toObject()
                                   .value(QLatin1String("connectionSpec"))
                                   .toObject()
                                   .value(QLatin1String("id"))
                                   .toString();
            if (!id.isEmpty() && !ids.contains(id))
                ids << id;
        }
        return ids;
    };
    flow.sourceConnectionSpecIds = specIds("sourceConnections");
    flow.targetConnectionSpecIds = specIds("targetConnections");
    flow.json = item;
    return flow;
}

Flow FlowsService::parseFlow(const QJsonDocument& json, PlatformError* error)
{
    const QJsonArray items = itemsOf(json, "flow", error);
    if (error->isError())
        return {};
    const Flow flow = flowFromJson(items.first().toObject());
    if (flow.id.isEmpty()) {
        *error = PlatformError::badResponse(QStringLiteral("the flow answer has no flow with an id"));
        return {};
    }
    return flow;
}

Page<Flow> FlowsService::parseFlowsPage(const QJsonDocument& json, PlatformError* error)
{
    const QJsonArray items = itemsOf(json, "flows", error);
    if (error->isError())
        return {};
    Page<Flow> page;
    for (const QJsonValue& item : items) {
        const Flow flow = flowFromJson(item.toObject());
        if (!item.isObject() || flow.id.isEmpty()) {
            *error = PlatformError::badResponse(QStringLiteral("the flows answer lists a flow without an id"));
            return {};
        }
        page.items << flow;
    }
    page.continuation = ServiceJson::continuationOf(json.object());
    return page;
}

TypedJob<Page<Flow>>* FlowsService::flowsPage(const QString& continuation, int limit) const
{
    QUrlQuery query;
    if (continuation.isEmpty()) {
        query.addQueryItem(QStringLiteral("orderby"), QStringLiteral("-createdAt"));
        if (limit > 0)
            query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    } else {
        query.addQueryItem(QStringLiteral("continuationToken"), continuation);
    }
    return TypedJob<Page<Flow>>::fromCall(m_client->get(kFlowsPath.chopped(1), query), &FlowsService::parseFlowsPage);
}

TypedJob<QList<Flow>>* FlowsService::listFlows(int limit) const
{
    const FlowsService flows = *this;
    return PageGatherJob<Flow>::start(
        [flows, limit](const QString& continuation) { return flows.flowsPage(continuation, limit); }, {},
        kMaxFlowPages);
}

TypedJob<Flow>* FlowsService::flow(const QString& id) const
{
    if (id.isEmpty())
        return TypedJob<Flow>::failed(PlatformError::badResponse(QStringLiteral("no flow id to look up")));
    return TypedJob<Flow>::fromCall(m_client->send(flowRequest("GET", id)), &FlowsService::parseFlow);
}

Page<Run> FlowsService::parseRunsPage(const QJsonDocument& json, PlatformError* error)
{
    const QJsonArray items = itemsOf(json, "runs", error);
    if (error->isError())
        return {};
    Page<Run> page;
    for (const QJsonValue& item : items) {
        const QJsonObject object = item.toObject();
        if (!item.isObject() || object.value(QLatin1String("id")).toString().isEmpty()) {
            *error = PlatformError::badResponse(QStringLiteral("the runs answer lists a run without an id"));
            return {};
        }
        page.items << Run::fromJson(object);
    }
    page.continuation = ServiceJson::continuationOf(json.object());
    return page;
}

TypedJob<Page<Run>>* FlowsService::runsPage(const QString& flowId, const QString& continuation, int limit,
                                            std::optional<qint64> startedSinceMs) const
{
    return TypedJob<Page<Run>>::fromCall(
        m_client->get(kRunsPath, runsQuery(flowId, continuation, limit, startedSinceMs)), &FlowsService::parseRunsPage);
}

TypedJob<QList<Run>>* FlowsService::allRuns(const QString& flowId, int limit,
                                            std::optional<qint64> startedSinceMs) const
{
    const FlowsService flows = *this;
    return PageGatherJob<Run>::start(
        [flows, flowId, limit, startedSinceMs](const QString& continuation) {
            return flows.runsPage(flowId, continuation, limit, startedSinceMs);
        },
        {}, kMaxRunPages);
}

QJsonObject FlowsService::flowBody(const DraftDataflow& flow, const FlowLinks& links, const QString& description)
{
    QJsonArray transformations;
    if (flow.deltaColumn) {
        QJsonObject delta{{QStringLiteral("name"), flow.deltaColumn->name}};
        if (!flow.deltaColumn->dateFormat.isEmpty())
            delta.insert(QStringLiteral("dateFormat"), flow.deltaColumn->dateFormat);
        if (!flow.deltaColumn->timezone.isEmpty())
            delta.insert(QStringLiteral("timezone"), flow.deltaColumn->timezone);
        transformations.append(
            QJsonObject{{QStringLiteral("name"), QStringLiteral("Copy")},
                        {QStringLiteral("params"), QJsonObject{{QStringLiteral("deltaColumn"), delta}}}});
    }
    const QJsonValue mappingVersion = links.mappingVersionIsString ? QJsonValue(links.mappingVersion)
                                                                   : QJsonValue(links.mappingVersion.toLongLong());
    transformations.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("Mapping")},
                                       {QStringLiteral("params"),
                                        QJsonObject{{QStringLiteral("mappingId"), links.mappingSetId},
                                                    {QStringLiteral("mappingVersion"), mappingVersion}}}});

    QJsonObject body{
        {QStringLiteral("name"), flow.name},
        {QStringLiteral("description"), flow.description.isEmpty() ? description : flow.description},
        {QStringLiteral("flowSpec"),
         QJsonObject{{QStringLiteral("id"), links.flowSpecId}, {QStringLiteral("version"), links.flowSpecVersion}}},
        {QStringLiteral("sourceConnectionIds"), QJsonArray{links.sourceConnectionId}},
        {QStringLiteral("targetConnectionIds"), QJsonArray{links.targetConnectionId}},
        {QStringLiteral("transformations"), transformations},
        {QStringLiteral("scheduleParams"), flow.schedule.toJson()},
    };
    if (flow.errorDiagnostics || flow.partialIngestionPercent) {
        QJsonObject options{{QStringLiteral("errorDiagnosticsEnabled"), flow.errorDiagnostics}};
        if (flow.partialIngestionPercent)
            options.insert(QStringLiteral("partialIngestionPercent"), *flow.partialIngestionPercent);
        body.insert(QStringLiteral("options"), options);
    }
    return body;
}

PlatformRequest FlowsService::createFlowRequest(const QJsonObject& body)
{
    return ServiceJson::request("POST", kFlowsPath.chopped(1), QJsonDocument(body));
}

PlatformRequest FlowsService::flowRequest(const QByteArray& method, const QString& id)
{
    return ServiceJson::request(method.constData(), kFlowsPath + ServiceJson::segment(id));
}

PlatformRequest FlowsService::createTargetConnectionRequest(const QString& name, const QString& description,
                                                            const QString& schemaId, const QString& dataSetId)
{
    return ServiceJson::request(
        "POST", kTargetConnectionsPath,
        QJsonDocument(QJsonObject{
            {QStringLiteral("name"), name},
            {QStringLiteral("description"), description},
            {QStringLiteral("data"),
             QJsonObject{{QStringLiteral("schema"),
                          QJsonObject{{QStringLiteral("id"), schemaId},
                                      {QStringLiteral("version"), QLatin1String(ServiceJson::kXedFullVersion1)}}}}},
            {QStringLiteral("params"), QJsonObject{{QStringLiteral("dataSetId"), dataSetId}}},
            {QStringLiteral("connectionSpec"),
             ServiceJson::connectionSpecRef(QLatin1String(KnownIds::kDataLakeSpec))}}));
}

TypedJob<QString>* FlowsService::findTargetConnection(const QString& name, const QString& dataSetId) const
{
    return ServiceJson::findNamed(m_client, kTargetConnectionsPath, name, [dataSetId](const QJsonObject& item) {
        return item.value(QLatin1String("params")).toObject().value(QLatin1String("dataSetId")).toString() == dataSetId;
    });
}

TypedJob<QString>* FlowsService::findFlowByName(const QString& name, const QString& sourceConnectionId,
                                                const QString& targetConnectionId) const
{
    return ServiceJson::findNamed(
        m_client, kFlowsPath.chopped(1), name, [sourceConnectionId, targetConnectionId](const QJsonObject& item) {
            return strings(item.value(QLatin1String("sourceConnectionIds"))).contains(sourceConnectionId)
                && strings(item.value(QLatin1String("targetConnectionIds"))).contains(targetConnectionId);
        });
}

PlatformRequest FlowsService::targetConnectionRequest(const QByteArray& method, const QString& id)
{
    return ServiceJson::request(method.constData(),
                                kTargetConnectionsPath + QLatin1Char('/') + ServiceJson::segment(id));
}
