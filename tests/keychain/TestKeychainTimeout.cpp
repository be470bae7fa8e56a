// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretJobResult.h"
#include "secrets/KeychainSecretStore.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QElapsedTimer>
#include <QMutex>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

namespace {

/** A stuck Secret Service: it owns org.freedesktop.secrets and takes every call without answering, until told. */
class SilentSecretService : public QDBusVirtualObject
{
public:
    bool handleMessage(const QDBusMessage& message, const QDBusConnection& connection) override
    {
        // QtDBus may call this from its own thread.
        const QMutexLocker lock(&m_mutex);
        if (m_answer) {
            connection.send(errorReply(message));
        } else {
            m_pending.append(message);
        }
        return true;
    }
    QString introspect(const QString&) const override { return {}; }

    qsizetype pendingCount()
    {
        const QMutexLocker lock(&m_mutex);
        return m_pending.size();
    }

    /** From now on every call, the pending ones first, gets an error reply. */
    void answerWithErrors(const QDBusConnection& connection)
    {
        const QMutexLocker lock(&m_mutex);
        m_answer = true;
        for (const QDBusMessage& message : std::as_const(m_pending)) {
            connection.send(errorReply(message));
        }
        m_pending.clear();
    }

private:
    static QDBusMessage errorReply(const QDBusMessage& message)
    {
        return message.createErrorReply(QDBusError::Failed, QStringLiteral("fake secret service refuses"));
    }

    QMutex m_mutex;
    QList<QDBusMessage> m_pending;
    bool m_answer = false;
};

} // namespace

/**
 * KeychainSecretStore's own timeout. ctest runs this under `dbus-run-session`; the test owns org.freedesktop.secrets
 * on that private bus and never answers, as a stuck Secret Service does. Jobs must finish with Unavailable after the
 * configured timeout, and the late answers that come afterwards must be ignored without touching freed memory
 * (ASan build).
 */
class TestKeychainTimeout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run me under dbus-run-session");
        m_bus = QDBusConnection::sessionBus();
        QVERIFY2(m_bus.isConnected(), qPrintable(m_bus.lastError().message()));
        QVERIFY(m_bus.registerVirtualObject(QStringLiteral("/org/freedesktop/secrets"), &m_service,
                                            QDBusConnection::SubPath));
        QVERIFY2(m_bus.registerService(QStringLiteral("org.freedesktop.secrets")),
                 qPrintable(m_bus.lastError().message()));
    }

    void cleanupTestCase()
    {
        m_bus.unregisterService(QStringLiteral("org.freedesktop.secrets"));
        m_bus.unregisterObject(QStringLiteral("/org/freedesktop/secrets"), QDBusConnection::UnregisterTree);
    }

    void timesOut()
    {
        KeychainSecretStore store;
        QCOMPARE(store.timeout(), KeychainSecretStore::defaultTimeout);
        QCOMPARE(store.timeout(), std::chrono::milliseconds(10000));
        const std::chrono::milliseconds timeout(400);
        store.setTimeout(timeout);
        const QString key = QStringLiteral("test-keychain-timeout|key");
        const QString secret = QStringLiteral("AepSecretMarker-timeout");

        QElapsedTimer clock;
        clock.start();
        SecretJob* read = store.read(key);
        // QtKeychain runs its jobs one at a time, so this write waits behind the stuck read and times out too.
        SecretJob* write = store.write(key, secret);
        m_readSpy = std::make_unique<QSignalSpy>(read, &SecretJob::finished);
        m_writeSpy = std::make_unique<QSignalSpy>(write, &SecretJob::finished);
        QList<SecretJobResult> results;
        QList<qint64> elapsed;
        QObject context;
        for (SecretJob* job : {read, write}) {
            connect(job, &SecretJob::finished, &context, [&](SecretJob* finished) {
                elapsed.append(clock.elapsed());
                results.append({finished->error(), finished->errorString(), finished->secret()});
            });
        }
        QPointer<SecretJob> readAlive(read);
        QPointer<SecretJob> writeAlive(write);

        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 5000);
        qInfo() << "timed out after" << elapsed << "ms";
        for (int i = 0; i < 2; ++i) {
            // QTimer may fire up to 5 % early; much later would mean something else ended the job.
            QVERIFY(elapsed.at(i) >= 380);
            QVERIFY(elapsed.at(i) < 3000);
            QCOMPARE(results.at(i).error, SecretJob::Error::Unavailable);
            QCOMPARE(results.at(i).errorString, KeychainSecretStore::timeoutMessage(timeout));
            QVERIFY(results.at(i).errorString.contains(QLatin1String("keychain")));
            QVERIFY(!results.at(i).errorString.contains(secret));
            QVERIFY(results.at(i).secret.isEmpty());
        }
        // The call reached the fake service and is still unanswered: the timeout, not an error, ended the jobs.
        QVERIFY(m_service.pendingCount() > 0);
        // Our jobs are gone; the QtKeychain jobs they gave up on are still waiting for libsecret.
        QTRY_VERIFY(readAlive.isNull());
        QTRY_VERIFY(writeAlive.isNull());
    }

    void lateAnswersAreIgnored()
    {
        // The stuck calls now get answers; the QtKeychain jobs that our timed-out jobs gave up on finish and
        // delete themselves. Under ASan a late answer reaching a deleted SecretJob would abort here.
        m_service.answerWithErrors(m_bus);
        KeychainSecretStore store; // default timeout: this job must finish through an answer, not a timeout
        QElapsedTimer clock;
        clock.start();
        const auto result = waitForJob(store.read(QStringLiteral("test-keychain-timeout|after")), 20000);
        QVERIFY2(result, "QtKeychain's queue stayed stuck after the late answers");
        qInfo().noquote() << "answered after" << clock.elapsed() << "ms:" << result->errorString;
        QCOMPARE(result->error, SecretJob::Error::Unavailable);
        QVERIFY(clock.elapsed() < 9000);
        QVERIFY(result->errorString != KeychainSecretStore::timeoutMessage(store.timeout()));
        QVERIFY(result->errorString.contains(QLatin1String("Details: ")));

        QTest::qWait(100);
        // Each timed-out job emitted finished() exactly once, late answers notwithstanding.
        QCOMPARE(m_readSpy->count(), 1);
        QCOMPARE(m_writeSpy->count(), 1);
    }

private:
    QDBusConnection m_bus{QString()};
    SilentSecretService m_service;
    std::unique_ptr<QSignalSpy> m_readSpy;
    std::unique_ptr<QSignalSpy> m_writeSpy;
};

QTEST_GUILESS_MAIN(TestKeychainTimeout)
#include "TestKeychainTimeout.moc"
