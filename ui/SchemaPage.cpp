// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaPage.h"

#include "IdentityPicker.h"
#include "InlineMessage.h"
#include "ListSearch.h"
#include "RegistryLists.h"
#include "SchemaTreeView.h"
#include "core/SchemaRules.h"
#include "core/Session.h"
#include "core/WizardState.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

SchemaPage::SchemaPage(Session* session, WizardState* state, QWidget* parent)
    : WizardPage(parent)
    , m_registry(session->client())
    , m_state(state)
    , m_existingRadio(new QRadioButton(tr("Use an &existing schema"), this))
    , m_newRadio(new QRadioButton(tr("Create a ne&w schema"), this))
    , m_stack(new QStackedWidget(this))
    , m_schemas(new SchemaList(this))
    , m_moreSchemas(new QPushButton(tr("Load more schemas"), this))
    , m_title(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_fieldGroups(new FieldGroupList(this))
    , m_identity(new IdentityPicker(this))
    , m_profile(new QCheckBox(tr("Enable for Real-Time Customer &Profile"), this))
    , m_problem(new QLabel(this))
    , m_tree(new SchemaTreeView(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("schemaPage"));
    setTitle(tr("Schema"));
    setSubTitle(tr("Choose the shape the records take in Experience Platform: an existing schema, or a new one made of "
                   "standard field groups."));
    m_existingRadio->setObjectName(QStringLiteral("existingSchemaRadio"));
    m_newRadio->setObjectName(QStringLiteral("newSchemaRadio"));
    m_newRadio->setChecked(true); // exclusive with m_existingRadio: same parent

    // Existing schemas of the Individual Profile class: searchable, in pages.
    auto* existing = new QWidget(this);
    auto* schemaSearch = new QLineEdit(existing);
    schemaSearch->setObjectName(QStringLiteral("schemaSearchLineEdit"));
    ListSearch::attach(schemaSearch, m_schemas, tr("Search schemas"));
    m_moreSchemas->setObjectName(QStringLiteral("moreSchemasButton"));
    m_moreSchemas->setVisible(false);
    auto* existingLayout = new QVBoxLayout(existing);
    existingLayout->setContentsMargins(0, 0, 0, 0);
    existingLayout->addWidget(schemaSearch);
    existingLayout->addWidget(m_schemas);
    existingLayout->addWidget(m_moreSchemas, 0, Qt::AlignLeft);

    // A new schema: title, field groups, primary identity, Profile.
    auto* fresh = new QWidget(this);
    m_title->setObjectName(QStringLiteral("schemaTitleLineEdit"));
    m_title->setAccessibleName(tr("Schema title"));
    m_description->setObjectName(QStringLiteral("schemaDescriptionLineEdit"));
    m_description->setAccessibleName(tr("Schema description"));
    auto* groupSearch = new QLineEdit(fresh);
    groupSearch->setObjectName(QStringLiteral("fieldGroupSearchLineEdit"));
    ListSearch::attach(groupSearch, m_fieldGroups, tr("Search field groups"), true);
    m_profile->setObjectName(QStringLiteral("schemaProfileCheckBox"));
    m_profile->setToolTip(tr("Lets the records feed customer profiles. It needs a primary identity and cannot be "
                             "turned off later."));
    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    auto* groupsLabel = new QLabel(tr("&Field groups:"), fresh);
    groupsLabel->setBuddy(m_fieldGroups);
    auto* identityForm = new QFormLayout;
    auto* identityLabel = new QLabel(tr("Primary &identity:"), fresh);
    identityLabel->setBuddy(m_identity); // its focus goes to the field box
    identityForm->addRow(identityLabel, m_identity);
    identityForm->addRow(QString(), m_profile);
    identityForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto* freshLayout = new QVBoxLayout(fresh);
    freshLayout->setContentsMargins(0, 0, 0, 0);
    freshLayout->addLayout(form);
    freshLayout->addWidget(groupsLabel);
    freshLayout->addWidget(groupSearch);
    freshLayout->addWidget(m_fieldGroups, 1);
    freshLayout->addLayout(identityForm);
    m_stack->addWidget(existing);
    m_stack->addWidget(fresh);
    m_stack->setCurrentIndex(1);

    m_problem->setObjectName(QStringLiteral("schemaProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_message->setObjectName(QStringLiteral("schemaMessage"));
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* radios = new QVBoxLayout; // one above the other: the fields of the schema get the width
    radios->addWidget(m_existingRadio);
    radios->addWidget(m_newRadio);
    leftLayout->addLayout(radios);
    leftLayout->addWidget(m_stack, 1);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* treeLabel = new QLabel(tr("Fields of the &schema:"), right);
    treeLabel->setBuddy(m_tree);
    rightLayout->addWidget(treeLabel);
    rightLayout->addWidget(m_tree, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_message);

    connect(m_newRadio, &QRadioButton::toggled, this, [this](bool on) {
        m_stack->setCurrentIndex(on ? 1 : 0);
        rebuildPreview();
    });
    connect(m_schemas, &QListWidget::currentRowChanged, this, &SchemaPage::onExistingChosen);
    connect(m_moreSchemas, &QPushButton::clicked, this, [this] { loadSchemas(m_schemasNext); });
    connect(m_fieldGroups, &QListWidget::itemChanged, this, &SchemaPage::onFieldGroupToggled);
    for (QLineEdit* edit : {m_title, m_description})
        connect(edit, &QLineEdit::textChanged, this, &SchemaPage::updateProblem);
    connect(m_identity, &IdentityPicker::changed, this, &SchemaPage::updateProblem);
    connect(m_profile, &QCheckBox::toggled, this, &SchemaPage::updateProblem);
}

QString SchemaPage::helpText() const
{
    return tr("<p>A <b>schema</b> describes the records Experience Platform keeps: which fields exist and what each "
              "holds. Every record of your table becomes a record of this schema.</p><p>The class <i>XDM Individual "
              "Profile</i> is for people. <b>Field groups</b> add ready-made fields to it, such as a person's name or "
              "contact details.</p><p>The <b>primary identity</b> is the field that tells who the person is, for "
              "example the e-mail address. It is required to feed <b>Real-Time Customer Profile</b>, the "
              "unified view of each customer.</p>");
}

void SchemaPage::initializePage()
{
    if (m_loaded)
        return;
    m_loaded = true;
    if (m_title->text().isEmpty())
        m_title->setText(SchemaRules::defaultSchemaTitle(m_state->sourceLabel(), m_state->draft().source.path));
    if (!m_state->draft().schema.id.isEmpty())
        m_existingRadio->setChecked(true);
    fetchFull(QLatin1String(KnownIds::kProfileClass), &SchemaRegistryService::fullClass);
    loadFieldGroups();
    loadSchemas();
}

void SchemaPage::showError(const PlatformError& error)
{
    if (error.kind != PlatformError::Kind::Cancelled)
        m_message->showMessage(InlineMessage::Type::Error, error.userMessage, error.details());
}

void SchemaPage::fetchFull(const QString& id, FullFetch fetch)
{
    if (m_full.contains(id) || m_pending.contains(id))
        return;
    m_pending.insert(id);
    (m_registry.*fetch)(id)->onFinished(this, [this, id](const TypedJob<SchemaTree>& job) {
        m_pending.remove(id);
        if (!job.ok())
            return showError(job.error());
        m_full.insert(id, job.value());
        rebuildPreview();
    });
}

void SchemaPage::loadFieldGroups()
{
    m_registry.fieldGroups(QLatin1String(KnownIds::kProfileClass))
        ->onFinished(this, [this](const TypedJob<QList<FieldGroupSummary>>& job) {
            if (!job.ok())
                return showError(job.error());
            const DraftSchema& drafted = m_state->draft().schema;
            m_fieldGroups->setGroups(job.value(), drafted.create ? drafted.create->fieldGroups : QStringList{});
            onFieldGroupToggled();
        });
}

void SchemaPage::loadSchemas(const QString& continuation)
{
    m_moreSchemas->setEnabled(false);
    m_registry.schemas(QLatin1String(KnownIds::kProfileClass), continuation)
        ->onFinished(this, [this](const TypedJob<Page<SchemaSummary>>& job) {
            m_moreSchemas->setEnabled(true);
            if (!job.ok())
                return showError(job.error());
            m_schemas->append(job.value().items, m_state->draft().schema.id);
            m_schemasNext = job.value().continuation;
            m_moreSchemas->setVisible(job.value().hasMore());
            if (m_schemas->isEmpty())
                m_existingRadio->setEnabled(false);
        });
}

void SchemaPage::onExistingChosen()
{
    if (const SchemaSummary* schema = m_schemas->currentSchema())
        fetchFull(schema->id, &SchemaRegistryService::fullSchema);
    rebuildPreview();
}

void SchemaPage::onFieldGroupToggled()
{
    for (const QString& id : m_fieldGroups->checkedIds())
        fetchFull(id, &SchemaRegistryService::fullFieldGroup);
    rebuildPreview();
}

void SchemaPage::rebuildPreview()
{
    if (m_existingRadio->isChecked()) {
        const SchemaSummary* schema = m_schemas->currentSchema();
        m_currentTree = schema ? m_full.value(schema->id) : SchemaTree();
    } else {
        QList<SchemaTree> parts{m_full.value(QLatin1String(KnownIds::kProfileClass))};
        for (const QString& id : m_fieldGroups->checkedIds())
            parts << m_full.value(id);
        m_currentTree = SchemaTree::merge(parts);
    }
    m_tree->setTree(m_currentTree);
    refreshIdentityChoices();
    updateProblem();
}

void SchemaPage::refreshIdentityChoices()
{
    const DraftSchema& drafted = m_state->draft().schema;
    const std::optional<DraftIdentity> draftedIdentity
        = drafted.create ? drafted.create->primaryIdentity : std::optional<DraftIdentity>();
    m_identity->setChoices(IdentityRules::choices(m_currentTree, m_identity->path(), m_identity->userChose(),
                                                  draftedIdentity.value_or(DraftIdentity{}).path,
                                                  draftedIdentity.value_or(DraftIdentity{}).namespaceCode));
}

DraftSchema SchemaPage::chosenSchema() const
{
    DraftSchema schema;
    if (m_existingRadio->isChecked()) {
        if (const SchemaSummary* existing = m_schemas->currentSchema())
            schema.id = existing->id;
        return schema;
    }
    DraftSchemaCreate create;
    create.title = m_title->text().trimmed();
    create.description = m_description->text().trimmed();
    create.xdmClass = QLatin1String(KnownIds::kProfileClass);
    create.fieldGroups = m_fieldGroups->checkedIds();
    create.primaryIdentity = m_identity->identity();
    create.profileEnabled = m_profile->isChecked();
    schema.create = create;
    return schema;
}

void SchemaPage::updateProblem()
{
    const DraftSchema schema = chosenSchema();
    m_identity->setNote(SchemaRules::identityNote(schema)); // beside the field, not repeated below
    m_problem->setText(SchemaRules::problemBelowIdentity(schema));
    Q_EMIT completeChanged();
}

bool SchemaPage::isComplete() const
{
    return SchemaRules::schemaProblem(chosenSchema()).isEmpty() && !m_currentTree.isEmpty();
}

bool SchemaPage::validatePage()
{
    storeInput();
    return true;
}

void SchemaPage::storeInput()
{
    if (!isComplete())
        return; // a half-made choice would replace a whole one in the draft
    const DraftSchema schema = chosenSchema();
    const SchemaSummary* existing = m_schemas->currentSchema();
    const QString title = schema.create ? schema.create->title : existing ? existing->title : QString();
    const bool profile = schema.create ? schema.create->profileEnabled : existing && existing->profileEnabled;
    m_state->setSchema(schema, m_currentTree.json(), title, profile);
}
