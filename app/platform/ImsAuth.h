// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/PlatformConfig.h"
#include "platform/PlatformError.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class SecretStore;
class SecretJob;

/** One request for an access token; emits finished() exactly once, asynchronously, then deletes itself. */
class TokenJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    bool ok() const { return !m_error.isError(); }
    const PlatformError& error() const { return m_error; }
    /** The bearer token; never log it. */
    QString token() const { return m_token; }

Q_SIGNALS:
    void finished(TokenJob* job);

private:
    friend class ImsAuth;
    void finish(const QString& token, const PlatformError& error);
    QString m_token;
    PlatformError m_error;
};

/**
 * OAuth Server-to-Server sign-in with Adobe IMS (POST {imsUrl}/ims/token/v3). Tokens are cached in memory and in the
 * secret store with their expiry, reused across runs until shortly before they expire (Adobe throttles clients
 * that mint too many), and renewed once when the Platform says a token is no longer valid.
 */
class ImsAuth : public QObject
{
    Q_OBJECT
public:
    /** Tokens closer than this to their expiry are renewed instead of used. */
    static constexpr int kRenewMarginSeconds = 600;
    /** The largest token answer read (a real one is a few kB): a longer one is cut off and reported. */
    static constexpr qint64 kMaxReplyBytes = 1024 * 1024;

    /** @p tokenCache may be null (no caching across runs); it is not owned. */
    ImsAuth(Http::Backend* network, const PlatformConfig& config, SecretStore* tokenCache, QObject* parent = nullptr);
    ~ImsAuth() override;

    void setConfig(const PlatformConfig& config);
    const PlatformConfig& config() const { return m_config; }
    /** Kept in memory only. */
    void setClientSecret(const QString& secret);
    /** A ready token (AEP_ACCESS_TOKEN): used as is, never minted, never cached. */
    void setStaticToken(const QString& token);

    /** A token valid for at least kRenewMarginSeconds: from memory, then the cache, else newly minted. */
    TokenJob* token();
    /** Mints a new token now, ignoring any cached one: checks the credential as typed. */
    TokenJob* verify();
    /** The Platform rejected @p rejected (401013): forget it and mint a new one, once for all callers. */
    TokenJob* renew(const QString& rejected);
    /** Forgets the token in memory and in the cache (the credential changed, or "Forget"). */
    void forgetToken();
    /**
     * Whether tokens are also kept in the secret store across runs (on by default when a store was given). The
     * wizard turns it off in demo mode and when "Remember" is unticked; turning it off also removes the token
     * kept for the current credential, so that nothing of it stays behind.
     */
    void setCacheEnabled(bool enabled);
    bool isCacheEnabled() const { return !m_cache.isNull(); }

    QDateTime expiresAt() const { return m_expiresAt; }
    /** How many tokens were requested from IMS by this object (tests check the reuse). */
    int mintCount() const { return m_mintCount; }

Q_SIGNALS:
    void tokenChanged();

private:
    enum class State { Idle, ReadingCache, Minting };
    TokenJob* newJob();
    bool memoryTokenUsable() const;
    void readCache();
    void mint();
    void onMintFinished(const Http::Result& result);
    void resolveWaiting(const QString& token, const PlatformError& error);
    void writeCache();
    QString cacheKey() const;

    Http::Backend* m_network;
    PlatformConfig m_config;
    QPointer<SecretStore> m_store; ///< where tokens may be cached
    QPointer<SecretStore> m_cache; ///< m_store while caching is enabled, else null
    QString m_clientSecret;
    QString m_staticToken;
    QString m_token;
    QDateTime m_expiresAt;
    bool m_cacheConsulted = false;
    State m_state = State::Idle;
    QList<QPointer<TokenJob>> m_waiting;
    std::unique_ptr<Http::Exchange> m_exchange; ///< the token request in flight
    int m_mintCount = 0;
};
