// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/WizardState.h"

QStringList WizardState::dateTimeColumns() const
{
    QStringList names;
    for (const QJsonValue& value : columns) {
        const QJsonObject column = value.toObject();
        const QString xdmType = column.value(QLatin1String("meta:xdmType")).toString();
        const QString format = column.value(QLatin1String("xdm")).toObject().value(QLatin1String("format")).toString();
        if (xdmType == QLatin1String("date-time") || format == QLatin1String("date-time"))
            names << column.value(QLatin1String("name")).toString();
    }
    return names;
}

void WizardState::reset(const DataflowDraft& newDraft)
{
    draft = newDraft;
    // The secrets typed for this very account stay in memory; those of another one are dropped.
    if (!(draft.source.newAccount && *draft.source.newAccount == accountKeys.account
          && draft.source.connectionSpecId == accountKeys.connectionSpecId))
        accountKeys = {};
    sourceLabel.clear();
    accountName.clear();
    columns = {};
    previewRows = {};
    schemaTree = {};
    schemaTitle.clear();
    schemaProfileEnabled = false;
    datasetName.clear();
    mappingNeedsReview = false;
    flowId.clear();
    createdIds = {};
    Q_EMIT changed(Part::Platform);
}

void WizardState::markChanged(Part part)
{
    switch (part) {
    case Part::Platform:
    case Part::Source:
    case Part::Table:
        // The rules stay (most columns keep their names); the user reviews them instead of retyping.
        if (!draft.mapping.isEmpty())
            mappingNeedsReview = true;
        // Only a table whose columns are known can rule the delta column out.
        if (draft.dataflow.deltaColumn && !columns.isEmpty()
            && !dateTimeColumns().contains(draft.dataflow.deltaColumn->name))
            draft.dataflow.deltaColumn.reset();
        break;
    case Part::Schema:
        if (!draft.mapping.isEmpty())
            mappingNeedsReview = true;
        break;
    default:
        break;
    }
    Q_EMIT changed(part);
}
