// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

/** One asynchronous read, write or delete of a secret; emits finished() exactly once, then deletes itself. */
class SecretJob : public QObject
{
    Q_OBJECT
public:
    enum class Error {
        None,
        NotFound, ///< no entry under that key (only for reads and deletes)
        Unavailable, ///< no usable keychain: no D-Bus session, no Secret Service, locked, or it did not answer
        Denied, ///< the user or the system refused access
        Other,
    };
    Q_ENUM(Error)

    using QObject::QObject;

    Error error() const { return m_error; }
    /** A translated sentence that says what went wrong and what the user can do; never contains the secret. */
    QString errorString() const { return m_errorString; }
    /** The secret read (reads only; empty otherwise). */
    QString secret() const { return m_secret; }

Q_SIGNALS:
    /** Emitted exactly once, always asynchronously (never from inside read()/write()/remove()). */
    void finished(SecretJob* job);

protected:
    void finish(Error error, const QString& errorString, const QString& secret = {});

private:
    Error m_error = Error::None;
    QString m_errorString;
    QString m_secret;
};

/** Where secrets live: the OS keychain (KeychainSecretStore), or memory for this run only (MemorySecretStore). */
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /** The key of a credential's client secret: "<imsUrl>|<imsOrg>|<clientId>". */
    static QString credentialKey(const QString& imsUrl, const QString& imsOrg, const QString& clientId);
    /** The key of the cached access token of that credential (credentialKey + "|token"). */
    static QString tokenKey(const QString& imsUrl, const QString& imsOrg, const QString& clientId);

    /** True when secrets survive the end of this run (a real keychain). */
    virtual bool isPersistent() const = 0;
    virtual SecretJob* read(const QString& key) = 0;
    virtual SecretJob* write(const QString& key, const QString& secret) = 0;
    virtual SecretJob* remove(const QString& key) = 0;
};
