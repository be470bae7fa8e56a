// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DataflowDraft.h"

#include <QCoreApplication>
#include <QString>

/**
 * The Schema and Dataset steps' decisions, without widgets: the names proposed, what a choice still lacks (in
 * DraftValidator's words: its rules are the only ones), and when a dataset may be an existing one or feed Profile.
 */
class SchemaRules
{
    Q_DECLARE_TR_FUNCTIONS(SchemaRules)
public:
    /** A new schema's proposed title: the source and the table's last name part ("HubSpot Contacts"). */
    static QString defaultSchemaTitle(const QString& sourceLabel, const QString& tablePath);
    /** What keeps @p schema from being used (the first error DraftValidator finds), or empty. */
    static QString schemaProblem(const DraftSchema& schema);
    /**
     * What a new @p schema without a primary identity cannot do, said beside the identity field (DraftValidator's
     * error when it is enabled for Profile), or empty when it has one or is an existing schema.
     */
    static QString identityNote(const DraftSchema& schema);
    /** schemaProblem() when identityNote() does not already say it, else empty: the page's line below. */
    static QString problemBelowIdentity(const DraftSchema& schema);

    /** An existing dataset is built on an existing schema: a schema still to create has none. */
    static bool canUseExistingDataset(const DraftSchema& schema);
    /**
     * Whether a new dataset may feed Profile: its schema is enabled for Profile (@p schemaProfileEnabled) and, if it
     * is still to create, has a primary identity.
     */
    static bool canFeedProfile(const DraftSchema& schema, bool schemaProfileEnabled);
    /** A new dataset's proposed name: the drafted one, else the schema's title. */
    static QString defaultDatasetName(const DraftDataset& dataset, const QString& schemaTitle);
    /** What keeps @p dataset from being used with @p schema (DraftValidator's first error), or empty. */
    static QString datasetProblem(const DraftDataset& dataset, const DraftSchema& schema);
};
