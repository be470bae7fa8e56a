// SPDX-License-Identifier: GPL-3.0-or-later
// How soon the wizard shows its first page, against a bare QWizard program built alongside (BareWizard.cpp): each
// program is started 15 times in turn (offscreen, no keychain, an empty home), and the time from QProcess::start() to
// the first wizard page painted (the program prints it: ui/FirstPaintProbe) is taken; the medians are divided.
//   BENCH startup_ratio 1.21 x goal 1.3
//   BENCH startup_demo_ratio 1.33 x goal 1.4   (the wizard with --demo: the in-process emulator starts too)
// The medians themselves go to stderr.
#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <vector>

namespace {

constexpr int kRuns = 15;

qint64 nowMicros()
{
    return qint64(
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count());
}

/** Start to first paint in ms, or a negative number when the program did not say it painted. */
double startToPaint(const QString& program, const QStringList& arguments, const QProcessEnvironment& env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    const qint64 started = nowMicros();
    process.start(program, arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
        if (line.startsWith("painted "))
            return double(line.mid(8).toLongLong() - started) / 1000.0;
    }
    return -1;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AEP_QUIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    for (const char* xdg : {"XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"})
        env.insert(QLatin1String(xdg), home.path() + QLatin1Char('/') + QLatin1String(xdg));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));

    const QString bare = QStringLiteral(AEP_BARE_WIZARD_BINARY);
    const QString wizard = QStringLiteral(AEP_WIZARD_BINARY);
    std::vector<double> bareTimes, wizardTimes, demoTimes;
    QTextStream err(stderr);
    // Interleaved, so that a busy moment of a shared machine weighs on the three alike; one warm-up run each first.
    for (int run = -1; run < kRuns; ++run) {
        const double b = startToPaint(bare, {}, env);
        const double w = startToPaint(wizard, {}, env);
        const double d = startToPaint(wizard, {QStringLiteral("--demo")}, env);
        if (b < 0 || w < 0 || d < 0) {
            err << "bench_startup: a program did not report its first paint (bare " << b << ", wizard " << w
                << ", demo " << d << ")\n";
            return 1;
        }
        if (run < 0)
            continue;
        bareTimes.push_back(b);
        wizardTimes.push_back(w);
        demoTimes.push_back(d);
    }
    const double bareMs = median(bareTimes);
    const double wizardMs = median(wizardTimes);
    const double demoMs = median(demoTimes);
    err << "startup medians over " << kRuns << " runs: bare QWizard " << bareMs << " ms, wizard " << wizardMs
        << " ms, wizard --demo " << demoMs << " ms\n";
    QTextStream out(stdout);
    out << "BENCH startup_ratio " << QString::number(wizardMs / bareMs, 'f', 2) << " x goal 1.3\n";
    out << "BENCH startup_demo_ratio " << QString::number(demoMs / bareMs, 'f', 2) << " x goal 1.4\n";
    return 0;
}
