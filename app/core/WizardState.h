// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DataflowDraft.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

/**
 * A new account as the Source page's form holds it: the draft's part and its secret params. In memory only: never in
 * the draft, a recipe, the journal or a log.
 */
struct NewAccountKeys
{
    QString connectionSpecId;
    DraftNewAccount account;
    QJsonObject secrets;
    bool operator==(const NewAccountKeys&) const = default;
};

/**
 * What the wizard's pages share: the draft (exactly the recipe) plus what was learnt from the Platform on the way
 * (the table's columns and sample rows, the schema's field tree, the flow spec) that a recipe does not hold.
 * Pages read it in initializePage() and write it in validatePage(); an upstream change marks what depends on it.
 */
class WizardState : public QObject
{
    Q_OBJECT
public:
    /** Parts of the state, for changed() and for what depends on what. */
    enum class Part { Platform, Source, Table, Schema, Dataset, Mapping, Schedule, Created };
    Q_ENUM(Part)

    using QObject::QObject;

    DataflowDraft draft;

    // Source (not in the recipe)
    QString sourceLabel; ///< "HubSpot"
    QString accountName; ///< the chosen account's name
    NewAccountKeys accountKeys; ///< the new account of the form (draft.source.newAccount and its secrets)
    /** The new account once made to explore its tables (NewAccount::ensure), and what it was made from. */
    QString createdAccountId;
    NewAccountKeys createdAccountKeys;
    bool createdAccountInPlan = false; ///< a run of the plan took it (its journal holds it)
    // Table: the explore answer of draft.source.path
    QJsonArray columns; ///< [{"name", "type", "meta:xdmType"?, "xdm": {...}}]
    QJsonArray previewRows; ///< up to 100 sample rows [{"Column": value}]
    // Schema: the expanded tree (xed-full) of the chosen schema, or of the one to create
    QJsonObject schemaTree;
    QString schemaTitle;
    bool schemaProfileEnabled = false;
    QString datasetName;
    // Flow spec CRMToAEP as the Platform returned it (its JSON Schemas validate the schedule)
    QJsonObject flowSpec;
    /** Set when the table changed after the mapping was made: the mapping is to review, not to retype. */
    bool mappingNeedsReview = false;
    // Ids created by the Review page's plan (for the Runs page)
    QString flowId;
    QJsonObject createdIds;

    /** Date-time columns of the table (delta-column candidates). */
    QStringList dateTimeColumns() const;
    /** Starts again from @p draft (an opened recipe): what was learnt from the Platform is forgotten. */
    void reset(const DataflowDraft& draft);
    /** Records that @p part changed and clears what depends on it (e.g. a new table marks the mapping to review). */
    void markChanged(Part part);

Q_SIGNALS:
    void changed(WizardState::Part part);
};
