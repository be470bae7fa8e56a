// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DataflowDraft.h"
#include "platform/PlatformConfig.h"

#include <QString>
#include <QStringList>

/** What the wizard decides when it writes or reads a recipe file. */
namespace RecipeFile {

/** The Open dialog lists *.json only: a name chosen without that suffix gets it. */
QString withSuffix(const QString& chosenPath);
/**
 * @p draft as a demo session saves or opens it: without the emulator's addresses, which change with every run
 * (the running emulator is used instead). Outside demo mode the draft is unchanged.
 */
DataflowDraft forSession(DataflowDraft draft, bool demo);

/** The credential's part of a recipe: no secret, and the Platform's default scopes and URLs left out. */
DraftPlatform platformOf(const PlatformConfig& config);

/** A recipe file's content as the wizard opens it. */
struct Opened
{
    DataflowDraft draft;
    /** What stops it from being opened (malformed JSON, a wrong type, an unknown key…), one line each with its path. */
    QStringList problems;
    /** Saved half-way: some values are still to choose (missing or empty), which the pages then ask for. */
    bool incomplete = false;
    bool ok() const { return problems.isEmpty(); }
};
/**
 * Reads @p content for the wizard. Unlike --apply and --validate, which need every value, the wizard opens a
 * recipe saved on any page: a missing or empty value is left for the pages to ask; anything else wrong refuses it.
 */
Opened open(const QByteArray& content);

} // namespace RecipeFile
