// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/DraftCheck.h"

#include "model/DraftValidator.h"
#include "model/FlowSpec.h"
#include "model/MappingTypeCheck.h"
#include "platform/PlatformClient.h"
#include "services/CatalogService.h"
#include "services/DataPrepService.h"
#include "services/FlowsService.h"
#include "services/SchemaRegistryService.h"
#include "services/SourcesService.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

DraftCheck::DraftCheck(PlatformClient* client, const DataflowDraft& draft, QObject* parent)
    : QObject(parent), m_client(client), m_draft(draft)
{ }

void DraftCheck::unreachable(const QString& field, const PlatformError& error)
{
    m_problems.append({QStringLiteral("platform.checkFailed"), field,
                       tr("Could not check this against the platform: %1").arg(error.toString()),
                       DraftProblem::Severity::Error});
}

void DraftCheck::settle()
{
    if (--m_pending > 0)
        return;
    // Calculated fields read here: their syntax and, once the table is read, its columns. Which functions exist and
    // how many arguments they take stays Data Prep's verdict (mappingSets/validate below), as for the Mapping page.
    for (const DraftProblem& problem : MappingTypeCheck::checkExpressions(m_draft.mapping, m_columns)) {
        if (problem.code == QLatin1String("expression.syntax")
            || problem.code == QLatin1String("expression.unknownColumn"))
            m_problems << problem;
    }
    if (!m_schemaFailed && !m_schemaParts.isEmpty()) {
        QList<SchemaTree> parts;
        for (const SchemaTree& part : std::as_const(m_schemaParts))
            parts << part;
        const QJsonObject tree = SchemaTree::merge(parts).json();
        m_problems << DraftValidator::checkAgainstSchema(m_draft, tree);
        // The type of each column (or calculated field) against its field's, by the Mapping page's rule: no value
        // converts is an error, values that may not (or a date format to say) are warnings.
        m_problems << MappingTypeCheck::checkTypes(m_draft.mapping, m_columns, MappingTypeCheck::fieldKinds(tree));
    }
    for (const DraftProblem& refused : std::as_const(m_dataPrepProblems)) {
        const bool known = std::any_of(m_problems.cbegin(), m_problems.cend(), [&](const DraftProblem& problem) {
            return problem.isError() && problem.field.startsWith(refused.field);
        });
        if (!known)
            m_problems << refused;
    }
    Q_EMIT finished(this);
}

void DraftCheck::start()
{
    m_problems.clear();
    m_dataPrepProblems.clear();
    m_schemaParts.clear();
    m_columns = m_knownColumns;
    m_schemaFailed = false;
    ++m_pending;
    FlowsService(m_client).flowSpec()->onFinished(this, [this](const TypedJob<FlowSpec>& job) {
        if (!job.ok()) {
            unreachable(QStringLiteral("dataflow.schedule"), job.error());
        } else {
            m_flowSpec = job.value().json();
            const qint64 now = m_nowSeconds < 0 ? QDateTime::currentSecsSinceEpoch() : m_nowSeconds;
            m_problems << DraftValidator::checkAgainstFlowSpec(m_draft, job.value(), now);
        }
        settle();
    });

    if (!m_draft.source.baseConnectionId.isEmpty()) {
        ++m_pending;
        SourcesService(m_client)
            .table(m_draft.source.baseConnectionId, m_draft.source.path, this)
            ->onFinished(this, [this](const TypedJob<SourceTable>& job) {
                if (job.error().kind == PlatformError::Kind::NotFound)
                    m_problems.append({QStringLiteral("source.notFound"), QStringLiteral("source"),
                                       tr("The account or the table %1 was not found.").arg(m_draft.source.path),
                                       DraftProblem::Severity::Error});
                else if (!job.ok())
                    unreachable(QStringLiteral("source"), job.error());
                else {
                    m_columns = job.value().columnsJson();
                    m_problems << DraftValidator::checkAgainstTable(m_draft, m_columns);
                }
                settle();
            });
    }
    checkSchemaParts();
    checkDataset();
    checkWithDataPrep();
}

void DraftCheck::checkWithDataPrep()
{
    if (m_draft.schema.create || m_draft.schema.id.isEmpty() || m_draft.mapping.isEmpty())
        return; // a schema still to create has no id Data Prep could check against
    ++m_pending;
    DataPrepService(m_client)
        .validate(m_draft.schema.id, m_draft.mapping, this)
        ->onFinished(this, [this](const TypedJob<QList<MappingCheck>>& job) {
            // Not reachable or not readable: the schema tree's check still covers the destinations.
            for (qsizetype i = 0; job.ok() && i < job.value().size(); ++i) {
                const MappingCheck& check = job.value().at(i);
                if (!check.ok)
                    m_dataPrepProblems.append(
                        {QStringLiteral("mapping.refusedByDataPrep"), QStringLiteral("mapping[%1]").arg(i),
                         tr("Data Prep refuses this rule: %1").arg(check.errors.join(QStringLiteral("; "))),
                         DraftProblem::Severity::Error});
            }
            settle();
        });
}

void DraftCheck::checkDataset()
{
    if (m_draft.dataset.create || m_draft.dataset.id.isEmpty())
        return;
    ++m_pending;
    CatalogService(m_client).dataset(m_draft.dataset.id)->onFinished(this, [this](const TypedJob<DatasetSummary>& job) {
        const QString field = QStringLiteral("dataset.id");
        if (job.error().kind == PlatformError::Kind::NotFound)
            m_problems.append({QStringLiteral("dataset.notFound"), field,
                               tr("The dataset %1 was not found.").arg(m_draft.dataset.id),
                               DraftProblem::Severity::Error});
        else if (!job.ok())
            unreachable(field, job.error());
        else if (!m_draft.schema.create && job.value().schemaId != m_draft.schema.id)
            m_problems.append({QStringLiteral("dataset.otherSchema"), field,
                               tr("The dataset \u201c%1\u201d is built on another schema (%2), not on the chosen one.")
                                   .arg(job.value().name, job.value().schemaId),
                               DraftProblem::Severity::Error});
        settle();
    });
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
