// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatasetPage.h"

#include "InlineMessage.h"
#include "ListSearch.h"
#include "core/SchemaRules.h"
#include "core/Session.h"
#include "core/WizardState.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

DatasetPage::DatasetPage(Session* session, WizardState* state, QWidget* parent)
    : WizardPage(parent)
    , m_catalog(session->client())
    , m_state(state)
    , m_existingRadio(new QRadioButton(tr("Use an &existing dataset"), this))
    , m_newRadio(new QRadioButton(tr("Create a ne&w dataset"), this))
    , m_stack(new QStackedWidget(this))
    , m_datasets(new QListWidget(this))
    , m_existingNote(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_profile(new QCheckBox(tr("&Profile dataset: feed Real-Time Customer Profile"), this))
    , m_profileNote(new QLabel(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("datasetPage"));
    setTitle(tr("Dataset"));
    setSubTitle(tr("Choose where the records are stored in Experience Platform."));
    m_existingRadio->setObjectName(QStringLiteral("existingDatasetRadio"));
    m_newRadio->setObjectName(QStringLiteral("newDatasetRadio"));
    auto* choice = new QButtonGroup(this);
    choice->addButton(m_existingRadio);
    choice->addButton(m_newRadio);
    m_newRadio->setChecked(true);

    auto* existing = new QWidget(this);
    auto* search = new QLineEdit(existing);
    search->setObjectName(QStringLiteral("datasetSearchLineEdit"));
    ListSearch::attach(search, m_datasets, tr("Search datasets"));
    m_datasets->setObjectName(QStringLiteral("datasetList"));
    m_datasets->setAccessibleName(tr("Datasets"));
    m_existingNote->setObjectName(QStringLiteral("existingDatasetNoteLabel"));
    m_existingNote->setWordWrap(true);
    auto* existingLayout = new QVBoxLayout(existing);
    existingLayout->setContentsMargins(0, 0, 0, 0);
    existingLayout->addWidget(m_existingNote);
    existingLayout->addWidget(search);
    existingLayout->addWidget(m_datasets, 1);

    auto* fresh = new QWidget(this);
    m_name->setObjectName(QStringLiteral("datasetNameLineEdit"));
    m_name->setAccessibleName(tr("Dataset name"));
    m_description->setObjectName(QStringLiteral("datasetDescriptionLineEdit"));
    m_description->setAccessibleName(tr("Dataset description"));
    m_profile->setObjectName(QStringLiteral("datasetProfileCheckBox"));
    m_profileNote->setObjectName(QStringLiteral("profileNoteLabel"));
    m_profileNote->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(QString(), m_profile);
    form->addRow(QString(), m_profileNote);
    auto* freshLayout = new QVBoxLayout(fresh);
    freshLayout->setContentsMargins(0, 0, 0, 0);
    freshLayout->addLayout(form);
    freshLayout->addStretch();
    m_stack->addWidget(existing);
    m_stack->addWidget(fresh);
    m_stack->setCurrentIndex(1);
    m_message->setObjectName(QStringLiteral("datasetMessage"));

    auto* radios = new QHBoxLayout;
    radios->addWidget(m_existingRadio);
    radios->addWidget(m_newRadio);
    radios->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(radios);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_message);

    connect(m_newRadio, &QRadioButton::toggled, this, [this](bool on) {
        m_stack->setCurrentIndex(on ? 1 : 0);
        Q_EMIT completeChanged();
    });
    connect(m_datasets, &QListWidget::currentRowChanged, this, &DatasetPage::completeChanged);
    connect(m_name, &QLineEdit::textChanged, this, &DatasetPage::completeChanged);
}

QString DatasetPage::helpText() const
{
    return tr("<p>A <b>dataset</b> is where Experience Platform stores the records, like a table in a database. "
              "Each run of the dataflow adds a batch of records to it.</p><p>A <b>Profile dataset</b> also feeds "
              "Real-Time Customer Profile. That needs a schema enabled for Profile with a primary identity, and "
              "every record must then carry that identity, or it is rejected.</p>");
}

void DatasetPage::initializePage()
{
    const DraftSchema& schema = m_state->draft().schema;
    const DraftDataset& dataset = m_state->draft().dataset;
    if (m_name->text().isEmpty())
        m_name->setText(SchemaRules::defaultDatasetName(dataset, m_state->schemaTitle()));
    if (dataset.create) {
        m_description->setText(dataset.create->description);
        m_profile->setChecked(dataset.create->profileEnabled);
    }
    if (!SchemaRules::canUseExistingDataset(schema)) {
        m_existingRadio->setEnabled(false);
        m_newRadio->setChecked(true);
        m_existingNote->setText(tr("The schema is created with the dataflow, so no dataset uses it yet."));
        m_datasets->clear();
        m_datasetList.clear();
        m_loadedFor.clear();
    } else {
        m_existingRadio->setEnabled(true);
        if (!dataset.id.isEmpty())
            m_existingRadio->setChecked(true);
        if (m_loadedFor != schema.id) {
            m_datasets->clear();
            m_datasetList.clear();
            m_existingNote->setText(tr("Datasets built on the schema \u201c%1\u201d:").arg(m_state->schemaTitle()));
            loadDatasets();
        }
    }
    updateProfileChoice();
}

void DatasetPage::updateProfileChoice()
{
    const bool possible = SchemaRules::canFeedProfile(m_state->draft().schema, m_state->schemaProfileEnabled());
    m_profile->setEnabled(possible);
    if (!possible)
        m_profile->setChecked(false);
    // Say it before the user is stuck, not after a refusal.
    m_profileNote->setText(possible ? tr("Every record must then carry the primary identity, or it is rejected.")
                                    : tr("Not available: the schema is not enabled for Profile. Go back to the "
                                         "schema step to enable it (it needs a primary identity)."));
}

void DatasetPage::loadDatasets()
{
    const QString schemaId = m_state->draft().schema.id;
    if (m_job)
        m_job->abort(); // the datasets of another schema
    m_job = m_catalog.datasetsOfSchema(schemaId)->onFinished(
        this, [this, schemaId](const TypedJob<QList<DatasetSummary>>& job) {
            if (!job.ok()) {
                if (job.error().kind != PlatformError::Kind::Cancelled)
                    m_message->showMessage(InlineMessage::Type::Error, job.error().userMessage, job.error().details());
                return;
            }
            m_loadedFor = schemaId;
            m_datasetList = job.value();
            for (const DatasetSummary& dataset : std::as_const(m_datasetList)) {
                auto* item = new QListWidgetItem(dataset.name, m_datasets);
                item->setToolTip(dataset.description);
                if (dataset.id == m_state->draft().dataset.id)
                    m_datasets->setCurrentItem(item);
            }
            if (m_datasetList.isEmpty())
                m_existingNote->setText(
                    tr("No dataset uses the schema \u201c%1\u201d yet.").arg(m_state->schemaTitle()));
        });
}

DraftDataset DatasetPage::chosenDataset() const
{
    DraftDataset dataset;
    const int row = m_datasets->currentRow();
    if (!m_existingRadio->isChecked())
        dataset.create
            = DraftDatasetCreate{m_name->text().trimmed(), m_description->text().trimmed(), m_profile->isChecked()};
    else if (row >= 0 && row < m_datasetList.size())
        dataset.id = m_datasetList.at(row).id;
    return dataset;
}

bool DatasetPage::isComplete() const
{
    return SchemaRules::datasetProblem(chosenDataset(), m_state->draft().schema).isEmpty();
}

bool DatasetPage::validatePage()
{
    storeInput();
    return true;
}

void DatasetPage::storeInput()
{
    if (!isComplete())
        return;
    const DraftDataset dataset = chosenDataset();
    m_state->setDataset(dataset, dataset.create ? dataset.create->name : m_datasets->currentItem()->text());
}
