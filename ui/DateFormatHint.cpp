// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateFormatHint.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

DateFormatHint::DateFormatHint(QWidget* parent)
    : QWidget(parent), m_note(new QLabel(this)), m_use(new QPushButton(this))
{
    m_note->setObjectName(QStringLiteral("dateFormatCheckLabel"));
    m_note->setWordWrap(true);
    m_use->setObjectName(QStringLiteral("useDetectedFormatButton"));
    m_use->setToolTip(tr("Puts the date format that the table's values are written in into the field."));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_use, 0, Qt::AlignTop);
    connect(m_use, &QPushButton::clicked, this, [this] { Q_EMIT chosen(m_suggestion); });
    setVisible(false);
}

void DateFormatHint::showCheck(const DateFormats::Check& check)
{
    m_suggestion = check.suggestion;
    m_note->setText(check.note);
    m_note->setStyleSheet(check.warning ? QStringLiteral("color: #9c6500;") : QString());
    m_note->setVisible(!check.note.isEmpty());
    // Not a mnemonic: a pattern never has "&", but the text is the user's data all the same.
    m_use->setText(tr("Use %1").arg(check.suggestion).replace(QLatin1Char('&'), QLatin1String("&&")));
    m_use->setAccessibleName(tr("Use the date format %1").arg(check.suggestion));
    m_use->setVisible(!check.suggestion.isEmpty());
    setVisible(!check.note.isEmpty() || !check.suggestion.isEmpty());
}
