// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/WizardState.h"

#include "core/ScheduleDefaults.h"
#include "core/ScheduleRules.h"

WizardState::WizardState(QObject* parent) : QObject(parent), m_newAccount(new NewAccount(this)) { }

QStringList WizardState::dateTimeColumns() const
{
    QStringList names;
    for (const QJsonValue& value : m_columns) {
        const QJsonObject column = value.toObject();
        const QString xdmType = column.value(QLatin1String("meta:xdmType")).toString();
        const QString format = column.value(QLatin1String("xdm")).toObject().value(QLatin1String("format")).toString();
        if (xdmType == QLatin1String("date-time") || format == QLatin1String("date-time"))
            names << column.value(QLatin1String("name")).toString();
    }
    return names;
}

void WizardState::setPlatform(const DraftPlatform& platform)
{
    if (platform == m_draft.platform)
        return;
    m_draft.platform = platform;
    markChanged(Part::Platform);
}

void WizardState::setSource(const DraftSource& source, const QString& sourceLabel, const QString& accountName)
{
    m_sourceLabel = sourceLabel;
    m_accountName = accountName;
    if (source == m_draft.source)
        return;
    // The new account's name alone (proposed again in another language, say) changes no column: nothing to review.
    DraftSource renamed = m_draft.source;
    if (renamed.newAccount && source.newAccount)
        renamed.newAccount->name = source.newAccount->name;
    m_draft.source = source;
    if (renamed == source)
        Q_EMIT changed(Part::Source);
    else
        markChanged(Part::Source);
}

void WizardState::setTable(const QString& path, const QJsonArray& columns, const QJsonArray& previewRows)
{
    m_columns = columns;
    m_previewRows = previewRows;
    if (path == m_draft.source.path)
        return;
    m_draft.source.path = path;
    markChanged(Part::Table);
}

void WizardState::setSchema(const DraftSchema& schema, const QJsonObject& tree, const QString& title,
                            bool profileEnabled)
{
    m_schemaTree = tree;
    m_schemaTitle = title;
    m_schemaProfileEnabled = profileEnabled;
    if (schema == m_draft.schema)
        return;
    m_draft.schema = schema;
    markChanged(Part::Schema);
}

void WizardState::setDataset(const DraftDataset& dataset, const QString& name)
{
    m_datasetName = name;
    if (dataset == m_draft.dataset)
        return;
    m_draft.dataset = dataset;
    markChanged(Part::Dataset);
}

void WizardState::setMapping(const QList<MappingRule>& rules, bool reviewed)
{
    if (reviewed)
        m_mappingNeedsReview = false;
    if (rules == m_draft.mapping)
        return;
    m_draft.mapping = rules;
    markChanged(Part::Mapping);
}

void WizardState::setDataflow(const DraftDataflow& dataflow)
{
    if (dataflow == m_draft.dataflow)
        return;
    m_draft.dataflow = dataflow;
    markChanged(Part::Schedule);
}

void WizardState::setFlowSpec(const QJsonObject& flowSpec)
{
    m_flowSpec = flowSpec;
}

void WizardState::setCreated(const QString& flowId, const QJsonObject& ids)
{
    m_flowId = flowId;
    m_createdIds = ids;
    markChanged(Part::Created);
}

void WizardState::reset(const DataflowDraft& draft)
{
    m_draft = draft;
    // The secrets typed for this very account stay in memory; those of another one are dropped.
    m_newAccount->keepOnlyFor(draft.source);
    m_sourceLabel.clear();
    m_accountName.clear();
    m_columns = {};
    m_previewRows = {};
    m_schemaTree = {};
    m_schemaTitle.clear();
    m_schemaProfileEnabled = false;
    m_datasetName.clear();
    m_mappingNeedsReview = false;
    m_flowId.clear();
    m_createdIds = {};
    Q_EMIT changed(Part::Platform);
}

DataflowDraft WizardState::recipeDraft(qint64 nowSecs) const
{
    DataflowDraft draft = m_draft;
    if (ScheduleDefaults::isNew(draft.dataflow)) {
        const FlowSpec spec = ScheduleDefaults::rulesSpec(m_flowSpec);
        draft.dataflow = ScheduleDefaults::withDefaults(
            draft.dataflow, ScheduleRules::frequencies(spec),
            ScheduleDefaults::deltaColumns(dateTimeColumns(), m_columns, m_previewRows), draft.source.path,
            m_sourceLabel, nowSecs);
    }
    return draft;
}

bool WizardState::hasUnsavedChoices() const
{
    if (!m_flowId.isEmpty())
        return false;
    if (m_savedDraft && *m_savedDraft == m_draft)
        return false;
    DataflowDraft empty;
    empty.platform = m_draft.platform;
    return !(empty == m_draft) || !m_newAccount->keys().secrets.isEmpty();
}

void WizardState::markChanged(Part part)
{
    switch (part) {
    case Part::Platform:
    case Part::Source:
    case Part::Table:
        // The rules stay (most columns keep their names); the user reviews them instead of retyping.
        if (!m_draft.mapping.isEmpty())
            m_mappingNeedsReview = true;
        // Only a table whose columns are known can rule the delta column out.
        if (m_draft.dataflow.deltaColumn && !m_columns.isEmpty()
            && !dateTimeColumns().contains(m_draft.dataflow.deltaColumn->name))
            m_draft.dataflow.deltaColumn.reset();
        break;
    case Part::Schema:
        if (!m_draft.mapping.isEmpty())
            m_mappingNeedsReview = true;
        break;
    default:
        break;
    }
    Q_EMIT changed(part);
}
