// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultInjector.h"
#include "LocalPlatform.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("aep-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AEP_VERSION));
    const EmulatorOptions defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Local Adobe Experience Platform emulator (IMS + Platform APIs on "
                                                    "127.0.0.1). See emulator/README.md."));
    parser.addHelpOption();
    parser.addVersionOption();
    const auto option = [&parser](const QString& name, const QString& help, const QString& value,
                                  const QString& fallback) {
        QCommandLineOption created(name, QStringLiteral("%1 (default: %2).").arg(help, fallback), value, fallback);
        parser.addOption(created);
        return created;
    };
    const QCommandLineOption port
        = option(QStringLiteral("port"), QStringLiteral("Port to listen on, 0 = any free port"), QStringLiteral("N"),
                 QStringLiteral("0"));
    const QCommandLineOption clientId
        = option(QStringLiteral("client-id"), QStringLiteral("The one accepted OAuth client id"), QStringLiteral("ID"),
                 defaults.clientId);
    const QCommandLineOption clientSecret = option(QStringLiteral("client-secret"), QStringLiteral("Its client secret"),
                                                   QStringLiteral("S"), defaults.clientSecret);
    const QCommandLineOption org
        = option(QStringLiteral("org"), QStringLiteral("The IMS organisation"), QStringLiteral("ORG"), defaults.imsOrg);
    const QCommandLineOption latency
        = option(QStringLiteral("latency-ms"), QStringLiteral("Delay added to every response"), QStringLiteral("N"),
                 QString::number(defaults.latencyMs));
    const QCommandLineOption rows = option(QStringLiteral("rows"), QStringLiteral("Rows in Hubspot.Contacts"),
                                           QStringLiteral("N"), QString::number(defaults.rows));
    const QCommandLineOption seed = option(QStringLiteral("seed"), QStringLiteral("Seed of the generated rows"),
                                           QStringLiteral("N"), QString::number(defaults.seed));
    const QCommandLineOption clock
        = option(QStringLiteral("clock"), QStringLiteral("Speed of emulated time (60 = a minute a second)"),
                 QStringLiteral("FACTOR"), QString::number(defaults.clock));
    const QCommandLineOption xdmDir
        = option(QStringLiteral("xdm-dir"),
                 QStringLiteral("Serve the standard XDM definitions found in DIR instead of the built-in ones"),
                 QStringLiteral("DIR"), QStringLiteral("built-in"));
    QCommandLineOption fault(
        QStringLiteral("fault"),
        QStringLiteral("Inject a fault, repeatable: [METHOD:]PATH=ACTION[,key=value...] (see README)."),
        QStringLiteral("SPEC"));
    parser.addOption(fault);
    parser.process(app);

    EmulatorOptions options;
    options.clientId = parser.value(clientId);
    options.clientSecret = parser.value(clientSecret);
    options.imsOrg = parser.value(org);
    bool ok = true;
    const auto number = [&](const QCommandLineOption& which) {
        bool parsed = false;
        const double value = parser.value(which).toDouble(&parsed);
        ok = ok && parsed && value >= 0;
        return value;
    };
    options.latencyMs = int(number(latency));
    options.rows = int(number(rows));
    options.seed = quint32(number(seed));
    options.clock = number(clock);
    const quint16 wanted = quint16(number(port));
    if (!ok || options.clock <= 0) {
        QTextStream(stderr) << "aep-emulator: numeric options must be non-negative numbers (clock > 0)\n";
        return 2;
    }
    if (parser.value(xdmDir) != QLatin1String("built-in")) {
        options.xdmDir = parser.value(xdmDir);
    }
    options.faults = parser.values(fault);
    for (const QString& spec : options.faults) {
        FaultInjector::Fault parsed;
        QString error;
        if (!FaultInjector::parse(spec, &parsed, &error)) {
            QTextStream(stderr) << "aep-emulator: bad --fault " << spec << ": " << error << '\n';
            return 2;
        }
    }
    LocalPlatform platform(options);
    const quint16 bound = platform.listen(wanted);
    if (bound == 0) {
        QTextStream(stderr) << "aep-emulator: cannot listen on port " << wanted << '\n';
        return 1;
    }
    QTextStream(stdout) << "listening on " << bound << Qt::endl;
    return app.exec();
}
