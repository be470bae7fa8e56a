// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretJobResult.h"
#include "secrets/KeychainSecretStore.h"

#include <QElapsedTimer>
#include <QTest>

/**
 * KeychainSecretStore with no D-Bus session at all (ctest runs it under `env -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY
 * -u XDG_RUNTIME_DIR`): every job finishes quickly with Unavailable and a sentence that tells the user what to do.
 */
class TestKeychainUnavailable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // With a bus or a display this test would test something else (or hang on a keyring prompt).
        QVERIFY(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
        QVERIFY(qEnvironmentVariableIsEmpty("DISPLAY"));
        m_store.setTimeout(std::chrono::seconds(5));
    }

    void unavailable_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("read") << QStringLiteral("read");
        QTest::newRow("write") << QStringLiteral("write");
        QTest::newRow("remove") << QStringLiteral("remove");
    }
    void unavailable()
    {
        QFETCH(QString, operation);
        const QString key = SecretStore::credentialKey(QStringLiteral("https://ims.test"),
                                                       QStringLiteral("ORG@AdobeOrg"), QStringLiteral("client"));
        const QString secret = QStringLiteral("AepSecretMarker-unavailable");
        QElapsedTimer clock;
        clock.start();
        SecretJob* job = operation == QLatin1String("read") ? m_store.read(key)
            : operation == QLatin1String("write")           ? m_store.write(key, secret)
                                                            : m_store.remove(key);
        const auto result = waitForJob(job, 10000);
        QVERIFY2(result, "the job did not finish");
        qInfo().noquote() << operation << "finished after" << clock.elapsed() << "ms:" << result->errorString;
        QCOMPARE(result->error, SecretJob::Error::Unavailable);
        // QtKeychain itself answered ("Cannot autolaunch D-Bus without X11 $DISPLAY"), not our timeout.
        QVERIFY(clock.elapsed() < 5000);
        QVERIFY(result->errorString.contains(QLatin1String("keychain")));
        QVERIFY(result->errorString.contains(QLatin1String("session only")));
        QVERIFY(result->errorString.contains(QLatin1String("Details: ")));
        QVERIFY(!result->errorString.contains(secret));
        QVERIFY(result->secret.isEmpty());
    }

private:
    KeychainSecretStore m_store;
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "TestKeychainUnavailable.moc"
