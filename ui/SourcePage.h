// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardPage.h"
#include "services/SourcesService.h"

#include <QList>

class AccountPicker;
class InlineMessage;
class NewAccountForm;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class Session;
class WizardState;

/** Step 2: which marketing-automation source, and which account of it (an existing one or a new one). */
class SourcePage : public WizardPage
{
    Q_OBJECT
public:
    SourcePage(Session* session, WizardState* state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    void storeInput() override;
    void languageChanged() override;
    QString helpText() const override;

    QString connectionSpecId() const;
    /** The chosen existing account's id; empty for a new account (the plan creates it). */
    QString baseConnectionId() const;
    QString sourceLabel() const;
    QString accountName() const;
    bool isNewAccount() const;

Q_SIGNALS:
    /** The source or the account changed: what depends on them (table, mapping) must be reviewed. */
    void selectionChanged();

private:
    void loadSources();
    void onSourceChosen();
    /** Lists the source's accounts again, keeping the chosen one. */
    void loadAccounts();
    void checkNewAccount();
    void testConnection(const QString& connectionId, const QString& name);
    void showError(const PlatformError& error);
    const ConnectionSpec* currentSpec() const;
    const Account* currentAccount() const;

    SourcesService m_service;
    WizardState* m_state;
    QLabel* m_loadingLabel;
    QLineEdit* m_sourceSearch;
    QListWidget* m_sources;
    QRadioButton* m_existingRadio;
    QRadioButton* m_newRadio;
    QStackedWidget* m_accountStack;
    AccountPicker* m_accounts;
    NewAccountForm* m_newForm;
    InlineMessage* m_message;
    QList<ConnectionSpec> m_specs; ///< one per row of m_sources
    QString m_listedMade; ///< the account made for the tables when the account list was loaded
    bool m_offerNew = false; ///< the source was just chosen: without accounts, show the new-account form
    bool m_sourcesLoaded = false;
};
