// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/** Installs the program's and Qt's own translations for one language ("en" or "fr"). */
namespace Translator {

QStringList supportedLanguages();
/** The language to use when none is given: the system's if supported, else English. */
QString defaultLanguage();
/** Loads :/i18n/aep_<lang>.qm and Qt's qtbase_<lang>.qm into the running application. False if lang is unknown. */
bool install(const QString& language);

} // namespace Translator
