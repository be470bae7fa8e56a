// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/SourcesService.h"

#include <QList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

/** The Source page's existing accounts: a searchable list that loads in pages, and the connection test. */
class AccountPicker : public QWidget
{
    Q_OBJECT
public:
    explicit AccountPicker(QWidget* parent = nullptr);

    void clear();
    /** Adds a page of accounts; selects the one whose id is @p selectId. */
    void append(const QList<Account>& accounts, bool hasMore, const QString& selectId);
    void setLoading(bool loading);
    const Account* current() const;
    bool isEmpty() const { return m_list.isEmpty(); }

Q_SIGNALS:
    void currentChanged();
    void moreRequested();
    void testRequested(const Account& account);

private:
    void filter();

    QLineEdit* m_search;
    QListWidget* m_accounts;
    QPushButton* m_more;
    QPushButton* m_test;
    QList<Account> m_list; ///< one per row of m_accounts
};
