// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataflowService.h"

#include "DemoData.h"
#include "EmulatorContext.h"
#include "FlowListing.h"
#include "FlowService.h"
#include "FlowSpecs.h"
#include "JsonSchemaValidator.h"
#include "Router.h"
#include "RunEngine.h"

#include <QJsonArray>

namespace {

QString idOf(const QJsonValue& value)
{
    return value[QStringLiteral("id")].toString();
}

QJsonObject transformation(const QJsonObject& flow, const QString& name)
{
    for (const QJsonValue& item : flow.value(QStringLiteral("transformations")).toArray()) {
        if (item[QStringLiteral("name")].toString() == name) {
            return item[QStringLiteral("params")].toObject();
        }
    }
    return {};
}

ApiReply invalid(const QString& message, const QString& code = QStringLiteral("1100-400"))
{
    return FlowService::invalid(message, code);
}

} // namespace

DataflowService::DataflowService(EmulatorContext& context) : m_context(context) { }

void DataflowService::addRoutes(Router& router)
{
    const QString base = FlowService::base;
    const QString get = QStringLiteral("GET");
    router.add(get, base + QStringLiteral("/flowSpecs"), [](const ApiRequest& r) {
        QList<QJsonObject> specs;
        for (const QJsonValue& spec : FlowSpecs::flowSpecs()) {
            specs.append(spec.toObject());
        }
        return FlowListing::respond(r, specs, QStringLiteral("/flowSpecs"));
    });
    router.add(get, base + QStringLiteral("/flowSpecs/{id}"), [](const ApiRequest& r) {
        const QJsonObject spec = FlowSpecs::flowSpec(r.args.value(0));
        return spec.isEmpty() ? FlowService::notFound(QStringLiteral("flowSpecs"), r.args.value(0))
                              : ApiReply::json(200, QJsonObject{{QStringLiteral("items"), QJsonArray{spec}}});
    });
    router.add(QStringLiteral("POST"), base + QStringLiteral("/flows"),
               [this](const ApiRequest& r) { return createFlow(r); });
    router.add(get, base + QStringLiteral("/flows"), [this](const ApiRequest& r) {
        return FlowListing::respond(r, m_context.flows.all(r.sandbox), QStringLiteral("/flows"));
    });
    router.add(get, base + QStringLiteral("/flows/{id}"), [this](const ApiRequest& r) {
        const QJsonObject* flow = m_context.flows.find(r.sandbox, r.args.value(0));
        return flow ? ApiReply::json(200, QJsonObject{{QStringLiteral("items"), QJsonArray{*flow}}})
                    : FlowService::notFound(QStringLiteral("flows"), r.args.value(0));
    });
    router.add(QStringLiteral("PATCH"), base + QStringLiteral("/flows/{id}"), [this](const ApiRequest& r) {
        const QString sandbox = r.sandbox;
        return FlowService::patchEntity(
            r, m_context.flows, QStringLiteral("flows"),
            {QStringLiteral("/id"), QStringLiteral("/flowSpec"), QStringLiteral("/state"),
             QStringLiteral("/inheritedAttributes")},
            m_context, [this, sandbox](const QJsonObject& before, const QJsonObject& after) {
                const qint64 oldStart
                    = before[QStringLiteral("scheduleParams")][QStringLiteral("startTime")].toInteger();
                const qint64 newStart
                    = after[QStringLiteral("scheduleParams")][QStringLiteral("startTime")].toInteger();
                if (oldStart != newStart && oldStart * 1000 < m_context.nowMs()) {
                    return invalid(QStringLiteral("The startTime cannot be changed once it has passed."));
                }
                QJsonObject copy = after;
                return validateFlow(sandbox, copy);
            });
    });
    router.add(QStringLiteral("DELETE"), base + QStringLiteral("/flows/{id}"),
               [this](const ApiRequest& r) { return deleteFlow(r); });
    router.add(QStringLiteral("POST"), base + QStringLiteral("/flows/{id}/action"),
               [this](const ApiRequest& r) { return action(r); });
    const auto listRuns = [this](const ApiRequest& r, const QString& flowId) {
        m_context.runEngine->advance();
        QList<QJsonObject> runs = m_context.runs.all(r.sandbox);
        if (!flowId.isEmpty()) {
            runs.removeIf(
                [&](const QJsonObject& run) { return run.value(QStringLiteral("flowId")).toString() != flowId; });
        }
        return FlowListing::respond(r, runs, QStringLiteral("/runs"));
    };
    router.add(get, base + QStringLiteral("/runs"), [listRuns](const ApiRequest& r) { return listRuns(r, {}); });
    router.add(get, base + QStringLiteral("/flows/{id}/runs"),
               [listRuns](const ApiRequest& r) { return listRuns(r, r.args.value(0)); });
    router.add(get, base + QStringLiteral("/runs/{id}"), [this](const ApiRequest& r) {
        m_context.runEngine->advance();
        const QJsonObject* run = m_context.runs.find(r.sandbox, r.args.value(0));
        return run ? ApiReply::json(200, QJsonObject{{QStringLiteral("items"), QJsonArray{*run}}})
                   : FlowService::notFound(QStringLiteral("runs"), r.args.value(0));
    });
    router.add(QStringLiteral("POST"), base + QStringLiteral("/runs"),
               [this](const ApiRequest& r) { return createRun(r); });
}

ApiReply DataflowService::validateFlow(const QString& sandbox, QJsonObject& flow) const
{
    const QJsonObject spec = FlowSpecs::flowSpec(idOf(flow.value(QStringLiteral("flowSpec"))));
    if (spec.isEmpty()) {
        return invalid(
            QStringLiteral("The flow spec id %1 is not valid.").arg(idOf(flow.value(QStringLiteral("flowSpec")))),
            QStringLiteral("1413-400"));
    }
    if (!flow.contains(QStringLiteral("scheduleParams"))) {
        return invalid(QStringLiteral("scheduleParams is required for this flow spec."));
    }
    QStringList errors = JsonSchemaValidator::validate(spec[QStringLiteral("scheduleSpec")][QStringLiteral("spec")],
                                                       flow.value(QStringLiteral("scheduleParams")));
    if (!errors.isEmpty()) {
        return invalid(QStringLiteral("scheduleParams do not match the flow spec's scheduleSpec: %1")
                           .arg(errors.join(QStringLiteral("; "))));
    }
    if (flow.contains(QStringLiteral("options"))) {
        errors = JsonSchemaValidator::validate(spec[QStringLiteral("optionSpec")][QStringLiteral("spec")],
                                               flow.value(QStringLiteral("options")));
        if (!errors.isEmpty()) {
            return invalid(QStringLiteral("options do not match the flow spec's optionSpec: %1")
                               .arg(errors.join(QStringLiteral("; "))));
        }
    }
    // Sources: they must exist and be of a connection spec the flow spec accepts.
    const QJsonArray sourceIds = flow.value(QStringLiteral("sourceConnectionIds")).toArray();
    const QJsonArray targetIds = flow.value(QStringLiteral("targetConnectionIds")).toArray();
    if (sourceIds.isEmpty() || targetIds.isEmpty()) {
        return invalid(QStringLiteral("sourceConnectionIds and targetConnectionIds must each name a connection."));
    }
    QJsonArray inheritedSources;
    QJsonArray inheritedTargets;
    QString sourceSpecId;
    QString sourcePath;
    for (const QJsonValue& id : sourceIds) {
        const QJsonObject* source = m_context.sourceConnections.find(sandbox, id.toString());
        if (!source) {
            return invalid(QStringLiteral("The source connection %1 is not found.").arg(id.toString()));
        }
        sourceSpecId = idOf(source->value(QStringLiteral("connectionSpec")));
        sourcePath = (*source)[QStringLiteral("params")][QStringLiteral("path")].toString(
            (*source)[QStringLiteral("params")][QStringLiteral("tableName")].toString());
        if (!spec.value(QStringLiteral("sourceConnectionSpecIds")).toArray().contains(sourceSpecId)) {
            return invalid(QStringLiteral("The source connection spec %1 is not supported by the flow spec %2.")
                               .arg(sourceSpecId, spec.value(QStringLiteral("name")).toString()),
                           QStringLiteral("1413-400"));
        }
        inheritedSources.append(
            QJsonObject{{QStringLiteral("id"), id},
                        {QStringLiteral("connectionSpec"), source->value(QStringLiteral("connectionSpec"))},
                        {QStringLiteral("baseConnection"),
                         (*source)[QStringLiteral("inheritedAttributes")][QStringLiteral("baseConnection")]}});
    }
    QString dataSetSchema;
    for (const QJsonValue& id : targetIds) {
        const QJsonObject* target = m_context.targetConnections.find(sandbox, id.toString());
        if (!target) {
            return invalid(QStringLiteral("The target connection %1 is not found.").arg(id.toString()));
        }
        const QString targetSpecId = idOf(target->value(QStringLiteral("connectionSpec")));
        if (!spec.value(QStringLiteral("targetConnectionSpecIds")).toArray().contains(targetSpecId)) {
            return invalid(
                QStringLiteral("The target connection spec %1 is not supported by the flow spec.").arg(targetSpecId),
                QStringLiteral("1413-400"));
        }
        const QJsonObject* dataSet = m_context.dataSets.find(
            sandbox, (*target)[QStringLiteral("params")][QStringLiteral("dataSetId")].toString());
        dataSetSchema = dataSet ? (*dataSet)[QStringLiteral("schemaRef")][QStringLiteral("id")].toString() : QString();
        inheritedTargets.append(
            QJsonObject{{QStringLiteral("id"), id},
                        {QStringLiteral("connectionSpec"), target->value(QStringLiteral("connectionSpec"))}});
    }
    // Transformations: each named by the flow spec, params valid against its JSON Schema.
    const QJsonArray specs = spec.value(QStringLiteral("transformationSpec")).toArray();
    for (const QJsonValue& item : flow.value(QStringLiteral("transformations")).toArray()) {
        const QString name = item[QStringLiteral("name")].toString();
        QJsonObject params = item[QStringLiteral("params")].toObject();
        QJsonValue schema;
        for (const QJsonValue& candidate : specs) {
            if (candidate[QStringLiteral("name")].toString() == name) {
                schema = candidate[QStringLiteral("spec")];
            }
        }
        if (schema.isUndefined()) {
            return invalid(QStringLiteral("The transformation %1 is not defined by the flow spec.").arg(name));
        }
        // Published clients send mappingVersion as a number (update-dataflows.md), and the service accepts it.
        if (params.value(QStringLiteral("mappingVersion")).isDouble()) {
            params.insert(QStringLiteral("mappingVersion"),
                          QString::number(params.value(QStringLiteral("mappingVersion")).toInt()));
        }
        errors = JsonSchemaValidator::validate(schema, params);
        if (!errors.isEmpty()) {
            return invalid(QStringLiteral("The %1 transformation params are not valid: %2")
                               .arg(name, errors.join(QStringLiteral("; "))));
        }
    }
    const QJsonObject copy = transformation(flow, QStringLiteral("Copy"));
    const QJsonObject delta = copy.value(QStringLiteral("deltaColumn")).toObject();
    if (copy.isEmpty()) {
        return invalid(QStringLiteral("The Copy transformation with a deltaColumn is required for table sources."));
    }
    if (const DemoData::Table* table = m_context.demo->table(sourceSpecId, sourcePath)) {
        const int column = table->columnIndex(delta.value(QStringLiteral("name")).toString());
        if (column < 0 || table->columns.at(column).type != QLatin1String("date-time")) {
            return invalid(QStringLiteral("The deltaColumn %1 is not a date-time column of %2.")
                               .arg(delta.value(QStringLiteral("name")).toString(), sourcePath));
        }
    }
    const QString dateFormat = delta.value(QStringLiteral("dateFormat")).toString();
    if (dateFormat.contains(QLatin1String("YYYY")) || dateFormat.contains(QLatin1String("DD"))) {
        return invalid(QStringLiteral("The deltaColumn dateFormat %1 uses week-year (YYYY) or day-of-year (DD); "
                                      "use yyyy-MM-dd HH:mm:ss.")
                           .arg(dateFormat));
    }
    const QJsonObject mapping = transformation(flow, QStringLiteral("Mapping"));
    if (!mapping.isEmpty()) {
        const QString mappingId = mapping.value(QStringLiteral("mappingId")).toString();
        const QJsonObject* mappingSet = m_context.mappingSets.find(sandbox, mappingId);
        const QJsonValue versionValue = mapping.value(QStringLiteral("mappingVersion"));
        const int version = versionValue.isString() ? versionValue.toString().toInt() : versionValue.toInt();
        if (!mappingSet || version < 0 || version > mappingSet->value(QStringLiteral("version")).toInt()) {
            return invalid(QStringLiteral("The mapping %1 version %2 is not found.").arg(mappingId).arg(version),
                           QStringLiteral("1412-400"));
        }
        if (mappingSet->value(QStringLiteral("xdmSchema")).toString() != dataSetSchema) {
            return invalid(QStringLiteral("The dataset schema %1 does not match the mapping schema %2.")
                               .arg(dataSetSchema, mappingSet->value(QStringLiteral("xdmSchema")).toString()),
                           QStringLiteral("1425-400"));
        }
    }
    flow.insert(QStringLiteral("inheritedAttributes"),
                QJsonObject{{QStringLiteral("sourceConnections"), inheritedSources},
                            {QStringLiteral("targetConnections"), inheritedTargets}});
    return ApiReply::empty(0);
}

ApiReply DataflowService::createFlow(const ApiRequest& request)
{
    QJsonObject flow = request.json.object();
    if (flow.isEmpty()) {
        return invalid(QStringLiteral("The request body is empty."), QStringLiteral("1405-400"));
    }
    if (flow.contains(QStringLiteral("state"))) {
        return invalid(QStringLiteral("The state cannot be set when a flow is created."), QStringLiteral("1410-400"));
    }
    if (flow.value(QStringLiteral("name")).toString().trimmed().isEmpty()) {
        return invalid(QStringLiteral("The flow needs a name."));
    }
    if (ApiReply refused = validateFlow(request.sandbox, flow); refused.status != 0) {
        return refused;
    }
    const QString id = EmulatorContext::uuid();
    flow.insert(QStringLiteral("id"), id);
    flow.insert(QStringLiteral("state"), QStringLiteral("enabled"));
    flow.insert(QStringLiteral("runs"), QStringLiteral("/runs?property=flowId==%1").arg(id));
    const qint64 now = m_context.nowMs();
    flow.insert(QStringLiteral("lastOperation"),
                QJsonObject{{QStringLiteral("started"), now},
                            {QStringLiteral("updated"), now},
                            {QStringLiteral("percentCompleted"), 100.0},
                            {QStringLiteral("status"),
                             QJsonObject{{QStringLiteral("value"), QStringLiteral("completed")},
                                         {QStringLiteral("errors"), QJsonArray()}}},
                            {QStringLiteral("ops"), QJsonArray()},
                            {QStringLiteral("operation"), QStringLiteral("create")}});
    FlowService::stamp(flow, request, m_context, true);
    m_context.flows.insert(request.sandbox, id, flow);
    m_context.runEngine->advance();
    return FlowService::created(QStringLiteral("/flows"), flow);
}

ApiReply DataflowService::action(const ApiRequest& request)
{
    QJsonObject* flow = m_context.flows.find(request.sandbox, request.args.value(0));
    if (!flow) {
        return FlowService::notFound(QStringLiteral("flows"), request.args.value(0));
    }
    const QString op = request.queryValue(QStringLiteral("op")).toLower();
    if (op != QLatin1String("enable") && op != QLatin1String("disable")) {
        return invalid(QStringLiteral("The action op %1 is not supported; use enable or disable.")
                           .arg(request.queryValue(QStringLiteral("op"))));
    }
    flow->insert(QStringLiteral("state"),
                 op == QLatin1String("enable") ? QStringLiteral("enabled") : QStringLiteral("disabled"));
    FlowService::stamp(*flow, request, m_context, false);
    return ApiReply::json(200,
                          QJsonObject{{QStringLiteral("id"), flow->value(QStringLiteral("id"))},
                                      {QStringLiteral("etag"), flow->value(QStringLiteral("etag"))}});
}

ApiReply DataflowService::deleteFlow(const ApiRequest& request)
{
    if (!m_context.flows.remove(request.sandbox, request.args.value(0))) {
        return FlowService::notFound(QStringLiteral("flows"), request.args.value(0));
    }
    return ApiReply::empty(204);
}

ApiReply DataflowService::createRun(const ApiRequest& request)
{
    const QJsonObject body = request.json.object();
    const QString flowId = body.value(QStringLiteral("flowId")).toString();
    const QJsonObject* flow = m_context.flows.find(request.sandbox, flowId);
    if (!flow) {
        return invalid(QStringLiteral("The flow %1 is not found.").arg(flowId));
    }
    const QJsonObject spec = FlowSpecs::flowSpec(idOf(flow->value(QStringLiteral("flowSpec"))));
    const QStringList errors = JsonSchemaValidator::validate(spec[QStringLiteral("runSpec")][QStringLiteral("spec")],
                                                             body.value(QStringLiteral("params")));
    if (!errors.isEmpty()) {
        return invalid(QStringLiteral("The run params do not match the flow spec's runSpec: %1")
                           .arg(errors.join(QStringLiteral("; "))));
    }
    const QJsonObject params = body.value(QStringLiteral("params")).toObject();
    const QJsonObject run = m_context.runEngine->run(request.sandbox, *flow,
                                                     params.value(QStringLiteral("windowStartTime")).toInteger() * 1000,
                                                     params.value(QStringLiteral("windowEndTime")).toInteger() * 1000);
    return FlowService::created(QStringLiteral("/runs"), run);
}
