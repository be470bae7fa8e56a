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
    LanguageChoice::Choice saved = LanguageChoice::load();
    if (LanguageChoice::languageFor(saved, QLocale::system().uiLanguages()) != Translator::current())
        saved = Translator::current() == QLatin1String("fr") ? LanguageChoice::Choice::French
                                                             : LanguageChoice::Choice::English; // --lang said so
    actionFor(saved)->setChecked(true);
    connect(m_french, &QAction::triggered, this, [this] { choose(LanguageChoice::Choice::French); });
    connect(m_english, &QAction::triggered, this, [this] { choose(LanguageChoice::Choice::English); });
    connect(m_system, &QAction::triggered, this, [this] { choose(LanguageChoice::Choice::System); });
    retranslate();
}

QString LanguageMenu::currentName()
{
    return Translator::current() == QLatin1String("fr") ? QStringLiteral("Fran\u00e7ais") : QStringLiteral("English");
}

QAction* LanguageMenu::actionFor(LanguageChoice::Choice choice) const
{
    switch (choice) {
    case LanguageChoice::Choice::French:
        return m_french;
    case LanguageChoice::Choice::English:
        return m_english;
    case LanguageChoice::Choice::System:
        break;
    }
    return m_system;
}

void LanguageMenu::choose(LanguageChoice::Choice choice)
{
    actionFor(choice)->setChecked(true);
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
