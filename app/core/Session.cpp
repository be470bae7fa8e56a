// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Session.h"

#include "platform/ImsAuth.h"
#include "platform/PlatformClient.h"

Session::Session(Http::Backend* network, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_secrets(secrets)
    , m_auth(new ImsAuth(network, PlatformConfig(), secrets, this))
    , m_client(new PlatformClient(network, m_auth, PlatformConfig(), this))
{ }

const PlatformConfig& Session::config() const
{
    return m_client->config();
}

void Session::setConfig(const PlatformConfig& config)
{
    m_client->setConfig(config); // also hands it to ImsAuth
}

void Session::setDemo(bool demo)
{
    m_demo = demo;
    m_auth->setCacheEnabled(m_remember && !m_demo);
}

void Session::setRemember(bool remember)
{
    m_remember = remember;
    m_auth->setCacheEnabled(m_remember && !m_demo);
}
