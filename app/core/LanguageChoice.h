// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/**
 * The language the user chose in the wizard's language menu: French, English, or the system's. Remembered in
 * QSettings ("ui/language": "fr", "en" or "system") and applied at the next start, unless --lang says otherwise.
 */
class LanguageChoice
{
public:
    enum class Choice { System, French, English };

    /** The saved choice; System when none was saved or it is unknown. */
    static Choice load();
    static void save(Choice choice);
    /** The language code ("fr", "en") for @p choice; the system's is read from @p uiLanguages. */
    static QString languageFor(Choice choice, const QStringList& uiLanguages);
    /** What the program starts in: @p commandLine (--lang) when it is a supported language, else the saved choice. */
    static QString startLanguage(const QString& commandLine, const QStringList& uiLanguages);
    static QString key(Choice choice);
    static Choice fromKey(const QString& key);
};
