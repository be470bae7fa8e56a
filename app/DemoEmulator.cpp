// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoEmulator.h"
#include "DemoModule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QStringList>
#include <QTcpServer>

namespace DemoEmulator {

QString moduleFileName()
{
    return QStringLiteral(AEP_DEMO_MODULE_FILE);
}

QString modulePath(const QString& programDir)
{
    const QDir dir(programDir);
    const QStringList candidates{moduleFileName(), QStringLiteral(AEP_DEMO_MODULE_RELDIR "/") + moduleFileName()};
    for (const QString& candidate : candidates) {
        const QFileInfo file(dir.filePath(candidate));
        if (file.isFile())
            return file.canonicalFilePath();
    }
    return {};
}

std::unique_ptr<QObject> start(const QString& path, QTcpServer* socket, const EmulatorOptions& options, QString* error)
{
    std::unique_ptr<QTcpServer> owned(socket);
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
    return std::unique_ptr<QObject>(serve(owned.release(), &options));
}

} // namespace DemoEmulator
