// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/** Small helpers shared by the tests. */
namespace TestSupport {

/** Puts QStandardPaths in test mode and points HOME/XDG folders at a fresh temporary folder. */
void isolateUserFolders();

} // namespace TestSupport
