// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunsPageFixture.h"

/** The Runs page's chart (ui/RunsChartView) on the page: a bar a run in its colours, tooltips, the keyboard. */
class TestRunsChart : public RunsPageFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolateUserFolders();
        QVERIFY(Translator::install(QStringLiteral("en"))); // English figures (1,234), whatever the system's locale
    }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void chartHasOneBarPerRun()
    {
        m_runs = {run(QStringLiteral("r1"), QStringLiteral("success"), 1'700'000'000'000, 90, 10),
                  run(QStringLiteral("r2"), QStringLiteral("success"), 1'700'000'000'000, 50, 0),
                  run(QStringLiteral("r3"), QStringLiteral("failed"), 1'700'003'600'000, 0, 40)};
        openWizard();
        QTRY_COMPARE(view()->rowCount(), 3);
        auto* chart = find<RunsChartView>("runsChartView");
        const RunsChartData& data = chart->data();
        QCOMPARE(data.categories.size(), 3); // r1 and r2 started the same minute: still two bars
        // Newest on the left, as in the table (r3 on its first row); r1 and r2 tie on the start time.
        QCOMPARE(view()->index(0, 0).data(RunsModel::RunIdRole).toString(), QStringLiteral("r3"));
        QCOMPARE(data.written.at(0), 0.0);
        QCOMPARE(data.failed.at(0), 40.0);
        QCOMPARE(data.written.at(1) + data.written.at(2), 140.0);
        // Drawn left to right in that order, side by side, the tallest (r1: 100 records) the highest.
        for (int i = 0; i < 3; ++i)
            QVERIFY(chart->rect().contains(chart->barRect(i)));
        QVERIFY(chart->barRect(0).right() < chart->barRect(1).left());
        QVERIFY(chart->barRect(1).right() < chart->barRect(2).left());
        const int tallest = data.written.at(1) > data.written.at(2) ? 1 : 2;
        for (int i = 0; i < 3; ++i)
            QVERIFY(chart->barRect(tallest).height() >= chart->barRect(i).height());
        QVERIFY(chart->barRect(3).isEmpty());
        QVERIFY(view()
                    ->headerData(RunsModel::StartColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("Newest")));
    }

    void theBarsAreDrawnInTheirColours()
    {
        m_runs = {run(QStringLiteral("r1"), QStringLiteral("partialSuccess"), 1'700'000'000'000, 60, 40)};
        openWizard();
        QTRY_COMPARE(view()->rowCount(), 1);
        auto* chart = find<RunsChartView>("runsChartView");
        const QImage image = chart->grab().toImage();
        const QRect bar = chart->barRect(0);
        const qreal ratio = image.devicePixelRatio();
        const auto pixel = [&](int x, int y) { return image.pixelColor(QPoint(x, y) * ratio).rgb(); };
        // Records written at the bottom, records failed on top (40 of 100 records: the top 40 %).
        QCOMPARE(pixel(bar.center().x(), bar.bottom() - 2), RunStatusStyle::colour(RunTone::Good).rgb());
        QCOMPARE(pixel(bar.center().x(), bar.top() + 2), RunStatusStyle::colour(RunTone::Bad).rgb());
        QCOMPARE(pixel(bar.center().x(), bar.top() + bar.height() * 3 / 10),
                 RunStatusStyle::colour(RunTone::Bad).rgb());
        QCOMPARE(pixel(bar.center().x(), bar.top() + bar.height() * 5 / 10),
                 RunStatusStyle::colour(RunTone::Good).rgb());
    }

    void hoveringABarTellsItsRecords()
    {
        m_runs = {run(QStringLiteral("r1"), QStringLiteral("success"), 1'700'000'000'000, 1234, 5),
                  run(QStringLiteral("r2"), QStringLiteral("failed"), 1'700'003'600'000, 0, 0)};
        openWizard();
        QTRY_COMPARE(view()->rowCount(), 2);
        auto* chart = find<RunsChartView>("runsChartView");
        // The newest (r2, nothing written) is on the left: its column still answers, though its bar is empty.
        const QString empty = chart->toolTipAt(chart->barRect(0).center() - QPoint(0, 20));
        QVERIFY2(empty.contains(QLatin1String("Records written: 0")), qPrintable(empty));
        const QString full = chart->toolTipAt(chart->barRect(1).center());
        QVERIFY2(full.startsWith(chart->data().categories.at(1)), qPrintable(full));
        QVERIFY2(full.contains(QLatin1String("Records written: 1,234")), qPrintable(full));
        QVERIFY2(full.contains(QLatin1String("Records failed: 5")), qPrintable(full));
        QCOMPARE(chart->toolTipAt(QPoint(1, 1)), QString()); // the title, off the bars
        QCOMPARE(chart->barAt(QPoint(1, 1)), -1);
        // The tooltip the user sees is that text.
        QHelpEvent help(QEvent::ToolTip, chart->barRect(1).center(), chart->mapToGlobal(chart->barRect(1).center()));
        QApplication::sendEvent(chart, &help);
        QTRY_COMPARE(QToolTip::text(), full);
    }

    void theKeyboardPicksABar()
    {
        m_runs = {run(QStringLiteral("r1"), QStringLiteral("success"), 1'700'000'000'000, 10, 0),
                  run(QStringLiteral("r2"), QStringLiteral("success"), 1'700'003'600'000, 20, 0),
                  run(QStringLiteral("r3"), QStringLiteral("success"), 1'700'007'200'000, 30, 0)};
        openWizard();
        QTRY_COMPARE(view()->rowCount(), 3);
        auto* chart = find<RunsChartView>("runsChartView");
        chart->setFocus();
        QTRY_VERIFY(chart->hasFocus());
        QCOMPARE(chart->currentBar(), -1);
        QTest::keyClick(chart, Qt::Key_Right);
        QCOMPARE(chart->currentBar(), 0);
        QVERIFY(chart->accessibleDescription().contains(QLatin1String("Records written: 30")));
        QTest::keyClick(chart, Qt::Key_End);
        QCOMPARE(chart->currentBar(), 2);
        QVERIFY(chart->accessibleDescription().contains(QLatin1String("Records written: 10")));
        QTest::keyClick(chart, Qt::Key_Right);
        QCOMPARE(chart->currentBar(), 2);
        QTest::keyClick(chart, Qt::Key_Left);
        QCOMPARE(chart->currentBar(), 1);
        QTest::keyClick(chart, Qt::Key_Home);
        QCOMPARE(chart->currentBar(), 0);
        // Fewer runs (the newest no longer listed): the pick stays on a bar that exists.
        m_runs = {m_runs.at(0), m_runs.at(1)};
        QSignalSpy refreshed(m_page, &RunsPage::refreshed);
        QTest::keyClick(chart, Qt::Key_End);
        m_page->refresh();
        QVERIFY(refreshed.wait());
        QCOMPARE(view()->rowCount(), 2);
        QCOMPARE(chart->currentBar(), 1);
    }

    void paintsThirtyRunsAtTheDefaultSize()
    {
        for (int i = 0; i < 45; ++i)
            m_runs.append(run(QStringLiteral("r%1").arg(i), QStringLiteral("success"),
                              1'700'000'000'000 + i * 3'600'000LL, 1000 + i, i % 3));
        openWizard();
        m_wizard->resize(DataflowWizard::defaultSize());
        QTRY_COMPARE(view()->rowCount(), 45);
        auto* chart = find<RunsChartView>("runsChartView");
        QCOMPARE(chart->data().categories.size(), RunsChart::kMaxRuns); // the table keeps the 45
        QTRY_VERIFY(chart->height() >= chart->minimumHeight());
        int previousRight = -1;
        for (int i = 0; i < RunsChart::kMaxRuns; ++i) {
            const QRect bar = chart->barRect(i);
            QVERIFY2(bar.width() >= 2 && bar.height() > 0, qPrintable(QString::number(i)));
            QVERIFY2(bar.left() > previousRight, qPrintable(QString::number(i)));
            QVERIFY(chart->rect().contains(bar));
            QCOMPARE(chart->barAt(bar.center()), i);
            previousRight = bar.right();
        }
        // Every label would not fit under 30 bars: one every few, none overlapping the next.
        const int labelWidth = chart->fontMetrics().horizontalAdvance(chart->data().categories.first());
        const int stride = RunsChart::labelStride(RunsChart::kMaxRuns, labelWidth,
                                                  chart->barRect(29).right() - chart->barRect(0).left());
        QVERIFY(stride > 1);
        QVERIFY((chart->barRect(stride).center().x() - chart->barRect(0).center().x()) > labelWidth);
        QVERIFY(!chart->grab().isNull());
    }

    void aRefreshThatBringsNothingNewLeavesTheChartAlone()
    {
        m_runs = {run(QStringLiteral("r1"), QStringLiteral("success"), 1'700'000'000'000, 90, 10)};
        openWizard();
        QTRY_COMPARE(view()->rowCount(), 1);
        auto* chart = find<RunsChartView>("runsChartView");
        QSignalSpy rebuilt(chart, &RunsChartView::dataChanged);
        QSignalSpy refreshed(m_page, &RunsPage::refreshed);
        QTest::mouseClick(find<QPushButton>("refreshButton"), Qt::LeftButton);
        QVERIFY(refreshed.wait());
        QCOMPARE(rebuilt.count(), 0);

        m_runs.append(run(QStringLiteral("r2"), QStringLiteral("inProgress"), 1'700'000'900'000, 3, 0));
        QTest::mouseClick(find<QPushButton>("refreshButton"), Qt::LeftButton);
        QVERIFY(refreshed.wait());
        QCOMPARE(rebuilt.count(), 1);
        QCOMPARE(chart->data().categories.size(), 2);
    }
};

QTEST_MAIN(TestRunsChart)
#include "TestRunsChart.moc"
