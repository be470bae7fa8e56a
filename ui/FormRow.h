// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>
#include <QFormLayout>
#include <QLineEdit>
#include <QString>
#include <QStyle>
#include <QToolButton>
#include <QWidget>

namespace FormRow {

/** "Organi&zation ID:" or « ID d'organi&sation : » as a screen reader should say it: no mnemonic, no colon. */
inline QString accessibleText(const QString& label)
{
    // By hand: the first page's labels come before the window, and regular expressions would be compiled for them.
    QString text;
    text.reserve(label.size());
    for (qsizetype i = 0; i < label.size(); ++i) {
        if (label.at(i) != u'&')
            text += label.at(i);
        else if (i + 1 < label.size() && label.at(i + 1) == u'&')
            text += label.at(++i); // "&&" is an ampersand
    }
    if (text.endsWith(u':')) {
        text.chop(1);
        while (!text.isEmpty() && text.back().isSpace()) // spaces, no-break and narrow no-break spaces alike
            text.chop(1);
    }
    return text.trimmed();
}

/** When a field gets its icons (clear button, eye button): now, or later by the page (addIcons()). */
enum class Icons { Now, Later };

/**
 * A line edit with an object name (tests find it by it), a placeholder and a clear button. The first page shown
 * asks for Icons::Later: the style reads and decodes its image files (and loads Qt's image plugins) at the first
 * icon, a few milliseconds better spent after the window is on screen.
 */
inline QLineEdit* lineEdit(QWidget* parent, const QString& objectName, const QString& placeholder = {},
                           Icons icons = Icons::Now)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(icons == Icons::Now);
    return edit;
}

/** Adds @p label and @p field to @p form; the field's accessible name is the label's text. */
inline void add(QFormLayout* form, const QString& label, QWidget* field)
{
    field->setAccessibleName(accessibleText(label));
    form->addRow(label, field);
}

/** The eye button's icon of a field made by makeSecret(). */
inline void setRevealIcon(QLineEdit* edit)
{
    if (auto* reveal = edit->findChild<QAction*>(QStringLiteral("revealSecretAction")))
        reveal->setIcon(edit->style()->standardIcon(QStyle::SP_FileDialogContentsView));
}

/**
 * Makes @p edit a password field with an eye button (object name revealSecretAction) that shows the text; with
 * Icons::Later the button has its icon once setRevealIcon() is called.
 */
inline void makeSecret(QLineEdit* edit, const QString& revealToolTip, Icons icons = Icons::Now)
{
    edit->setEchoMode(QLineEdit::Password);
    edit->setClearButtonEnabled(false);
    QAction* reveal = edit->addAction(QIcon(), QLineEdit::TrailingPosition);
    reveal->setObjectName(QStringLiteral("revealSecretAction"));
    reveal->setCheckable(true);
    reveal->setToolTip(revealToolTip);
    QObject::connect(reveal, &QAction::toggled, edit,
                     [edit](bool shown) { edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    if (icons == Icons::Now)
        setRevealIcon(edit);
}

/** Makes @p button ("Advanced ▸") show and hide @p content, closed at first. */
inline void makeDisclosure(QToolButton* button, QWidget* content, const QString& text)
{
    button->setText(text);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setArrowType(Qt::RightArrow);
    content->setVisible(false);
    QObject::connect(button, &QToolButton::toggled, content, [button, content](bool on) {
        content->setVisible(on);
        button->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
}

} // namespace FormRow
