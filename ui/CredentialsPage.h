// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardPage.h"
#include "core/CredentialCheck.h"

class BusyRow;
class InlineMessage;
class PlatformUrlsBox;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QWidget;
class Session;

/** Step 1: the OAuth Server-to-Server credential and the sandbox, checked against IMS before moving on. */
class CredentialsPage : public WizardPage
{
    Q_OBJECT
public:
    explicit CredentialsPage(Session* session, QWidget* parent = nullptr);
    ~CredentialsPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QString helpText() const override;

    /**
     * The fields' clear buttons and the secret's eye icon: the wizard adds them once the page is on screen, the first
     * style icon being a few milliseconds of image files and plugins to read (FormRow::Icons::Later).
     */
    void addIcons();

    /** Values to show instead of the saved ones (demo mode, a recipe); the secret is optional. */
    void prefill(const PlatformConfig& config, const QString& clientSecret = {});
    /** Whether "Remember the client secret" starts ticked (it does, except in demo mode). */
    void setRemember(bool remember);
    /** Replaces the Platform and IMS URLs that are not empty, keeping the other fields. */
    void overrideUrls(const QUrl& platformUrl, const QUrl& imsUrl);
    /** If the URLs in the fields cannot be reached, these are offered instead (after a recipe named others). */
    void offerOtherUrls(const QUrl& platformUrl, const QUrl& imsUrl);
    /** A note above the buttons (e.g. which emulator demo mode uses). */
    void showNote(const QString& text);
    /** A warning above the buttons (e.g. a recipe that could not be opened), with details. */
    void showWarning(const QString& text, const QString& details);
    bool isBusy() const { return m_busy; }
    /** What the fields hold now, checked or not (no secret). */
    PlatformConfig enteredConfig() const { return configFromFields(); }
    bool isVerified() const { return m_verified; }

Q_SIGNALS:
    /** The credential was checked with IMS and the sandbox exists; emitted before the wizard moves on. */
    void verified(const PlatformConfig& config);

private:
    PlatformConfig configFromFields() const;
    void fillFields(const PlatformConfig& config);
    void loadSettings();
    void setBusy(bool busy, const QString& what = {});
    void onInputEdited();
    void connectCheck();
    void onVerified(const PlatformConfig& config);
    void showProblem(const CredentialCheck::Problem& problem);

    Session* m_session;
    QLineEdit* m_org;
    QLineEdit* m_clientId;
    QLineEdit* m_secret;
    QLineEdit* m_scopes;
    QComboBox* m_sandbox;
    QCheckBox* m_remember;
    PlatformUrlsBox* m_urls;
    BusyRow* m_busyRow;
    InlineMessage* m_message;
    CredentialCheck* m_check; ///< IMS, the sandbox list and the keychain, one attempt at a time
    bool m_busy = false;
    bool m_verified = false;
    bool m_prefilled = false;
    bool m_initialized = false;
    bool m_filling = false; ///< fillFields() at work
};
