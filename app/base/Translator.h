// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/**
 * Installs the program's and Qt's own translations for one language ("en" or "fr"), and switches to another one while
 * the program runs.
 *
 * Switching: install() removes the translators it installed before and installs the new ones, which makes Qt send
 * QEvent::LanguageChange to every window. The catalogues installed remember every text they gave (and the source of
 * every text they left as it was), so that retranslate() can give the text a widget shows in the language now
 * installed, its %1… and %n filled in again with what they held: pages need not keep the source of each of their
 * words.
 */
namespace Translator {

QStringList supportedLanguages();
/** The language to use when none is given: the system's if supported, else English. */
QString defaultLanguage();
/** The system's language when supported, else English, read from @p uiLanguages (QLocale::uiLanguages()). */
QString languageOf(const QStringList& uiLanguages);
/**
 * Loads :/i18n/aep_<lang>.qm and Qt's qtbase_<lang>.qm into the running application in place of the ones an earlier
 * call installed, and makes QLocale's default locale that language's. False (nothing changed) if lang is unknown.
 */
bool install(const QString& language);
/** The language install() last installed; empty before. */
QString current();
/**
 * @p shown in the language installed now, when it is a text a catalogue gave (or a source text it left as it was),
 * exactly or with its %1…%99 and %n filled in (the arguments are kept, and retranslated in turn when they are
 * catalogue texts themselves); otherwise @p shown itself. When texts of several sources read the same in the language
 * shown ("&Description :" for "&Description:" and "Descrip&tion:"), the source of the nearest of @p contexts (the
 * classes that show it, nearest first) is taken, else the last one met.
 */
QString retranslate(const QString& shown, const QStringList& contexts = {});

} // namespace Translator
