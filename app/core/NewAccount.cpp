// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/NewAccount.h"

#include "core/WizardState.h"
#include "plan/PlanRunner.h"
#include "services/SourcesService.h"

namespace {

const QString kStep = QStringLiteral("baseConnection");

bool madeForDraft(const WizardState& state)
{
    const DraftSource& source = state.draft.source;
    return !state.createdAccountId.isEmpty() && source.newAccount && state.createdAccountKeys == state.accountKeys
        && state.accountKeys.account == *source.newAccount
        && state.accountKeys.connectionSpecId == source.connectionSpecId;
}

} // namespace

bool NewAccount::needsCreating(const WizardState& state)
{
    return state.draft.source.baseConnectionId.isEmpty() && state.draft.source.newAccount && !madeForDraft(state);
}

TypedJob<QString>* NewAccount::ensure(PlatformClient* client, WizardState* state, QObject* parent)
{
    const DraftSource& source = state->draft.source;
    if (madeForDraft(*state))
        return TypedJob<QString>::ready(state->createdAccountId, parent);
    const SourcesService sources(client);
    if (!state->createdAccountId.isEmpty()) {
        // Made for a form the user changed since and used by nothing yet: it is ours to delete.
        if (!state->createdAccountInPlan)
            sources.deleteAccount(state->createdAccountId, state);
        forget(state);
    }
    if (!source.baseConnectionId.isEmpty())
        return TypedJob<QString>::ready(source.baseConnectionId, parent);
    if (!source.newAccount)
        return TypedJob<QString>::failed(PlatformError::badResponse(QStringLiteral("the draft names no account")),
                                         parent);
    const NewAccountKeys keys = state->accountKeys;
    auto* job = sources.createAccount(source.connectionSpecId, *source.newAccount, keys.secrets, parent);
    job->onFinished(state, [state, keys](const TypedJob<QString>& done) {
        if (!done.ok())
            return;
        state->createdAccountId = done.value();
        state->createdAccountKeys = keys;
    });
    return job;
}

void NewAccount::prepare(PlanRunner* runner, WizardState* state)
{
    if (!state->draft.source.newAccount)
        return;
    runner->setAccountSecrets(state->accountKeys.secrets);
    if (madeForDraft(*state)) {
        runner->adopt(kStep, {{QStringLiteral("baseConnectionId"), state->createdAccountId}});
        state->createdAccountInPlan = true;
    }
}

void NewAccount::forget(WizardState* state)
{
    state->createdAccountId.clear();
    state->createdAccountKeys = {};
    state->createdAccountInPlan = false;
}
