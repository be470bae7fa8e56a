// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ModuleFile {

/**
 * Where one of the program's modules (the network module, the --demo emulator's) is: @p fileName next to the program
 * in @p programDir (a build tree), else in the program's library folder (lib/aep-dataflow-wizard beside bin/, once
 * installed). Its canonical path, or empty when neither has it.
 */
QString find(const QString& programDir, const QString& fileName);

} // namespace ModuleFile
