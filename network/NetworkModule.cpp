// SPDX-License-Identifier: GPL-3.0-or-later
// The entry points of the network module (app/base/NetworkModule.h).
#include "HttpBackend.h"
#include "KeychainCall.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTcpServer>

namespace {

/** The module's one Api; its network manager is a child of the application object and goes with it. */
class ModuleApi final : public NetworkModule::Api
{
public:
    Http::Backend* http() override
    {
        if (!m_http)
            m_http = new HttpBackendHolder(QCoreApplication::instance());
        return &m_http->backend;
    }

    Http::Backend* newHttp(QObject* owner) override { return &(new HttpBackendHolder(owner))->backend; }

    void releaseHttp() override { delete m_http; }

    std::unique_ptr<Http::Exchange> keychain(NetworkModule::KeychainOperation operation, const QString& service,
                                             const QString& key, const QString& secret,
                                             std::function<void(const NetworkModule::KeychainAnswer&)> done) override
    {
        return startKeychainCall(operation, service, key, secret, std::move(done));
    }

    QObject* serverOn(qintptr descriptor, QString* error) override
    {
        auto* server = new QTcpServer;
        if (!server->setSocketDescriptor(descriptor)) {
            *error = server->errorString();
            delete server;
            return nullptr;
        }
        return server;
    }

private:
    /** Deleted with its parent, the backend's network manager with it. */
    struct HttpBackendHolder : QObject
    {
        explicit HttpBackendHolder(QObject* parent) : QObject(parent) { }
        HttpBackend backend;
    };

    QPointer<HttpBackendHolder> m_http;
};

} // namespace

extern "C" Q_DECL_EXPORT NetworkModule::Api* aep_network_module()
{
    static ModuleApi api;
    return &api;
}

extern "C" Q_DECL_EXPORT const char* aep_network_module_version()
{
    return AEP_VERSION;
}
