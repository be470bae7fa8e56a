// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EmulatorOptions.h"

#include <QString>
#include <QtGlobal>

#include <memory>

class QObject;

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
 * A TCP socket listening on 127.0.0.1 on a free port, made before the first window without Qt Network (the port is
 * on the first page; Qt Network comes with the network module, after the paint): its descriptor, or -1 with
 * @p error saying why. NetworkModule::Api::serverOn makes it a QTcpServer.
 */
qintptr listenOnLoopback(quint16* port, QString* error);

/**
 * Loads the module at @p path and makes the emulator serving on @p socket (a QTcpServer listening on 127.0.0.1, from
 * NetworkModule::Api::listenOnLoopback; taken, deleted on failure). Returns the emulator, or nothing with @p error
 * saying why (the file, the reason).
 */
std::unique_ptr<QObject> start(const QString& path, QObject* socket, const EmulatorOptions& options, QString* error);

} // namespace DemoEmulator
