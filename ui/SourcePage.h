// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardPage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

class InlineMessage;
class PlatformCall;
class QComboBox;
class QFormLayout;
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
    QString helpText() const override;

    QString connectionSpecId() const;
    QString connectionSpecVersion() const;
    QString baseConnectionId() const;
    QString sourceLabel() const;
    QString accountName() const;
    /** The description of a known source in the user's language, else the Platform's text. */
    static QString sourceDescription(const QString& connectionSpecId, const QString& serverText);
    /** A source's authentication parameter ("clientSecret") as the form shows it ("Client secret"). */
    static QString authFieldName(const QString& key);

Q_SIGNALS:
    /** The source or the account changed: what depends on them (table, mapping) must be reviewed. */
    void selectionChanged();

private:
    void loadSources();
    void onSourceChosen();
    void loadAccounts(const QString& continuation = {});
    void filterAccounts();
    void buildAuthForm();
    void createAccount();
    void testConnection(const QString& connectionId, const QString& name);
    void showError(const PlatformError& error);
    QJsonObject currentSpec() const;

    Session* m_session;
    WizardState* m_state;
    QLabel* m_loadingLabel;
    QLineEdit* m_sourceSearch;
    QListWidget* m_sources;
    QRadioButton* m_existingRadio;
    QRadioButton* m_newRadio;
    QStackedWidget* m_accountStack;
    QLineEdit* m_accountSearch;
    QListWidget* m_accounts;
    QPushButton* m_moreAccounts;
    QPushButton* m_testButton;
    QLineEdit* m_accountName;
    QComboBox* m_authType;
    QWidget* m_authFields;
    QFormLayout* m_authForm;
    QPushButton* m_connectButton;
    InlineMessage* m_message;
    QJsonArray m_specs;
    QString m_accountsContinuation;
    QString m_createdConnectionId;
    QString m_createdConnectionName;
    QList<QPointer<PlatformCall>> m_calls;
    bool m_sourcesLoaded = false;
};
