// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/DraftCheck.h"

#include "model/DraftValidator.h"
#include "model/FlowSpec.h"
#include "platform/PlatformClient.h"
#include "services/FlowsService.h"
#include "services/SchemaRegistryService.h"

#include <QDateTime>
#include <QJsonArray>

DraftCheck::DraftCheck(PlatformClient* client, const DataflowDraft& draft, QObject* parent)
    : QObject(parent), m_client(client), m_draft(draft)
{ }

void DraftCheck::unreachable(const QString& field, const PlatformError& error)
{
    m_problems.append({QStringLiteral("platform.checkFailed"), field,
                       tr("Could not check this against the platform: %1").arg(error.toString()),
                       DraftProblem::Severity::Error});
}

void DraftCheck::expect(PlatformCall* call, const std::function<void(PlatformCall*)>& onDone)
{
    ++m_pending;
    connect(call, &PlatformCall::finished, this, [this, onDone](PlatformCall* done) {
        onDone(done);
        settle();
    });
}

void DraftCheck::settle()
{
    if (--m_pending > 0)
        return;
    if (!m_schemaFailed && !m_schemaParts.isEmpty()) {
        QList<SchemaTree> parts;
        for (const SchemaTree& part : std::as_const(m_schemaParts))
            parts << part;
        m_problems << DraftValidator::checkAgainstSchema(m_draft, SchemaTree::merge(parts).json());
    }
    Q_EMIT finished(this);
}

void DraftCheck::start()
{
    m_problems.clear();
    m_schemaParts.clear();
    m_schemaFailed = false;
    const QString flow = QLatin1String(Platform::kFlowService);
    const PlatformRequest specLookup = FlowsService::flowSpecRequest();
    expect(m_client->get(specLookup.path, specLookup.query), [this](PlatformCall* call) {
        PlatformError error = call->error();
        const FlowSpec spec = call->ok() ? FlowsService::parseFlowSpec(call->json(), &error) : FlowSpec();
        if (error.isError()) {
            unreachable(QStringLiteral("dataflow.schedule"), error);
            return;
        }
        m_flowSpec = spec.json();
        const DraftDataflow& dataflow = m_draft.dataflow;
        m_problems << DraftValidator::checkSource(m_draft.source, spec)
                   << DraftValidator::checkSchedule(dataflow.schedule, spec, QDateTime::currentSecsSinceEpoch())
                   << DraftValidator::checkOptions(dataflow, spec)
                   << DraftValidator::checkDeltaColumn(dataflow.deltaColumn, spec);
    });

    if (!m_draft.source.baseConnectionId.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("objectType"), QStringLiteral("table"));
        query.addQueryItem(QStringLiteral("object"), m_draft.source.path);
        const QString path
            = flow + QStringLiteral("/connections/") + m_draft.source.baseConnectionId + QStringLiteral("/explore");
        expect(m_client->get(path, query), [this](PlatformCall* call) {
            if (call->error().kind == PlatformError::Kind::NotFound) {
                m_problems.append({QStringLiteral("source.notFound"), QStringLiteral("source"),
                                   tr("The account or the table %1 was not found.").arg(m_draft.source.path),
                                   DraftProblem::Severity::Error});
                return;
            }
            if (!call->ok()) {
                unreachable(QStringLiteral("source"), call->error());
                return;
            }
            const QJsonArray columns = call->json()
                                           .object()
                                           .value(QLatin1String("schema"))
                                           .toObject()
                                           .value(QLatin1String("columns"))
                                           .toArray();
            m_problems << DraftValidator::checkAgainstTable(m_draft, columns);
        });
    }
    checkSchemaParts();
}

void DraftCheck::checkSchemaParts()
{
    const SchemaRegistryService registry(m_client);
    QList<QPair<QString, TypedJob<SchemaTree>*>> parts; // field, its request
    if (m_draft.schema.create) {
        const DraftSchemaCreate& create = *m_draft.schema.create;
        parts.append({QStringLiteral("schema.create.class"), registry.fullClass(create.xdmClass)});
        for (qsizetype i = 0; i < create.fieldGroups.size(); ++i)
            parts.append({QStringLiteral("schema.create.fieldGroups[%1]").arg(i),
                          registry.fullFieldGroup(create.fieldGroups.at(i))});
    } else if (!m_draft.schema.id.isEmpty()) {
        parts.append({QStringLiteral("schema.id"), registry.fullSchema(m_draft.schema.id)});
    }
    for (qsizetype i = 0; i < parts.size(); ++i) {
        ++m_pending;
        parts.at(i).second->onFinished(this, [this, i, field = parts.at(i).first](const TypedJob<SchemaTree>& job) {
            if (!job.ok()) {
                m_schemaFailed = true;
                if (job.error().kind == PlatformError::Kind::NotFound)
                    m_problems.append({QStringLiteral("schema.notFound"), field,
                                       tr("The Schema Registry has no such resource."), DraftProblem::Severity::Error});
                else
                    unreachable(field, job.error());
            } else {
                m_schemaParts.insert(i, job.value()); // merged in the draft's order, whatever order they come in
            }
            settle();
        });
    }
}
