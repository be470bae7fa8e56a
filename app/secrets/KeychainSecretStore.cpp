// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/KeychainSecretStore.h"

#include "base/Logging.h"

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace {

enum class Operation { Read, Write, Remove };

const char* operationName(Operation operation)
{
    switch (operation) {
    case Operation::Read:
        return "read";
    case Operation::Write:
        return "write";
    case Operation::Remove:
        return "remove";
    }
    return "?";
}

SecretJob::Error mapError(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretJob::Error::None;
    case QKeychain::EntryNotFound:
        return SecretJob::Error::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretJob::Error::Denied;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // On Linux a missing bus, a missing or locked Secret Service all arrive as OtherError with a GLib
        // message ("Cannot autolaunch D-Bus…", "…was not provided by any .service files", "Unknown error").
        break;
    }
    return SecretJob::Error::Unavailable;
}

/** Drives one QtKeychain job and gives up on it when the keychain does not answer in time. */
class KeychainSecretJob : public SecretJob
{
public:
    KeychainSecretJob(SecretStore* store, QKeychain::Job* keychainJob, Operation operation,
                      std::chrono::milliseconds timeout, const QString& written = {})
        : SecretJob(store)
        , m_keychainJob(keychainJob)
        , m_key(keychainJob->key())
        , m_operation(operation)
        , m_timeout(timeout)
        , m_written(written)
    {
        // The QtKeychain job has no parent and deletes itself after finished(), even when we stopped waiting:
        // libsecret keeps a raw pointer to it until it answers, so nobody else may ever delete it.
        keychainJob->setAutoDelete(true);
        keychainJob->setInsecureFallback(false);
        connect(keychainJob, &QKeychain::Job::finished, this, &KeychainSecretJob::onKeychainFinished);
        m_timer.setSingleShot(true);
        m_timer.setInterval(timeout);
        connect(&m_timer, &QTimer::timeout, this, &KeychainSecretJob::onTimeout);
        m_timer.start();
        keychainJob->start();
    }

private:
    void onKeychainFinished(QKeychain::Job* keychainJob)
    {
        if (m_done) {
            return;
        }
        m_done = true;
        m_timer.stop();
        const Error error = mapError(keychainJob->error());
        QString secret;
        if (error == Error::None && m_operation == Operation::Read) {
            // Read inside the slot: the QtKeychain job is deleted once this returns to the event loop.
            secret = static_cast<QKeychain::ReadPasswordJob*>(keychainJob)->textData();
        }
        QString detail = keychainJob->errorString();
        if (!m_written.isEmpty()) {
            detail.replace(m_written, QStringLiteral("***"));
        }
        m_written.clear();
        if (error == Error::None) {
            qCDebug(lcSecrets) << operationName(m_operation) << m_key << "done";
        } else if (error == Error::NotFound) {
            qCInfo(lcSecrets) << operationName(m_operation) << m_key << "not found";
        } else {
            qCWarning(lcSecrets) << operationName(m_operation) << m_key << "failed:" << error << "QtKeychain"
                                 << int(keychainJob->error()) << Redact::text(detail);
        }
        finish(error, error == Error::None ? QString() : KeychainSecretStore::userMessage(error, detail), secret);
    }

    void onTimeout()
    {
        if (m_done) {
            return;
        }
        m_done = true;
        m_written.clear();
        // A late answer must not reach this job, which is deleted soon after finish(); the QPointer covers a
        // QtKeychain job that is already gone.
        if (m_keychainJob) {
            disconnect(m_keychainJob, nullptr, this, nullptr);
        }
        qCWarning(lcSecrets) << operationName(m_operation) << m_key << "no answer from the keychain after"
                             << m_timeout.count() << "ms; giving up";
        finish(Error::Unavailable, KeychainSecretStore::timeoutMessage(m_timeout));
    }

    QPointer<QKeychain::Job> m_keychainJob;
    QTimer m_timer;
    QString m_key;
    Operation m_operation;
    std::chrono::milliseconds m_timeout;
    QString m_written; ///< only to strip it from the keychain's message; cleared once the job is done
    bool m_done = false;
};

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject* parent) : SecretStore(parent) { }

QString KeychainSecretStore::serviceName()
{
    return QStringLiteral("aep-dataflow-wizard");
}

QString KeychainSecretStore::userMessage(SecretJob::Error error, const QString& detail)
{
    QString sentence;
    switch (error) {
    case SecretJob::Error::None:
        return {};
    case SecretJob::Error::NotFound:
        sentence = tr("No secret is stored in the system keychain for this credential. Enter it again.");
        break;
    case SecretJob::Error::Unavailable:
        sentence = tr("The system keychain (a Secret Service such as GNOME Keyring or KWallet) cannot be reached. "
                      "Unlock or start it and try again, or go on and keep the secret for this session only.");
        break;
    case SecretJob::Error::Denied:
        sentence = tr("The system keychain refused access. Unlock it or allow this program when asked, then try "
                      "again, or go on and keep the secret for this session only.");
        break;
    case SecretJob::Error::Other:
        sentence = tr("The system keychain reported an error. Try again, or go on and keep the secret for this "
                      "session only.");
        break;
    }
    if (detail.isEmpty()) {
        return sentence;
    }
    //: %1 is the keychain's own (untranslated) error message.
    return sentence + QLatin1Char(' ') + tr("Details: %1").arg(detail);
}

QString KeychainSecretStore::timeoutMessage(std::chrono::milliseconds timeout)
{
    const int seconds = int(std::max<qint64>(1, (timeout.count() + 999) / 1000));
    return tr("The system keychain (a Secret Service such as GNOME Keyring or KWallet) did not answer within "
              "%n second(s). Unlock or start it and try again, or go on and keep the secret for this session only.",
              nullptr, seconds);
}

SecretJob* KeychainSecretStore::read(const QString& key)
{
    auto* keychainJob = new QKeychain::ReadPasswordJob(serviceName());
    keychainJob->setKey(key);
    return new KeychainSecretJob(this, keychainJob, Operation::Read, m_timeout);
}

SecretJob* KeychainSecretStore::write(const QString& key, const QString& secret)
{
    auto* keychainJob = new QKeychain::WritePasswordJob(serviceName());
    keychainJob->setKey(key);
    keychainJob->setTextData(secret);
    return new KeychainSecretJob(this, keychainJob, Operation::Write, m_timeout, secret);
}

SecretJob* KeychainSecretStore::remove(const QString& key)
{
    auto* keychainJob = new QKeychain::DeletePasswordJob(serviceName());
    keychainJob->setKey(key);
    return new KeychainSecretJob(this, keychainJob, Operation::Remove, m_timeout);
}
