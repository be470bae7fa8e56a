// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlatformUrlsBox.h"

#include "FormRow.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QToolButton>
#include <QVBoxLayout>

PlatformUrlsBox::PlatformUrlsBox(QWidget* parent)
    : QWidget(parent)
    , m_button(new QToolButton(this))
    , m_content(new QWidget(this))
    , m_platformUrl(FormRow::lineEdit(m_content, QStringLiteral("platformUrlLineEdit"),
                                      QStringLiteral("https://platform.adobe.io"), FormRow::Icons::Later))
    , m_imsUrl(FormRow::lineEdit(m_content, QStringLiteral("imsUrlLineEdit"),
                                 QStringLiteral("https://ims-na1.adobelogin.com"), FormRow::Icons::Later))
    , m_problem(new QLabel(this))
{
    m_button->setObjectName(QStringLiteral("advancedButton"));
    FormRow::makeDisclosure(m_button, m_content, tr("&Advanced"));
    auto* form = new QFormLayout(m_content);
    form->setContentsMargins(0, 0, 0, 0);
    FormRow::add(form, tr("&Platform URL:"), m_platformUrl);
    FormRow::add(form, tr("&IMS URL:"), m_imsUrl);
    m_problem->setObjectName(QStringLiteral("urlProblemLabel"));
    m_problem->setWordWrap(true);
    QPalette red
        = m_problem->palette(); // a palette, not a style sheet: that would make a style for it before the window
    red.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_problem->setPalette(red);
    m_problem->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button, 0, Qt::AlignLeft);
    layout->addWidget(m_content);
    layout->addWidget(m_problem);
    for (QLineEdit* edit : {m_platformUrl, m_imsUrl})
        connect(edit, &QLineEdit::textChanged, this, &PlatformUrlsBox::edited);
}

void PlatformUrlsBox::addIcons()
{
    for (QLineEdit* edit : {m_platformUrl, m_imsUrl})
        edit->setClearButtonEnabled(true);
}

QUrl PlatformUrlsBox::platformUrl() const
{
    return QUrl(m_platformUrl->text().trimmed());
}

QUrl PlatformUrlsBox::imsUrl() const
{
    return QUrl(m_imsUrl->text().trimmed());
}

void PlatformUrlsBox::setUrls(const QUrl& platformUrl, const QUrl& imsUrl)
{
    m_platformUrl->setText(platformUrl.toString());
    m_imsUrl->setText(imsUrl.toString());
}

bool PlatformUrlsBox::bothFilled() const
{
    return !m_platformUrl->text().isEmpty() && !m_imsUrl->text().isEmpty();
}

void PlatformUrlsBox::expand()
{
    m_button->setChecked(true);
}

void PlatformUrlsBox::showProblem(const QString& problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        expand();
}

void PlatformUrlsBox::setInputEnabled(bool enabled)
{
    for (QWidget* input : std::initializer_list<QWidget*>{m_button, m_platformUrl, m_imsUrl})
        input->setEnabled(enabled);
}
