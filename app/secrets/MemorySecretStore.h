// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

/** Secrets kept in memory for this run only: the fallback when no keychain works, and the store of tests. */
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    bool isPersistent() const override { return false; }
    SecretJob* read(const QString& key) override;
    SecretJob* write(const QString& key, const QString& secret) override;
    SecretJob* remove(const QString& key) override;

    /**
     * Test hook: the next @p count operations (all of them while @p count is negative) fail with @p error and
     * @p errorString, or with KeychainSecretStore's sentence for that error when @p errorString is empty.
     * The stored secrets are left untouched. SecretJob::Error::None clears the failure.
     */
    void setFailure(SecretJob::Error error, const QString& errorString = {}, int count = -1);
    void clearFailure() { setFailure(SecretJob::Error::None); }

    /** Test hook: whether a secret is stored under @p key (no job, no failure simulation). */
    bool contains(const QString& key) const { return m_secrets.contains(key); }

private:
    /** Consumes one simulated failure; true when the current operation must fail. */
    bool takeFailure();

    QHash<QString, QString> m_secrets;
    SecretJob::Error m_failure = SecretJob::Error::None;
    QString m_failureString;
    int m_failureCount = 0;
};
