// SPDX-License-Identifier: GPL-3.0-or-later
// A module that is the network module of another version (AEP_FAKE_VERSION), for TestNetworkModule: the program
// must refuse it without asking it for anything.
#include <QtGlobal>

extern "C" Q_DECL_EXPORT const char* aep_network_module_version()
{
    return AEP_FAKE_VERSION;
}

extern "C" Q_DECL_EXPORT void* aep_network_module()
{
    qFatal("the network module of another version must not be asked for its interface");
    return nullptr;
}
