// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountPicker.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

AccountPicker::AccountPicker(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_accounts(new QListWidget(this))
    , m_more(new QPushButton(tr("Load more accounts"), this))
    , m_test(new QPushButton(tr("&Test connection"), this))
{
    m_search->setObjectName(QStringLiteral("accountSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search accounts"));
    m_search->setAccessibleName(tr("Search accounts"));
    m_search->setClearButtonEnabled(true);
    m_accounts->setObjectName(QStringLiteral("accountList"));
    m_accounts->setAccessibleName(tr("Accounts"));
    m_more->setObjectName(QStringLiteral("moreAccountsButton"));
    m_more->setVisible(false);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_test->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_more);
    buttons->addStretch();
    buttons->addWidget(m_test);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_accounts);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &AccountPicker::filter);
    connect(m_accounts, &QListWidget::currentRowChanged, this, [this] {
        m_test->setEnabled(current() != nullptr);
        Q_EMIT currentChanged();
    });
    connect(m_more, &QPushButton::clicked, this, &AccountPicker::moreRequested);
    connect(m_test, &QPushButton::clicked, this, [this] {
        if (const Account* account = current())
            Q_EMIT testRequested(*account);
    });
}

void AccountPicker::clear()
{
    m_list.clear();
    m_accounts->clear();
    m_more->setVisible(false);
}

void AccountPicker::append(const QList<Account>& accounts, bool hasMore, const QString& selectId)
{
    for (const Account& account : accounts) {
        m_list << account;
        auto* item = new QListWidgetItem(account.name, m_accounts);
        item->setToolTip(account.description);
        if (!selectId.isEmpty() && account.id == selectId)
            m_accounts->setCurrentItem(item);
    }
    m_more->setVisible(hasMore);
    filter();
}

void AccountPicker::setLoading(bool loading)
{
    m_more->setEnabled(!loading);
}

const Account* AccountPicker::current() const
{
    const int row = m_accounts->currentRow();
    return row >= 0 && row < m_list.size() ? &m_list.at(row) : nullptr;
}

void AccountPicker::filter()
{
    const QString needle = m_search->text().trimmed();
    for (int i = 0; i < m_accounts->count(); ++i) {
        QListWidgetItem* item = m_accounts->item(i);
        item->setHidden(!needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive));
    }
}
