// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/FlowMappingImport.h"

namespace {

/** A job made of two calls: the flow, then its mapping set. */
class FlowMappingJob : public TypedJob<FlowMapping>
{
public:
    FlowMappingJob(PlatformClient* client, const QString& flowId, QObject* parent) : TypedJob<FlowMapping>(parent)
    {
        FlowsService(client).flow(flowId)->onFinished(this, [this, client](const TypedJob<Flow>& flow) {
            if (!flow.ok()) {
                finish(flow.error());
                return;
            }
            FlowMapping mapping;
            mapping.flow = flow.value();
            if (mapping.flow.mappingSetId.isEmpty()) {
                setValue(mapping);
                finish();
                return;
            }
            DataPrepService(client)
                .mappingSet(mapping.flow.mappingSetId, mapping.flow.mappingVersion)
                ->onFinished(this, [this, mapping](const TypedJob<MappingSet>& set) {
                    if (!set.ok()) {
                        finish(set.error());
                        return;
                    }
                    FlowMapping read = mapping;
                    read.mappingSet = set.value();
                    setValue(read);
                    finish();
                });
        });
    }
};

} // namespace

FlowMappingImport::FlowMappingImport(PlatformClient* client, QObject* parent)
    : QObject(parent), m_client(client), m_flows(new FlowListModel(this))
{ }

FlowMappingImport::~FlowMappingImport()
{
    cancel();
}

TypedJob<FlowMapping>* FlowMappingImport::fetch(PlatformClient* client, const QString& flowId, QObject* parent)
{
    if (!client)
        return TypedJob<FlowMapping>::failed(PlatformError::badResponse(QStringLiteral("not connected")), parent);
    return new FlowMappingJob(client, flowId, parent);
}

void FlowMappingImport::loadFlows()
{
    if (m_flowsJob)
        m_flowsJob->abort();
    if (!m_client) {
        Q_EMIT failed(PlatformError::badResponse(QStringLiteral("not connected")), true);
        return;
    }
    auto* job = FlowsService(m_client).listFlows();
    m_flowsJob = job;
    job->onFinished(this, [this, job](const TypedJob<QList<Flow>>& done) {
        if (m_flowsJob.data() != job || done.error().kind == PlatformError::Kind::Cancelled)
            return;
        m_flowsJob = nullptr;
        Q_EMIT busyChanged();
        if (!done.ok()) {
            Q_EMIT failed(done.error(), true);
            return;
        }
        m_flows->setFlows(done.value());
        Q_EMIT flowsLoaded();
    });
    Q_EMIT busyChanged();
}

void FlowMappingImport::loadRules(const QString& flowId)
{
    if (m_rulesJob) {
        ServiceJob* previous = m_rulesJob;
        m_rulesJob = nullptr;
        previous->abort();
    }
    auto* job = fetch(m_client, flowId);
    m_rulesJob = job;
    job->onFinished(this, [this, job, flowId](const TypedJob<FlowMapping>& done) {
        if (m_rulesJob.data() != job)
            return;
        m_rulesJob = nullptr;
        Q_EMIT busyChanged();
        if (!done.ok()) {
            if (done.error().kind != PlatformError::Kind::Cancelled)
                Q_EMIT failed(done.error(), false);
            return;
        }
        m_mapping = done.value();
        Q_EMIT rulesLoaded(flowId);
    });
    Q_EMIT busyChanged();
}

void FlowMappingImport::cancel()
{
    for (QPointer<ServiceJob>* job : {&m_flowsJob, &m_rulesJob}) {
        if (ServiceJob* running = *job) {
            *job = nullptr;
            running->abort();
        }
    }
}
