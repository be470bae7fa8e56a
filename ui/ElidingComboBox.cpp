// SPDX-License-Identifier: GPL-3.0-or-later
#include "ElidingComboBox.h"

#include <QHelpEvent>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QToolTip>

ElidingComboBox::ElidingComboBox(QWidget* parent) : QComboBox(parent)
{
    // Never as wide as the longest entry: a few characters at least, the rest from the layout.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

int ElidingComboBox::textWidth() const
{
    QStyleOptionComboBox option;
    QComboBox::initStyleOption(&option);
    const QRect field = style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
    const int icon = option.currentIcon.isNull() ? 0 : option.iconSize.width() + 4;
    return field.width() - icon - 2; // the style draws the label 1 pixel in from each side
}

bool ElidingComboBox::isElided() const
{
    return !isEditable() && fontMetrics().horizontalAdvance(currentText()) > textWidth();
}

void ElidingComboBox::initStyleOption(QStyleOptionComboBox* option) const
{
    QComboBox::initStyleOption(option);
    if (!isEditable())
        option->currentText = fontMetrics().elidedText(option->currentText, Qt::ElideRight, textWidth());
}

bool ElidingComboBox::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && isElided()) {
        const QString own = toolTip();
        QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(),
                           own.isEmpty() ? currentText() : currentText() + QStringLiteral("\n\n") + own, this);
        return true;
    }
    return QComboBox::event(event);
}
