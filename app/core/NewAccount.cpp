// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/NewAccount.h"

#include "plan/PlanRunner.h"
#include "services/SourcesService.h"

namespace {
const QString kStep = QStringLiteral("baseConnection");
} // namespace

void NewAccount::keepOnlyFor(const DraftSource& source)
{
    if (!(source.newAccount && *source.newAccount == m_keys.account
          && source.connectionSpecId == m_keys.connectionSpecId))
        m_keys = {};
}

bool NewAccount::madeFor(const DraftSource& source) const
{
    return !m_madeId.isEmpty() && source.newAccount && m_madeFrom == m_keys && m_keys.account == *source.newAccount
        && m_keys.connectionSpecId == source.connectionSpecId;
}

QString NewAccount::connectionFor(const DraftSource& source) const
{
    return source.baseConnectionId.isEmpty() ? m_madeId : source.baseConnectionId;
}

bool NewAccount::needsCreating(const DraftSource& source) const
{
    return source.baseConnectionId.isEmpty() && source.newAccount && !madeFor(source);
}

TypedJob<QString>* NewAccount::ensure(PlatformClient* client, const DraftSource& source, QObject* parent)
{
    if (madeFor(source))
        return TypedJob<QString>::ready(m_madeId, parent);
    const SourcesService sources(client);
    if (!m_madeId.isEmpty() && source.baseConnectionId == m_madeId) {
        // The user chose the account made for the tables among the existing ones: it is theirs now, not ours to
        // delete, and no plan step makes it.
        forget();
        return TypedJob<QString>::ready(source.baseConnectionId, parent);
    }
    if (!m_madeId.isEmpty()) {
        // Made for a form the user changed since and used by nothing yet: it is ours to delete.
        if (!m_inPlan)
            sources.deleteAccount(m_madeId, this);
        forget();
    }
    if (!source.baseConnectionId.isEmpty())
        return TypedJob<QString>::ready(source.baseConnectionId, parent);
    if (!source.newAccount)
        return TypedJob<QString>::failed(PlatformError::badResponse(QStringLiteral("the draft names no account")),
                                         parent);
    const NewAccountKeys keys = m_keys;
    auto* job = sources.createAccount(source.connectionSpecId, *source.newAccount, keys.secrets, parent);
    job->onFinished(this, [this, keys](const TypedJob<QString>& done) {
        if (!done.ok())
            return;
        m_madeId = done.value();
        m_madeFrom = keys;
    });
    return job;
}

void NewAccount::prepare(PlanRunner* runner, const DraftSource& source)
{
    if (!source.newAccount)
        return;
    runner->setAccountSecrets(m_keys.secrets);
    if (madeFor(source)) {
        runner->adopt(kStep, {{QStringLiteral("baseConnectionId"), m_madeId}});
        m_inPlan = true;
    }
}

void NewAccount::forget()
{
    m_madeId.clear();
    m_madeFrom = {};
    m_inPlan = false;
}

TypedJob<bool>* NewAccount::discardUnused(PlatformClient* client, QObject* parent)
{
    if (m_madeId.isEmpty() || m_inPlan)
        return nullptr;
    auto* job = SourcesService(client).deleteAccount(m_madeId, parent);
    forget();
    return job;
}
