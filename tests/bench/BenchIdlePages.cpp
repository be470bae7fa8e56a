// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI thread's CPU time while each wizard page is shown and left alone for a second (goal: under 1 %).
// The wizard runs on an in-process emulator and goes through every page with the usual choices (WizardDriver::tour).
// Prints one line per page and the highest, on stdout:
//   BENCH idle_cpu_pct_schedule 0.12 % goal 1
//   BENCH idle_cpu_max_pct 0.40 % goal 1
// The counts behind each figure (timer and paint events, completeChanged()) go to stderr.
#include "IdleProbe.h"
#include "TestSupport.h"
#include "WizardDriver.h"

#include <QApplication>
#include <QTextStream>

namespace {

constexpr double kGoalPercent = 1.0;

const char* const kPageNames[]
    = {"credentials", "source", "table", "schema", "dataset", "mapping", "schedule", "review", "runs"};

QString benchLine(const QString& name, double percent)
{
    return QStringLiteral("BENCH %1 %2 % goal %3").arg(name, QString::number(percent, 'f', 2)).arg(kGoalPercent);
}

} // namespace

/** A Qt Test object only because WizardDriver reports with QVERIFY; main() sends the test log to stderr. */
class BenchIdlePages : public QObject
{
    Q_OBJECT

public:
    int pages = 0;

private Q_SLOTS:
    void idleCpu()
    {
        TestSupport::isolateUserFolders();
        WizardDriver d;
        double highest = 0;
        QTextStream out(stdout);
        const QString failure = d.tour([&](PageId page) {
            IdleProbe probe(d.wizard->currentPage());
            const IdleCounts counts = probe.measure(1000);
            const QString name = QLatin1String(kPageNames[int(page)]);
            QTextStream(stderr) << name << ": " << counts.describe() << Qt::endl;
            out << benchLine(QStringLiteral("idle_cpu_pct_") + name, counts.cpuPercent) << Qt::endl;
            highest = qMax(highest, counts.cpuPercent);
            ++pages;
            return true;
        });
        QVERIFY2(failure.isEmpty(), qPrintable(QStringLiteral("waited in vain for ") + failure));
        QCOMPARE(pages, 9);
        out << benchLine(QStringLiteral("idle_cpu_max_pct"), highest) << Qt::endl;
    }
};

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    BenchIdlePages bench;
    // stdout carries only the BENCH lines; Qt Test's own log goes to stderr.
    const int status = QTest::qExec(
        &bench, {QString::fromLocal8Bit(argv[0]), QStringLiteral("-o"), QStringLiteral("/dev/stderr,txt")});
    return status == 0 && bench.pages == 9 ? 0 : 1;
}

#include "BenchIdlePages.moc"
