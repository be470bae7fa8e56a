// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalPlatform.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("aep-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AEP_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Local Adobe Experience Platform emulator"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port to listen on (0 = any)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    parser.addOption(portOption);
    parser.process(app);

    LocalPlatform platform;
    const quint16 port = platform.listen(parser.value(portOption).toUShort());
    if (port == 0) {
        QTextStream(stderr) << "aep-emulator: cannot listen on port " << parser.value(portOption) << '\n';
        return 1;
    }
    QTextStream(stdout) << "listening on " << port << Qt::endl;
    return app.exec();
}
