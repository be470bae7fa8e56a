// SPDX-License-Identifier: GPL-3.0-or-later
// The network module (network/, loaded through app/base/NetworkModule): the program starts without Qt Network or
// QtKeychain, finds the module next to itself or in its library folder, and a module that is missing, another
// library or of another version is said with its file and reason, in the window and on the command line.
#include "base/NetworkModule.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestNetworkModule : public QObject
{
    Q_OBJECT

    /** The program's environment for these runs: no keychain, no display, a home of its own, @p module. */
    QProcessEnvironment environment(const QString& module) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_home.path());
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("AEP_ACCESS_TOKEN"), QStringLiteral("not-a-real-token"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("AEP_NETWORK_MODULE"), module);
        return env;
    }

    static void touch(const QString& path)
    {
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }

    /** The shared libraries @p binary loads when it starts, as the dynamic loader resolves them (ldd). */
    static QString loadedAtStart(const QString& binary)
    {
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {binary});
        if (!ldd.waitForFinished(30000) || ldd.exitCode() != 0)
            return {};
        return QString::fromLocal8Bit(ldd.readAllStandardOutput());
    }

    /** A recipe that passes every offline check: --validate reaches its first request. */
    static QString validRecipe()
    {
        return QStringLiteral(AEP_SOURCE_DIR "/tests/fuzz/corpus/recipe/new-schema-daily.json");
    }

private Q_SLOTS:
    void theProgramStartsWithoutQtNetworkOrTheKeychain()
    {
        const QString program = loadedAtStart(QStringLiteral(AEP_WIZARD_BINARY));
        QVERIFY2(program.contains(QLatin1String("libQt6Widgets")), qPrintable(program));
        const QString module = loadedAtStart(QStringLiteral(AEP_NETWORK_MODULE_BUILT));
        for (const char* library : {"libQt6Network", "keychain"}) {
            QVERIFY2(!program.contains(QLatin1String(library)), qPrintable(program));
            QVERIFY2(module.contains(QLatin1String(library)), qPrintable(module));
        }
        QVERIFY2(!program.contains(QLatin1String("libgssapi")), qPrintable(program));
    }

    void theModuleIsLookedForNextToTheProgramThenInItsLibraryFolder()
    {
        const QByteArray saved = qgetenv("AEP_NETWORK_MODULE");
        qunsetenv("AEP_NETWORK_MODULE");
        QTemporaryDir root;
        const QString bin = root.filePath(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(bin));
        QCOMPARE(NetworkModule::path(bin), QString());

        const QString installed
            = QDir(bin).filePath(QStringLiteral(AEP_TEST_MODULE_RELDIR "/") + NetworkModule::fileName());
        touch(installed);
        QCOMPARE(NetworkModule::path(bin), QFileInfo(installed).canonicalFilePath());

        const QString beside = QDir(bin).filePath(NetworkModule::fileName());
        touch(beside);
        QCOMPARE(NetworkModule::path(bin), QFileInfo(beside).canonicalFilePath());

        // The build tree's program finds the build's module beside it.
        QCOMPARE(NetworkModule::path(QFileInfo(QStringLiteral(AEP_WIZARD_BINARY)).path()),
                 QFileInfo(QStringLiteral(AEP_NETWORK_MODULE_BUILT)).canonicalFilePath());

        // AEP_NETWORK_MODULE is taken as it is, even a file that is not there (load() then says so).
        qputenv("AEP_NETWORK_MODULE", root.filePath(QStringLiteral("nowhere.so")).toLocal8Bit());
        QCOMPARE(NetworkModule::path(bin), root.filePath(QStringLiteral("nowhere.so")));
        qputenv("AEP_NETWORK_MODULE", saved);
    }

    void theModuleIsLoadedOnceAndServes()
    {
        QString error;
        NetworkModule::Api* api = NetworkModule::load(&error);
        QVERIFY2(api, qPrintable(error));
        QCOMPARE(NetworkModule::load(), api);
        QVERIFY(api->http());
        QVERIFY(api->http() == api->http()); // one network manager: connections are reused
        QObject owner;
        Http::Backend* own = api->newHttp(&owner);
        QVERIFY(own && own != api->http());
    }

    void theCommandLineSaysWhyItCannotReachThePlatform_data()
    {
        QTest::addColumn<QString>("module");
        QTest::addColumn<QString>("expected");
        const QString missing = m_home.filePath(QStringLiteral("missing/aep-network.so"));
        QTest::newRow("missing")
            << missing
            << QStringLiteral("The network module %1 could not be loaded: there is no such file.").arg(missing);
        QTest::newRow("another library")
            << QStringLiteral(AEP_FAKE_MODULE_WITHOUT_ENTRY)
            << QStringLiteral("The file %1 is not the network module.")
                   .arg(QFileInfo(QStringLiteral(AEP_FAKE_MODULE_WITHOUT_ENTRY)).canonicalFilePath());
        QTest::newRow("another version")
            << QStringLiteral(AEP_FAKE_NETWORK_OTHER_VERSION)
            << QStringLiteral("is version 0.0.0-other, not %1 as the program is.").arg(QStringLiteral(AEP_VERSION));
    }

    void theCommandLineSaysWhyItCannotReachThePlatform()
    {
        QFETCH(QString, module);
        QFETCH(QString, expected);
        QProcess process;
        process.setProcessEnvironment(environment(module));
        process.start(QStringLiteral(AEP_WIZARD_BINARY),
                      {QStringLiteral("--validate"), validRecipe(), QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY(process.waitForFinished(60000));
        const QString errors = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit); // a message, not a crash
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(errors.contains(expected), qPrintable(errors));
        QVERIFY2(!errors.contains(QLatin1String("not-a-real-token")), qPrintable(errors));
    }

    void theWindowSaysItCannotReachThePlatform_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wizard")
            << QStringList{}
            << QStringLiteral(
                   "The wizard cannot reach the Platform: a file installed with it, its network module, is missing");
        QTest::newRow("demo") << QStringList{QStringLiteral("--demo")}
                              << QStringLiteral("The built-in emulator could not start.");
        QTest::newRow("wizard, in French")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")}
            << QStringLiteral("L\u2019assistant ne peut pas joindre Platform\u00a0: un fichier install\u00e9 avec lui");
    }

    /** The window opens all the same, and says why (its warning is also written on stderr). */
    void theWindowSaysItCannotReachThePlatform()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QProcess process;
        process.setProcessEnvironment(environment(QStringLiteral(AEP_FAKE_MODULE_WITHOUT_ENTRY)));
        if (!arguments.contains(QLatin1String("--lang")))
            arguments << QStringLiteral("--lang") << QStringLiteral("en");
        process.start(QStringLiteral(AEP_WIZARD_BINARY), arguments);
        QVERIFY(process.waitForStarted());
        QString errors;
        QTRY_VERIFY_WITH_TIMEOUT((errors += QString::fromUtf8(process.readAllStandardError()),
                                  errors.contains(expected) && errors.contains(QLatin1String("fake_demo_module"))),
                                 60000);
        QCOMPARE(process.state(), QProcess::Running); // the window stays: what was entered is not lost
        process.kill();
        process.waitForFinished();
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestNetworkModule)
#include "TestNetworkModule.moc"
