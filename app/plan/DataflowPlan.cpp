// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/DataflowPlan.h"

#include "model/FlowSpec.h"
#include "platform/PlatformClient.h"
#include "services/FlowsService.h"
#include "services/SourcesService.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

namespace {

// The media types CONTRACT.md asks for (§3.5, §5.1, §6.2): major version 1, never "1.0".
constexpr char kXedFullVersion1[] = "application/vnd.adobe.xed-full+json;version=1";
constexpr char kXedVersion1[] = "application/vnd.adobe.xed+json;version=1";
constexpr char kXedLookup[] = "application/vnd.adobe.xed+json; version=1";
constexpr char kConnectionSpecVersion[] = "1.0";
const QString kCreatedBy = QStringLiteral("Created by Dataflow Wizard");

QString flowPath(const QString& rest)
{
    return QLatin1String(Platform::kFlowService) + rest;
}

QString schemaPath(const QString& rest)
{
    return QLatin1String(Platform::kSchemaRegistry) + rest;
}

QString catalogPath(const QString& rest)
{
    return QLatin1String(Platform::kCatalog) + rest;
}

QString conversionPath(const QString& rest)
{
    return QLatin1String(Platform::kConversion) + rest;
}

StepRequest request(const char* method, const QString& path, const QJsonDocument& body = {})
{
    StepRequest r;
    r.method = method;
    r.path = path;
    r.body = body;
    return r;
}

QJsonObject connectionSpec(const QString& id)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("version"), QLatin1String(kConnectionSpecVersion)}};
}

/** The object of a Flow Service create/get: {"id"} at the top, or the first of "items". */
QJsonObject firstItem(const QJsonDocument& response)
{
    const QJsonObject top = response.object();
    if (top.contains(QLatin1String("items")))
        return top.value(QLatin1String("items")).toArray().at(0).toObject();
    return top;
}

} // namespace

const QStringList& DataflowPlan::outputKeys()
{
    static const QStringList keys{QStringLiteral("sourceConnectionId"),
                                  QStringLiteral("schemaId"),
                                  QStringLiteral("dataSetId"),
                                  QStringLiteral("targetConnectionId"),
                                  QStringLiteral("mappingSetId"),
                                  QStringLiteral("mappingVersion"),
                                  QStringLiteral("flowId")};
    return keys;
}

void DataflowPlan::add(PlanStep::Kind kind, const QString& id, const QString& title, const QStringList& needs,
                       const QStringList& produces, bool createsObject)
{
    PlanStep step;
    step.kind = kind;
    step.id = id;
    step.title = title;
    for (const QString& need : needs) {
        if (!need.isEmpty() && this->step(need))
            step.needs << need;
    }
    step.produces = produces;
    step.createsObject = createsObject;
    m_steps.append(step);
}

DataflowPlan DataflowPlan::build(const DataflowDraft& draft)
{
    using K = PlanStep::Kind;
    DataflowPlan plan;
    plan.m_draft = draft;
    const bool newAccount = draft.source.newAccount && draft.source.baseConnectionId.isEmpty();
    const bool newSchema = draft.schema.create.has_value();
    const bool identity = newSchema && draft.schema.create->primaryIdentity.has_value();
    const bool profile = newSchema && draft.schema.create->profileEnabled;

    if (newAccount)
        plan.add(K::BaseConnection, QStringLiteral("baseConnection"), tr("Create the account connection"), {},
                 {QStringLiteral("baseConnectionId")});
    plan.add(K::SourceConnection, QStringLiteral("sourceConnection"), tr("Create the source connection"),
             {QStringLiteral("baseConnection")}, {QStringLiteral("sourceConnectionId")});
    if (newSchema)
        plan.add(K::Schema, QStringLiteral("schema"), tr("Create the schema"), {},
                 {QStringLiteral("schemaId"), QStringLiteral("schemaAltId")});
    if (identity)
        plan.add(K::IdentityDescriptor, QStringLiteral("identityDescriptor"), tr("Set the primary identity"),
                 {QStringLiteral("schema")}, {QStringLiteral("descriptorId")});
    if (profile)
        plan.add(K::ProfileTag, QStringLiteral("profileTag"), tr("Enable the schema for Profile"),
                 {QStringLiteral("schema"), QStringLiteral("identityDescriptor")}, {}, false);
    if (draft.dataset.create)
        plan.add(K::Dataset, QStringLiteral("dataset"), tr("Create the dataset"),
                 {QStringLiteral("schema"), QStringLiteral("profileTag")}, {QStringLiteral("dataSetId")});
    plan.add(K::TargetConnection, QStringLiteral("targetConnection"), tr("Create the target connection"),
             {QStringLiteral("dataset"), QStringLiteral("schema")}, {QStringLiteral("targetConnectionId")});
    plan.add(K::MappingSet, QStringLiteral("mappingSet"), tr("Create the mapping set"), {QStringLiteral("schema")},
             {QStringLiteral("mappingSetId"), QStringLiteral("mappingVersion")});
    plan.add(
        K::FlowSpecLookup, QStringLiteral("flowSpec"), tr("Read the Platform's rules for this kind of dataflow"), {},
        {QStringLiteral("flowSpecId"), QStringLiteral("flowSpecVersion"), QStringLiteral("mappingVersionType")}, false);
    plan.add(K::Flow, QStringLiteral("flow"), tr("Create the dataflow"),
             {QStringLiteral("sourceConnection"), QStringLiteral("targetConnection"), QStringLiteral("mappingSet"),
              QStringLiteral("flowSpec")},
             {QStringLiteral("flowId")});
    return plan;
}

const PlanStep* DataflowPlan::step(const QString& id) const
{
    for (const PlanStep& step : m_steps) {
        if (step.id == id)
            return &step;
    }
    return nullptr;
}

QStringList DataflowPlan::order() const
{
    // Steps are added after what they need, so the list order is already topological.
    QStringList ids;
    for (const PlanStep& step : m_steps)
        ids << step.id;
    return ids;
}

QStringList DataflowPlan::criticalPath() const
{
    QHash<QString, QStringList> longest;
    for (const PlanStep& step : m_steps) {
        QStringList best;
        for (const QString& need : step.needs) {
            if (longest.value(need).size() > best.size())
                best = longest.value(need);
        }
        longest.insert(step.id, best << step.id);
    }
    return longest.value(QStringLiteral("flow"));
}

QStringList DataflowPlan::dependents(const QString& id) const
{
    QStringList result;
    for (const PlanStep& step : m_steps) {
        for (const QString& need : step.needs) {
            if ((need == id || result.contains(need)) && !result.contains(step.id))
                result << step.id;
        }
    }
    return result;
}

QHash<QString, QString> DataflowPlan::initialValues() const
{
    QHash<QString, QString> values;
    if (!m_draft.source.baseConnectionId.isEmpty())
        values.insert(QStringLiteral("baseConnectionId"), m_draft.source.baseConnectionId);
    if (!m_draft.schema.create)
        values.insert(QStringLiteral("schemaId"), m_draft.schema.id);
    if (!m_draft.dataset.create)
        values.insert(QStringLiteral("dataSetId"), m_draft.dataset.id);
    return values;
}

QString DataflowPlan::draftKey() const
{
    // QJsonDocument writes object keys sorted, so the same draft always gives the same bytes.
    const QByteArray canonical = QJsonDocument(m_draft.toJson()).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex().left(32));
}

bool DataflowPlan::mappingVersionIsString(const QJsonObject& flowSpec)
{
    const QString type = FlowSpec(flowSpec)
                             .transformationSchema(QStringLiteral("Mapping"))
                             .value(QLatin1String("properties"))
                             .toObject()
                             .value(QLatin1String("mappingVersion"))
                             .toObject()
                             .value(QLatin1String("type"))
                             .toString();
    return type != QLatin1String("integer") && type != QLatin1String("number");
}

QJsonObject DataflowPlan::flowBody(const QHash<QString, QString>& values, bool mappingVersionIsString) const
{
    const DraftDataflow& flow = m_draft.dataflow;
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
    const QString version = values.value(QStringLiteral("mappingVersion"));
    const QJsonValue mappingVersion = mappingVersionIsString ? QJsonValue(version) : QJsonValue(version.toLongLong());
    transformations.append(
        QJsonObject{{QStringLiteral("name"), QStringLiteral("Mapping")},
                    {QStringLiteral("params"),
                     QJsonObject{{QStringLiteral("mappingId"), values.value(QStringLiteral("mappingSetId"))},
                                 {QStringLiteral("mappingVersion"), mappingVersion}}}});

    QJsonObject body{
        {QStringLiteral("name"), flow.name},
        {QStringLiteral("description"), flow.description.isEmpty() ? kCreatedBy : flow.description},
        {QStringLiteral("flowSpec"),
         QJsonObject{{QStringLiteral("id"), values.value(QStringLiteral("flowSpecId"))},
                     {QStringLiteral("version"), values.value(QStringLiteral("flowSpecVersion"))}}},
        {QStringLiteral("sourceConnectionIds"), QJsonArray{values.value(QStringLiteral("sourceConnectionId"))}},
        {QStringLiteral("targetConnectionIds"), QJsonArray{values.value(QStringLiteral("targetConnectionId"))}},
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

StepRequest DataflowPlan::createRequest(const PlanStep& step, const QHash<QString, QString>& values) const
{
    using K = PlanStep::Kind;
    const DataflowDraft& d = m_draft;
    const QString schemaId = values.value(QStringLiteral("schemaId"));
    switch (step.kind) {
    case K::BaseConnection: // the same body as the wizard's SourcesService::createAccount (secrets: PlanRunner)
        return request("POST", SourcesService::accountsPath(),
                       QJsonDocument(SourcesService::accountBody(d.source.connectionSpecId, *d.source.newAccount)));
    case K::SourceConnection:
        return request("POST", flowPath(QStringLiteral("/sourceConnections")),
                       QJsonDocument(QJsonObject{
                           {QStringLiteral("name"), tr("%1 source").arg(d.dataflow.name)},
                           {QStringLiteral("description"), kCreatedBy},
                           {QStringLiteral("baseConnectionId"), values.value(QStringLiteral("baseConnectionId"))},
                           {QStringLiteral("data"), QJsonObject{{QStringLiteral("format"), QStringLiteral("tabular")}}},
                           {QStringLiteral("params"), QJsonObject{{QStringLiteral("path"), d.source.path}}},
                           {QStringLiteral("connectionSpec"), connectionSpec(d.source.connectionSpecId)}}));
    case K::Schema: {
        const DraftSchemaCreate& create = *d.schema.create;
        QJsonArray allOf{QJsonObject{{QStringLiteral("$ref"), create.xdmClass}}};
        for (const QString& group : create.fieldGroups)
            allOf.append(QJsonObject{{QStringLiteral("$ref"), group}});
        return request("POST", schemaPath(QStringLiteral("/tenant/schemas")),
                       QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                                 {QStringLiteral("title"), create.title},
                                                 {QStringLiteral("description"),
                                                  create.description.isEmpty() ? kCreatedBy : create.description},
                                                 {QStringLiteral("allOf"), allOf}}));
    }
    case K::IdentityDescriptor: {
        const DraftIdentity& identity = *d.schema.create->primaryIdentity;
        // "/personalEmail/address": a slash path without "properties" segments (CONTRACT.md §4.6).
        const QString property = QLatin1Char('/') + QString(identity.path).replace(QLatin1Char('.'), QLatin1Char('/'));
        return request("POST", schemaPath(QStringLiteral("/tenant/descriptors")),
                       QJsonDocument(QJsonObject{{QStringLiteral("@type"), QStringLiteral("xdm:descriptorIdentity")},
                                                 {QStringLiteral("xdm:sourceSchema"), schemaId},
                                                 {QStringLiteral("xdm:sourceVersion"), 1},
                                                 {QStringLiteral("xdm:sourceProperty"), property},
                                                 {QStringLiteral("xdm:namespace"), identity.namespaceCode},
                                                 {QStringLiteral("xdm:property"), QStringLiteral("xdm:code")},
                                                 {QStringLiteral("xdm:isPrimary"), true}}));
    }
    case K::ProfileTag:
        return request(
            "PATCH", schemaPath(QStringLiteral("/tenant/schemas/") + values.value(QStringLiteral("schemaAltId"))),
            QJsonDocument(QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("add")},
                                                 {QStringLiteral("path"), QStringLiteral("/meta:immutableTags")},
                                                 {QStringLiteral("value"), QJsonArray{QStringLiteral("union")}}}}));
    case K::Dataset: {
        QJsonObject body{{QStringLiteral("name"), d.dataset.create->name},
                         {QStringLiteral("schemaRef"),
                          QJsonObject{{QStringLiteral("id"), schemaId},
                                      {QStringLiteral("contentType"), QLatin1String(kXedVersion1)}}}};
        if (!d.dataset.create->description.isEmpty())
            body.insert(QStringLiteral("description"), d.dataset.create->description);
        if (d.dataset.create->profileEnabled)
            body.insert(QStringLiteral("tags"),
                        QJsonObject{{QStringLiteral("unifiedProfile"), QJsonArray{QStringLiteral("enabled: true")}},
                                    {QStringLiteral("unifiedIdentity"), QJsonArray{QStringLiteral("enabled: true")}}});
        StepRequest r = request("POST", catalogPath(QStringLiteral("/dataSets")), QJsonDocument(body));
        r.query.addQueryItem(QStringLiteral("requestDataSource"), QStringLiteral("true"));
        return r;
    }
    case K::TargetConnection:
        return request(
            "POST", flowPath(QStringLiteral("/targetConnections")),
            QJsonDocument(QJsonObject{
                {QStringLiteral("name"), tr("%1 target").arg(d.dataflow.name)},
                {QStringLiteral("description"), kCreatedBy},
                {QStringLiteral("data"),
                 QJsonObject{{QStringLiteral("schema"),
                              QJsonObject{{QStringLiteral("id"), schemaId},
                                          {QStringLiteral("version"), QLatin1String(kXedFullVersion1)}}}}},
                {QStringLiteral("params"),
                 QJsonObject{{QStringLiteral("dataSetId"), values.value(QStringLiteral("dataSetId"))}}},
                {QStringLiteral("connectionSpec"), connectionSpec(QLatin1String(KnownIds::kDataLakeSpec))}}));
    case K::MappingSet: {
        QJsonArray mappings;
        for (const MappingRule& rule : d.mapping)
            mappings.append(
                QJsonObject{{QStringLiteral("sourceType"),
                             rule.isExpression() ? QStringLiteral("EXPRESSION") : QStringLiteral("ATTRIBUTE")},
                            {QStringLiteral("source"), rule.isExpression() ? rule.expression : rule.source},
                            {QStringLiteral("destination"), rule.destination}});
        return request(
            "POST", conversionPath(QStringLiteral("/mappingSets")),
            QJsonDocument(QJsonObject{
                {QStringLiteral("outputSchema"),
                 QJsonObject{{QStringLiteral("schemaRef"),
                              QJsonObject{{QStringLiteral("id"), schemaId},
                                          {QStringLiteral("contentType"), QLatin1String(kXedFullVersion1)}}}}},
                {QStringLiteral("mappings"), mappings}}));
    }
    case K::FlowSpecLookup: {
        // The Flow Service's one flow-spec lookup, kept as a step for the journal and the curl export.
        const PlatformRequest lookup = FlowsService::flowSpecRequest();
        StepRequest r = request("GET", lookup.path);
        r.query = lookup.query;
        return r;
    }
    case K::Flow:
        return request("POST", flowPath(QStringLiteral("/flows")),
                       QJsonDocument(flowBody(
                           values, values.value(QStringLiteral("mappingVersionType")) != QLatin1String("number"))));
    }
    return {};
}

StepRequest DataflowPlan::verifyRequest(const PlanStep& step, const QHash<QString, QString>& values) const
{
    StepRequest r = deleteRequest(step, values);
    if (step.kind == PlanStep::Kind::MappingSet)
        r = request("GET",
                    conversionPath(QStringLiteral("/mappingSets/") + values.value(QStringLiteral("mappingSetId"))));
    if (r.isNull())
        return r;
    r.method = "GET";
    if (step.kind == PlanStep::Kind::Schema)
        r.accept = kXedLookup;
    return r;
}

StepRequest DataflowPlan::deleteRequest(const PlanStep& step, const QHash<QString, QString>& values) const
{
    using K = PlanStep::Kind;
    switch (step.kind) {
    case K::BaseConnection:
        return request("DELETE", SourcesService::accountPath(values.value(QStringLiteral("baseConnectionId"))));
    case K::SourceConnection:
        return request(
            "DELETE",
            flowPath(QStringLiteral("/sourceConnections/") + values.value(QStringLiteral("sourceConnectionId"))));
    case K::Schema:
        return request("DELETE",
                       schemaPath(QStringLiteral("/tenant/schemas/") + values.value(QStringLiteral("schemaAltId"))));
    case K::IdentityDescriptor:
        return request(
            "DELETE",
            schemaPath(QStringLiteral("/tenant/descriptors/") + values.value(QStringLiteral("descriptorId"))));
    case K::Dataset:
        return request("DELETE", catalogPath(QStringLiteral("/dataSets/") + values.value(QStringLiteral("dataSetId"))));
    case K::TargetConnection:
        return request(
            "DELETE",
            flowPath(QStringLiteral("/targetConnections/") + values.value(QStringLiteral("targetConnectionId"))));
    case K::Flow:
        return request("DELETE", flowPath(QStringLiteral("/flows/") + values.value(QStringLiteral("flowId"))));
    case K::MappingSet: // Data Prep documents no delete (CONTRACT.md §6.3)
    case K::ProfileTag: // the union tag cannot be removed; deleting the schema removes it
    case K::FlowSpecLookup:
        break;
    }
    return {};
}

bool DataflowPlan::readResult(const PlanStep& step, const QJsonDocument& response, QHash<QString, QString>* values,
                              QString* why) const
{
    using K = PlanStep::Kind;
    auto need = [&](const QString& name, const QString& value) {
        if (value.isEmpty()) {
            *why = QStringLiteral("the response has no %1").arg(name);
            return false;
        }
        values->insert(name, value);
        return true;
    };
    switch (step.kind) {
    case K::BaseConnection:
        return need(QStringLiteral("baseConnectionId"), firstItem(response).value(QLatin1String("id")).toString());
    case K::SourceConnection:
        return need(QStringLiteral("sourceConnectionId"), firstItem(response).value(QLatin1String("id")).toString());
    case K::TargetConnection:
        return need(QStringLiteral("targetConnectionId"), firstItem(response).value(QLatin1String("id")).toString());
    case K::Flow:
        return need(QStringLiteral("flowId"), firstItem(response).value(QLatin1String("id")).toString());
    case K::Schema:
        return need(QStringLiteral("schemaId"), response.object().value(QLatin1String("$id")).toString())
            && need(QStringLiteral("schemaAltId"), response.object().value(QLatin1String("meta:altId")).toString());
    case K::IdentityDescriptor:
        return need(QStringLiteral("descriptorId"), response.object().value(QLatin1String("@id")).toString());
    case K::ProfileTag:
        return true;
    case K::Dataset: {
        // ["@/dataSets/<id>"]; the prose says "@/datasets/" (CONTRACT.md §10 #12).
        QString ref = response.array().at(0).toString();
        static const QString prefix = QStringLiteral("@/dataSets/");
        if (!ref.startsWith(prefix, Qt::CaseInsensitive)) {
            *why = QStringLiteral("the response is not [\"@/dataSets/<id>\"]");
            return false;
        }
        return need(QStringLiteral("dataSetId"), ref.mid(prefix.size()));
    }
    case K::MappingSet: {
        const QJsonObject set = response.object();
        const QJsonValue version = set.value(QLatin1String("version"));
        if (!version.isDouble() && !version.isString()) {
            *why = QStringLiteral("the response has no version");
            return false;
        }
        return need(QStringLiteral("mappingSetId"), set.value(QLatin1String("id")).toString())
            && need(QStringLiteral("mappingVersion"),
                    version.isDouble() ? QString::number(version.toInteger()) : version.toString());
    }
    case K::FlowSpecLookup: {
        PlatformError error;
        const FlowSpec spec = FlowsService::parseFlowSpec(response, &error);
        if (error.isError()) {
            *why = error.detail;
            return false;
        }
        if (!need(QStringLiteral("flowSpecId"), spec.id()))
            return false;
        values->insert(QStringLiteral("flowSpecVersion"), spec.version()); // "1.0" when the spec says none
        values->insert(QStringLiteral("mappingVersionType"),
                       mappingVersionIsString(spec.json()) ? QStringLiteral("string") : QStringLiteral("number"));
        return true;
    }
    }
    return false;
}
