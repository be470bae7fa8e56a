// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The wizard's --demo emulator is this directory's LocalPlatform built as a module of its own
// (aep-demo-emulator.so), which the wizard loads once its window is on screen: the emulator's HTTP server
// (Qt HttpServer, WebSockets) is then no part of the program's start. This header is what the two sides share.

#include "EmulatorOptions.h"

class QObject;

namespace DemoModule {

/**
 * extern "C" QObject* aep_demo_emulator_serve(QObject* socket, const EmulatorOptions* options): makes an
 * emulator with @p options serving on @p socket (a QTcpServer listening on 127.0.0.1, becomes the emulator's; the
 * program holds it as a QObject, without Qt Network). The caller owns
 * the emulator returned.
 */
using Serve = QObject* (*)(QObject* socket, const EmulatorOptions* options);
inline constexpr char kServe[] = "aep_demo_emulator_serve";

/** extern "C" const char* aep_demo_emulator_version(): the version the module was built as (AEP_VERSION). */
using Version = const char* (*)();
inline constexpr char kVersion[] = "aep_demo_emulator_version";

} // namespace DemoModule
