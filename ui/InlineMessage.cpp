// SPDX-License-Identifier: GPL-3.0-or-later
#include "InlineMessage.h"

#include "WrapLabel.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

InlineMessage::InlineMessage(QWidget* parent, FormRow::Icons icons)
    : QFrame(parent)
    , m_iconsLater(icons == FormRow::Icons::Later)
    , m_icon(new QLabel(this))
    , m_text(new WrapLabel(this))
    , m_details(new WrapLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_actions(new QHBoxLayout)
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("inlineMessage"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("messageLabel"));
    m_text->setTextFormat(Qt::PlainText);
    m_details->setObjectName(QStringLiteral("detailsLabel"));
    m_details->setTextFormat(Qt::PlainText);
    if (!m_iconsLater)
        makeSelectable();
    m_details->setVisible(false);
    m_detailsButton->setObjectName(QStringLiteral("detailsButton"));
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool on) {
        m_details->setVisible(on);
        m_detailsButton->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    m_closeButton->setObjectName(QStringLiteral("closeMessageButton"));
    m_closeButton->setAutoRaise(true);
    if (!m_iconsLater)
        m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setToolTip(tr("Close this message"));
    m_closeButton->setAccessibleName(tr("Close this message"));
    connect(m_closeButton, &QToolButton::clicked, this, [this] {
        hideMessage();
        Q_EMIT closed();
    });

    auto* textColumn = new QVBoxLayout;
    textColumn->addWidget(m_text);
    auto* detailsRow = new QHBoxLayout;
    detailsRow->addWidget(m_detailsButton);
    detailsRow->addStretch();
    detailsRow->addLayout(m_actions);
    textColumn->addLayout(detailsRow);
    textColumn->addWidget(m_details);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(8, 6, 4, 6);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addLayout(textColumn, 1);
    row->addWidget(m_closeButton, 0, Qt::AlignTop);
    setVisible(false);
}

void InlineMessage::showMessage(Type type, const QString& text, const QString& details)
{
    m_type = type;
    m_text->setText(text);
    m_details->setText(details);
    m_detailsButton->setChecked(false);
    m_detailsButton->setVisible(!details.isEmpty());
    while (QLayoutItem* item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    setAccessibleName(text);
    m_showLater = m_iconsLater;
    if (m_showLater)
        return; // styled and shown by addIcons(): its style sheet alone is 0.5 M instructions before the window
    applyStyle();
    reveal();
}

void InlineMessage::reveal()
{
    setVisible(true);
    // Screen readers announce the banner like an alert.
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

QPushButton* InlineMessage::addAction(const QString& text, const QString& objectName)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    m_actions->addWidget(button);
    return button;
}

void InlineMessage::hideMessage()
{
    m_showLater = false;
    setVisible(false);
}

QString InlineMessage::text() const
{
    return m_text->text();
}

QString InlineMessage::details() const
{
    return m_details->text();
}

namespace {

/** How a banner of each type looks: its icon and its colours. */
struct Look
{
    QStyle::StandardPixmap icon;
    QColor background;
    QColor border;
};

Look lookOf(InlineMessage::Type type)
{
    switch (type) {
    case InlineMessage::Type::Positive:
        return {QStyle::SP_DialogApplyButton, QColor(0xe6, 0xf4, 0xea), QColor(0x26, 0xa2, 0x69)};
    case InlineMessage::Type::Warning:
        return {QStyle::SP_MessageBoxWarning, QColor(0xfd, 0xf3, 0xd8), QColor(0xc6, 0x8a, 0x00)};
    case InlineMessage::Type::Error:
        return {QStyle::SP_MessageBoxCritical, QColor(0xfb, 0xe7, 0xe6), QColor(0xc0, 0x1c, 0x28)};
    case InlineMessage::Type::Information:
        break;
    }
    return {QStyle::SP_MessageBoxInformation, QColor(0xe8, 0xf0, 0xfb), QColor(0x1a, 0x5f, 0xb4)};
}

} // namespace

void InlineMessage::addIcons()
{
    if (!m_iconsLater)
        return;
    m_iconsLater = false;
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    applyIcon();
    makeSelectable();
    if (m_showLater) {
        m_showLater = false;
        applyStyle();
        reveal();
    }
}

void InlineMessage::makeSelectable()
{
    // A selectable label lays its text out as a document, twice for each width a layout asks about: on the first
    // page, with the demo's note shown, 8 M instructions before the window showed.
    for (QLabel* label : {m_text, m_details})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

void InlineMessage::applyIcon()
{
    if (m_iconsLater)
        return;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(lookOf(m_type).icon).pixmap(size, size));
}

void InlineMessage::applyStyle()
{
    const Look look = lookOf(m_type);
    applyIcon();
    // Light backgrounds need dark text whatever the desktop theme is.
    setStyleSheet(QStringLiteral("InlineMessage { background: %1; border: 1px solid %2; border-radius: 4px; }"
                                 " InlineMessage QLabel, InlineMessage QToolButton { color: #202020; }")
                      .arg(look.background.name(), look.border.name()));
}
