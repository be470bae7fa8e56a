// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QLocale>
#include <QStandardPaths>

namespace TestSupport {

void isolateUserFolders()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

} // namespace TestSupport
