// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountPicker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

AccountPicker::AccountPicker(PlatformClient* client, QWidget* parent)
    : QWidget(parent)
    , m_service(client)
    , m_search(new QLineEdit(this))
    , m_accounts(new QListWidget(this))
    , m_empty(new QLabel(this))
    , m_more(new QPushButton(tr("Load more accounts"), this))
    , m_test(new QPushButton(tr("&Test connection"), this))
{
    m_search->setObjectName(QStringLiteral("accountSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search accounts"));
    m_search->setAccessibleName(tr("Search accounts"));
    m_search->setClearButtonEnabled(true);
    m_accounts->setObjectName(QStringLiteral("accountList"));
    m_accounts->setAccessibleName(tr("Accounts"));
    m_empty->setObjectName(QStringLiteral("noAccountLabel"));
    m_empty->setWordWrap(true);
    m_empty->setVisible(false);
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
    layout->addWidget(m_empty);
    layout->addWidget(m_accounts);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &AccountPicker::filter);
    connect(m_accounts, &QListWidget::currentRowChanged, this, [this] {
        m_test->setEnabled(current() != nullptr);
        Q_EMIT currentChanged();
    });
    connect(m_more, &QPushButton::clicked, this, [this] { loadPage(m_continuation); });
    connect(m_test, &QPushButton::clicked, this, [this] {
        if (const Account* account = current())
            Q_EMIT testRequested(*account);
    });
}

void AccountPicker::clear()
{
    if (m_job)
        m_job->abort();
    m_list.clear();
    m_accounts->clear();
    m_more->setVisible(false);
    m_empty->setVisible(false);
}

void AccountPicker::load(const QString& connectionSpecId, const QString& sourceLabel, const QString& selectId)
{
    clear();
    m_specId = connectionSpecId;
    m_sourceLabel = sourceLabel;
    m_selectId = selectId;
    loadPage({});
}

void AccountPicker::loadPage(const QString& continuation)
{
    m_more->setEnabled(false);
    auto* job = m_service.accounts(m_specId, continuation);
    m_job = job->onFinished(this, [this](const TypedJob<Page<Account>>& done) {
        m_more->setEnabled(true);
        if (!done.ok()) {
            if (done.error().kind != PlatformError::Kind::Cancelled) // not another source picked meanwhile
                Q_EMIT failed(done.error());
            return;
        }
        append(done.value());
        const bool none = m_list.isEmpty() && !done.value().hasMore();
        m_empty->setText(
            tr("No %1 account in this sandbox yet. Choose \u201cNew account\u201d to connect one.").arg(m_sourceLabel));
        m_empty->setVisible(none);
        Q_EMIT loaded(none);
    });
}

void AccountPicker::append(const Page<Account>& page)
{
    m_continuation = page.continuation;
    for (const Account& account : page.items) {
        m_list << account;
        auto* item = new QListWidgetItem(account.name, m_accounts);
        item->setToolTip(account.description);
        if (!m_selectId.isEmpty() && account.id == m_selectId)
            m_accounts->setCurrentItem(item);
    }
    m_more->setVisible(page.hasMore());
    filter();
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
