// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialsPage.h"

#include "BusyRow.h"
#include "FormRow.h"
#include "InlineMessage.h"
#include "PlatformUrlsBox.h"
#include "core/CredentialSettings.h"
#include "core/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

using FormRow::lineEdit;

CredentialsPage::CredentialsPage(Session* session, QWidget* parent)
    : WizardPage(parent)
    , m_session(session)
    , m_org(lineEdit(this, QStringLiteral("imsOrgLineEdit"), QStringLiteral("0123456789ABCDEF01234567@AdobeOrg"),
                     FormRow::Icons::Later))
    , m_clientId(lineEdit(this, QStringLiteral("clientIdLineEdit"), {}, FormRow::Icons::Later))
    , m_secret(lineEdit(this, QStringLiteral("clientSecretLineEdit"), {}, FormRow::Icons::Later))
    , m_scopes(lineEdit(this, QStringLiteral("scopesLineEdit"), {}, FormRow::Icons::Later))
    , m_sandbox(new QComboBox(this))
    , m_remember(new QCheckBox(this))
    , m_urls(new PlatformUrlsBox(this))
    , m_busyRow(new BusyRow(this))
    , m_message(new InlineMessage(this, FormRow::Icons::Later))
    , m_check(new CredentialCheck(session, this))
{
    setObjectName(QStringLiteral("credentialsPage"));
    setTitle(tr("Sign in to Experience Platform"));
    setSubTitle(tr("Enter the OAuth Server-to-Server credential of your Adobe Developer Console project, then choose "
                   "the sandbox to work in."));

    FormRow::makeSecret(m_secret, tr("Show the client secret"), FormRow::Icons::Later);
    m_scopes->setToolTip(tr("The scopes listed for this credential in the Adobe Developer Console, separated by "
                            "commas."));
    m_sandbox->setObjectName(QStringLiteral("sandboxComboBox"));
    // Editable through its own line edit: setEditable(true) would also make the drop-down list now, and size the
    // combo box for a layout that sizes it again (2.7 M instructions before the window, by callgrind).
    m_sandbox->setLineEdit(new QLineEdit(m_sandbox));
    m_sandbox->setInsertPolicy(QComboBox::NoInsert);
    m_sandbox->setToolTip(tr("The sandbox to create the dataflow in. The list fills in once the credential is "
                             "checked."));
    m_remember->setObjectName(QStringLiteral("rememberCheckBox"));
    m_remember->setText(tr("&Remember the client secret in the system keychain"));
    m_remember->setToolTip(tr("The secret is stored by the operating system's keychain, never in a file."));
    m_remember->setChecked(true);

    connect(m_busyRow, &BusyRow::stopRequested, this, [this] {
        // The answers still coming are ignored; nothing typed is lost.
        m_check->stop();
        setBusy(false);
        m_message->showMessage(InlineMessage::Type::Information, tr("Stopped. Nothing was changed."));
    });
    m_message->setObjectName(QStringLiteral("credentialsMessage"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    FormRow::add(form, tr("Organi&zation ID:"), m_org);
    FormRow::add(form, tr("&Client ID:"), m_clientId);
    FormRow::add(form, tr("Client &secret:"), m_secret);
    FormRow::add(form, tr("Scop&es:"), m_scopes);
    FormRow::add(form, tr("Sand&box:"), m_sandbox);
    form->addRow(QString(), m_remember);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_urls);
    layout->addStretch();
    layout->addWidget(m_busyRow);
    layout->addWidget(m_message);

    // FormRow gives each field its label, without mnemonic, as accessible name for screen readers.
    for (QLineEdit* edit : {m_org, m_clientId, m_secret, m_scopes})
        connect(edit, &QLineEdit::textChanged, this, &CredentialsPage::onInputEdited);
    connect(m_urls, &PlatformUrlsBox::edited, this, &CredentialsPage::onInputEdited);
    connect(m_sandbox, &QComboBox::editTextChanged, this, &CredentialsPage::onInputEdited);
    connect(m_remember, &QCheckBox::toggled, this, [this] { m_verified = false; });
    connectCheck();
}

CredentialsPage::~CredentialsPage() = default;

void CredentialsPage::addIcons()
{
    for (QLineEdit* edit : {m_org, m_clientId, m_scopes})
        edit->setClearButtonEnabled(true);
    FormRow::setRevealIcon(m_secret);
    m_urls->addIcons();
    m_message->addIcons();
}

QString CredentialsPage::helpText() const
{
    return tr("<p>The wizard works for you inside Adobe Experience Platform, with the rights of an <b>API "
              "credential</b> of your organization (type <i>OAuth Server-to-Server</i>).</p>"
              "<p>Your Adobe administrator creates it in the Adobe Developer Console, in a project that has the "
              "Experience Platform API. Copy from there the <b>organization ID</b> (it ends with @AdobeOrg), the "
              "<b>client ID</b>, the <b>client secret</b> and the <b>scopes</b>.</p>"
              "<p>A <b>sandbox</b> is a separate workspace of Experience Platform: <i>prod</i> is the live one; "
              "try things in a development sandbox first.</p>"
              "<p>The client secret is kept by your operating system's keychain when you tick \u201cRemember\u201d; "
              "it is never written to a file.</p>");
}

void CredentialsPage::prefill(const PlatformConfig& config, const QString& clientSecret)
{
    m_prefilled = true;
    fillFields(config);
    if (!clientSecret.isEmpty())
        m_secret->setText(clientSecret);
    m_verified = false;
    Q_EMIT completeChanged();
}

void CredentialsPage::offerOtherUrls(const QUrl& platformUrl, const QUrl& imsUrl)
{
    m_check->setOtherUrls(platformUrl, imsUrl);
}

void CredentialsPage::setRemember(bool remember)
{
    m_remember->setChecked(remember);
}

void CredentialsPage::showNote(const QString& text)
{
    m_message->showMessage(InlineMessage::Type::Information, text);
}

void CredentialsPage::overrideUrls(const QUrl& platformUrl, const QUrl& imsUrl)
{
    m_urls->setUrls(platformUrl.isEmpty() ? m_urls->platformUrl() : platformUrl,
                    imsUrl.isEmpty() ? m_urls->imsUrl() : imsUrl);
    m_urls->expand();
}

void CredentialsPage::showWarning(const QString& text, const QString& details)
{
    m_message->showMessage(InlineMessage::Type::Warning, text, details);
}

void CredentialsPage::fillFields(const PlatformConfig& config)
{
    m_filling = true; // one onInputEdited() for all the fields, not one per field
    m_org->setText(config.imsOrg);
    m_clientId->setText(config.clientId);
    m_scopes->setText(config.scopes);
    if (m_sandbox->count() == 0) { // until the Platform lists them, the known ones: an empty list would never open
        m_sandbox->addItem(QStringLiteral("prod"));
        if (!config.sandbox.isEmpty() && config.sandbox != QLatin1String("prod"))
            m_sandbox->addItem(config.sandbox);
    }
    m_sandbox->setEditText(config.sandbox);
    m_urls->setUrls(config.platformUrl, config.imsUrl);
    m_filling = false;
    onInputEdited();
}

void CredentialsPage::initializePage()
{
    if (m_initialized)
        return; // coming back with Back: keep what is on screen
    m_initialized = true;
    if (!m_prefilled)
        loadSettings();
    if (m_secret->text().isEmpty())
        m_check->readStoredSecret(configFromFields());
    Q_EMIT completeChanged();
}

void CredentialsPage::loadSettings()
{
    const CredentialSettings saved = CredentialSettings::load();
    m_remember->setChecked(saved.remember);
    fillFields(saved.config);
    if (saved.hasCustomUrls())
        m_urls->expand();
}

PlatformConfig CredentialsPage::configFromFields() const
{
    PlatformConfig config;
    config.imsOrg = m_org->text().trimmed();
    config.clientId = m_clientId->text().trimmed();
    config.scopes = m_scopes->text().trimmed();
    config.sandbox = m_sandbox->currentText().trimmed().toLower();
    config.platformUrl = m_urls->platformUrl();
    config.imsUrl = m_urls->imsUrl();
    return config;
}

bool CredentialsPage::isComplete() const
{
    return !m_busy && CredentialCheck::isComplete(configFromFields(), m_secret->text());
}

void CredentialsPage::onInputEdited()
{
    if (m_filling)
        return;
    m_verified = false;
    const QString problem = CredentialCheck::urlProblem(configFromFields());
    m_urls->showProblem(m_urls->bothFilled() ? problem : QString());
    Q_EMIT completeChanged();
}

void CredentialsPage::setBusy(bool busy, const QString& what)
{
    m_busy = busy;
    for (QWidget* input : std::initializer_list<QWidget*>{m_org, m_clientId, m_secret, m_scopes, m_sandbox, m_remember})
        input->setEnabled(!busy);
    m_urls->setInputEnabled(!busy);
    m_busyRow->setBusy(busy, what);
    Q_EMIT completeChanged();
}

bool CredentialsPage::validatePage()
{
    if (m_verified)
        return true;
    if (!m_busy) {
        m_message->hideMessage();
        setBusy(true);
        m_check->start(configFromFields(), m_secret->text(), m_remember->isChecked());
    }
    return false; // moves on from onVerified() once IMS and the sandbox list have answered
}

void CredentialsPage::connectCheck()
{
    connect(m_check, &CredentialCheck::progress, this, [this](const QString& text) { setBusy(true, text); });
    connect(m_check, &CredentialCheck::stopped, this, &CredentialsPage::showProblem);
    connect(m_check, &CredentialCheck::keychainUnavailable, this, &CredentialsPage::showProblem);
    connect(m_check, &CredentialCheck::sandboxesListed, this, [this](const QList<Sandbox>& sandboxes) {
        const QString wanted = configFromFields().sandbox;
        m_sandbox->clear();
        for (const Sandbox& sandbox : sandboxes) {
            m_sandbox->addItem(sandbox.name);
            m_sandbox->setItemData(m_sandbox->count() - 1,
                                   sandbox.title.isEmpty() ? sandbox.name
                                                           : tr("%1 (%2)").arg(sandbox.title, sandbox.name),
                                   Qt::ToolTipRole);
        }
        m_sandbox->setEditText(wanted);
    });
    connect(m_check, &CredentialCheck::verified, this, &CredentialsPage::onVerified);
    connect(m_check, &CredentialCheck::storedSecret, this, [this](const QString& secret) {
        if (!m_secret->text().isEmpty())
            return; // typed meanwhile: the user's text wins
        m_secret->setText(secret);
        m_remember->setChecked(true);
        Q_EMIT completeChanged();
    });
}

void CredentialsPage::showProblem(const CredentialCheck::Problem& problem)
{
    setBusy(false);
    m_message->showMessage(problem.warning ? InlineMessage::Type::Warning : InlineMessage::Type::Error, problem.text,
                           problem.details);
    if (problem.canContinue) {
        QPushButton* goOn = m_message->addAction(tr("Continue without saving"), QStringLiteral("continueButton"));
        connect(goOn, &QPushButton::clicked, this, [this] {
            m_remember->setChecked(false);
            m_check->continueWithoutSaving();
        });
    }
    if (problem.offersOtherUrls()) {
        QPushButton* use = m_message->addAction(tr("&Use %1").arg(problem.otherPlatformUrl.toDisplayString()),
                                                QStringLiteral("useOtherUrlsButton"));
        connect(use, &QPushButton::clicked, this, [this, problem] {
            overrideUrls(problem.otherPlatformUrl, problem.otherImsUrl);
            validatePage(); // tries again at once with the addresses that worked before
        });
    }
    QWidget* focus = problem.field == CredentialCheck::Field::Scopes          ? static_cast<QWidget*>(m_scopes)
        : problem.field == CredentialCheck::Field::Sandbox                    ? static_cast<QWidget*>(m_sandbox)
        : problem.field == CredentialCheck::Field::Secret && !problem.warning ? static_cast<QWidget*>(m_secret)
                                                                              : nullptr;
    if (focus)
        focus->setFocus();
}

void CredentialsPage::onVerified(const PlatformConfig& config)
{
    setBusy(false);
    if (!m_session->isDemo())
        CredentialSettings{config, m_remember->isChecked()}.save();
    m_message->hideMessage();
    m_verified = true;
    Q_EMIT verified(config);
    if (wizard() && wizard()->currentPage() == this)
        wizard()->next();
}
