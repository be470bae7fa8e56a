// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaPage.h"

#include "InlineMessage.h"
#include "core/Session.h"
#include "core/WizardState.h"
#include "core/XdmFields.h"
#include "platform/PlatformClient.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace {

const QString kRegistry = QLatin1String(Platform::kSchemaRegistry);
constexpr int kIdRole = Qt::UserRole;
constexpr int kProfileRole = Qt::UserRole + 1;

QString encoded(const QString& id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

SchemaPage::SchemaPage(Session* session, WizardState* state, QWidget* parent)
    : WizardPage(parent)
    , m_session(session)
    , m_state(state)
    , m_existingRadio(new QRadioButton(tr("Use an &existing schema"), this))
    , m_newRadio(new QRadioButton(tr("Create a ne&w schema"), this))
    , m_stack(new QStackedWidget(this))
    , m_schemaSearch(new QLineEdit(this))
    , m_schemas(new QListWidget(this))
    , m_moreSchemas(new QPushButton(tr("Load more schemas"), this))
    , m_title(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_fieldGroupSearch(new QLineEdit(this))
    , m_fieldGroups(new QListWidget(this))
    , m_identityField(new QComboBox(this))
    , m_identityNamespace(new QComboBox(this))
    , m_profile(new QCheckBox(tr("Enable for Real-Time Customer &Profile"), this))
    , m_problem(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("schemaPage"));
    setTitle(tr("Schema"));
    setSubTitle(tr("Choose the shape the records take in Experience Platform: an existing schema, or a new one made of "
                   "standard field groups."));
    m_existingRadio->setObjectName(QStringLiteral("existingSchemaRadio"));
    m_newRadio->setObjectName(QStringLiteral("newSchemaRadio"));
    auto* choice = new QButtonGroup(this);
    choice->addButton(m_existingRadio);
    choice->addButton(m_newRadio);
    m_newRadio->setChecked(true);

    // Existing schemas of the Individual Profile class: searchable, in pages.
    auto* existing = new QWidget(this);
    m_schemaSearch->setObjectName(QStringLiteral("schemaSearchLineEdit"));
    m_schemaSearch->setPlaceholderText(tr("Search schemas"));
    m_schemaSearch->setAccessibleName(tr("Search schemas"));
    m_schemaSearch->setClearButtonEnabled(true);
    m_schemas->setObjectName(QStringLiteral("schemaList"));
    m_schemas->setAccessibleName(tr("Schemas"));
    m_moreSchemas->setObjectName(QStringLiteral("moreSchemasButton"));
    m_moreSchemas->setVisible(false);
    auto* existingLayout = new QVBoxLayout(existing);
    existingLayout->setContentsMargins(0, 0, 0, 0);
    existingLayout->addWidget(m_schemaSearch);
    existingLayout->addWidget(m_schemas);
    existingLayout->addWidget(m_moreSchemas, 0, Qt::AlignLeft);

    // A new schema: title, field groups, primary identity, Profile.
    auto* fresh = new QWidget(this);
    m_title->setObjectName(QStringLiteral("schemaTitleLineEdit"));
    m_title->setAccessibleName(tr("Schema title"));
    m_description->setObjectName(QStringLiteral("schemaDescriptionLineEdit"));
    m_description->setAccessibleName(tr("Schema description"));
    m_fieldGroupSearch->setObjectName(QStringLiteral("fieldGroupSearchLineEdit"));
    m_fieldGroupSearch->setPlaceholderText(tr("Search field groups"));
    m_fieldGroupSearch->setAccessibleName(tr("Search field groups"));
    m_fieldGroupSearch->setClearButtonEnabled(true);
    m_fieldGroups->setObjectName(QStringLiteral("fieldGroupList"));
    m_fieldGroups->setAccessibleName(tr("Field groups"));
    m_identityField->setObjectName(QStringLiteral("identityFieldComboBox"));
    m_identityField->setAccessibleName(tr("Primary identity field"));
    m_identityNamespace->setObjectName(QStringLiteral("identityNamespaceComboBox"));
    m_identityNamespace->setAccessibleName(tr("Identity namespace"));
    m_identityNamespace->setEditable(true);
    m_identityNamespace->addItems({QStringLiteral("Email"), QStringLiteral("Phone"), QStringLiteral("CRMID"),
                                   QStringLiteral("ECID"), QStringLiteral("AAID")});
    m_identityNamespace->setToolTip(tr("The kind of identifier the field holds, as Experience Platform names it "
                                       "(its identity namespace)."));
    m_profile->setObjectName(QStringLiteral("schemaProfileCheckBox"));
    m_profile->setToolTip(tr("Lets the records feed customer profiles. It needs a primary identity and cannot be "
                             "turned off later."));
    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    auto* groupsLabel = new QLabel(tr("&Field groups:"), fresh);
    groupsLabel->setBuddy(m_fieldGroups);
    auto* identityRow = new QHBoxLayout;
    identityRow->addWidget(m_identityField, 2);
    identityRow->addWidget(new QLabel(tr("in"), fresh));
    identityRow->addWidget(m_identityNamespace, 1);
    auto* identityForm = new QFormLayout;
    auto* identityLabel = new QLabel(tr("Primary &identity:"), fresh);
    identityLabel->setBuddy(m_identityField);
    identityForm->addRow(identityLabel, identityRow);
    identityForm->addRow(QString(), m_profile);
    auto* freshLayout = new QVBoxLayout(fresh);
    freshLayout->setContentsMargins(0, 0, 0, 0);
    freshLayout->addLayout(form);
    freshLayout->addWidget(groupsLabel);
    freshLayout->addWidget(m_fieldGroupSearch);
    freshLayout->addWidget(m_fieldGroups, 1);
    freshLayout->addLayout(identityForm);
    m_stack->addWidget(existing);
    m_stack->addWidget(fresh);
    m_stack->setCurrentIndex(1);

    m_tree->setObjectName(QStringLiteral("schemaTreeWidget"));
    m_tree->setAccessibleName(tr("Fields of the schema"));
    m_tree->setHeaderLabels({tr("Field"), tr("Type"), tr("Path")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problem->setObjectName(QStringLiteral("schemaProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_message->setObjectName(QStringLiteral("schemaMessage"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* radios = new QHBoxLayout;
    radios->addWidget(m_existingRadio);
    radios->addWidget(m_newRadio);
    radios->addStretch();
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
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_message);

    connect(m_newRadio, &QRadioButton::toggled, this, [this](bool on) {
        m_stack->setCurrentIndex(on ? 1 : 0);
        rebuildPreview();
    });
    connect(m_schemaSearch, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (int i = 0; i < m_schemas->count(); ++i)
            m_schemas->item(i)->setHidden(!m_schemas->item(i)->text().contains(text.trimmed(), Qt::CaseInsensitive));
    });
    connect(m_fieldGroupSearch, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (int i = 0; i < m_fieldGroups->count(); ++i) {
            QListWidgetItem* item = m_fieldGroups->item(i);
            item->setHidden(!item->text().contains(text.trimmed(), Qt::CaseInsensitive)
                            && !item->toolTip().contains(text.trimmed(), Qt::CaseInsensitive));
        }
    });
    connect(m_schemas, &QListWidget::currentRowChanged, this, &SchemaPage::onExistingChosen);
    connect(m_moreSchemas, &QPushButton::clicked, this, [this] { loadSchemas(m_schemasNext); });
    connect(m_fieldGroups, &QListWidget::itemChanged, this, &SchemaPage::onFieldGroupToggled);
    for (QLineEdit* edit : {m_title, m_description})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_problem->setText(problem());
            Q_EMIT completeChanged();
        });
    connect(m_identityField, &QComboBox::activated, this, [this] { m_identityChosen = true; });
    connect(m_identityField, &QComboBox::currentIndexChanged, this, [this] {
        m_problem->setText(problem());
        Q_EMIT completeChanged();
    });
    connect(m_profile, &QCheckBox::toggled, this, [this] {
        m_problem->setText(problem());
        Q_EMIT completeChanged();
    });
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
        m_title->setText(
            tr("%1 %2").arg(m_state->sourceLabel, m_state->draft.source.path.section(QLatin1Char('.'), -1)).trimmed());
    const DraftSchema& schema = m_state->draft.schema;
    if (!schema.id.isEmpty())
        m_existingRadio->setChecked(true);
    loadClass();
    loadFieldGroups();
    loadSchemas();
}

void SchemaPage::showError(const PlatformError& error)
{
    if (error.kind != PlatformError::Kind::Cancelled)
        m_message->showMessage(InlineMessage::Type::Error, error.userMessage, error.toString());
}

void SchemaPage::fetchFull(const QString& path, const QString& key)
{
    if (m_full.contains(key) || m_pending.value(key))
        return;
    PlatformCall* call = m_session->client()->get(path, {}, Platform::kXedFull);
    m_pending.insert(key, call);
    connect(call, &PlatformCall::finished, this, [this, key](PlatformCall* done) {
        m_pending.remove(key);
        if (!done->ok()) {
            showError(done->error());
            return;
        }
        m_full.insert(key, done->json().object());
        rebuildPreview();
    });
}

void SchemaPage::loadClass()
{
    fetchFull(kRegistry + QStringLiteral("/global/classes/") + encoded(QLatin1String(kProfileClass)),
              QLatin1String(kProfileClass));
}

void SchemaPage::loadFieldGroups()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("property"),
                       QStringLiteral("meta:intendedToExtend==") + QLatin1String(kProfileClass));
    PlatformCall* call
        = m_session->client()->get(kRegistry + QStringLiteral("/global/fieldgroups"), query, Platform::kXed);
    connect(call, &PlatformCall::finished, this, [this](PlatformCall* done) {
        if (!done->ok()) {
            showError(done->error());
            return;
        }
        const QStringList wanted
            = m_state->draft.schema.create ? m_state->draft.schema.create->fieldGroups : QStringList{};
        m_fieldGroups->blockSignals(true);
        m_fieldGroups->clear();
        const QJsonArray results = done->json().object().value(QLatin1String("results")).toArray();
        for (const QJsonValue& value : results) {
            const QJsonObject group = value.toObject();
            const QString id = group.value(QLatin1String("$id")).toString();
            const int fields = XdmFields::countRawFields(group);
            auto* item = new QListWidgetItem(
                tr("%1 \u2014 %n field(s)", nullptr, fields).arg(group.value(QLatin1String("title")).toString()),
                m_fieldGroups);
            item->setData(kIdRole, id);
            item->setToolTip(group.value(QLatin1String("description")).toString());
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(wanted.contains(id) ? Qt::Checked : Qt::Unchecked);
        }
        m_fieldGroups->blockSignals(false);
        onFieldGroupToggled();
    });
}

void SchemaPage::loadSchemas(const QString& start)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("orderby"), QStringLiteral("title"));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("50"));
    query.addQueryItem(QStringLiteral("property"), QStringLiteral("meta:class==") + QLatin1String(kProfileClass));
    if (!start.isEmpty())
        query.addQueryItem(QStringLiteral("start"), start);
    PlatformCall* call = m_session->client()->get(kRegistry + QStringLiteral("/tenant/schemas"), query, Platform::kXed);
    m_moreSchemas->setEnabled(false);
    connect(call, &PlatformCall::finished, this, [this](PlatformCall* done) {
        m_moreSchemas->setEnabled(true);
        if (!done->ok()) {
            showError(done->error());
            return;
        }
        const QJsonObject page = done->json().object();
        for (const QJsonValue& value : page.value(QLatin1String("results")).toArray()) {
            const QJsonObject schema = value.toObject();
            auto* item = new QListWidgetItem(schema.value(QLatin1String("title")).toString(), m_schemas);
            item->setData(kIdRole, schema.value(QLatin1String("$id")).toString());
            const bool profile = schema.value(QLatin1String("meta:immutableTags"))
                                     .toArray()
                                     .contains(QJsonValue(QStringLiteral("union")));
            item->setData(kProfileRole, profile);
            item->setToolTip(schema.value(QLatin1String("description")).toString());
            if (item->data(kIdRole).toString() == m_state->draft.schema.id)
                m_schemas->setCurrentItem(item);
        }
        const QJsonValue next = page.value(QLatin1String("_page")).toObject().value(QLatin1String("next"));
        m_schemasNext = next.isString() ? next.toString() : QString();
        m_moreSchemas->setVisible(!m_schemasNext.isEmpty());
        if (m_schemas->count() == 0)
            m_existingRadio->setEnabled(false);
    });
}

void SchemaPage::onExistingChosen()
{
    const QListWidgetItem* item = m_schemas->currentItem();
    if (item) {
        const QString id = item->data(kIdRole).toString();
        fetchFull(kRegistry + QStringLiteral("/tenant/schemas/") + encoded(id), id);
    }
    rebuildPreview();
}

void SchemaPage::onFieldGroupToggled()
{
    for (int i = 0; i < m_fieldGroups->count(); ++i) {
        const QListWidgetItem* item = m_fieldGroups->item(i);
        if (item->checkState() == Qt::Checked) {
            const QString id = item->data(kIdRole).toString();
            fetchFull(kRegistry + QStringLiteral("/global/fieldgroups/") + encoded(id), id);
        }
    }
    rebuildPreview();
}

void SchemaPage::rebuildPreview()
{
    QJsonObject tree;
    if (m_existingRadio->isChecked()) {
        const QListWidgetItem* item = m_schemas->currentItem();
        tree = item ? m_full.value(item->data(kIdRole).toString()) : QJsonObject();
    } else {
        QList<QJsonObject> parts{m_full.value(QLatin1String(kProfileClass))};
        for (int i = 0; i < m_fieldGroups->count(); ++i) {
            const QListWidgetItem* item = m_fieldGroups->item(i);
            if (item->checkState() == Qt::Checked)
                parts << m_full.value(item->data(kIdRole).toString());
        }
        tree = XdmFields::merge(parts);
    }
    m_currentTree = tree;
    showTree(tree);
    refreshIdentityChoices();
    m_problem->setText(problem());
    Q_EMIT completeChanged();
}

void SchemaPage::showTree(const QJsonObject& tree)
{
    m_tree->clear();
    QList<QTreeWidgetItem*> parents;
    const QList<XdmField> fields = XdmFields::flatten(tree);
    for (const XdmField& field : fields) {
        parents.resize(field.depth);
        auto* item = parents.isEmpty() ? new QTreeWidgetItem(m_tree) : new QTreeWidgetItem(parents.constLast());
        item->setText(0, field.title);
        item->setText(1, field.isObject ? QString() : (field.format.isEmpty() ? field.type : field.format));
        item->setText(2, field.path);
        parents << item;
    }
    m_tree->expandToDepth(0);
}

void SchemaPage::refreshIdentityChoices()
{
    QString current = m_identityField->currentData().toString();
    if (current.isEmpty() && !m_identityChosen && m_state->draft.schema.create
        && m_state->draft.schema.create->primaryIdentity)
        current = m_state->draft.schema.create->primaryIdentity->path;
    if (current.isEmpty() && !m_identityChosen)
        current = QStringLiteral("personalEmail.address"); // the usual identity of marketing contacts
    m_identityField->blockSignals(true);
    m_identityField->clear();
    m_identityField->addItem(tr("(none)"), QString());
    const QList<XdmField> leaves = XdmFields::leaves(m_currentTree);
    for (const XdmField& field : leaves) {
        if (field.type == QLatin1String("string") && !field.path.startsWith(QLatin1Char('_')))
            m_identityField->addItem(tr("%1 (%2)").arg(field.title, field.path), field.path);
    }
    m_identityField->setCurrentIndex(qMax(0, m_identityField->findData(current)));
    m_identityField->blockSignals(false);
}

QString SchemaPage::problem() const
{
    if (m_existingRadio->isChecked()) {
        if (!m_schemas->currentItem())
            return tr("Choose a schema.");
        return {};
    }
    if (m_title->text().trimmed().isEmpty())
        return tr("Give the schema a title.");
    if (m_profile->isChecked() && m_identityField->currentData().toString().isEmpty())
        return tr("A schema enabled for Profile needs a primary identity: choose the field that identifies the "
                  "person.");
    return {};
}

bool SchemaPage::isComplete() const
{
    return problem().isEmpty() && !m_currentTree.value(QLatin1String("properties")).toObject().isEmpty();
}

bool SchemaPage::validatePage()
{
    DraftSchema schema;
    if (m_existingRadio->isChecked()) {
        const QListWidgetItem* item = m_schemas->currentItem();
        schema.id = item->data(kIdRole).toString();
        m_state->schemaTitle = item->text();
        m_state->schemaProfileEnabled = item->data(kProfileRole).toBool();
    } else {
        DraftSchemaCreate create;
        create.title = m_title->text().trimmed();
        create.description = m_description->text().trimmed();
        create.xdmClass = QLatin1String(kProfileClass);
        for (int i = 0; i < m_fieldGroups->count(); ++i) {
            if (m_fieldGroups->item(i)->checkState() == Qt::Checked)
                create.fieldGroups << m_fieldGroups->item(i)->data(kIdRole).toString();
        }
        const QString identity = m_identityField->currentData().toString();
        if (!identity.isEmpty())
            create.primaryIdentity = DraftIdentity{identity, m_identityNamespace->currentText().trimmed()};
        create.profileEnabled = m_profile->isChecked();
        schema.create = create;
        m_state->schemaTitle = create.title;
        m_state->schemaProfileEnabled = create.profileEnabled;
    }
    const bool changed = !(schema == m_state->draft.schema);
    m_state->draft.schema = schema;
    m_state->schemaTree = m_currentTree;
    if (changed)
        m_state->markChanged(WizardState::Part::Schema);
    return true;
}
