// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoEmulator.h"
#include "DemoModule.h"
#include "base/ModuleFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace DemoEmulator {

QString moduleFileName()
{
    return QStringLiteral(AEP_DEMO_MODULE_FILE);
}

QString modulePath(const QString& programDir)
{
    return ModuleFile::find(programDir, moduleFileName());
}

qintptr listenOnLoopback(quint16* port, QString* error)
{
    const int descriptor = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (descriptor < 0) {
        *error = QString::fromLocal8Bit(strerror(errno));
        return -1;
    }
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    if (bind(descriptor, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) != 0
        || listen(descriptor, SOMAXCONN) != 0
        || getsockname(descriptor, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        *error = QString::fromLocal8Bit(strerror(errno));
        close(descriptor);
        return -1;
    }
    *port = ntohs(address.sin_port);
    return descriptor;
}

std::unique_ptr<QObject> start(const QString& path, QObject* socket, const EmulatorOptions& options, QString* error)
{
    std::unique_ptr<QObject> owned(socket);
    // Loaded once and for good: the emulator's code must stay while it lives, and it lives as long as the wizard.
    QLibrary module(path);
    if (!module.load()) {
        *error = QCoreApplication::translate("DemoEmulator", "The emulator module %1 could not be loaded: %2")
                     .arg(QDir::toNativeSeparators(path), module.errorString());
        return {};
    }
    const auto version = reinterpret_cast<DemoModule::Version>(module.resolve(DemoModule::kVersion));
    const auto serve = reinterpret_cast<DemoModule::Serve>(module.resolve(DemoModule::kServe));
    if (!version || !serve) {
        *error = QCoreApplication::translate("DemoEmulator", "The file %1 is not the emulator module.")
                     .arg(QDir::toNativeSeparators(path));
        return {};
    }
    if (qstrcmp(version(), AEP_VERSION) != 0) {
        *error = QCoreApplication::translate("DemoEmulator",
                                             "The emulator module %1 is version %2, not %3 as the program is.")
                     .arg(QDir::toNativeSeparators(path), QString::fromUtf8(version()), QStringLiteral(AEP_VERSION));
        return {};
    }
    std::unique_ptr<QObject> emulator(serve(owned.release(), &options));
    if (!emulator)
        *error = QCoreApplication::translate("DemoEmulator", "The emulator module %1 could not use its socket.")
                     .arg(QDir::toNativeSeparators(path));
    return emulator;
}

} // namespace DemoEmulator
