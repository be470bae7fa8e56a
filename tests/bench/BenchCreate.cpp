// SPDX-License-Identifier: GPL-3.0-or-later
// How long creating the tutorial's dataflow takes, against what it must take. The program's `--apply` of the
// tutorial's recipe runs against a fresh in-process emulator (nothing to reuse) with 0 ms and with 100 ms of latency
// on every response, 5 times each; the same sequence as the exported curl script (`--export-curl`), run call after
// call by bash, curl and jq, runs against the same emulator with 100 ms. Medians:
//   BENCH create_vs_critical_path 1.00 x goal 1.1     apply at 100 ms / (5 x 100 ms + apply at 0 ms)
//   BENCH create_vs_sequential_curl 0.36 x goal 0.65  apply at 100 ms / the curl script at 100 ms
// Five round trips is the longest chain of requests that each need the one before (token, schema, dataset, target
// connection, flow); everything else goes alongside, the checks before the first write with the schema's create.
// The figures behind the ratios go to stderr.
#include "../e2e/TestRunnerFixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace {

constexpr int kRuns = 5;
constexpr int kLatencyMs = 100;
constexpr int kCriticalRoundTrips = 5;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values.at(values.size() / 2);
}

QProcessEnvironment environment(const RunnerFixture& fixture, const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AEP_CLIENT_SECRET"), fixture.platform->options().clientSecret);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/state"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

/** Runs @p program and keeps the event loop turning (the emulator answers in this process); ms, or -1 on failure. */
double timed(const QString& program, const QStringList& arguments, const QProcessEnvironment& env,
             QByteArray* out = nullptr)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    // An event loop that sleeps until something happens: QTest::qWaitFor would sleep 10 ms between its turns, and the
    // emulator, in this process, would answer each request up to that late.
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    process.start(program, arguments);
    deadline.start(120000);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.error() == QProcess::FailedToStart)
        return -1;
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    if (out)
        *out = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QTextStream(stderr) << program << " failed: " << process.readAllStandardError() << '\n';
        return -1;
    }
    return ms;
}

QString writeRecipe(const RunnerFixture& fixture, const QString& dir)
{
    const QString path = dir + QStringLiteral("/recipe.json");
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QJsonDocument(fixture.recipe()).toJson());
    return path;
}

/** One `--apply` on a fresh emulator with @p latencyMs; ms, or -1. */
double applyOnce(int latencyMs, const QString& dir)
{
    RunnerFixture fixture;
    EmulatorOptions options;
    options.latencyMs = latencyMs;
    if (const QString failure = fixture.setUp(options); !failure.isEmpty()) {
        QTextStream(stderr) << "bench_create: " << failure << '\n';
        return -1;
    }
    return timed(QStringLiteral(AEP_WIZARD_BINARY), {QStringLiteral("--apply"), writeRecipe(fixture, dir)},
                 environment(fixture, dir));
}

/** The exported script on a fresh emulator with @p latencyMs, run by bash; ms, or -1. */
double curlOnce(int latencyMs, const QString& dir)
{
    RunnerFixture fixture;
    EmulatorOptions options;
    options.latencyMs = latencyMs;
    if (const QString failure = fixture.setUp(options); !failure.isEmpty())
        return -1;
    QByteArray script;
    QProcessEnvironment env = environment(fixture, dir);
    if (timed(QStringLiteral(AEP_WIZARD_BINARY), {QStringLiteral("--export-curl"), writeRecipe(fixture, dir)}, env,
              &script)
        < 0)
        return -1;
    const QString path = dir + QStringLiteral("/create.sh");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return -1;
    file.write(script);
    file.close();
    const PlatformConfig config = fixture.session->config();
    env.insert(QStringLiteral("ACCESS_TOKEN"), fixture.platform->mintToken());
    env.insert(QStringLiteral("API_KEY"), config.clientId);
    env.insert(QStringLiteral("IMS_ORG"), config.imsOrg);
    env.insert(QStringLiteral("SANDBOX_NAME"), config.sandbox);
    env.insert(QStringLiteral("PLATFORM_URL"), config.platformUrl.toString());
    return timed(QStringLiteral("bash"), {path}, env);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    TestSupport::isolateUserFolders();
    QTemporaryDir dir;
    std::vector<double> fast, slow, curl;
    for (int run = 0; run < kRuns; ++run) {
        const double f = applyOnce(0, dir.path());
        const double s = applyOnce(kLatencyMs, dir.path());
        const double c = curlOnce(kLatencyMs, dir.path());
        if (f < 0 || s < 0 || c < 0) {
            QTextStream(stderr) << "bench_create: a run failed (apply at 0 ms: " << f << ", at " << kLatencyMs
                                << " ms: " << s << ", curl: " << c << ")\n";
            return 1;
        }
        fast.push_back(f);
        slow.push_back(s);
        curl.push_back(c);
    }
    const double fastMs = median(fast);
    const double slowMs = median(slow);
    const double curlMs = median(curl);
    const double critical = kCriticalRoundTrips * kLatencyMs + fastMs;
    QTextStream(stderr) << "create medians over " << kRuns << " runs: --apply " << fastMs << " ms at 0 ms latency, "
                        << slowMs << " ms at " << kLatencyMs << " ms (critical path " << critical
                        << " ms); the curl script " << curlMs << " ms at " << kLatencyMs << " ms\n";
    QTextStream out(stdout);
    out << "BENCH create_vs_critical_path " << QString::number(slowMs / critical, 'f', 2) << " x goal 1.1\n";
    out << "BENCH create_vs_sequential_curl " << QString::number(slowMs / curlMs, 'f', 2) << " x goal 0.65\n";
    return 0;
}
