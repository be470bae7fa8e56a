// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/SourcesService.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

/**
 * The Source page's existing accounts: a searchable list that loads in pages from the Platform, says when there is
 * none, and asks for the connection test.
 */
class AccountPicker : public QWidget
{
    Q_OBJECT
public:
    AccountPicker(PlatformClient* client, QWidget* parent = nullptr);

    /** Empties the list and stops a load under way. */
    void clear();
    /** Lists the accounts of @p connectionSpecId (named @p sourceLabel) from the first page; selects @p selectId. */
    void load(const QString& connectionSpecId, const QString& sourceLabel, const QString& selectId);
    const Account* current() const;
    bool isEmpty() const { return m_list.isEmpty(); }

Q_SIGNALS:
    void currentChanged();
    void testRequested(const Account& account);
    /** A load ended: @p none when the source has no account at all. */
    void loaded(bool none);
    void failed(const PlatformError& error);

private:
    void loadPage(const QString& continuation);
    /** Adds a page of accounts; selects the one whose id is m_selectId. */
    void append(const Page<Account>& page);
    void filter();

    SourcesService m_service;
    QLineEdit* m_search;
    QListWidget* m_accounts;
    QLabel* m_empty;
    QPushButton* m_more;
    QPushButton* m_test;
    QList<Account> m_list; ///< one per row of m_accounts
    QString m_specId;
    QString m_sourceLabel;
    QString m_selectId;
    QString m_continuation;
    QPointer<ServiceJob> m_job;
};
