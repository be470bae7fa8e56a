// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/KeychainSecretStore.h"

#include "base/Logging.h"
#include "base/NetworkModule.h"

#include <QTimer>

namespace {

using NetworkModule::KeychainOperation;

const char* operationName(KeychainOperation operation)
{
    switch (operation) {
    case KeychainOperation::Read:
        return "read";
    case KeychainOperation::Write:
        return "write";
    case KeychainOperation::Remove:
        return "remove";
    }
    return "?";
}

SecretJob::Error mapError(NetworkModule::KeychainError error)
{
    switch (error) {
    case NetworkModule::KeychainNoError:
        return SecretJob::Error::None;
    case NetworkModule::KeychainEntryNotFound:
        return SecretJob::Error::NotFound;
    case NetworkModule::KeychainAccessDenied:
    case NetworkModule::KeychainAccessDeniedByUser:
        return SecretJob::Error::Denied;
    case NetworkModule::KeychainCouldNotDeleteEntry:
    case NetworkModule::KeychainNoBackendAvailable:
    case NetworkModule::KeychainNotImplemented:
    case NetworkModule::KeychainOtherError:
        // On Linux a missing bus, a missing or locked Secret Service all arrive as OtherError with a GLib
        // message ("Cannot autolaunch D-Bus…", "…was not provided by any .service files", "Unknown error").
        break;
    }
    return SecretJob::Error::Unavailable;
}

/** Drives one QtKeychain job (in the network module) and gives up on it when the keychain does not answer in time. */
class KeychainSecretJob : public SecretJob
{
public:
    KeychainSecretJob(SecretStore* store, KeychainOperation operation, const QString& key,
                      std::chrono::milliseconds timeout, const QString& written = {})
        : SecretJob(store), m_key(key), m_operation(operation), m_timeout(timeout), m_written(written)
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(timeout);
        connect(&m_timer, &QTimer::timeout, this, &KeychainSecretJob::onTimeout);
        QString moduleError;
        NetworkModule::Api* module = NetworkModule::load(&moduleError);
        if (!module) {
            m_done = true;
            m_written.clear();
            qCWarning(lcSecrets) << operationName(m_operation) << m_key << "no keychain:" << moduleError;
            finish(Error::Unavailable, KeychainSecretStore::userMessage(Error::Unavailable, moduleError));
            return;
        }
        m_timer.start();
        m_call = module->keychain(operation, KeychainSecretStore::serviceName(), key, written,
                                  [this](const NetworkModule::KeychainAnswer& answer) { onAnswer(answer); });
    }

private:
    void onAnswer(const NetworkModule::KeychainAnswer& answer)
    {
        if (m_done) {
            return;
        }
        m_done = true;
        m_timer.stop();
        const Error error = mapError(answer.error);
        QString detail = answer.errorString;
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
                                 << int(answer.error) << Redact::text(detail);
        }
        finish(error, error == Error::None ? QString() : KeychainSecretStore::userMessage(error, detail),
               error == Error::None && m_operation == KeychainOperation::Read ? answer.secret : QString());
    }

    void onTimeout()
    {
        if (m_done) {
            return;
        }
        m_done = true;
        m_written.clear();
        // A late answer must not reach this job, which is deleted soon after finish(): the call stops listening
        // (the QtKeychain job itself runs to its end and deletes itself).
        m_call.reset();
        qCWarning(lcSecrets) << operationName(m_operation) << m_key << "no answer from the keychain after"
                             << m_timeout.count() << "ms; giving up";
        finish(Error::Unavailable, KeychainSecretStore::timeoutMessage(m_timeout));
    }

    std::unique_ptr<Http::Exchange> m_call;
    QTimer m_timer;
    QString m_key;
    KeychainOperation m_operation;
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
    return new KeychainSecretJob(this, KeychainOperation::Read, key, m_timeout);
}

SecretJob* KeychainSecretStore::write(const QString& key, const QString& secret)
{
    return new KeychainSecretJob(this, KeychainOperation::Write, key, m_timeout, secret);
}

SecretJob* KeychainSecretStore::remove(const QString& key)
{
    return new KeychainSecretJob(this, KeychainOperation::Remove, key, m_timeout);
}
