// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardPage.h"
#include "model/DataflowDraft.h"
#include "services/CatalogService.h"

#include <QList>
#include <QPointer>

class InlineMessage;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QStackedWidget;
class Session;
class WizardState;

/** Step 5: the dataset the records land in: one built on the chosen schema, or a new one. */
class DatasetPage : public WizardPage
{
    Q_OBJECT
public:
    DatasetPage(Session* session, WizardState* state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    void storeInput() override;
    QString helpText() const override;

private:
    void loadDatasets();
    DraftDataset chosenDataset() const;
    void updateProfileChoice();

    CatalogService m_catalog;
    WizardState* m_state;
    QRadioButton* m_existingRadio;
    QRadioButton* m_newRadio;
    QStackedWidget* m_stack;
    QListWidget* m_datasets;
    QLabel* m_existingNote;
    QLineEdit* m_name;
    QLineEdit* m_description;
    QCheckBox* m_profile;
    QLabel* m_profileNote;
    InlineMessage* m_message;
    QPointer<ServiceJob> m_job;
    QList<DatasetSummary> m_datasetList; ///< the rows of m_datasets
    QString m_loadedFor; ///< the schema whose datasets are listed
};
