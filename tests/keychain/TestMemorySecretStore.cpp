// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretJobResult.h"
#include "TestSupport.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>

/** MemorySecretStore: the store of this run only, its asynchronous jobs and its failure hook; the key format. */
class TestMemorySecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { TestSupport::isolateUserFolders(); }

    void notPersistent() { QVERIFY(!MemorySecretStore().isPersistent()); }

    void writeReadOverwriteRemove()
    {
        MemorySecretStore store;
        const QString key = SecretStore::credentialKey(QStringLiteral("https://ims.test"),
                                                       QStringLiteral("ORG@AdobeOrg"), QStringLiteral("client"));
        {
            AEP_VERIFY_SECRET_OK(store.write(key, QStringLiteral("first")), written);
            QVERIFY(written->secret.isEmpty());
        }
        {
            AEP_VERIFY_SECRET_OK(store.read(key), read);
            QCOMPARE(read->secret, QStringLiteral("first"));
        }
        {
            AEP_VERIFY_SECRET_OK(store.write(key, QStringLiteral("second")), overwritten);
        }
        {
            AEP_VERIFY_SECRET_OK(store.read(key), read);
            QCOMPARE(read->secret, QStringLiteral("second"));
        }
        {
            AEP_VERIFY_SECRET_OK(store.remove(key), removed);
        }
        QVERIFY(!store.contains(key));
        const auto missing = waitForJob(store.read(key));
        QVERIFY(missing);
        QCOMPARE(missing->error, SecretJob::Error::NotFound);
        QVERIFY(missing->secret.isEmpty());
        QVERIFY(!missing->errorString.isEmpty());
        // Removing what is not there succeeds, as with the Secret Service.
        AEP_VERIFY_SECRET_OK(store.remove(key), removedAgain);
    }

    void nonAsciiAndEmptySecrets()
    {
        MemorySecretStore store;
        const QString secret = QStringLiteral("pässwörd-秘密-🔑");
        AEP_VERIFY_SECRET_OK(store.write(QStringLiteral("k"), secret), written);
        AEP_VERIFY_SECRET_OK(store.read(QStringLiteral("k")), read);
        QCOMPARE(read->secret, secret);
        AEP_VERIFY_SECRET_OK(store.write(QStringLiteral("empty"), QString()), writtenEmpty);
        AEP_VERIFY_SECRET_OK(store.read(QStringLiteral("empty")), readEmpty);
        QVERIFY(readEmpty->secret.isEmpty());
    }

    void keysDoNotCollide()
    {
        MemorySecretStore store;
        const QString a = SecretStore::credentialKey(QStringLiteral("u"), QStringLiteral("o"), QStringLiteral("a"));
        const QString b = SecretStore::credentialKey(QStringLiteral("u"), QStringLiteral("o"), QStringLiteral("b"));
        const QString token = SecretStore::tokenKey(QStringLiteral("u"), QStringLiteral("o"), QStringLiteral("a"));
        AEP_VERIFY_SECRET_OK(store.write(a, QStringLiteral("A")), wa);
        AEP_VERIFY_SECRET_OK(store.write(b, QStringLiteral("B")), wb);
        AEP_VERIFY_SECRET_OK(store.write(token, QStringLiteral("T")), wt);
        AEP_VERIFY_SECRET_OK(store.read(a), ra);
        AEP_VERIFY_SECRET_OK(store.read(b), rb);
        AEP_VERIFY_SECRET_OK(store.read(token), rt);
        QCOMPARE(ra->secret, QStringLiteral("A"));
        QCOMPARE(rb->secret, QStringLiteral("B"));
        QCOMPARE(rt->secret, QStringLiteral("T"));
    }

    void asynchronousAndExactlyOnce()
    {
        MemorySecretStore store;
        // Each operation: finished() is not emitted before the call returns, then exactly once, then the job goes.
        const QList<SecretJob*> jobs{store.write(QStringLiteral("k"), QStringLiteral("v")),
                                     store.read(QStringLiteral("k")), store.remove(QStringLiteral("k")),
                                     store.read(QStringLiteral("k"))};
        QList<QPointer<SecretJob>> alive;
        QList<QSharedPointer<QSignalSpy>> spies;
        for (SecretJob* job : jobs) {
            // Created before this loop, so a signal emitted from inside write()/read()/remove() would be lost
            // here and counted as 0, and the later check for exactly one would fail.
            alive.append(job);
            spies.append(QSharedPointer<QSignalSpy>::create(job, &SecretJob::finished));
            QCOMPARE(spies.last()->count(), 0);
        }
        QTRY_VERIFY(std::all_of(alive.cbegin(), alive.cend(), [](const QPointer<SecretJob>& p) { return p.isNull(); }));
        QTest::qWait(20);
        for (int i = 0; i < spies.size(); ++i) {
            QCOMPARE(spies.at(i)->count(), 1);
            QCOMPARE(spies.at(i)->first().first().value<SecretJob*>(), jobs.at(i));
        }
    }

    void failureHook_data()
    {
        QTest::addColumn<SecretJob::Error>("error");
        QTest::newRow("not found") << SecretJob::Error::NotFound;
        QTest::newRow("unavailable") << SecretJob::Error::Unavailable;
        QTest::newRow("denied") << SecretJob::Error::Denied;
        QTest::newRow("other") << SecretJob::Error::Other;
    }
    void failureHook()
    {
        QFETCH(SecretJob::Error, error);
        MemorySecretStore store;
        AEP_VERIFY_SECRET_OK(store.write(QStringLiteral("k"), QStringLiteral("kept")), before);

        store.setFailure(error);
        // One job at a time: a job deletes itself once it has finished, so it is listened to before the loop runs.
        const QList<std::function<SecretJob*()>> operations{
            [&store] { return store.read(QStringLiteral("k")); },
            [&store] { return store.write(QStringLiteral("k"), QStringLiteral("lost")); },
            [&store] { return store.remove(QStringLiteral("k")); },
        };
        for (const auto& start : operations) {
            const auto result = waitForJob(start());
            QVERIFY(result);
            QCOMPARE(result->error, error);
            // The same sentence as the real keychain's, so a GUI test shows what a user would see.
            QCOMPARE(result->errorString, KeychainSecretStore::userMessage(error));
            QVERIFY(result->secret.isEmpty());
        }
        QVERIFY(store.contains(QStringLiteral("k")));

        store.clearFailure();
        AEP_VERIFY_SECRET_OK(store.read(QStringLiteral("k")), after);
        QCOMPARE(after->secret, QStringLiteral("kept"));
    }

    void failureHookMessageAndCount()
    {
        MemorySecretStore store;
        store.setFailure(SecretJob::Error::Unavailable, QStringLiteral("custom message"), 2);
        for (int i = 0; i < 2; ++i) {
            const auto failed = waitForJob(store.write(QStringLiteral("k"), QStringLiteral("v")));
            QVERIFY(failed);
            QCOMPARE(failed->error, SecretJob::Error::Unavailable);
            QCOMPARE(failed->errorString, QStringLiteral("custom message"));
        }
        // Only the next two operations failed: a "Retry" after them works.
        AEP_VERIFY_SECRET_OK(store.write(QStringLiteral("k"), QStringLiteral("v")), retried);
        AEP_VERIFY_SECRET_OK(store.read(QStringLiteral("k")), read);
        QCOMPARE(read->secret, QStringLiteral("v"));
    }

    void keyFormat()
    {
        const QString url = QStringLiteral("https://ims-na1.adobelogin.com");
        const QString org = QStringLiteral("0123ABCD@AdobeOrg");
        const QString client = QStringLiteral("abcdef0123456789");
        QCOMPARE(SecretStore::credentialKey(url, org, client),
                 QStringLiteral("https://ims-na1.adobelogin.com|0123ABCD@AdobeOrg|abcdef0123456789"));
        QCOMPARE(SecretStore::tokenKey(url, org, client),
                 QStringLiteral("https://ims-na1.adobelogin.com|0123ABCD@AdobeOrg|abcdef0123456789|token"));
        QVERIFY(SecretStore::credentialKey(url, org, client) != SecretStore::credentialKey(url, org, client + 'x'));
    }

    void userMessages()
    {
        QVERIFY(KeychainSecretStore::userMessage(SecretJob::Error::None).isEmpty());
        const QString unavailable
            = KeychainSecretStore::userMessage(SecretJob::Error::Unavailable, QStringLiteral("D"));
        QVERIFY(unavailable.contains(QLatin1String("keychain")));
        QVERIFY(unavailable.contains(QLatin1String("session only")));
        QVERIFY(unavailable.endsWith(QLatin1String("Details: D")));
        QVERIFY(
            KeychainSecretStore::timeoutMessage(std::chrono::milliseconds(300)).contains(QLatin1String("1 second")));
        QVERIFY(KeychainSecretStore::timeoutMessage(std::chrono::seconds(10)).contains(QLatin1String("10 second")));
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "TestMemorySecretStore.moc"
