// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourcePage.h"

#include "AccountPicker.h"
#include "InlineMessage.h"
#include "ListSearch.h"
#include "NewAccountForm.h"
#include "SourceIcon.h"
#include "core/AccountForm.h"
#include "core/NewAccount.h"
#include "core/Session.h"
#include "core/SourceCatalog.h"
#include "core/WizardState.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>

#include <utility>

SourcePage::SourcePage(Session* session, WizardState* state, QWidget* parent)
    : WizardPage(parent)
    , m_service(session->client())
    , m_state(state)
    , m_loadingLabel(new QLabel(this))
    , m_sourceSearch(new QLineEdit(this))
    , m_sources(new QListWidget(this))
    , m_existingRadio(new QRadioButton(tr("&Existing account"), this))
    , m_newRadio(new QRadioButton(tr("New acco&unt"), this))
    , m_accountStack(new QStackedWidget(this))
    , m_accounts(new AccountPicker(session->client(), this))
    , m_newForm(new NewAccountForm(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("sourcePage"));
    setTitle(tr("Source"));
    setSubTitle(tr("Choose the marketing-automation system to bring data from, and the account to read it with."));

    m_loadingLabel->setObjectName(QStringLiteral("sourcesLoadingLabel"));
    m_sourceSearch->setObjectName(QStringLiteral("sourceSearchLineEdit"));
    ListSearch::attach(m_sourceSearch, m_sources, tr("Search sources"));
    m_sources->setObjectName(QStringLiteral("sourceList"));
    m_sources->setAccessibleName(tr("Sources"));
    m_sources->setIconSize(QSize(32, 32));
    m_sources->setSpacing(2);
    m_sources->setWordWrap(true); // a description longer than the column goes on
    m_sources->setResizeMode(QListView::Adjust);
    m_existingRadio->setObjectName(QStringLiteral("existingAccountRadio"));
    m_newRadio->setObjectName(QStringLiteral("newAccountRadio"));
    m_existingRadio->setChecked(true); // exclusive with m_newRadio: same parent

    m_accountStack->addWidget(m_accounts); // a searchable list that loads in pages
    m_accountStack->addWidget(m_newForm); // a form generated from the source's authentication spec

    m_message->setObjectName(QStringLiteral("sourceMessage"));
    // The sources on the left, the account on the right, so that a banner under both squeezes neither list.
    auto* layout = new QGridLayout(this);
    layout->addWidget(m_loadingLabel, 0, 0);
    layout->addWidget(m_sourceSearch, 1, 0);
    layout->addWidget(m_sources, 2, 0);
    layout->addWidget(m_existingRadio, 1, 1);
    layout->addWidget(m_newRadio, 1, 2);
    layout->addWidget(m_accountStack, 2, 1, 1, 3);
    layout->addWidget(m_message, 3, 0, 1, 4);
    layout->setRowStretch(2, 1);
    layout->setColumnStretch(0, 2);
    layout->setColumnStretch(3, 3);

    connect(m_sources, &QListWidget::currentRowChanged, this, &SourcePage::onSourceChosen);
    connect(m_newRadio, &QRadioButton::toggled, this, [this](bool on) {
        m_accountStack->setCurrentIndex(on ? 1 : 0);
        m_message->hideMessage(); // it spoke of the other choice
        if (!on && m_listedMade != m_state->newAccount()->madeId())
            loadAccounts(); // an account was made since the list was loaded
        Q_EMIT completeChanged();
    });
    connect(m_accounts, &AccountPicker::currentChanged, this, [this] {
        Q_EMIT selectionChanged();
        Q_EMIT completeChanged();
    });
    connect(m_accounts, &AccountPicker::failed, this, &SourcePage::showError);
    connect(m_accounts, &AccountPicker::loaded, this, [this](bool none) {
        if (none && std::exchange(m_offerNew, false))
            m_newRadio->setChecked(true); // nothing to reuse: go straight to the new-account form
    });
    connect(m_accounts, &AccountPicker::testRequested, this,
            [this](const Account& account) { testConnection(account.id, account.name); });
    connect(m_newForm, &NewAccountForm::changed, this, &SourcePage::completeChanged);
    connect(m_newForm->testButton(), &QPushButton::clicked, this, &SourcePage::checkNewAccount);
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
    const DraftSource& wanted = m_state->draft().source;
    if (!wanted.connectionSpecId.isEmpty() && wanted.connectionSpecId != connectionSpecId()) {
        const int row = SourceCatalog::indexOf(m_specs, wanted.connectionSpecId);
        if (row >= 0)
            m_sources->setCurrentRow(row);
    } else if (wanted.newAccount) {
        m_newRadio->setChecked(true);
        m_newForm->fill(*wanted.newAccount, m_state->newAccount()->keys().secrets);
    } else if (!wanted.baseConnectionId.isEmpty() && wanted.baseConnectionId != baseConnectionId()) {
        m_existingRadio->setChecked(true);
        loadAccounts();
    }
}

const ConnectionSpec* SourcePage::currentSpec() const
{
    const int row = m_sources->currentRow();
    return row >= 0 && row < m_specs.size() ? &m_specs.at(row) : nullptr;
}

const Account* SourcePage::currentAccount() const
{
    return m_accounts->current();
}

QString SourcePage::connectionSpecId() const
{
    return currentSpec() ? currentSpec()->id : QString();
}

QString SourcePage::sourceLabel() const
{
    return currentSpec() ? currentSpec()->label : QString();
}

bool SourcePage::isNewAccount() const
{
    return m_newRadio->isChecked();
}

QString SourcePage::baseConnectionId() const
{
    return !isNewAccount() && currentAccount() ? currentAccount()->id : QString();
}

QString SourcePage::accountName() const
{
    if (isNewAccount())
        return m_newForm->form().name();
    return currentAccount() ? currentAccount()->name : QString();
}

void SourcePage::languageChanged()
{
    // A new account's name still as proposed follows the language (a name typed stays), until it is made.
    if (const ConnectionSpec* spec = currentSpec(); spec && m_state->newAccount()->madeId().isEmpty()
        && m_newForm->proposeName(SourceCatalog::proposedAccountName(spec->label)))
        storeInput();
}

bool SourcePage::validatePage()
{
    storeInput();
    return true;
}

void SourcePage::storeInput()
{
    if (!currentSpec())
        return; // the sources are still loading: the draft keeps what it names
    DraftSource source = m_state->draft().source;
    std::optional<DraftNewAccount> account;
    if (isNewAccount()) {
        // The draft names the account to create; its secrets stay in memory for the plan.
        const AccountForm form = m_newForm->form();
        account = form.draftAccount();
        m_state->newAccount()->setKeys({connectionSpecId(), *account, form.secrets()});
    }
    source.connectionSpecId = connectionSpecId();
    source.baseConnectionId = baseConnectionId();
    source.newAccount = account;
    m_state->setSource(source, sourceLabel(), accountName());
}

bool SourcePage::isComplete() const
{
    if (connectionSpecId().isEmpty())
        return false;
    return isNewAccount() ? m_newForm->form().isComplete() : !baseConnectionId().isEmpty();
}

void SourcePage::showError(const PlatformError& error)
{
    m_message->showMessage(InlineMessage::Type::Error, error.userMessage, error.details());
}

void SourcePage::loadSources()
{
    m_loadingLabel->setText(tr("Loading the sources\u2026"));
    m_loadingLabel->setVisible(true);
    m_service.connectionSpecs()->onFinished(this, [this](const TypedJob<QList<ConnectionSpec>>& done) {
        m_loadingLabel->setVisible(false);
        if (!done.ok()) {
            showError(done.error());
            QPushButton* retry = m_message->addAction(tr("Retry"), QStringLiteral("retryButton"));
            connect(retry, &QPushButton::clicked, this, [this] {
                m_message->hideMessage();
                loadSources();
            });
            return;
        }
        m_sourcesLoaded = true;
        m_sources->blockSignals(true);
        m_sources->clear();
        m_specs = SourceCatalog::marketingSources(done.value());
        for (const ConnectionSpec& spec : std::as_const(m_specs)) {
            const QString description = SourceCatalog::description(spec.id, spec.description);
            auto* item = new QListWidgetItem(SourceIcon::forName(spec.label),
                                             description.isEmpty() ? spec.label
                                                                   : spec.label + QLatin1Char('\n') + description);
            item->setData(Qt::AccessibleTextRole, spec.label);
            m_sources->addItem(item);
        }
        m_sources->blockSignals(false);
        if (m_specs.isEmpty())
            m_message->showMessage(InlineMessage::Type::Warning,
                                   tr("No marketing-automation source is available in this sandbox."));
        else // the draft's source (Back, or an opened recipe), else the first one
            m_sources->setCurrentRow(
                qMax(0, SourceCatalog::indexOf(m_specs, m_state->draft().source.connectionSpecId)));
    });
}

void SourcePage::onSourceChosen()
{
    m_accounts->clear();
    m_message->hideMessage();
    if (const ConnectionSpec* spec = currentSpec()) {
        m_newForm->setSpec(*spec, SourceCatalog::proposedAccountName(spec->label));
        const DraftSource& draft = m_state->draft().source;
        if (draft.newAccount && draft.connectionSpecId == spec->id) {
            m_newRadio->setChecked(true);
            m_newForm->fill(*draft.newAccount, m_state->newAccount()->keys().secrets);
        }
        m_offerNew = true;
        loadAccounts();
    }
    Q_EMIT selectionChanged();
    Q_EMIT completeChanged();
}

void SourcePage::loadAccounts()
{
    const Account* chosen = currentAccount();
    m_listedMade = m_state->newAccount()->madeId();
    m_accounts->load(connectionSpecId(), sourceLabel(), chosen ? chosen->id : m_state->draft().source.baseConnectionId);
}

void SourcePage::checkNewAccount()
{
    const QStringList missing = m_newForm->form().missing();
    if (!missing.isEmpty()) {
        m_message->showMessage(InlineMessage::Type::Error, tr("Fill in: %1.").arg(missing.join(QStringLiteral(", "))));
        return;
    }
    // Neither the Platform nor the emulator tests an account that is not saved yet.
    m_message->showMessage(InlineMessage::Type::Information,
                           tr("Experience Platform tests only saved accounts. This one is created, and its keys "
                              "checked, when the next page lists its tables; it is then part of the dataflow, and "
                              "\u201c"
                              "Clean up\u201d on the Review page deletes it with the rest."));
}

void SourcePage::testConnection(const QString& connectionId, const QString& name)
{
    m_message->showMessage(InlineMessage::Type::Information,
                           tr("Testing the connection \u201c%1\u201d\u2026").arg(name));
    m_service.testConnection(connectionId)->onFinished(this, [this, name](const TypedJob<bool>& done) {
        if (!done.ok())
            showError(done.error());
        else if (done.value())
            m_message->showMessage(InlineMessage::Type::Positive, tr("The connection \u201c%1\u201d works.").arg(name));
        else
            m_message->showMessage(InlineMessage::Type::Error,
                                   tr("The source refused the connection \u201c%1\u201d. Check its keys.").arg(name));
    });
}
