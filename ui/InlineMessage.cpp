// SPDX-License-Identifier: GPL-3.0-or-later
#include "InlineMessage.h"

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
    , m_text(new QLabel(this))
    , m_details(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_actions(new QHBoxLayout)
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("inlineMessage"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("messageLabel"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setTextFormat(Qt::PlainText);
    m_details->setObjectName(QStringLiteral("detailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
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
    applyStyle();
    setAccessibleName(text);
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

void InlineMessage::addIcons()
{
    if (!m_iconsLater)
        return;
    m_iconsLater = false;
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    applyIcon();
}

void InlineMessage::applyIcon()
{
    if (m_iconsLater)
        return;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (m_type) {
    case Type::Information:
        break;
    case Type::Positive:
        icon = QStyle::SP_DialogApplyButton;
        break;
    case Type::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Type::Error:
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
}

void InlineMessage::applyStyle()
{
    QColor background(0xe8, 0xf0, 0xfb);
    QColor border(0x1a, 0x5f, 0xb4);
    switch (m_type) {
    case Type::Information:
        break;
    case Type::Positive:
        background = QColor(0xe6, 0xf4, 0xea);
        border = QColor(0x26, 0xa2, 0x69);
        break;
    case Type::Warning:
        background = QColor(0xfd, 0xf3, 0xd8);
        border = QColor(0xc6, 0x8a, 0x00);
        break;
    case Type::Error:
        background = QColor(0xfb, 0xe7, 0xe6);
        border = QColor(0xc0, 0x1c, 0x28);
        break;
    }
    applyIcon();
    // Light backgrounds need dark text whatever the desktop theme is.
    setStyleSheet(QStringLiteral("InlineMessage { background: %1; border: 1px solid %2; border-radius: 4px; }"
                                 " InlineMessage QLabel, InlineMessage QToolButton { color: #202020; }")
                      .arg(background.name(), border.name()));
}
