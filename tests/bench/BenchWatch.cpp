// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI thread while the wizard creates the dataflow and watches its runs, on an in-process emulator (whose work
// runs on that same thread and is counted with it: the figures are an upper bound). Prints:
//   BENCH gui_stall_max_ms 12.3 ms goal 50      the longest gap of a 5 ms timer, from the Review page (Create) until
//                                               the Runs page lists the first runs
//   BENCH runs_watch_cpu_pct 0.8 % goal 2       the GUI thread's CPU while the Runs page watches a flow with 500 runs
//                                               for 30 s (it polls the Platform on its own timer)
// The counts behind each figure go to stderr.
#include "IdleProbe.h"
#include "RunsPage.h"
#include "TestSupport.h"
#include "WizardDriver.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

namespace {

constexpr int kRuns = 500;
constexpr int kWatchMs = 30000;

/** The longest time between two timeouts of a 5 ms timer on the GUI thread while it runs. */
class StallMonitor : public QObject
{
public:
    StallMonitor()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longestNs = qMax(m_longestNs, now - m_lastNs);
            m_lastNs = now;
            ++m_ticks;
        });
    }
    void start()
    {
        m_clock.start();
        m_lastNs = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longestMs() const { return double(m_longestNs) / 1e6; }
    qint64 ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
    qint64 m_ticks = 0;
};

} // namespace

/** A Qt Test object only because WizardDriver reports with QVERIFY; main() sends the test log to stderr. */
class BenchWatch : public QObject
{
    Q_OBJECT

public:
    bool printed = false;

private Q_SLOTS:
    void createAndWatch()
    {
        TestSupport::isolateUserFolders();
        EmulatorOptions options;
        options.rows = 100; // 500 runs of 100 rows each: the runs, not the rows, are what the page shows
        WizardDriver d(options);
        StallMonitor stalls;
        QTextStream out(stdout);
        QTextStream err(stderr);
        const QString failure = d.tour([&](PageId page) {
            if (page == PageId::Review) {
                stalls.start(); // Create is the next click
                return true;
            }
            if (page != PageId::Runs)
                return true;
            stalls.stop();
            err << "stalls: " << stalls.ticks() << " ticks of 5 ms, the longest gap " << stalls.longestMs() << " ms\n";
            out << "BENCH gui_stall_max_ms " << QString::number(stalls.longestMs(), 'f', 1) << " ms goal 50"
                << Qt::endl;

            auto* runs = static_cast<RunsPage*>(d.wizard->pageById(PageId::Runs));
            QSignalSpy refreshed(runs, &RunsPage::refreshed);
            d.platform.advanceClock(qint64(kRuns) * 3600); // an hourly flow: one run an hour
            const auto* table = d.find<QTableView>("runsTableView");
            if (!QTest::qWaitFor([&] { return table->model()->rowCount() >= 100; }, 60000)) {
                err << "the runs table shows " << table->model()->rowCount() << " runs\n";
                return false;
            }
            IdleProbe probe(d.wizard->currentPage());
            const IdleCounts counts = probe.measure(kWatchMs);
            err << "runs page watching " << table->model()->rowCount() << " runs (" << refreshed.count()
                << " refreshes before): " << counts.describe() << '\n';
            out << "BENCH runs_watch_cpu_pct " << QString::number(counts.cpuPercent, 'f', 2) << " % goal 2" << Qt::endl;
            printed = true;
            return true;
        });
        QVERIFY2(failure.isEmpty(), qPrintable(QStringLiteral("waited in vain for ") + failure));
        QVERIFY(printed);
    }
};

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    BenchWatch bench;
    // stdout carries only the BENCH lines; Qt Test's own log goes to stderr.
    const int failed = QTest::qExec(
        &bench, {QString::fromLocal8Bit(argv[0]), QStringLiteral("-o"), QStringLiteral("/dev/stderr,txt")});
    return failed == 0 && bench.printed ? 0 : 1;
}

#include "BenchWatch.moc"
