// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageMenu.h"

#include "base/Translator.h"

#include <QActionGroup>
#include <QEvent>
#include <QLocale>

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(parent)
    // Each language by its own name, as language menus do: whoever reads the other one finds theirs.
    , m_french(addAction(QStringLiteral("Fran\u00e7ais")))
    , m_english(addAction(QStringLiteral("English")))
    , m_system(addAction(QString()))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_french->setObjectName(QStringLiteral("languageFrenchAction"));
    m_english->setObjectName(QStringLiteral("languageEnglishAction"));
    m_system->setObjectName(QStringLiteral("languageSystemAction"));
    auto* group = new QActionGroup(this);
    for (QAction* action : {m_french, m_english, m_system}) {
        action->setCheckable(true);
        group->addAction(action);
    }
    const LanguageChoice::Choice saved = LanguageChoice::load();
    (saved == LanguageChoice::Choice::French        ? m_french
         : saved == LanguageChoice::Choice::English ? m_english
                                                    : m_system)
        ->setChecked(true);
    connect(m_french, &QAction::triggered, this, [this] { choose(LanguageChoice::Choice::French); });
    connect(m_english, &QAction::triggered, this, [this] { choose(LanguageChoice::Choice::English); });
    connect(m_system, &QAction::triggered, this, [this] { choose(LanguageChoice::Choice::System); });
    retranslate();
}

QString LanguageMenu::currentName()
{
    return Translator::current() == QLatin1String("fr") ? QStringLiteral("Fran\u00e7ais") : QStringLiteral("English");
}

void LanguageMenu::choose(LanguageChoice::Choice choice)
{
    (choice == LanguageChoice::Choice::French        ? m_french
         : choice == LanguageChoice::Choice::English ? m_english
                                                     : m_system)
        ->setChecked(true);
    LanguageChoice::save(choice);
    Translator::install(LanguageChoice::languageFor(choice, QLocale::system().uiLanguages()));
}

void LanguageMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslate()
{
    m_system->setText(tr("System language"));
    m_system->setToolTip(tr("The language of your computer when the wizard has it, English otherwise."));
}
