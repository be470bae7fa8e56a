// SPDX-License-Identifier: GPL-3.0-or-later
#include "BusyRow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

BusyRow::BusyRow(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_bar(new QProgressBar(this))
{
    m_label->setObjectName(QStringLiteral("busyLabel"));
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_bar->setObjectName(QStringLiteral("busyIndicator"));
    m_bar->setRange(0, 0);
    m_bar->setMaximumHeight(6);
    m_bar->setTextVisible(false);
    auto* row = new QHBoxLayout;
    row->addWidget(m_label, 1);
    row->addWidget(m_stop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_bar);
    connect(m_stop, &QPushButton::clicked, this, &BusyRow::stopRequested);
    setVisible(false);
}

void BusyRow::setBusy(bool busy, const QString& text)
{
    m_label->setText(text);
    setVisible(busy);
}
