// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialsPage.h"

#include "InlineMessage.h"
#include "base/Logging.h"
#include "core/Session.h"
#include "platform/ImsAuth.h"
#include "platform/PlatformClient.h"
#include "secrets/SecretStore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWizard>

namespace {

QLineEdit* lineEdit(QWidget* parent, const QString& objectName, const QString& placeholder = {})
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

const QString kSettingsGroup = QStringLiteral("credentials");

} // namespace

CredentialsPage::CredentialsPage(Session* session, QWidget* parent)
    : WizardPage(parent)
    , m_session(session)
    , m_org(lineEdit(this, QStringLiteral("imsOrgLineEdit"), QStringLiteral("0123456789ABCDEF01234567@AdobeOrg")))
    , m_clientId(lineEdit(this, QStringLiteral("clientIdLineEdit")))
    , m_secret(lineEdit(this, QStringLiteral("clientSecretLineEdit")))
    , m_scopes(lineEdit(this, QStringLiteral("scopesLineEdit")))
    , m_sandbox(new QComboBox(this))
    , m_remember(new QCheckBox(this))
    , m_advancedButton(new QToolButton(this))
    , m_advanced(new QWidget(this))
    , m_platformUrl(
          lineEdit(m_advanced, QStringLiteral("platformUrlLineEdit"), QStringLiteral("https://platform.adobe.io")))
    , m_imsUrl(lineEdit(m_advanced, QStringLiteral("imsUrlLineEdit"), QStringLiteral("https://ims-na1.adobelogin.com")))
    , m_urlProblem(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
    , m_busyLabel(new QLabel(this))
    , m_stopButton(new QPushButton(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("credentialsPage"));
    setTitle(tr("Sign in to Experience Platform"));
    setSubTitle(tr("Enter the OAuth Server-to-Server credential of your Adobe Developer Console project, then choose "
                   "the sandbox to work in."));

    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setClearButtonEnabled(false);
    QAction* reveal
        = m_secret->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::TrailingPosition);
    reveal->setObjectName(QStringLiteral("revealSecretAction"));
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the client secret"));
    connect(reveal, &QAction::toggled, this,
            [this](bool shown) { m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    m_scopes->setToolTip(tr("The scopes listed for this credential in the Adobe Developer Console, separated by "
                            "commas."));
    m_sandbox->setObjectName(QStringLiteral("sandboxComboBox"));
    m_sandbox->setEditable(true);
    m_sandbox->setInsertPolicy(QComboBox::NoInsert);
    m_sandbox->setToolTip(tr("The sandbox to create the dataflow in. The list fills in once the credential is "
                             "checked."));
    m_remember->setObjectName(QStringLiteral("rememberCheckBox"));
    m_remember->setText(tr("&Remember the client secret in the system keychain"));
    m_remember->setToolTip(tr("The secret is stored by the operating system's keychain, never in a file."));
    m_remember->setChecked(true);

    m_advancedButton->setObjectName(QStringLiteral("advancedButton"));
    m_advancedButton->setText(tr("&Advanced"));
    m_advancedButton->setCheckable(true);
    m_advancedButton->setAutoRaise(true);
    m_advancedButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedButton->setArrowType(Qt::RightArrow);
    auto* advancedForm = new QFormLayout(m_advanced);
    advancedForm->setContentsMargins(0, 0, 0, 0);
    advancedForm->addRow(tr("&Platform URL:"), m_platformUrl);
    advancedForm->addRow(tr("&IMS URL:"), m_imsUrl);
    m_advanced->setVisible(false);
    connect(m_advancedButton, &QToolButton::toggled, this, [this](bool on) {
        m_advanced->setVisible(on);
        m_advancedButton->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    m_urlProblem->setObjectName(QStringLiteral("urlProblemLabel"));
    m_urlProblem->setWordWrap(true);
    m_urlProblem->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_urlProblem->setVisible(false);

    m_busyBar->setObjectName(QStringLiteral("busyIndicator"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumHeight(6);
    m_busyBar->setTextVisible(false);
    m_busyBar->setVisible(false);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->setVisible(false);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_stopButton->setText(tr("Stop"));
    m_stopButton->setVisible(false);
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        // The answers still coming are ignored; nothing typed is lost.
        ++m_attempt;
        if (m_sandboxCall)
            m_sandboxCall->abort();
        setBusy(false);
        m_message->showMessage(InlineMessage::Type::Information, tr("Stopped. Nothing was changed."));
    });
    m_message->setObjectName(QStringLiteral("credentialsMessage"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Organi&zation ID:"), m_org);
    form->addRow(tr("&Client ID:"), m_clientId);
    form->addRow(tr("Client &secret:"), m_secret);
    form->addRow(tr("Scop&es:"), m_scopes);
    form->addRow(tr("Sand&box:"), m_sandbox);
    form->addRow(QString(), m_remember);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_advancedButton, 0, Qt::AlignLeft);
    layout->addWidget(m_advanced);
    layout->addWidget(m_urlProblem);
    layout->addStretch();
    auto* busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busyLabel, 1);
    busyRow->addWidget(m_stopButton);
    layout->addLayout(busyRow);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_message);

    // Accessible names for screen readers: the visible label without its mnemonic.
    m_org->setAccessibleName(tr("Organization ID"));
    m_clientId->setAccessibleName(tr("Client ID"));
    m_secret->setAccessibleName(tr("Client secret"));
    m_scopes->setAccessibleName(tr("Scopes"));
    m_sandbox->setAccessibleName(tr("Sandbox"));
    m_platformUrl->setAccessibleName(tr("Platform URL"));
    m_imsUrl->setAccessibleName(tr("IMS URL"));

    for (QLineEdit* edit : {m_org, m_clientId, m_secret, m_scopes, m_platformUrl, m_imsUrl})
        connect(edit, &QLineEdit::textChanged, this, &CredentialsPage::onInputEdited);
    connect(m_sandbox, &QComboBox::editTextChanged, this, &CredentialsPage::onInputEdited);
    connect(m_remember, &QCheckBox::toggled, this, [this] { m_verified = false; });
}

CredentialsPage::~CredentialsPage() = default;

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
    if (!platformUrl.isEmpty())
        m_platformUrl->setText(platformUrl.toString());
    if (!imsUrl.isEmpty())
        m_imsUrl->setText(imsUrl.toString());
    m_advancedButton->setChecked(true);
}

void CredentialsPage::showWarning(const QString& text, const QString& details)
{
    m_message->showMessage(InlineMessage::Type::Warning, text, details);
}

void CredentialsPage::fillFields(const PlatformConfig& config)
{
    m_org->setText(config.imsOrg);
    m_clientId->setText(config.clientId);
    m_scopes->setText(config.scopes);
    m_sandbox->setEditText(config.sandbox);
    m_platformUrl->setText(config.platformUrl.toString());
    m_imsUrl->setText(config.imsUrl.toString());
}

void CredentialsPage::initializePage()
{
    if (m_initialized)
        return; // coming back with Back: keep what is on screen
    m_initialized = true;
    if (!m_prefilled)
        loadSettings();
    if (m_secret->text().isEmpty())
        readStoredSecret();
    Q_EMIT completeChanged();
}

void CredentialsPage::loadSettings()
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    PlatformConfig config;
    config.imsOrg = settings.value(QStringLiteral("imsOrg")).toString();
    config.clientId = settings.value(QStringLiteral("clientId")).toString();
    config.scopes = settings.value(QStringLiteral("scopes"), PlatformConfig::defaultScopes()).toString();
    config.sandbox = settings.value(QStringLiteral("sandbox"), QStringLiteral("prod")).toString();
    config.platformUrl = settings.value(QStringLiteral("platformUrl"), PlatformConfig::defaultPlatformUrl()).toUrl();
    config.imsUrl = settings.value(QStringLiteral("imsUrl"), PlatformConfig::defaultImsUrl()).toUrl();
    m_remember->setChecked(settings.value(QStringLiteral("remember"), true).toBool());
    fillFields(config);
    if (config.platformUrl != PlatformConfig::defaultPlatformUrl() || config.imsUrl != PlatformConfig::defaultImsUrl())
        m_advancedButton->setChecked(true);
}

void CredentialsPage::saveSettings() const
{
    // Only what identifies the credential: the secret goes to the keychain, never here.
    const PlatformConfig config = configFromFields();
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(QStringLiteral("imsOrg"), config.imsOrg);
    settings.setValue(QStringLiteral("clientId"), config.clientId);
    settings.setValue(QStringLiteral("scopes"), config.scopes);
    settings.setValue(QStringLiteral("sandbox"), config.sandbox);
    settings.setValue(QStringLiteral("platformUrl"), config.platformUrl);
    settings.setValue(QStringLiteral("imsUrl"), config.imsUrl);
    settings.setValue(QStringLiteral("remember"), m_remember->isChecked());
}

void CredentialsPage::readStoredSecret()
{
    const PlatformConfig config = configFromFields();
    if (config.imsOrg.isEmpty() || config.clientId.isEmpty())
        return;
    SecretJob* job = m_session->secrets()->read(
        SecretStore::credentialKey(config.imsUrl.toString(), config.imsOrg, config.clientId));
    connect(job, &SecretJob::finished, this, [this](SecretJob* done) {
        switch (done->error()) {
        case SecretJob::Error::None:
            if (m_secret->text().isEmpty()) {
                m_secret->setText(done->secret());
                m_remember->setChecked(true);
                Q_EMIT completeChanged();
            }
            break;
        case SecretJob::Error::NotFound:
            break;
        default:
            m_keychainWarned = true;
            m_message->showMessage(InlineMessage::Type::Warning,
                                   tr("The system keychain cannot be used, so the client secret could not be "
                                      "read from it. Type it; it will be kept for this session only."),
                                   done->errorString());
            break;
        }
    });
}

PlatformConfig CredentialsPage::configFromFields() const
{
    PlatformConfig config;
    config.imsOrg = m_org->text().trimmed();
    config.clientId = m_clientId->text().trimmed();
    config.scopes = m_scopes->text().trimmed();
    config.sandbox = m_sandbox->currentText().trimmed().toLower();
    config.platformUrl = QUrl(m_platformUrl->text().trimmed());
    config.imsUrl = QUrl(m_imsUrl->text().trimmed());
    return config;
}

QString CredentialsPage::urlProblem() const
{
    const PlatformConfig config = configFromFields();
    const QString platform = PlatformConfig::checkBaseUrl(config.platformUrl);
    if (!platform.isEmpty())
        return tr("Platform URL: %1").arg(platform);
    const QString ims = PlatformConfig::checkBaseUrl(config.imsUrl);
    if (!ims.isEmpty())
        return tr("IMS URL: %1").arg(ims);
    return {};
}

bool CredentialsPage::isComplete() const
{
    if (m_busy)
        return false;
    const PlatformConfig config = configFromFields();
    return !config.imsOrg.isEmpty() && !config.clientId.isEmpty() && !m_secret->text().isEmpty()
        && !config.scopes.isEmpty() && !config.sandbox.isEmpty() && urlProblem().isEmpty();
}

void CredentialsPage::onInputEdited()
{
    m_verified = false;
    const QString problem = urlProblem();
    m_urlProblem->setText(problem);
    m_urlProblem->setVisible(!problem.isEmpty() && !m_platformUrl->text().isEmpty() && !m_imsUrl->text().isEmpty());
    if (!problem.isEmpty() && !m_advancedButton->isChecked() && m_urlProblem->isVisible())
        m_advancedButton->setChecked(true);
    Q_EMIT completeChanged();
}

void CredentialsPage::setBusy(bool busy, const QString& what)
{
    m_busy = busy;
    for (QWidget* input : std::initializer_list<QWidget*>{m_org, m_clientId, m_secret, m_scopes, m_sandbox, m_remember,
                                                          m_platformUrl, m_imsUrl, m_advancedButton})
        input->setEnabled(!busy);
    m_busyBar->setVisible(busy);
    m_busyLabel->setText(what);
    m_busyLabel->setVisible(busy);
    m_stopButton->setVisible(busy);
    Q_EMIT completeChanged();
}

bool CredentialsPage::validatePage()
{
    if (m_verified)
        return true;
    if (!m_busy)
        startVerification();
    return false; // moves on from advance() once IMS and the sandbox list have answered
}

void CredentialsPage::startVerification()
{
    m_message->hideMessage();
    const PlatformConfig config = configFromFields();
    m_session->setConfig(config);
    m_session->auth()->setClientSecret(m_secret->text());
    setBusy(true, tr("Checking the credential with Adobe\u2026"));
    TokenJob* job = m_session->auth()->verify();
    m_tokenJob = job;
    const int attempt = ++m_attempt;
    connect(job, &TokenJob::finished, this, [this, attempt](TokenJob* done) {
        if (attempt == m_attempt)
            onTokenChecked(done->token(), done->error());
    });
}

void CredentialsPage::onTokenChecked(const QString& token, const PlatformError& error)
{
    Q_UNUSED(token)
    if (error.isError()) {
        setBusy(false);
        m_message->showMessage(InlineMessage::Type::Error, error.userMessage, error.toString());
        QWidget* focus = error.code == QLatin1String("invalid_scope") ? m_scopes
            : error.kind == PlatformError::Kind::Authentication       ? m_secret
                                                                      : nullptr;
        if (focus)
            focus->setFocus();
        return;
    }
    loadSandboxes();
}

void CredentialsPage::loadSandboxes()
{
    setBusy(true, tr("Loading the sandboxes\u2026"));
    PlatformRequest request;
    request.path = QLatin1String(Platform::kSandboxes) + QLatin1Char('/');
    request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    request.query.addQueryItem(QStringLiteral("offset"), QStringLiteral("0"));
    request.sandboxHeader = false;
    PlatformCall* call = m_session->client()->send(request);
    m_sandboxCall = call;
    const int attempt = m_attempt;
    connect(call, &PlatformCall::finished, this, [this, attempt](PlatformCall* done) {
        if (attempt != m_attempt)
            return; // stopped by the user
        const QString wanted = configFromFields().sandbox;
        if (!done->ok()) {
            // Listing sandboxes needs no special right, but some gateways refuse it: the typed name is then used.
            if (done->error().kind == PlatformError::Kind::Forbidden
                || done->error().kind == PlatformError::Kind::NotFound) {
                qCInfo(lcUi) << "sandbox list unavailable, using" << wanted;
                storeSecretThenAdvance();
                return;
            }
            setBusy(false);
            m_message->showMessage(InlineMessage::Type::Error, done->error().userMessage, done->error().toString());
            return;
        }
        QStringList names;
        const QJsonArray sandboxes = done->json().object().value(QLatin1String("sandboxes")).toArray();
        m_sandbox->clear();
        for (const QJsonValue& value : sandboxes) {
            const QJsonObject sandbox = value.toObject();
            const QString name = sandbox.value(QLatin1String("name")).toString();
            const QString title = sandbox.value(QLatin1String("title")).toString();
            if (name.isEmpty() || sandbox.value(QLatin1String("state")).toString() != QLatin1String("active"))
                continue;
            names << name;
            m_sandbox->addItem(name);
            m_sandbox->setItemData(m_sandbox->count() - 1, title.isEmpty() ? name : tr("%1 (%2)").arg(title, name),
                                   Qt::ToolTipRole);
        }
        m_sandbox->setEditText(wanted);
        if (!names.contains(wanted)) {
            setBusy(false);
            m_message->showMessage(InlineMessage::Type::Error,
                                   tr("This credential cannot use a sandbox named \u201c%1\u201d. Choose one of: %2.")
                                       .arg(wanted, names.join(QStringLiteral(", "))));
            m_sandbox->setFocus();
            return;
        }
        storeSecretThenAdvance();
    });
}

void CredentialsPage::storeSecretThenAdvance()
{
    const PlatformConfig config = configFromFields();
    const QString key = SecretStore::credentialKey(config.imsUrl.toString(), config.imsOrg, config.clientId);
    if (!m_remember->isChecked()) {
        m_session->secrets()->remove(key); // unticking "Remember" forgets a secret stored earlier
        advance();
        return;
    }
    setBusy(true, tr("Storing the client secret in the system keychain\u2026"));
    SecretJob* job = m_session->secrets()->write(key, m_secret->text());
    const int attempt = m_attempt;
    connect(job, &SecretJob::finished, this, [this, attempt](SecretJob* done) {
        if (attempt != m_attempt)
            return;
        if (done->error() == SecretJob::Error::None) {
            advance();
            return;
        }
        setBusy(false);
        m_message->showMessage(InlineMessage::Type::Warning,
                               tr("The credential works, but the system keychain could not store the client "
                                  "secret. You can go on: the secret is kept for this session only."),
                               done->errorString());
        QPushButton* goOn = m_message->addAction(tr("Continue without saving"), QStringLiteral("continueButton"));
        connect(goOn, &QPushButton::clicked, this, [this] {
            m_remember->setChecked(false);
            advance();
        });
    });
}

void CredentialsPage::advance()
{
    setBusy(false);
    if (!m_session->isDemo())
        saveSettings();
    m_message->hideMessage();
    m_verified = true;
    Q_EMIT verified(configFromFields());
    if (wizard() && wizard()->currentPage() == this)
        wizard()->next();
}
