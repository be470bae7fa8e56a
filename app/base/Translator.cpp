// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/Translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translator {

QStringList supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr")};
}

QString defaultLanguage()
{
    const QStringList languages = QLocale().uiLanguages();
    for (const QString& ui : languages) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (supportedLanguages().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

bool install(const QString& language)
{
    if (!supportedLanguages().contains(language))
        return false;
    auto* app = QCoreApplication::instance();
    // Owned by the application object so that they live as long as it does.
    auto* qtTranslator = new QTranslator(app);
    if (qtTranslator->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto* appTranslator = new QTranslator(app);
    if (appTranslator->load(QStringLiteral(":/i18n/aep_%1.qm").arg(language)))
        QCoreApplication::installTranslator(appTranslator);
    QLocale::setDefault(QLocale(language == QLatin1String("fr") ? QLocale::French : QLocale::English));
    return true;
}

} // namespace Translator
