// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/ModuleFile.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace ModuleFile {

QString find(const QString& programDir, const QString& fileName)
{
    const QDir dir(programDir);
    const QStringList candidates{fileName, QStringLiteral(AEP_MODULE_RELDIR "/") + fileName};
    for (const QString& candidate : candidates) {
        const QFileInfo file(dir.filePath(candidate));
        if (file.isFile())
            return file.canonicalFilePath();
    }
    return {};
}

} // namespace ModuleFile
