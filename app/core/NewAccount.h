// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DataflowDraft.h"
#include "services/ServiceJob.h"

#include <QJsonObject>
#include <QObject>

class PlanRunner;
class PlatformClient;

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
 * The new account of the draft (draft.source.newAccount) between the Source page and the plan. Its secrets stay in
 * memory. The Platform explores only saved accounts, so the Table page has it made on first need; the plan then
 * takes it as its own account step: journalled, reused on rerun, deleted by "Clean up". One made for the tables and
 * taken by no plan is deleted when the wizard closes (discardUnused()).
 */
class NewAccount : public QObject
{
    Q_OBJECT
public:
    explicit NewAccount(QObject* parent = nullptr) : QObject(parent) { }

    /** The form's account and secrets, as the Source page last took them. */
    const NewAccountKeys& keys() const { return m_keys; }
    void setKeys(const NewAccountKeys& keys) { m_keys = keys; }
    /** Keeps the form's secrets only when they are for @p source's new account (e.g. an opened recipe). */
    void keepOnlyFor(const DraftSource& source);
    /** The account made to explore the tables (empty: none). */
    const QString& madeId() const { return m_madeId; }
    /** The connection whose tables to show for @p source: its existing account, else the one made for it. */
    QString connectionFor(const DraftSource& source) const;

    /** True when ensure() has to create the account (nothing made yet for the form as it is). */
    bool needsCreating(const DraftSource& source) const;
    /**
     * The account whose tables to explore: @p source's existing one, else the new one, made now with the form's
     * secrets unless it was already made from the same form. One made before for another form (or before the user
     * chose an existing account instead) is deleted, unless a run of the plan took it or the user chose it as the
     * existing account.
     */
    TypedJob<QString>* ensure(PlatformClient* client, const DraftSource& source, QObject* parent = nullptr);
    /** Hands @p runner the new account's secrets and the account made for @p source, for the plan's account step. */
    void prepare(PlanRunner* runner, const DraftSource& source);
    /** The account made for the tables was deleted (clean up): make it again when needed. */
    void forget();
    /**
     * Deletes the account made for the tables when no run of the plan took it: the user leaves without creating the
     * dataflow. Null when there is nothing to delete.
     */
    TypedJob<bool>* discardUnused(PlatformClient* client, QObject* parent = nullptr);

private:
    bool madeFor(const DraftSource& source) const;

    NewAccountKeys m_keys;
    QString m_madeId;
    NewAccountKeys m_madeFrom; ///< what m_madeId was made from
    bool m_inPlan = false; ///< a run of the plan took it (its journal holds it)
};
