// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/DataflowPlan.h"

#include "model/FlowSpec.h"
#include "platform/PlatformClient.h"
#include "services/CatalogService.h"
#include "services/DataPrepService.h"
#include "services/FlowsService.h"
#include "services/SchemaRegistryService.h"
#include "services/SourcesService.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

namespace {

const QString kCreatedBy = QStringLiteral("Created by Dataflow Wizard");

/** A service's request as a plan step's (whose body the runner and the curl export read as JSON). */
StepRequest step(const PlatformRequest& r)
{
    StepRequest request;
    request.method = r.method;
    request.path = r.path;
    request.query = r.query;
    request.accept = r.accept;
    if (!r.body.isEmpty())
        request.body = QJsonDocument::fromJson(r.body);
    return request;
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
    FlowsService::FlowLinks links;
    links.flowSpecId = values.value(QStringLiteral("flowSpecId"));
    links.flowSpecVersion = values.value(QStringLiteral("flowSpecVersion"));
    links.sourceConnectionId = values.value(QStringLiteral("sourceConnectionId"));
    links.targetConnectionId = values.value(QStringLiteral("targetConnectionId"));
    links.mappingSetId = values.value(QStringLiteral("mappingSetId"));
    links.mappingVersion = values.value(QStringLiteral("mappingVersion"));
    links.mappingVersionIsString = mappingVersionIsString;
    return FlowsService::flowBody(m_draft.dataflow, links, kCreatedBy);
}

StepRequest DataflowPlan::createRequest(const PlanStep& step, const QHash<QString, QString>& values) const
{
    using K = PlanStep::Kind;
    const DataflowDraft& d = m_draft;
    const QString schemaId = values.value(QStringLiteral("schemaId"));
    switch (step.kind) {
    case K::BaseConnection: // the same body as the wizard's SourcesService::createAccount (secrets: PlanRunner)
        return ::step(SourcesService::createAccountRequest(d.source.connectionSpecId, *d.source.newAccount));
    case K::SourceConnection:
        return ::step(SourcesService::createSourceConnectionRequest(tr("%1 source").arg(d.dataflow.name), kCreatedBy,
                                                                    values.value(QStringLiteral("baseConnectionId")),
                                                                    d.source.connectionSpecId, d.source.path));
    case K::Schema: {
        const DraftSchemaCreate& create = *d.schema.create;
        return ::step(SchemaRegistryService::createSchemaRequest(
            create, create.description.isEmpty() ? kCreatedBy : create.description));
    }
    case K::IdentityDescriptor:
        return ::step(SchemaRegistryService::identityDescriptorRequest(schemaId, *d.schema.create->primaryIdentity));
    case K::ProfileTag:
        return ::step(SchemaRegistryService::profileTagRequest(values.value(QStringLiteral("schemaAltId"))));
    case K::Dataset:
        return ::step(CatalogService::createDatasetRequest(*d.dataset.create, schemaId));
    case K::TargetConnection:
        return ::step(FlowsService::createTargetConnectionRequest(tr("%1 target").arg(d.dataflow.name), kCreatedBy,
                                                                  schemaId, values.value(QStringLiteral("dataSetId"))));
    case K::MappingSet:
        return ::step(DataPrepService::createMappingSetRequest(schemaId, d.mapping));
    case K::FlowSpecLookup: // the Flow Service's one flow-spec lookup, kept as a step for the journal and the export
        return ::step(FlowsService::flowSpecRequest());
    case K::Flow:
        return ::step(FlowsService::createFlowRequest(
            flowBody(values, values.value(QStringLiteral("mappingVersionType")) != QLatin1String("number"))));
    }
    return {};
}

StepRequest DataflowPlan::verifyRequest(const PlanStep& step, const QHash<QString, QString>& values) const
{
    if (step.kind == PlanStep::Kind::MappingSet)
        return ::step(DataPrepService::mappingSetRequest(values.value(QStringLiteral("mappingSetId"))));
    return resourceRequest("GET", step, values);
}

StepRequest DataflowPlan::deleteRequest(const PlanStep& step, const QHash<QString, QString>& values) const
{
    return resourceRequest("DELETE", step, values);
}

StepRequest DataflowPlan::resourceRequest(const QByteArray& method, const PlanStep& step,
                                          const QHash<QString, QString>& values)
{
    using K = PlanStep::Kind;
    switch (step.kind) {
    case K::BaseConnection:
        return ::step(ServiceJson::request(
            method.constData(), SourcesService::accountPath(values.value(QStringLiteral("baseConnectionId")))));
    case K::SourceConnection:
        return ::step(ServiceJson::request(
            method.constData(),
            SourcesService::sourceConnectionPath(values.value(QStringLiteral("sourceConnectionId")))));
    case K::Schema:
        return ::step(SchemaRegistryService::schemaRequest(method, values.value(QStringLiteral("schemaAltId"))));
    case K::IdentityDescriptor:
        return ::step(SchemaRegistryService::descriptorRequest(method, values.value(QStringLiteral("descriptorId"))));
    case K::Dataset:
        return ::step(CatalogService::datasetRequest(method, values.value(QStringLiteral("dataSetId"))));
    case K::TargetConnection:
        return ::step(
            FlowsService::targetConnectionRequest(method, values.value(QStringLiteral("targetConnectionId"))));
    case K::Flow:
        return ::step(FlowsService::flowRequest(method, values.value(QStringLiteral("flowId"))));
    case K::MappingSet: // Data Prep documents no delete
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
        return need(QStringLiteral("baseConnectionId"), ServiceJson::createdId(response));
    case K::SourceConnection:
        return need(QStringLiteral("sourceConnectionId"), ServiceJson::createdId(response));
    case K::TargetConnection:
        return need(QStringLiteral("targetConnectionId"), ServiceJson::createdId(response));
    case K::Flow:
        return need(QStringLiteral("flowId"), ServiceJson::createdId(response));
    case K::Schema: {
        QString id;
        QString altId;
        if (!SchemaRegistryService::parseCreatedSchema(response, &id, &altId, why))
            return false;
        values->insert(QStringLiteral("schemaId"), id);
        values->insert(QStringLiteral("schemaAltId"), altId);
        return true;
    }
    case K::IdentityDescriptor:
        return need(QStringLiteral("descriptorId"), SchemaRegistryService::parseCreatedDescriptor(response));
    case K::ProfileTag:
        return true;
    case K::Dataset: {
        const QString id = CatalogService::parseCreatedDataset(response, why);
        return !id.isEmpty() && need(QStringLiteral("dataSetId"), id);
    }
    case K::MappingSet: {
        QString id;
        QString version;
        if (!DataPrepService::parseCreatedMappingSet(response, &id, &version, why))
            return false;
        values->insert(QStringLiteral("mappingSetId"), id);
        values->insert(QStringLiteral("mappingVersion"), version);
        return true;
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
