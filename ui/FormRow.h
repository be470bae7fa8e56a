// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QString>
#include <QStyle>
#include <QToolButton>
#include <QWidget>

namespace FormRow {

/** "Organi&zation ID:" or « ID d'organi&sation : » as a screen reader should say it: no mnemonic, no colon. */
inline QString accessibleText(QString label)
{
    label.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    static const QRegularExpression colon(QStringLiteral("[\\s\\x{00a0}\\x{202f}]*:$"));
    return label.remove(colon).trimmed();
}

/** A line edit with an object name (tests find it by it), a placeholder and a clear button. */
inline QLineEdit* lineEdit(QWidget* parent, const QString& objectName, const QString& placeholder = {})
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

/** Adds @p label and @p field to @p form; the field's accessible name is the label's text. */
inline void add(QFormLayout* form, const QString& label, QWidget* field)
{
    field->setAccessibleName(accessibleText(label));
    form->addRow(label, field);
}

/** Makes @p edit a password field with an eye button (object name revealSecretAction) that shows the text. */
inline void makeSecret(QLineEdit* edit, const QString& revealToolTip)
{
    edit->setEchoMode(QLineEdit::Password);
    edit->setClearButtonEnabled(false);
    QAction* reveal
        = edit->addAction(edit->style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::TrailingPosition);
    reveal->setObjectName(QStringLiteral("revealSecretAction"));
    reveal->setCheckable(true);
    reveal->setToolTip(revealToolTip);
    QObject::connect(reveal, &QAction::toggled, edit,
                     [edit](bool shown) { edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
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
