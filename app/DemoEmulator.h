// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EmulatorOptions.h"

#include <QString>

#include <memory>

class QObject;
class QTcpServer;

/**
 * The --demo emulator, loaded from its module (aep-demo-emulator.so, emulator/DemoModule.h) once the wizard's window
 * is on screen, so that its HTTP server costs the program's start nothing.
 */
namespace DemoEmulator {

/** The module's file name. */
QString moduleFileName();

/**
 * Where the module of a program in @p programDir is: next to it (a build tree), else in the program's library
 * folder (installed: bin/../lib/aep-dataflow-wizard, or the system's multiarch lib folder). Empty when neither has it.
 */
QString modulePath(const QString& programDir);

/**
 * Loads the module at @p path and makes the emulator serving on @p socket (listening on 127.0.0.1; taken, deleted on
 * failure). Returns the emulator, or nothing with @p error saying why (the file, the reason).
 */
std::unique_ptr<QObject> start(const QString& path, QTcpServer* socket, const EmulatorOptions& options, QString* error);

} // namespace DemoEmulator
