// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/PlatformConfig.h"
#include "platform/PlatformError.h"
#include "services/SandboxService.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class Session;
class TokenJob;
class SecretJob;

/**
 * What "Next" on the credential page does, without widgets: checks the credential with IMS, lists the sandboxes
 * it may use and checks the chosen one, then keeps the client secret in the keychain (Remember) or forgets a
 * secret kept earlier (Remember unticked). One attempt at a time; stop() makes a running attempt's late answers
 * ignored. Ends with exactly one of verified() or stopped().
 */
class CredentialCheck : public QObject
{
    Q_OBJECT
public:
    /** The input the user should correct after failed(). */
    enum class Field { None, Secret, Scopes, Sandbox };
    Q_ENUM(Field)

    /** Why an attempt stopped short, said for the user; a warning may offer to continue without saving. */
    struct Problem
    {
        QString text;
        QString details;
        Field field = Field::None;
        bool warning = false; ///< the credential works; only the keychain failed
        bool canContinue = false; ///< continueWithoutSaving() goes on
        /** The address that could not be reached (IMS or Platform URL), empty for other problems. */
        QUrl unreachableUrl;
        /** The URLs to offer instead (those in use before a recipe named others); empty: none to offer. */
        QUrl otherPlatformUrl;
        QUrl otherImsUrl;
        bool offersOtherUrls() const { return !otherPlatformUrl.isEmpty() && !otherImsUrl.isEmpty(); }
    };

    explicit CredentialCheck(Session* session, QObject* parent = nullptr);

    void start(const PlatformConfig& config, const QString& clientSecret, bool remember);
    /**
     * The URLs to offer when the ones tried cannot be reached: after a recipe named another Platform, the ones in use
     * before it. Empty URLs offer nothing.
     */
    void setOtherUrls(const QUrl& platformUrl, const QUrl& imsUrl);
    /** What to say when @p url (the IMS or Platform URL of @p tried) gave no answer, and what to offer instead. */
    static Problem unreachable(const PlatformError& error, const QUrl& url, const PlatformConfig& tried,
                               const QUrl& otherPlatformUrl, const QUrl& otherImsUrl);

    /** Ignores the running attempt from now on. */
    void stop();
    bool isRunning() const { return m_running; }
    /** After keychainFailed(): goes on with the secret kept for this session only. */
    void continueWithoutSaving();

    /** The active sandboxes of the last successful list, in the Platform's order. */
    const QList<Sandbox>& sandboxes() const { return m_sandboxes; }

    /** Reads the secret kept for @p config's credential: storedSecret(), or keychainUnavailable() on failure. */
    void readStoredSecret(const PlatformConfig& config);

    /** What is wrong with the Platform or IMS URL, naming which (empty: both are fine). */
    static QString urlProblem(const PlatformConfig& config);
    /** True when every field "Next" needs is filled and the URLs are fine. */
    static bool isComplete(const PlatformConfig& config, const QString& clientSecret);
    /** Whether a listed sandbox is one the user may choose (active, named). */
    static QList<Sandbox> usable(const QList<Sandbox>& listed);
    /** Which field to focus after @p error from IMS. */
    static Field fieldFor(const PlatformError& error);

Q_SIGNALS:
    /** What is being done, for the busy label ("Checking the credential with Adobe…"). */
    void progress(const QString& text);
    /** The active sandboxes, as soon as they are listed. */
    void sandboxesListed(const QList<Sandbox>& sandboxes);
    /** IMS refused, the sandbox is not one of the credential's, or the keychain refused the secret. */
    void stopped(const CredentialCheck::Problem& problem);
    void verified(const PlatformConfig& config);
    /** readStoredSecret() found a secret. */
    void storedSecret(const QString& secret);
    /** readStoredSecret() could not use the keychain at all (not "nothing stored"): a warning. */
    void keychainUnavailable(const CredentialCheck::Problem& problem);

private:
    void onToken(const PlatformError& error);
    void onSandboxes(const TypedJob<QList<Sandbox>>& job);
    void storeSecret();
    void finishVerified();
    void fail(const Problem& problem);
    bool current(int attempt) const { return m_running && attempt == m_attempt; }

    Session* m_session;
    PlatformConfig m_config;
    QString m_secret;
    bool m_remember = false;
    bool m_running = false;
    int m_attempt = 0;
    QList<Sandbox> m_sandboxes;
    QUrl m_otherPlatformUrl;
    QUrl m_otherImsUrl;
};
