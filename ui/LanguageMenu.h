// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/LanguageChoice.h"

#include <QMenu>

class QAction;

/**
 * The wizard's language menu (on a button of its button row): Français, English, the system's language. A choice
 * is saved (LanguageChoice) and installed at once (Translator): every window then gets QEvent::LanguageChange.
 */
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget* parent = nullptr);
    /** Saves @p choice and installs its language. */
    void choose(LanguageChoice::Choice choice);
    /** The language installed, by its own name ("Français", "English"): the text of the menu's button. */
    static QString currentName();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QAction* actionFor(LanguageChoice::Choice choice) const;

    QAction* m_french;
    QAction* m_english;
    QAction* m_system;
};
