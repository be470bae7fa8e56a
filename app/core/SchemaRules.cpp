// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SchemaRules.h"

#include "model/DraftValidator.h"

namespace {

QString firstError(const QList<DraftProblem>& problems)
{
    for (const DraftProblem& problem : problems) {
        if (problem.severity == DraftProblem::Severity::Error)
            return problem.message;
    }
    return {};
}

} // namespace

QString SchemaRules::defaultSchemaTitle(const QString& sourceLabel, const QString& tablePath)
{
    return tr("%1 %2").arg(sourceLabel, tablePath.section(QLatin1Char('.'), -1)).trimmed();
}

QString SchemaRules::schemaProblem(const DraftSchema& schema)
{
    return firstError(DraftValidator::checkSchemaChoice(schema));
}

bool SchemaRules::canUseExistingDataset(const DraftSchema& schema)
{
    return !schema.create.has_value();
}

bool SchemaRules::canFeedProfile(const DraftSchema& schema, bool schemaProfileEnabled)
{
    const bool identity = schema.create ? schema.create->primaryIdentity.has_value() : schemaProfileEnabled;
    return schemaProfileEnabled && identity;
}

QString SchemaRules::defaultDatasetName(const DraftDataset& dataset, const QString& schemaTitle)
{
    return dataset.create ? dataset.create->name : schemaTitle;
}

QString SchemaRules::datasetProblem(const DraftDataset& dataset, const DraftSchema& schema)
{
    return firstError(DraftValidator::checkDatasetChoice(dataset, schema));
}
