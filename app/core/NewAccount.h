// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceJob.h"

class PlanRunner;
class PlatformClient;
class WizardState;

/**
 * The new account of the draft (draft.source.newAccount) between the Source page and the plan. Its secrets stay in
 * memory (WizardState::accountKeys). The Platform explores only saved accounts, so the Table page has it made on
 * first need; the plan then takes it as its own account step: journalled, reused on rerun, deleted by "Clean up".
 */
namespace NewAccount {

/**
 * The account whose tables to explore: the draft's existing one, else the new one, made now with the form's
 * secrets unless it was already made from the same form. One made before for another form (or before the user
 * chose an existing account instead) is deleted, unless a run of the plan took it.
 */
TypedJob<QString>* ensure(PlatformClient* client, WizardState* state, QObject* parent = nullptr);
/** True when ensure() has to create the account (nothing made yet for the form as it is). */
bool needsCreating(const WizardState& state);
/** Hands @p runner the new account's secrets and the account made for this draft, for the plan's account step. */
void prepare(PlanRunner* runner, WizardState* state);
/** The account made for the Table page was deleted (clean up): make it again when needed. */
void forget(WizardState* state);

} // namespace NewAccount
