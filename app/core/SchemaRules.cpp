// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SchemaRules.h"

#include "model/DraftValidator.h"

namespace {

/** The field DraftValidator names for a missing primary identity. */
const QLatin1String kIdentityField("schema.create.primaryIdentity");

QString firstError(const QList<DraftProblem>& problems, const QString& skippedField = {})
{
    for (const DraftProblem& problem : problems) {
        if (problem.severity == DraftProblem::Severity::Error
            && (skippedField.isEmpty() || problem.field != skippedField))
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

QString SchemaRules::identityNote(const DraftSchema& schema)
{
    if (!schema.create || schema.create->primaryIdentity)
        return {};
    for (const DraftProblem& problem : DraftValidator::checkSchemaChoice(schema)) {
        if (problem.field == kIdentityField)
            return tr("%1 Without one, the dataset cannot feed Profile.").arg(problem.message);
    }
    return tr("Without a primary identity, this schema cannot be enabled for Profile and its dataset cannot feed "
              "Profile.");
}

QString SchemaRules::problemBelowIdentity(const DraftSchema& schema)
{
    return firstError(DraftValidator::checkSchemaChoice(schema), kIdentityField);
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
