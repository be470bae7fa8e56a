// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataflowWizard.h"
#include "cli/CommandLine.h"
#include "core/Translator.h"

#include <QApplication>
#include <QTextStream>

#include <memory>

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
    QCoreApplication::setOrganizationName(QStringLiteral("DataflowWizard"));
    QCoreApplication::setApplicationName(QStringLiteral("aep-dataflow-wizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AEP_VERSION));

    const QString scanned = CommandLine::scanLanguage(arguments);
    Translator::install(Translator::supportedLanguages().contains(scanned) ? scanned : Translator::defaultLanguage());

    CommandLine cli;
    if (!cli.parse(arguments)) {
        QTextStream(stderr) << cli.errorText << '\n';
        return 2;
    }
    if (cli.mode == CommandLine::Mode::Help) {
        QTextStream(stdout) << cli.helpText;
        return 0;
    }
    if (cli.mode == CommandLine::Mode::Version) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
                            << '\n';
        return 0;
    }

    DataflowWizard wizard;
    wizard.show();
    return app->exec();
}
