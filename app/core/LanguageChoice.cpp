// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/LanguageChoice.h"

#include "base/Translator.h"

#include <QSettings>

namespace {
const QString kSetting = QStringLiteral("ui/language");
}

QString LanguageChoice::key(Choice choice)
{
    switch (choice) {
    case Choice::French:
        return QStringLiteral("fr");
    case Choice::English:
        return QStringLiteral("en");
    case Choice::System:
        break;
    }
    return QStringLiteral("system");
}

LanguageChoice::Choice LanguageChoice::fromKey(const QString& key)
{
    if (key == QLatin1String("fr"))
        return Choice::French;
    if (key == QLatin1String("en"))
        return Choice::English;
    return Choice::System;
}

LanguageChoice::Choice LanguageChoice::load()
{
    return fromKey(QSettings().value(kSetting).toString());
}

void LanguageChoice::save(Choice choice)
{
    QSettings().setValue(kSetting, key(choice));
}

QString LanguageChoice::languageFor(Choice choice, const QStringList& uiLanguages)
{
    return choice == Choice::System ? Translator::languageOf(uiLanguages) : key(choice);
}

QString LanguageChoice::startLanguage(const QString& commandLine, const QStringList& uiLanguages)
{
    if (Translator::supportedLanguages().contains(commandLine))
        return commandLine;
    return languageFor(load(), uiLanguages);
}
