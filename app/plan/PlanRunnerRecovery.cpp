// SPDX-License-Identifier: GPL-3.0-or-later
// PlanRunner, continued: a create whose answer was lost (PlatformError::outcomeUnknown) is looked for before it is
// sent again, through each step's service.
#include "plan/PlanRunner.h"

#include "base/Logging.h"
#include "services/CatalogService.h"
#include "services/DataPrepService.h"
#include "services/FlowsService.h"
#include "services/SchemaRegistryService.h"
#include "services/SourcesService.h"

void PlanRunner::recover(const PlanStep& step, const PlatformError& error)
{
    const int looks = ++m_lookups[step.id];
    qCInfo(lcNet).noquote() << "step" << step.id << "outcome unknown, looking for it:" << error.toString();
    Q_EMIT retrying(step.id, 0, error);
    const auto again = [this, step, error, looks] {
        if (looks > 1) { // looked twice, created twice: the Platform keeps losing the answer
            fail(step.id, error);
            return;
        }
        create(step);
    };
    if (step.kind == PlanStep::Kind::ProfileTag) {
        again(); // the PATCH sets the tag to ["union"]: sending it again changes nothing
        return;
    }
    const bool asked = lookUp(
        step, [this, step, error, again](const QHash<QString, QString>& found, const PlatformError& lookError) {
            if (lookError.isError()) {
                qCInfo(lcNet).noquote() << "step" << step.id << "could not be looked for:" << lookError.toString();
                fail(step.id, lookError.kind == PlatformError::Kind::Cancelled ? lookError : error);
                return;
            }
            if (found.isEmpty()) {
                again();
                return;
            }
            qCInfo(lcNet) << "step" << step.id << "had been done:" << found;
            for (auto it = found.begin(); it != found.end(); ++it)
                m_values.insert(it.key(), it.value());
            m_journal.record(step.id, found);
            if (saveJournal(step.id))
                complete(step, Outcome::Created);
        });
    if (!asked)
        fail(step.id, error);
}

bool PlanRunner::lookUp(const PlanStep& step, const Found& found)
{
    using K = PlanStep::Kind;
    const DataflowDraft& d = m_plan.draft();
    // The name the create gave it, read from its own body: one place builds names.
    const QJsonObject body = m_plan.createRequest(step, m_values).body.object();
    const QString name = body.value(QLatin1String("name")).toString();
    const auto value = [this](const char* key) { return m_values.value(QLatin1String(key)); };
    const auto one = [found](const char* key) {
        return [found, key](const TypedJob<QString>& job) {
            QHash<QString, QString> values;
            if (job.ok() && !job.value().isEmpty())
                values.insert(QLatin1String(key), job.value());
            found(values, job.error());
        };
    };
    ServiceJob* job = nullptr;
    switch (step.kind) {
    case K::BaseConnection:
        job = SourcesService(m_client)
                  .findAccount(d.source.newAccount ? d.source.newAccount->name : QString(), d.source.connectionSpecId)
                  ->onFinished(this, one("baseConnectionId"));
        break;
    case K::SourceConnection:
        job = SourcesService(m_client)
                  .findSourceConnection(name, value("baseConnectionId"), d.source.path)
                  ->onFinished(this, one("sourceConnectionId"));
        break;
    case K::Schema:
        job = SchemaRegistryService(m_client)
                  .findSchema(body.value(QLatin1String("title")).toString(), d.schema.create->xdmClass)
                  ->onFinished(this, [found](const TypedJob<SchemaSummary>& done) {
                      QHash<QString, QString> values;
                      if (done.ok() && !done.value().id.isEmpty())
                          values = {{QStringLiteral("schemaId"), done.value().id},
                                    {QStringLiteral("schemaAltId"), done.value().altId}};
                      found(values, done.error());
                  });
        break;
    case K::IdentityDescriptor:
        job = SchemaRegistryService(m_client)
                  .findIdentityDescriptor(value("schemaId"))
                  ->onFinished(this, one("descriptorId"));
        break;
    case K::Dataset:
        job = CatalogService(m_client)
                  .findDatasets(name, value("schemaId"))
                  ->onFinished(this, [found](const TypedJob<QList<DatasetSummary>>& done) {
                      QHash<QString, QString> values;
                      if (done.ok() && !done.value().isEmpty())
                          values.insert(QStringLiteral("dataSetId"), done.value().constFirst().id);
                      found(values, done.error());
                  });
        break;
    case K::TargetConnection:
        job = FlowsService(m_client)
                  .findTargetConnection(name, value("dataSetId"))
                  ->onFinished(this, one("targetConnectionId"));
        break;
    case K::MappingSet:
        job = DataPrepService(m_client)
                  .findMappingSets(value("schemaId"), d.mapping)
                  ->onFinished(this, [found](const TypedJob<QList<QPair<QString, QString>>>& done) {
                      QHash<QString, QString> values;
                      if (done.ok() && !done.value().isEmpty())
                          values = {{QStringLiteral("mappingSetId"), done.value().constLast().first},
                                    {QStringLiteral("mappingVersion"), done.value().constLast().second}};
                      found(values, done.error());
                  });
        break;
    case K::Flow:
        job = FlowsService(m_client)
                  .findFlowByName(name, value("sourceConnectionId"), value("targetConnectionId"))
                  ->onFinished(this, one("flowId"));
        break;
    case K::ProfileTag:
    case K::FlowSpecLookup:
        break;
    }
    if (!job)
        return false;
    m_jobs.removeAll(nullptr);
    m_jobs << job;
    return true;
}
