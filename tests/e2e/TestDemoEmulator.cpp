// SPDX-License-Identifier: GPL-3.0-or-later
// The --demo emulator loaded from its module (app/DemoEmulator): found next to the program or in its library
// folder, serving the socket it is given, and refusing with a clear reason a missing file, another library and
// a module of another version.
#include "DemoEmulator.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

class TestDemoEmulator : public QObject
{
    Q_OBJECT

    /** A socket listening on 127.0.0.1, as the wizard makes it before its window shows. */
    static QTcpServer* listening()
    {
        auto* socket = new QTcpServer;
        if (!socket->listen(QHostAddress::LocalHost, 0))
            qFatal("no loopback port");
        return socket;
    }

    static void touch(const QString& path)
    {
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }

private Q_SLOTS:
    void theModuleIsLookedForNextToTheProgramThenInItsLibraryFolder()
    {
        QTemporaryDir root;
        const QString bin = root.filePath(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(bin));
        QCOMPARE(DemoEmulator::modulePath(bin), QString());

        const QString installed
            = QDir(bin).filePath(QStringLiteral(AEP_DEMO_MODULE_RELDIR "/") + DemoEmulator::moduleFileName());
        touch(installed);
        QCOMPARE(DemoEmulator::modulePath(bin), QFileInfo(installed).canonicalFilePath());

        const QString beside = QDir(bin).filePath(DemoEmulator::moduleFileName());
        touch(beside);
        QCOMPARE(DemoEmulator::modulePath(bin), QFileInfo(beside).canonicalFilePath());
    }

    void theBuildsModuleIsFoundNextToTheWizard()
    {
        QCOMPARE(DemoEmulator::modulePath(QFileInfo(QStringLiteral(AEP_WIZARD_BINARY)).path()),
                 QFileInfo(QStringLiteral(AEP_DEMO_MODULE)).canonicalFilePath());
    }

    void theWizardWithoutItsModuleSaysSoAndStops()
    {
        QTemporaryDir dir;
        const QString wizard = dir.filePath(QStringLiteral("aep-dataflow-wizard"));
        QVERIFY(QFile::copy(QStringLiteral(AEP_WIZARD_BINARY), wizard));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
        env.insert(QStringLiteral("XDG_STATE_HOME"), dir.path());
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        process.setProcessEnvironment(env);
        process.start(wizard, {QStringLiteral("--demo"), QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY(process.waitForFinished(30000));
        const QString errors = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(errors.contains(QStringLiteral("its module %1 is neither").arg(DemoEmulator::moduleFileName())),
                 qPrintable(errors));
    }

    void theModuleServesTheSocketItIsGiven()
    {
        QPointer<QTcpServer> socket = listening();
        const quint16 port = socket->serverPort();
        EmulatorOptions options;
        options.clientId = QStringLiteral("module-client");
        options.clientSecret = QStringLiteral("module-secret");
        QString error;
        std::unique_ptr<QObject> emulator
            = DemoEmulator::start(QStringLiteral(AEP_DEMO_MODULE), socket, options, &error);
        QVERIFY2(emulator, qPrintable(error));

        // It is the emulator, with these options: it gives a token for this credential.
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/ims/token/v3").arg(port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"), options.clientId);
        form.addQueryItem(QStringLiteral("client_secret"), options.clientSecret);
        form.addQueryItem(QStringLiteral("scope"), QStringLiteral("openid,AdobeID"));
        std::unique_ptr<QNetworkReply> reply(network.post(request, form.toString(QUrl::FullyEncoded).toUtf8()));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        QVERIFY(!body.value(QStringLiteral("access_token")).toString().isEmpty());
        emulator.reset();
        QVERIFY(socket.isNull()); // it was the emulator's
    }

    void aMissingFileIsSaidWithItsPath()
    {
        QPointer<QTcpServer> socket = listening();
        QString error;
        QVERIFY(!DemoEmulator::start(QStringLiteral("/nonexistent/aep-demo-emulator.so"), socket, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("/nonexistent/aep-demo-emulator.so")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("could not be loaded")), qPrintable(error));
        QVERIFY(socket.isNull()); // taken, and let go of
    }

    void anotherLibraryIsNotTakenForTheModule()
    {
        QPointer<QTcpServer> socket = listening();
        QString error;
        QVERIFY(!DemoEmulator::start(QStringLiteral(AEP_FAKE_MODULE_WITHOUT_ENTRY), socket, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("is not the emulator module")), qPrintable(error));
        QVERIFY(socket.isNull());
    }

    void aModuleOfAnotherVersionIsRefused()
    {
        QPointer<QTcpServer> socket = listening();
        QString error;
        QVERIFY(!DemoEmulator::start(QStringLiteral(AEP_FAKE_MODULE_OTHER_VERSION), socket, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("0.0.0-other")) && error.contains(QStringLiteral(AEP_VERSION)),
                 qPrintable(error));
        QVERIFY(socket.isNull());
    }
};

QTEST_GUILESS_MAIN(TestDemoEmulator)
#include "TestDemoEmulator.moc"
