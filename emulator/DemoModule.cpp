// SPDX-License-Identifier: GPL-3.0-or-later
// The entry points of the --demo emulator module (DemoModule.h).
#include "DemoModule.h"
#include "LocalPlatform.h"

#include <QTcpServer>

extern "C" Q_DECL_EXPORT QObject* aep_demo_emulator_serve(QObject* socket, const EmulatorOptions* options)
{
    auto* server = qobject_cast<QTcpServer*>(socket);
    if (!server) {
        delete socket;
        return nullptr;
    }
    auto* platform = new LocalPlatform(*options);
    platform->serve(server);
    return platform;
}

extern "C" Q_DECL_EXPORT const char* aep_demo_emulator_version()
{
    return AEP_VERSION;
}
