// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/MemorySecretStore.h"

#include "base/Logging.h"
#include "secrets/KeychainSecretStore.h"

namespace {

/** A job whose result is known at once; SecretJob::finish() still delivers it asynchronously. */
class MemorySecretJob : public SecretJob
{
public:
    using SecretJob::finish;
    using SecretJob::SecretJob;
};

} // namespace

SecretJob* MemorySecretStore::read(const QString& key)
{
    auto* job = new MemorySecretJob(this);
    if (takeFailure()) {
        job->finish(m_failure, m_failureString);
    } else if (const auto it = m_secrets.constFind(key); it != m_secrets.cend()) {
        job->finish(SecretJob::Error::None, {}, it.value());
    } else {
        job->finish(SecretJob::Error::NotFound, KeychainSecretStore::userMessage(SecretJob::Error::NotFound));
    }
    return job;
}

SecretJob* MemorySecretStore::write(const QString& key, const QString& secret)
{
    auto* job = new MemorySecretJob(this);
    if (takeFailure()) {
        job->finish(m_failure, m_failureString);
    } else {
        m_secrets.insert(key, secret);
        job->finish(SecretJob::Error::None, {});
    }
    return job;
}

SecretJob* MemorySecretStore::remove(const QString& key)
{
    auto* job = new MemorySecretJob(this);
    if (takeFailure()) {
        job->finish(m_failure, m_failureString);
    } else {
        // Removing an absent key succeeds, as it does with the Secret Service.
        m_secrets.remove(key);
        job->finish(SecretJob::Error::None, {});
    }
    return job;
}

void MemorySecretStore::setFailure(SecretJob::Error error, const QString& errorString, int count)
{
    m_failure = error;
    m_failureCount = error == SecretJob::Error::None ? 0 : count;
    m_failureString = errorString.isEmpty() && error != SecretJob::Error::None ? KeychainSecretStore::userMessage(error)
                                                                               : errorString;
}

bool MemorySecretStore::takeFailure()
{
    // A count that reached zero ends the failure; m_failure and m_failureString stay for the job that took it.
    if (m_failure == SecretJob::Error::None || m_failureCount == 0) {
        return false;
    }
    if (m_failureCount > 0) {
        --m_failureCount;
    }
    qCDebug(lcSecrets) << "simulated failure" << m_failure;
    return true;
}
