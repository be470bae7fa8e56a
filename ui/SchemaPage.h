// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardPage.h"
#include "platform/PlatformClient.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>

class InlineMessage;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTreeWidget;
class Session;
class WizardState;

/** Step 4: the XDM schema the records take: an existing Individual Profile schema, or a new one built here. */
class SchemaPage : public WizardPage
{
    Q_OBJECT
public:
    static constexpr char kProfileClass[] = "https://ns.adobe.com/xdm/context/profile";

    SchemaPage(Session* session, WizardState* state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QString helpText() const override;

private:
    void loadSchemas(const QString& start = {});
    void loadFieldGroups();
    void loadClass();
    void onExistingChosen();
    void onFieldGroupToggled();
    void fetchFull(const QString& path, const QString& key);
    void rebuildPreview();
    void showTree(const QJsonObject& tree);
    void refreshIdentityChoices();
    QString problem() const;
    void showError(const PlatformError& error);

    Session* m_session;
    WizardState* m_state;
    QRadioButton* m_existingRadio;
    QRadioButton* m_newRadio;
    QStackedWidget* m_stack;
    QLineEdit* m_schemaSearch;
    QListWidget* m_schemas;
    QPushButton* m_moreSchemas;
    QLineEdit* m_title;
    QLineEdit* m_description;
    QLineEdit* m_fieldGroupSearch;
    QListWidget* m_fieldGroups;
    QComboBox* m_identityField;
    QComboBox* m_identityNamespace;
    QCheckBox* m_profile;
    QLabel* m_problem;
    QTreeWidget* m_tree;
    InlineMessage* m_message;
    QHash<QString, QJsonObject> m_full; ///< xed-full resources by $id (class, field groups, existing schemas)
    QHash<QString, QPointer<PlatformCall>> m_pending;
    QString m_schemasNext;
    QJsonObject m_currentTree;
    bool m_loaded = false;
    bool m_identityChosen = false; ///< the user picked the identity (even "none"): stop proposing one
};
