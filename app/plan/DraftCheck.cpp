// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/DraftCheck.h"

#include "model/DraftValidator.h"
#include "model/FlowSpec.h"
#include "platform/PlatformClient.h"
#include "services/FlowsService.h"

#include <QDateTime>
#include <QJsonArray>

namespace {

/** Adds @p from's "properties" tree into @p into (a class and its field groups make one schema). */
void mergeProperties(QJsonObject& into, const QJsonObject& from)
{
    QJsonObject properties = into.value(QLatin1String("properties")).toObject();
    const QJsonObject more = from.value(QLatin1String("properties")).toObject();
    for (auto it = more.begin(); it != more.end(); ++it) {
        QJsonObject existing = properties.value(it.key()).toObject();
        if (existing.isEmpty()) {
            properties.insert(it.key(), it.value());
            continue;
        }
        mergeProperties(existing, it.value().toObject());
        properties.insert(it.key(), existing);
    }
    into.insert(QStringLiteral("properties"), properties);
}

} // namespace

DraftCheck::DraftCheck(PlatformClient* client, const DataflowDraft& draft, QObject* parent)
    : QObject(parent), m_client(client), m_draft(draft)
{ }

QString DraftCheck::altIdOf(const QString& xdmId)
{
    QString path = xdmId.section(QStringLiteral("ns.adobe.com/"), 1);
    if (path.isEmpty())
        return xdmId; // already an altId
    return QLatin1Char('_') + path.replace(QLatin1Char('/'), QLatin1Char('.'));
}

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
        if (--m_pending == 0) {
            if (!m_schemaFailed && !m_mergedSchema.isEmpty())
                m_problems << DraftValidator::checkAgainstSchema(m_draft, m_mergedSchema);
            Q_EMIT finished(this);
        }
    });
}

void DraftCheck::start()
{
    m_problems.clear();
    m_mergedSchema = {};
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
    const QString registry = QLatin1String(Platform::kSchemaRegistry);
    QList<QPair<QString, QString>> parts; // field, path
    if (m_draft.schema.create) {
        const DraftSchemaCreate& create = *m_draft.schema.create;
        parts.append({QStringLiteral("schema.create.class"),
                      registry + QStringLiteral("/global/classes/") + altIdOf(create.xdmClass)});
        for (qsizetype i = 0; i < create.fieldGroups.size(); ++i) {
            const QString id = create.fieldGroups.at(i);
            const bool global = id.startsWith(QLatin1String("https://ns.adobe.com/xdm/"));
            parts.append(
                {QStringLiteral("schema.create.fieldGroups[%1]").arg(i),
                 registry + (global ? QStringLiteral("/global/fieldgroups/") : QStringLiteral("/tenant/fieldgroups/"))
                     + altIdOf(id)});
        }
    } else if (!m_draft.schema.id.isEmpty()) {
        parts.append(
            {QStringLiteral("schema.id"), registry + QStringLiteral("/tenant/schemas/") + altIdOf(m_draft.schema.id)});
    }
    for (const auto& [field, path] : std::as_const(parts)) {
        expect(m_client->get(path, {}, Platform::kXedFull), [this, field = field](PlatformCall* call) {
            if (!call->ok()) {
                m_schemaFailed = true;
                if (call->error().kind == PlatformError::Kind::NotFound)
                    m_problems.append({QStringLiteral("schema.notFound"), field,
                                       tr("The Schema Registry has no such resource."), DraftProblem::Severity::Error});
                else
                    unreachable(field, call->error());
                return;
            }
            mergeProperties(m_mergedSchema, call->json().object());
        });
    }
}
