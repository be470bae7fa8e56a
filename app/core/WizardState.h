// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/NewAccount.h"
#include "model/DataflowDraft.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

/**
 * What the wizard's pages share: the draft (exactly the recipe) plus what was learnt from the Platform on the way
 * (the table's columns and sample rows, the schema's field tree, the flow spec) that a recipe does not hold.
 * Pages read it in initializePage() and hand their part back through one setter each (in validatePage(), or
 * cleanupPage() on Back); a setter that changes its part emits changed() and marks what depends on it.
 */
class WizardState : public QObject
{
    Q_OBJECT
public:
    /** Parts of the state, for changed() and for what depends on what. */
    enum class Part { Platform, Source, Table, Schema, Dataset, Mapping, Schedule, Created };
    Q_ENUM(Part)

    explicit WizardState(QObject* parent = nullptr);

    const DataflowDraft& draft() const { return m_draft; }

    // What the draft does not hold
    const QString& sourceLabel() const { return m_sourceLabel; } ///< "HubSpot"
    const QString& accountName() const { return m_accountName; } ///< the chosen account's name
    const QJsonArray& columns() const { return m_columns; } ///< [{"name", "type", "meta:xdmType"?, "xdm": {...}}]
    const QJsonArray& previewRows() const { return m_previewRows; } ///< up to 100 sample rows [{"Column": value}]
    /** The expanded tree (xed-full) of the chosen schema, or of the one to create. */
    const QJsonObject& schemaTree() const { return m_schemaTree; }
    const QString& schemaTitle() const { return m_schemaTitle; }
    bool schemaProfileEnabled() const { return m_schemaProfileEnabled; }
    const QString& datasetName() const { return m_datasetName; }
    /** The CRMToAEP flow spec as the Platform returned it (its JSON Schemas validate the schedule); empty: unknown. */
    const QJsonObject& flowSpec() const { return m_flowSpec; }
    /** Set when the table or the schema changed after the mapping was made: the rules are to review, not retype. */
    bool mappingNeedsReview() const { return m_mappingNeedsReview; }
    /** What the Review page's plan created (for the Runs page). */
    const QString& flowId() const { return m_flowId; }
    const QJsonObject& createdIds() const { return m_createdIds; }
    /** Date-time columns of the table (delta-column candidates). */
    QStringList dateTimeColumns() const;

    /** The new account of the Source page's form, its secrets and the account made to explore its tables. */
    NewAccount* newAccount() const { return m_newAccount; }

    // One setter a page. Each emits changed(part) when the part changed.
    void setPlatform(const DraftPlatform& platform);
    void setSource(const DraftSource& source, const QString& sourceLabel, const QString& accountName);
    /** The chosen table (draft.source.path) with its columns and sample rows. */
    void setTable(const QString& path, const QJsonArray& columns, const QJsonArray& previewRows);
    void setSchema(const DraftSchema& schema, const QJsonObject& tree, const QString& title, bool profileEnabled);
    void setDataset(const DraftDataset& dataset, const QString& name);
    /** The rules as the Mapping page holds them; @p reviewed clears mappingNeedsReview(). */
    void setMapping(const QList<MappingRule>& rules, bool reviewed);
    void setDataflow(const DraftDataflow& dataflow);
    void setFlowSpec(const QJsonObject& flowSpec);
    void setCreated(const QString& flowId, const QJsonObject& ids);

    /** Starts again from @p draft (an opened recipe): what was learnt from the Platform is forgotten. */
    void reset(const DataflowDraft& draft);

    /**
     * The draft as a recipe saved now holds it: before the Schedule page was reached the dataflow gets the
     * defaults that page would show (a recipe always names the dataflow and its start), so that it opens again.
     */
    DataflowDraft recipeDraft(qint64 nowSecs) const;
    /** The draft as it is now was written to (or read from) a recipe file. */
    void markSaved() { m_savedDraft = m_draft; }
    /**
     * True when closing now would lose a choice: the draft holds more than the credential (which the Credentials
     * page keeps) and differs from the recipe last saved or opened, and no dataflow was created from it yet.
     */
    bool hasUnsavedChoices() const;

Q_SIGNALS:
    void changed(WizardState::Part part);

private:
    /** Records that @p part changed and clears what depends on it (e.g. a new table marks the mapping to review). */
    void markChanged(Part part);

    DataflowDraft m_draft;
    QString m_sourceLabel;
    QString m_accountName;
    QJsonArray m_columns;
    QJsonArray m_previewRows;
    QJsonObject m_schemaTree;
    QString m_schemaTitle;
    bool m_schemaProfileEnabled = false;
    QString m_datasetName;
    QJsonObject m_flowSpec;
    bool m_mappingNeedsReview = false;
    QString m_flowId;
    QJsonObject m_createdIds;
    std::optional<DataflowDraft> m_savedDraft;
    NewAccount* m_newAccount;
};
