// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;

/** The program's command line (docs/recipe.md "Command line"), parsed without side effects so that tests can check it.
 */
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum class Mode { Wizard, Demo, Apply, Validate, ExportCurl, Help, Version };

    Mode mode = Mode::Wizard;
    QString recipePath; ///< the recipe to open, apply, validate or export; empty for a blank wizard
    QString platformUrl; ///< --platform-url (overrides the recipe)
    QString imsUrl; ///< --ims-url (overrides the recipe)
    QString language; ///< --lang, or empty for the system's language
    QString helpText; ///< filled for Mode::Help
    QString errorText; ///< set when parse() returns false

    /** Parses argv (argv[0] included). Returns false with errorText set on a bad command line. */
    bool parse(const QStringList& arguments);

    /** The --lang value found by a quick scan, before translations are installed and the full parse runs. */
    static QString scanLanguage(const QStringList& arguments);
    /** True when the mode needs no window (so a QCoreApplication is enough). */
    static bool isHeadless(const QStringList& arguments);
    /** The part of --help-all that --help leaves out: the options Qt reads itself. */
    static QString qtOptionsHelp();
};
