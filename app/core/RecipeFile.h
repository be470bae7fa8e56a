// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DataflowDraft.h"

#include <QString>

/** What the wizard decides when it writes or reads a recipe file. */
namespace RecipeFile {

/** The Open dialog lists *.json only: a name chosen without that suffix gets it. */
QString withSuffix(const QString& chosenPath);
/**
 * @p draft as a demo session saves or opens it: without the emulator's addresses, which change with every run
 * (the running emulator is used instead). Outside demo mode the draft is unchanged.
 */
DataflowDraft forSession(DataflowDraft draft, bool demo);

} // namespace RecipeFile
