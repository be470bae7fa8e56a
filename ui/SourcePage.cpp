// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourcePage.h"

#include "InlineMessage.h"
#include "SourceIcon.h"
#include "core/Session.h"
#include "core/WizardState.h"
#include "platform/PlatformClient.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace {

const QString kFlow = QLatin1String(Platform::kFlowService);
constexpr int kSpecRole = Qt::UserRole;
constexpr int kIdRole = Qt::UserRole + 1;

bool isMarketingAutomation(const QJsonObject& spec)
{
    const QJsonObject attributes = spec.value(QLatin1String("attributes")).toObject();
    const QJsonObject ui = spec.value(QLatin1String("sourceSpec"))
                               .toObject()
                               .value(QLatin1String("attributes"))
                               .toObject()
                               .value(QLatin1String("uiAttributes"))
                               .toObject();
    return attributes.value(QLatin1String("category"))
               .toString()
               .compare(QLatin1String("Marketing Automation"), Qt::CaseInsensitive)
        == 0
        || ui.value(QLatin1String("category")).toString() == QLatin1String("marketingAutomation");
}

QJsonObject uiAttributes(const QJsonObject& spec)
{
    return spec.value(QLatin1String("sourceSpec"))
        .toObject()
        .value(QLatin1String("attributes"))
        .toObject()
        .value(QLatin1String("uiAttributes"))
        .toObject();
}

/** "clientSecret" -> "Client secret", "authorizationTestUrl" -> "Authorization test URL". */
QString humanName(const QString& key)
{
    QStringList words;
    QString word;
    for (const QChar c : key) {
        if (c.isUpper() && !word.isEmpty()) {
            words << word;
            word.clear();
        }
        word += c;
    }
    words << word;
    for (QString& w : words) {
        if (w.compare(QLatin1String("id"), Qt::CaseInsensitive) == 0
            || w.compare(QLatin1String("url"), Qt::CaseInsensitive) == 0)
            w = w.toUpper();
        else
            w = w.toLower();
    }
    QString text = words.join(QLatin1Char(' '));
    text[0] = text[0].toUpper();
    return text;
}

QString labelOf(const QJsonObject& spec)
{
    const QString label = uiAttributes(spec).value(QLatin1String("label")).toString();
    return label.isEmpty() ? spec.value(QLatin1String("name")).toString() : label;
}

} // namespace

SourcePage::SourcePage(Session* session, WizardState* state, QWidget* parent)
    : WizardPage(parent)
    , m_session(session)
    , m_state(state)
    , m_loadingLabel(new QLabel(this))
    , m_sourceSearch(new QLineEdit(this))
    , m_sources(new QListWidget(this))
    , m_existingRadio(new QRadioButton(tr("&Existing account"), this))
    , m_newRadio(new QRadioButton(tr("New acco&unt"), this))
    , m_accountStack(new QStackedWidget(this))
    , m_accountSearch(new QLineEdit(this))
    , m_accounts(new QListWidget(this))
    , m_moreAccounts(new QPushButton(tr("Load more accounts"), this))
    , m_testButton(new QPushButton(tr("&Test connection"), this))
    , m_accountName(new QLineEdit(this))
    , m_authType(new QComboBox(this))
    , m_authFields(new QWidget(this))
    , m_authForm(new QFormLayout(m_authFields))
    , m_connectButton(new QPushButton(tr("&Connect"), this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("sourcePage"));
    setTitle(tr("Source"));
    setSubTitle(tr("Choose the marketing-automation system to bring data from, and the account to read it with."));

    m_loadingLabel->setObjectName(QStringLiteral("sourcesLoadingLabel"));
    m_sourceSearch->setObjectName(QStringLiteral("sourceSearchLineEdit"));
    m_sourceSearch->setPlaceholderText(tr("Search sources"));
    m_sourceSearch->setAccessibleName(tr("Search sources"));
    m_sourceSearch->setClearButtonEnabled(true);
    m_sources->setObjectName(QStringLiteral("sourceList"));
    m_sources->setAccessibleName(tr("Sources"));
    m_sources->setIconSize(QSize(32, 32));
    m_sources->setSpacing(2);
    m_sources->setMaximumHeight(190);
    m_existingRadio->setObjectName(QStringLiteral("existingAccountRadio"));
    m_newRadio->setObjectName(QStringLiteral("newAccountRadio"));
    auto* choice = new QButtonGroup(this);
    choice->addButton(m_existingRadio);
    choice->addButton(m_newRadio);
    m_existingRadio->setChecked(true);

    // Existing accounts: a searchable list that loads in pages.
    auto* existing = new QWidget(this);
    m_accountSearch->setObjectName(QStringLiteral("accountSearchLineEdit"));
    m_accountSearch->setPlaceholderText(tr("Search accounts"));
    m_accountSearch->setAccessibleName(tr("Search accounts"));
    m_accountSearch->setClearButtonEnabled(true);
    m_accounts->setObjectName(QStringLiteral("accountList"));
    m_accounts->setAccessibleName(tr("Accounts"));
    m_moreAccounts->setObjectName(QStringLiteral("moreAccountsButton"));
    m_moreAccounts->setVisible(false);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setEnabled(false);
    auto* existingButtons = new QHBoxLayout;
    existingButtons->addWidget(m_moreAccounts);
    existingButtons->addStretch();
    existingButtons->addWidget(m_testButton);
    auto* existingLayout = new QVBoxLayout(existing);
    existingLayout->setContentsMargins(0, 0, 0, 0);
    existingLayout->addWidget(m_accountSearch);
    existingLayout->addWidget(m_accounts);
    existingLayout->addLayout(existingButtons);

    // New account: a form generated from the source's authentication spec.
    auto* fresh = new QWidget(this);
    m_accountName->setObjectName(QStringLiteral("accountNameLineEdit"));
    m_accountName->setAccessibleName(tr("Account name"));
    m_authType->setObjectName(QStringLiteral("authTypeComboBox"));
    m_authType->setAccessibleName(tr("Authentication type"));
    m_connectButton->setObjectName(QStringLiteral("connectAccountButton"));
    m_authForm->setContentsMargins(0, 0, 0, 0);
    auto* freshForm = new QFormLayout;
    freshForm->addRow(tr("Account na&me:"), m_accountName);
    freshForm->addRow(tr("&Authentication:"), m_authType);
    auto* freshLayout = new QVBoxLayout(fresh);
    freshLayout->setContentsMargins(0, 0, 0, 0);
    freshLayout->addLayout(freshForm);
    freshLayout->addWidget(m_authFields);
    freshLayout->addWidget(m_connectButton, 0, Qt::AlignRight);
    freshLayout->addStretch();
    m_accountStack->addWidget(existing);
    m_accountStack->addWidget(fresh);

    m_message->setObjectName(QStringLiteral("sourceMessage"));
    auto* radios = new QHBoxLayout;
    radios->addWidget(m_existingRadio);
    radios->addWidget(m_newRadio);
    radios->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_loadingLabel);
    layout->addWidget(m_sourceSearch);
    layout->addWidget(m_sources);
    layout->addLayout(radios);
    layout->addWidget(m_accountStack, 1);
    layout->addWidget(m_message);

    connect(m_sources, &QListWidget::currentRowChanged, this, &SourcePage::onSourceChosen);
    connect(m_sourceSearch, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (int i = 0; i < m_sources->count(); ++i)
            m_sources->item(i)->setHidden(!m_sources->item(i)->text().contains(text.trimmed(), Qt::CaseInsensitive));
    });
    connect(m_newRadio, &QRadioButton::toggled, this, [this](bool on) {
        m_accountStack->setCurrentIndex(on ? 1 : 0);
        Q_EMIT completeChanged();
    });
    connect(m_accountSearch, &QLineEdit::textChanged, this, &SourcePage::filterAccounts);
    connect(m_accounts, &QListWidget::currentRowChanged, this, [this] {
        m_testButton->setEnabled(m_accounts->currentItem() != nullptr);
        Q_EMIT selectionChanged();
        Q_EMIT completeChanged();
    });
    connect(m_moreAccounts, &QPushButton::clicked, this, [this] { loadAccounts(m_accountsContinuation); });
    connect(m_testButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_accounts->currentItem())
            testConnection(item->data(kIdRole).toString(), item->text());
    });
    connect(m_authType, &QComboBox::currentIndexChanged, this, &SourcePage::buildAuthForm);
    connect(m_connectButton, &QPushButton::clicked, this, &SourcePage::createAccount);
}

QString SourcePage::helpText() const
{
    return tr("<p>A <b>source</b> is the system your marketing data lives in today, such as HubSpot.</p>"
              "<p>An <b>account</b> is the saved connection to that system: its address and the keys that let "
              "Experience Platform read from it. Reuse an account your team already made, or make a new one with "
              "the keys from the source's own settings (for HubSpot, a private app's client ID, client secret and "
              "tokens).</p><p>The keys you type go straight to Experience Platform, which keeps them encrypted; "
              "the wizard does not store them.</p>");
}

void SourcePage::initializePage()
{
    if (!m_sourcesLoaded) {
        loadSources();
        return;
    }
    // Back here after a recipe was opened: follow the draft if it names another source or account.
    const DraftSource& wanted = m_state->draft.source;
    if (!wanted.connectionSpecId.isEmpty() && wanted.connectionSpecId != connectionSpecId()) {
        for (int i = 0; i < m_sources->count(); ++i) {
            if (m_sources->item(i)->data(kSpecRole).toJsonObject().value(QLatin1String("id")).toString()
                == wanted.connectionSpecId)
                m_sources->setCurrentRow(i);
        }
    } else if (!wanted.baseConnectionId.isEmpty() && wanted.baseConnectionId != baseConnectionId()) {
        m_existingRadio->setChecked(true);
        m_accounts->clear();
        loadAccounts();
    }
}

QJsonObject SourcePage::currentSpec() const
{
    const QListWidgetItem* item = m_sources->currentItem();
    return item ? item->data(kSpecRole).toJsonObject() : QJsonObject();
}

QString SourcePage::connectionSpecId() const
{
    return currentSpec().value(QLatin1String("id")).toString();
}

QString SourcePage::connectionSpecVersion() const
{
    const QString version = currentSpec().value(QLatin1String("version")).toString();
    return version.isEmpty() ? QStringLiteral("1.0") : version;
}

QString SourcePage::sourceLabel() const
{
    return labelOf(currentSpec());
}

QString SourcePage::baseConnectionId() const
{
    if (m_newRadio->isChecked())
        return m_createdConnectionId;
    const QListWidgetItem* item = m_accounts->currentItem();
    return item ? item->data(kIdRole).toString() : QString();
}

QString SourcePage::accountName() const
{
    if (m_newRadio->isChecked())
        return m_createdConnectionName;
    const QListWidgetItem* item = m_accounts->currentItem();
    return item ? item->text() : QString();
}

bool SourcePage::validatePage()
{
    DraftSource& source = m_state->draft.source;
    const bool changed = source.connectionSpecId != connectionSpecId() || source.baseConnectionId != baseConnectionId();
    source.connectionSpecId = connectionSpecId();
    source.baseConnectionId = baseConnectionId();
    source.newAccount.reset(); // a new account is created right here, so the draft only names it
    m_state->sourceLabel = sourceLabel();
    m_state->accountName = accountName();
    if (changed)
        m_state->markChanged(WizardState::Part::Source);
    return true;
}

bool SourcePage::isComplete() const
{
    return !connectionSpecId().isEmpty() && !baseConnectionId().isEmpty();
}

void SourcePage::showError(const PlatformError& error)
{
    m_message->showMessage(InlineMessage::Type::Error, error.userMessage, error.toString());
}

void SourcePage::loadSources()
{
    m_loadingLabel->setText(tr("Loading the sources\u2026"));
    m_loadingLabel->setVisible(true);
    PlatformCall* call = m_session->client()->get(kFlow + QStringLiteral("/connectionSpecs"));
    m_calls << call;
    connect(call, &PlatformCall::finished, this, [this](PlatformCall* done) {
        m_loadingLabel->setVisible(false);
        if (!done->ok()) {
            showError(done->error());
            QPushButton* retry = m_message->addAction(tr("Retry"), QStringLiteral("retryButton"));
            connect(retry, &QPushButton::clicked, this, [this] {
                m_message->hideMessage();
                loadSources();
            });
            return;
        }
        m_sourcesLoaded = true;
        QList<QJsonObject> specs;
        const QJsonArray items = done->json().object().value(QLatin1String("items")).toArray();
        for (const QJsonValue& value : items) {
            if (isMarketingAutomation(value.toObject()))
                specs << value.toObject();
        }
        // HubSpot first (it is the tutorial's source), then by name.
        std::sort(specs.begin(), specs.end(), [](const QJsonObject& a, const QJsonObject& b) {
            const bool aHub = labelOf(a).compare(QLatin1String("HubSpot"), Qt::CaseInsensitive) == 0;
            const bool bHub = labelOf(b).compare(QLatin1String("HubSpot"), Qt::CaseInsensitive) == 0;
            if (aHub != bHub)
                return aHub;
            return labelOf(a).localeAwareCompare(labelOf(b)) < 0;
        });
        m_sources->clear();
        for (const QJsonObject& spec : std::as_const(specs)) {
            const QString description
                = sourceDescription(spec.value(QLatin1String("id")).toString(),
                                    uiAttributes(spec).value(QLatin1String("description")).toString());
            auto* item = new QListWidgetItem(SourceIcon::forName(labelOf(spec)),
                                             description.isEmpty() ? labelOf(spec)
                                                                   : labelOf(spec) + QLatin1Char('\n') + description);
            item->setData(kSpecRole, spec);
            item->setData(Qt::AccessibleTextRole, labelOf(spec));
            m_sources->addItem(item);
        }
        if (specs.isEmpty())
            m_message->showMessage(InlineMessage::Type::Warning,
                                   tr("No marketing-automation source is available in this sandbox."));
        else {
            // The draft's source (Back, or an opened recipe), else the first one.
            int row = 0;
            for (int i = 0; i < m_sources->count(); ++i) {
                if (m_sources->item(i)->data(kSpecRole).toJsonObject().value(QLatin1String("id")).toString()
                    == m_state->draft.source.connectionSpecId)
                    row = i;
            }
            m_sources->setCurrentRow(row);
        }
    });
}

void SourcePage::onSourceChosen()
{
    m_accounts->clear();
    m_createdConnectionId.clear();
    m_createdConnectionName.clear();
    m_message->hideMessage();
    m_authType->blockSignals(true);
    m_authType->clear();
    const QJsonArray auths = currentSpec().value(QLatin1String("authSpec")).toArray();
    for (const QJsonValue& auth : auths)
        m_authType->addItem(auth.toObject().value(QLatin1String("name")).toString(), auth.toObject());
    m_authType->blockSignals(false);
    m_authType->setEnabled(m_authType->count() > 1);
    buildAuthForm();
    if (!currentSpec().isEmpty()) {
        m_accountName->setText(tr("%1 account").arg(sourceLabel()));
        loadAccounts();
    }
    Q_EMIT selectionChanged();
    Q_EMIT completeChanged();
}

void SourcePage::loadAccounts(const QString& continuation)
{
    QUrlQuery query;
    if (continuation.isEmpty()) {
        query.addQueryItem(QStringLiteral("property"), QStringLiteral("connectionSpec.id==") + connectionSpecId());
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("50"));
    } else {
        query.addQueryItem(QStringLiteral("continuationToken"), continuation);
    }
    const QString specId = connectionSpecId();
    PlatformCall* call = m_session->client()->get(kFlow + QStringLiteral("/connections"), query);
    m_calls << call;
    m_moreAccounts->setEnabled(false);
    connect(call, &PlatformCall::finished, this, [this, specId](PlatformCall* done) {
        if (specId != connectionSpecId())
            return; // the user picked another source meanwhile
        m_moreAccounts->setEnabled(true);
        if (!done->ok()) {
            showError(done->error());
            return;
        }
        const QJsonObject page = done->json().object();
        const QJsonArray items = page.value(QLatin1String("items")).toArray();
        for (const QJsonValue& value : items) {
            const QJsonObject connection = value.toObject();
            auto* item = new QListWidgetItem(connection.value(QLatin1String("name")).toString(), m_accounts);
            item->setData(kIdRole, connection.value(QLatin1String("id")).toString());
            if (item->data(kIdRole).toString() == m_state->draft.source.baseConnectionId)
                m_accounts->setCurrentItem(item);
            item->setToolTip(connection.value(QLatin1String("description")).toString());
        }
        const QString next = page.value(QLatin1String("_links"))
                                 .toObject()
                                 .value(QLatin1String("next"))
                                 .toObject()
                                 .value(QLatin1String("href"))
                                 .toString();
        m_accountsContinuation = QUrlQuery(QUrl(next).query()).queryItemValue(QStringLiteral("continuationToken"));
        m_moreAccounts->setVisible(!m_accountsContinuation.isEmpty());
        if (m_accounts->count() == 0 && m_accountsContinuation.isEmpty())
            m_newRadio->setChecked(true); // nothing to reuse: go straight to the new-account form
        filterAccounts();
    });
}

void SourcePage::filterAccounts()
{
    const QString needle = m_accountSearch->text().trimmed();
    for (int i = 0; i < m_accounts->count(); ++i) {
        QListWidgetItem* item = m_accounts->item(i);
        item->setHidden(!needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive));
    }
}

void SourcePage::buildAuthForm()
{
    while (m_authForm->rowCount() > 0)
        m_authForm->removeRow(0);
    const QJsonObject auth = m_authType->currentData().toJsonObject();
    const QJsonObject spec = auth.value(QLatin1String("spec")).toObject();
    const QJsonObject properties = spec.value(QLatin1String("properties")).toObject();
    QStringList required;
    for (const QJsonValue& name : spec.value(QLatin1String("required")).toArray())
        required << name.toString();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QJsonObject property = it.value().toObject();
        auto* edit = new QLineEdit(m_authFields);
        edit->setObjectName(QStringLiteral("auth_") + it.key());
        const QString description = property.value(QLatin1String("description")).toString();
        edit->setPlaceholderText(description);
        edit->setToolTip(description);
        if (property.value(QLatin1String("format")).toString() == QLatin1String("password"))
            edit->setEchoMode(QLineEdit::Password);
        const QString name = authFieldName(it.key());
        edit->setAccessibleName(name);
        const QString label = required.contains(it.key()) ? tr("%1 (required):").arg(name) : tr("%1:").arg(name);
        m_authForm->addRow(label, edit);
    }
}

QString SourcePage::sourceDescription(const QString& connectionSpecId, const QString& serverText)
{
    // The Platform describes its sources in English only; the usual ones are described here in the user's language.
    static const QHash<QString, const char*> known = {
        {QStringLiteral("cc6a4487-9e91-433e-a3a3-9cf6626c1806"),
         QT_TR_NOOP("Contacts, companies, deals and owners of your HubSpot portal.")},
        {QStringLiteral("ea1c2a08-b722-11eb-8529-0242ac130003"),
         QT_TR_NOOP("Subscribers and journeys of Salesforce Marketing Cloud.")},
        {QStringLiteral("35d6c4d8-c9a9-11eb-b8bc-0242ac130003"), QT_TR_NOOP("Contacts and accounts of Oracle Eloqua.")},
        {QStringLiteral("ff4274f2-c9a9-11eb-b8bc-0242ac130003"), QT_TR_NOOP("Profile lists of Oracle Responsys.")},
        {QStringLiteral("2e8580db-6489-4726-96de-e33f5f60295f"), QT_TR_NOOP("Audience members of Mailchimp.")},
    };
    const char* text = known.value(connectionSpecId);
    return text ? tr(text) : serverText;
}

QString SourcePage::authFieldName(const QString& key)
{
    // The usual authentication parameters of marketing sources, named in the user's language; others as written.
    static const QHash<QString, const char*> known = {
        {QStringLiteral("clientId"), QT_TR_NOOP("Client ID")},
        {QStringLiteral("clientSecret"), QT_TR_NOOP("Client secret")},
        {QStringLiteral("accessToken"), QT_TR_NOOP("Access token")},
        {QStringLiteral("refreshToken"), QT_TR_NOOP("Refresh token")},
        {QStringLiteral("username"), QT_TR_NOOP("User name")},
        {QStringLiteral("password"), QT_TR_NOOP("Password")},
        {QStringLiteral("host"), QT_TR_NOOP("Host")},
        {QStringLiteral("endpoint"), QT_TR_NOOP("Endpoint")},
        {QStringLiteral("authorizationTestUrl"), QT_TR_NOOP("Authorization test URL")},
    };
    const char* name = known.value(key);
    return name ? tr(name) : humanName(key);
}

void SourcePage::createAccount()
{
    const QJsonObject auth = m_authType->currentData().toJsonObject();
    const QJsonObject spec = auth.value(QLatin1String("spec")).toObject();
    QStringList required;
    for (const QJsonValue& name : spec.value(QLatin1String("required")).toArray())
        required << name.toString();
    QJsonObject params;
    QStringList missing;
    const QList<QLineEdit*> edits = m_authFields->findChildren<QLineEdit*>();
    for (QLineEdit* edit : edits) {
        const QString key = edit->objectName().mid(5);
        if (!edit->text().isEmpty())
            params.insert(key, edit->text());
        else if (required.contains(key))
            missing << key;
    }
    if (m_accountName->text().trimmed().isEmpty())
        missing.prepend(tr("account name"));
    if (!missing.isEmpty()) {
        m_message->showMessage(InlineMessage::Type::Error, tr("Fill in: %1.").arg(missing.join(QStringLiteral(", "))));
        return;
    }
    const QString name = m_accountName->text().trimmed();
    const QJsonObject body{{QStringLiteral("name"), name},
                           {QStringLiteral("description"), tr("Created by the Dataflow Wizard")},
                           {QStringLiteral("auth"),
                            QJsonObject{{QStringLiteral("specName"), auth.value(QLatin1String("name")).toString()},
                                        {QStringLiteral("params"), params}}},
                           {QStringLiteral("connectionSpec"),
                            QJsonObject{{QStringLiteral("id"), connectionSpecId()},
                                        {QStringLiteral("version"), connectionSpecVersion()}}}};
    m_connectButton->setEnabled(false);
    m_message->showMessage(InlineMessage::Type::Information, tr("Creating the account\u2026"));
    PlatformCall* call = m_session->client()->post(kFlow + QStringLiteral("/connections"), QJsonDocument(body));
    m_calls << call;
    connect(call, &PlatformCall::finished, this, [this, name](PlatformCall* done) {
        m_connectButton->setEnabled(true);
        if (!done->ok()) {
            showError(done->error());
            return;
        }
        // The keys went to the Platform; nothing of them stays here.
        for (QLineEdit* edit : m_authFields->findChildren<QLineEdit*>())
            edit->clear();
        m_createdConnectionId = done->json().object().value(QLatin1String("id")).toString();
        m_createdConnectionName = name;
        testConnection(m_createdConnectionId, name);
        Q_EMIT selectionChanged();
        Q_EMIT completeChanged();
    });
}

void SourcePage::testConnection(const QString& connectionId, const QString& name)
{
    m_message->showMessage(InlineMessage::Type::Information,
                           tr("Testing the connection \u201c%1\u201d\u2026").arg(name));
    PlatformCall* call
        = m_session->client()->get(kFlow + QStringLiteral("/connections/") + connectionId + QStringLiteral("/test"));
    m_calls << call;
    connect(call, &PlatformCall::finished, this, [this, name](PlatformCall* done) {
        if (!done->ok()) {
            showError(done->error());
            return;
        }
        if (done->json().object().value(QLatin1String("result")).toBool())
            m_message->showMessage(InlineMessage::Type::Positive, tr("The connection \u201c%1\u201d works.").arg(name));
        else
            m_message->showMessage(InlineMessage::Type::Error,
                                   tr("The source refused the connection \u201c%1\u201d. Check its keys.").arg(name));
    });
}
