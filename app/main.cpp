// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialsPage.h"
#include "DataflowWizard.h"
#include "DemoEmulator.h"
#include "FirstPaintProbe.h"
#include "base/Logging.h"
#include "base/NetworkModule.h"
#include "base/Translator.h"
#include "cli/CliRunner.h"
#include "cli/CommandLine.h"
#include "core/LanguageChoice.h"
#include "core/Session.h"
#include "secrets/KeychainSecretStore.h"

#include <QApplication>
#include <QLocale>
#include <QTextStream>

#include <memory>

namespace {

/** Opens the wizard; in demo mode on an in-process emulator whose credential is shown and prefilled. */
int runWizard(const CommandLine& cli)
{
    // Qt Network and QtKeychain come with the network module, loaded once the first page is painted (below); the
    // first request or keychain job would load it earlier.
    const NetworkModule::ReleaseHttpAtEnd releaseHttp; // after everything below is gone
    KeychainSecretStore secrets;
    Session session(NetworkModule::http(), &secrets);
    std::unique_ptr<QObject> emulator;
    DataflowWizard wizard(&session);
    QObject::connect(&wizard, &DataflowWizard::firstPainted, &wizard, [&wizard] {
        QString error;
        if (!NetworkModule::load(&error)) {
            const QString text = QCoreApplication::translate(
                "main",
                "The wizard cannot reach the Platform: a file installed with it, its network module, is missing "
                "or damaged. Reinstalling the program puts it back.");
            QTextStream(stderr) << text << '\n' << error << '\n';
            wizard.credentialsPage()->showWarning(text, error);
        }
    });

    PlatformConfig config;
    if (!cli.platformUrl.isEmpty())
        config.platformUrl = QUrl(cli.platformUrl);
    if (!cli.imsUrl.isEmpty())
        config.imsUrl = QUrl(cli.imsUrl);

    if (cli.mode == CommandLine::Mode::Demo) {
        // The emulator's port is taken now, for the first page to show its address; the emulator itself is made
        // once that page is painted, from its own module: its HTTP server loads Qt HttpServer, WebSockets and the
        // TLS library, which would hold the window back.
        const QString module = DemoEmulator::modulePath(QCoreApplication::applicationDirPath());
        if (module.isEmpty()) {
            QTextStream(stderr) << QCoreApplication::translate(
                                       "main",
                                       "The built-in emulator could not start: its module %1 is neither "
                                       "next to the program nor in its library folder.")
                                       .arg(DemoEmulator::moduleFileName())
                                << '\n';
            return 1;
        }
        quint16 port = 0;
        QString socketError;
        const qintptr socket = DemoEmulator::listenOnLoopback(&port, &socketError);
        if (socket < 0) {
            QTextStream(stderr) << QCoreApplication::translate("main", "The built-in emulator could not start.") << '\n'
                                << socketError << '\n';
            return 1;
        }
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(port));
        EmulatorOptions options;
        options.clock = 60.0; // an hourly schedule runs every minute, so the demo shows runs quickly
        QObject::connect(
            &wizard, &DataflowWizard::firstPainted, &wizard, [&emulator, &wizard, socket, module, options, url] {
                QString error;
                NetworkModule::Api* network = NetworkModule::load(&error);
                QObject* server = network ? network->serverOn(socket, &error) : nullptr;
                if (server)
                    emulator = DemoEmulator::start(module, server, options, &error);
                if (!emulator) {
                    const QString text = QCoreApplication::translate("main", "The built-in emulator could not start.");
                    QTextStream(stderr) << text << '\n' << error << '\n';
                    wizard.credentialsPage()->showWarning(text, error);
                    return;
                }
                // The address, for a look at the emulator with another client (curl...); the log
                // guard keeps its server quiet.
                qCInfo(lcNet) << "demo: the built-in emulator listens at" << url.toString();
            });
        session.setDemo(true);
        config.platformUrl = url;
        config.imsUrl = url;
        config.imsOrg = options.imsOrg;
        config.clientId = options.clientId;
        config.sandbox = QStringLiteral("prod");
        wizard.credentialsPage()->prefill(config, options.clientSecret);
        wizard.credentialsPage()->setRemember(false); // the demo secret has no place in the user's keychain
        wizard.credentialsPage()->showNote(
            QCoreApplication::translate("main",
                                        "Demo mode: the wizard talks to the built-in Platform emulator at %1, not to "
                                        "Adobe. Its credential is filled in (client ID \u201c%2\u201d, client secret "
                                        "\u201c%3\u201d).")
                .arg(url.toString(), options.clientId, options.clientSecret));
    } else if (!cli.platformUrl.isEmpty() || !cli.imsUrl.isEmpty()) {
        wizard.credentialsPage()->prefill(config);
    }
    if (!cli.recipePath.isEmpty()) {
        QStringList problems;
        if (!wizard.openRecipe(cli.recipePath, &problems)) {
            const QString text
                = QCoreApplication::translate("main", "The recipe %1 was not opened.").arg(cli.recipePath);
            QTextStream(stderr) << text << '\n' << problems.join(QLatin1Char('\n')) << '\n';
            wizard.credentialsPage()->showWarning(text, problems.join(QLatin1Char('\n')));
        } else if (!cli.platformUrl.isEmpty() || !cli.imsUrl.isEmpty()) {
            // The command line overrides the recipe's URLs.
            wizard.credentialsPage()->overrideUrls(QUrl(cli.platformUrl), QUrl(cli.imsUrl));
        }
    }
    FirstPaintProbe::installIfAsked(); // the startup benchmark's probe; nothing unless it asks
    wizard.show();
    if (cli.recipePath.isEmpty())
        wizard.offerUnfinishedDraft(); // an earlier run's draft, left unfinished: continue it or start again
    return QApplication::exec();
}

} // namespace

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (CommandLine::isHeadless(arguments))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    // No secret in a log line, whatever QT_LOGGING_RULES turns on (the demo emulator's server, Qt's categories).
    Redact::installLogGuard();
    QCoreApplication::setOrganizationName(QStringLiteral("DataflowWizard"));
    QCoreApplication::setApplicationName(QStringLiteral("aep-dataflow-wizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AEP_VERSION));

    const QString scanned = CommandLine::scanLanguage(arguments);
    // --lang, else the language chosen in the wizard's menu (the system's by default).
    Translator::install(LanguageChoice::startLanguage(scanned, QLocale::system().uiLanguages()));

    CommandLine cli;
    if (!cli.parse(arguments)) {
        QTextStream(stderr) << cli.errorText << '\n';
        return 2;
    }
    switch (cli.mode) {
    case CommandLine::Mode::Help:
        QTextStream(stdout) << cli.helpText;
        return 0;
    case CommandLine::Mode::Version:
        QTextStream(stdout) << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
                            << '\n';
        return 0;
    case CommandLine::Mode::Apply:
    case CommandLine::Mode::Validate:
    case CommandLine::Mode::ExportCurl:
        return CliRunner::run(cli);
    case CommandLine::Mode::Wizard:
    case CommandLine::Mode::Demo:
        break;
    }
    return runWizard(cli);
}
