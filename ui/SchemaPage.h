// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardPage.h"
#include "model/DataflowDraft.h"
#include "model/SchemaTree.h"
#include "services/SchemaRegistryService.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

class IdentityPicker;
class InlineMessage;
class QCheckBox;
class QLabel;
class QLineEdit;
class FieldGroupList;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class SchemaList;
class SchemaTreeView;
class Session;
class WizardState;

/** Step 4: the XDM schema the records take: an existing Individual Profile schema, or a new one built here. */
class SchemaPage : public WizardPage
{
    Q_OBJECT
public:
    SchemaPage(Session* session, WizardState* state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    void storeInput() override;
    QString helpText() const override;

private:
    using FullFetch = TypedJob<SchemaTree>* (SchemaRegistryService::*)(const QString&) const;
    void loadSchemas(const QString& continuation = {});
    void loadFieldGroups();
    void onExistingChosen();
    void onFieldGroupToggled();
    void fetchFull(const QString& id, FullFetch fetch);
    void rebuildPreview();
    void refreshIdentityChoices();
    void updateProblem();
    DraftSchema chosenSchema() const;
    void showError(const PlatformError& error);

    SchemaRegistryService m_registry;
    WizardState* m_state;
    QRadioButton* m_existingRadio;
    QRadioButton* m_newRadio;
    QStackedWidget* m_stack;
    SchemaList* m_schemas;
    QPushButton* m_moreSchemas;
    QLineEdit* m_title;
    QLineEdit* m_description;
    FieldGroupList* m_fieldGroups;
    IdentityPicker* m_identity;
    QCheckBox* m_profile;
    QLabel* m_problem;
    SchemaTreeView* m_tree;
    InlineMessage* m_message;
    QHash<QString, SchemaTree> m_full; ///< expanded resources by $id (class, field groups, existing schemas)
    QSet<QString> m_pending; ///< the $ids asked for and not answered yet
    QString m_schemasNext;
    SchemaTree m_currentTree;
    bool m_loaded = false;
};
