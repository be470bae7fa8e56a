// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Http.h"
#include "platform/PlatformConfig.h"

#include <QObject>

class ImsAuth;
class PlatformClient;
class SecretStore;

/** Who the program talks to and how: the shared network, secret store, IMS sign-in and Platform client. */
class Session : public QObject
{
    Q_OBJECT
public:
    /** Neither @p network nor @p secrets is owned; both must outlive the session. */
    Session(Http::Backend* network, SecretStore* secrets, QObject* parent = nullptr);

    const PlatformConfig& config() const;
    /** Changing who signs in (org, client, IMS URL, scopes) drops the token in memory. */
    void setConfig(const PlatformConfig& config);

    Http::Backend* network() const { return m_network; }
    SecretStore* secrets() const { return m_secrets; }
    ImsAuth* auth() const { return m_auth; }
    PlatformClient* client() const { return m_client; }

    /** Demo mode: the built-in emulator; nothing the user types is saved to settings, no token to the keychain. */
    bool isDemo() const { return m_demo; }
    void setDemo(bool demo);
    /**
     * "Remember" on the credential page: whether the access token may be kept in the keychain across runs (never in
     * demo mode). Off removes a token kept earlier for the current credential.
     */
    void setRemember(bool remember);

private:
    Http::Backend* m_network;
    SecretStore* m_secrets;
    ImsAuth* m_auth;
    PlatformClient* m_client;
    bool m_demo = false;
    bool m_remember = true;
};
