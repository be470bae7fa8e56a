// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretStore.h"

#include <chrono>

/** Secrets in the OS keychain through QtKeychain (Secret Service, KWallet, macOS Keychain, Windows vault). */
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    /** A stuck Secret Service never answers, so every job gives up after this long. */
    static constexpr std::chrono::milliseconds defaultTimeout{10000};

    explicit KeychainSecretStore(QObject* parent = nullptr);

    /** The QtKeychain service name under which every entry of this program is stored. */
    static QString serviceName();

    /**
     * The translated sentence shown for @p error, with @p detail (the keychain's own message) appended as the
     * technical detail when it is not empty. MemorySecretStore uses it too, so simulated failures read the same.
     */
    static QString userMessage(SecretJob::Error error, const QString& detail = {});
    /** The translated sentence for a keychain that did not answer within @p timeout. */
    static QString timeoutMessage(std::chrono::milliseconds timeout);

    std::chrono::milliseconds timeout() const { return m_timeout; }
    /** Tests shorten it; a job already started keeps the timeout it started with. */
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    bool isPersistent() const override { return true; }
    SecretJob* read(const QString& key) override;
    SecretJob* write(const QString& key, const QString& secret) override;
    SecretJob* remove(const QString& key) override;

private:
    std::chrono::milliseconds m_timeout = defaultTimeout;
};
