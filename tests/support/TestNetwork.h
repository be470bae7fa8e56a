// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/NetworkModule.h"

#include <QObject>

#include <memory>

/**
 * An HTTP backend of the network module the program loads (AEP_NETWORK_MODULE, set by ctest), of its own: a fresh
 * QNetworkAccessManager, so that no connection is kept from another test.
 */
class TestNetwork
{
public:
    TestNetwork() : m_owner(std::make_unique<QObject>())
    {
        QString error;
        NetworkModule::Api* module = NetworkModule::load(&error);
        if (!module)
            qFatal("%s", qPrintable(error));
        m_backend = module->newHttp(m_owner.get());
    }
    Http::Backend* get() const { return m_backend; }

private:
    std::unique_ptr<QObject> m_owner;
    Http::Backend* m_backend = nullptr;
};
