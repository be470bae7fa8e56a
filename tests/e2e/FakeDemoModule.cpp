// SPDX-License-Identifier: GPL-3.0-or-later
// Modules that are not the --demo emulator, for TestDemoEmulator: one of another version (AEP_FAKE_VERSION), one
// without the entry points.
#include <QtGlobal>

class QObject;
struct EmulatorOptions;

#ifdef AEP_FAKE_VERSION
extern "C" Q_DECL_EXPORT const char* aep_demo_emulator_version()
{
    return AEP_FAKE_VERSION;
}

extern "C" Q_DECL_EXPORT QObject* aep_demo_emulator_serve(QObject*, const EmulatorOptions*)
{
    qFatal("the module of another version must not be asked to serve");
    return nullptr;
}
#else
extern "C" Q_DECL_EXPORT int aep_something_else()
{
    return 42;
}
#endif
