// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunsPageFixture.h"

/** The Runs page against a scripted /runs: paging, refreshes that never overlap, errors, the clock and the link. */
class TestRunsPage : public RunsPageFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { TestSupport::isolateUserFolders(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void listsEveryPageOfRuns()
    {
        m_runs = {run(QStringLiteral("r1"), QStringLiteral("success"), 1'700'000'000'000, 100, 0),
                  run(QStringLiteral("r2"), QStringLiteral("success"), 1'700'003'600'000, 5, 0),
                  run(QStringLiteral("r3"), QStringLiteral("inProgress"), 1'700'007'200'000, 0, 0)};
        openWizard();
        QTRY_COMPARE(view()->rowCount(), 3);
        QCOMPARE(runRequests(), 2);
        const QList<RecordedRequest>& requests = m_server->requests();
        QCOMPARE(requests.first().query.queryItemValue(QStringLiteral("property"), QUrl::FullyDecoded),
                 QStringLiteral("flowId==") + kFlowId);
        QCOMPARE(requests.last().query.queryItemValue(QStringLiteral("continuationToken")), QStringLiteral("2"));
        // Newest first, status in words.
        QCOMPARE(view()->index(0, RunsModel::StatusColumn).data().toString(), QStringLiteral("In progress"));
        QCOMPARE(view()->index(2, RunsModel::ReadColumn).data().toString(), QStringLiteral("100"));
        QVERIFY(!view()->index(2, RunsModel::StatusColumn).data(Qt::DecorationRole).isNull());
        QCOMPARE(find<QLineEdit>("flowIdLineEdit")->text(), kFlowId);
    }

    void aSecondRefreshShowsTheNewRun()
    {
        m_runs = {run(QStringLiteral("r1"), QStringLiteral("success"), 1'700'000'000'000, 10, 0)};
        openWizard();
        QTRY_COMPARE(view()->rowCount(), 1);
        m_runs.append(run(QStringLiteral("r2"), QStringLiteral("inProgress"), 1'700'000'900'000, 0, 0));
        QTest::mouseClick(find<QPushButton>("refreshButton"), Qt::LeftButton);
        QTRY_COMPARE(view()->rowCount(), 2);
        QCOMPARE(view()->index(0, 0).data(RunsModel::RunIdRole).toString(), QStringLiteral("r2"));

        // And by itself, on the timer: r2 finishes and r3 appears.
        m_runs[1] = run(QStringLiteral("r2"), QStringLiteral("success"), 1'700'000'900'000, 7, 0);
        m_runs.append(run(QStringLiteral("r3"), QStringLiteral("inProgress"), 1'700'001'800'000, 0, 0));
        m_page->setRefreshInterval(100);
        QTRY_COMPARE(view()->rowCount(), 3);
        QTRY_COMPARE(view()->index(1, RunsModel::StatusColumn).data().toString(), QStringLiteral("Succeeded"));
    }

    void laterRefreshesAskOnlyForTheRunsThatMayHaveChanged()
    {
        // 30 runs an hour apart, the newest still running: the first refresh lists all (15 pages of 2), the next
        // ones only those started since the running one (less RunsRefresh's margin): one page.
        constexpr qint64 kHour = 3'600'000;
        constexpr qint64 kFirst = 1'700'000'000'000;
        for (int i = 0; i < 30; ++i)
            m_runs.prepend(run(QStringLiteral("r%1").arg(i),
                               i == 29 ? QStringLiteral("inProgress") : QStringLiteral("success"), kFirst + i * kHour,
                               10, 0));
        openWizard();
        QTRY_COMPARE(view()->rowCount(), 30);
        QCOMPARE(runRequests(), 15);
        m_runs[0] = run(QStringLiteral("r29"), QStringLiteral("success"), kFirst + 29 * kHour, 12, 0);
        m_runs.prepend(run(QStringLiteral("r30"), QStringLiteral("inProgress"), kFirst + 30 * kHour, 0, 0));
        QSignalSpy refreshed(m_page, &RunsPage::refreshed);
        QTest::mouseClick(find<QPushButton>("refreshButton"), Qt::LeftButton);
        QVERIFY(refreshed.wait());
        QCOMPARE(runRequests(), 16);
        const QStringList properties
            = m_server->requests().last().query.allQueryItemValues(QStringLiteral("property"), QUrl::FullyDecoded);
        QCOMPARE(properties,
                 (QStringList{QStringLiteral("flowId==") + kFlowId,
                              QStringLiteral("metrics.durationSummary.startedAtUTC>=%1")
                                  .arg(kFirst + 29 * kHour - RunsRefresh::kMarginMs)}));
        // Every run is still there, the new one first, the one that finished updated.
        QCOMPARE(view()->rowCount(), 31);
        QCOMPARE(view()->index(0, 0).data(RunsModel::RunIdRole).toString(), QStringLiteral("r30"));
        QCOMPARE(view()->index(1, RunsModel::StatusColumn).data().toString(), QStringLiteral("Succeeded"));
        QCOMPARE(view()->index(30, 0).data(RunsModel::RunIdRole).toString(), QStringLiteral("r0"));
    }

    void refreshesNeverOverlap()
    {
        m_runs = {run(QStringLiteral("r1"), QStringLiteral("success"), 1'700'000'000'000, 10, 0)};
        m_delayMs = 400;
        openWizard();
        QVERIFY(m_page->isRefreshing());
        QSignalSpy refreshed(m_page, &RunsPage::refreshed);
        // Impatient clicks and a fast timer while the first answer is still on its way.
        m_page->setRefreshInterval(30);
        for (int i = 0; i < 3; ++i)
            QTest::mouseClick(find<QPushButton>("refreshButton"), Qt::LeftButton);
        QTest::qWait(150);
        QCOMPARE(runRequests(), 1);
        QTRY_VERIFY(refreshed.count() >= 2);
        m_page->setRefreshInterval(60'000);
        QTRY_VERIFY(!m_page->isRefreshing());
        // Each request went out only after the previous answer came back.
        const QList<RecordedRequest>& requests = m_server->requests();
        for (qsizetype i = 1; i < requests.size(); ++i)
            QVERIFY2(requests.at(i).receivedAtMs - requests.at(i - 1).receivedAtMs >= m_delayMs - 50,
                     qPrintable(QStringLiteral("request %1 came %2 ms after the previous one")
                                    .arg(i)
                                    .arg(requests.at(i).receivedAtMs - requests.at(i - 1).receivedAtMs)));
    }

    void aFailedRunShowsItsErrors()
    {
        m_runs = {run(QStringLiteral("bad"), QStringLiteral("FAILED"), 1'700'000'000'000, 0, 12,
                      QJsonArray{error("CONNECTOR-2001-500", "12 of 12 records failed.")},
                      QJsonArray{error("MAPPER-3700-400", "Mapper Transform Error")})};
        openWizard();
        QTRY_COMPARE(view()->rowCount(), 1);
        QCOMPARE(view()->index(0, RunsModel::StatusColumn).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(view()->index(0, RunsModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>(),
                 QColor(0xc0, 0x1c, 0x28));
        // In plain words (translated), not the Platform's English; the rest in the dialog.
        const QString errors = view()->index(0, RunsModel::ErrorsColumn).data().toString();
        QCOMPARE(errors,
                 RunErrorText::explanation(QStringLiteral("CONNECTOR-2001-500")) + QStringLiteral(" (+1 more)"));
        QVERIFY2(!errors.contains(QLatin1String("records failed.")), qPrintable(errors));
        QCOMPARE(view()->index(0, RunsModel::FailedColumn).data().toString(), QStringLiteral("12"));
    }

    void showErrorsListsEveryErrorReadably()
    {
        // 43 errors: the run's own, 40 mapping errors (one per row), two the wizard does not know.
        QJsonArray rowErrors;
        for (int i = 0; i < 40; ++i)
            rowErrors.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("MAPPER-3700-400")},
                                         {QStringLiteral("message"), QStringLiteral("row %1: not a date").arg(i)}});
        m_runs = {run(QStringLiteral("ok"), QStringLiteral("success"), 1'700'003'600'000, 10, 0),
                  run(QStringLiteral("bad"), QStringLiteral("failed"), 1'700'000'000'000, 0, 40,
                      QJsonArray{error("CONNECTOR-2001-500", "40 of 40 records failed."),
                                 error("QUOTA-0001-429", "Ingestion quota reached"),
                                 error("QUOTA-0002-429", "Profile quota reached")},
                      rowErrors)};
        openWizard();
        QTRY_COMPARE(view()->rowCount(), 2);
        // The Platform works in UTC: the start's tooltip says it.
        for (int row = 0; row < 2; ++row) {
            const QModelIndex start = view()->index(row, RunsModel::StartColumn);
            if (start.data(RunsModel::ValueRole).isValid())
                QVERIFY2(start.data(Qt::ToolTipRole).toString().contains(QLatin1String("UTC")),
                         qPrintable(start.data(Qt::ToolTipRole).toString()));
        }
        auto* table = find<QTableView>("runsTableView");
        auto* button = find<QPushButton>("showErrorsButton");
        QVERIFY(!button->isEnabled());
        table->setCurrentIndex(view()->index(0, 0)); // the run without errors
        QVERIFY(!button->isEnabled());
        table->setCurrentIndex(view()->index(1, 0));
        QVERIFY(button->isEnabled());
        QVERIFY(view()
                    ->index(1, RunsModel::ErrorsColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("Show errors")));

        QTest::mouseClick(button, Qt::LeftButton);
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<QDialog*>(QStringLiteral("runErrorsDialog"))) && dialog->isVisible());
        QVERIFY(
            dialog->findChild<QLabel*>(QStringLiteral("runErrorsRefusedLabel"))->text().contains(QLatin1String("40")));
        auto* errors = dialog->findChild<QTableWidget*>(QStringLiteral("runErrorsTable"));
        QVERIFY(errors);
        QCOMPARE(errors->rowCount(), 4); // one row per code, counted
        QCOMPARE(errors->item(0, RunErrorsDialog::CodeColumn)->text(), QStringLiteral("CONNECTOR-2001-500"));
        const QString englishText = RunErrorText::explanation(QStringLiteral("CONNECTOR-2001-500"));
        QCOMPARE(errors->item(0, RunErrorsDialog::TextColumn)->text(), englishText);
        QCOMPARE(errors->item(1, RunErrorsDialog::CodeColumn)->text(), QStringLiteral("QUOTA-0001-429"));
        QCOMPARE(errors->item(1, RunErrorsDialog::TextColumn)->text(), QStringLiteral("Ingestion quota reached"));
        QCOMPARE(errors->item(3, RunErrorsDialog::CodeColumn)->text(), QStringLiteral("MAPPER-3700-400"));
        QCOMPARE(errors->item(3, RunErrorsDialog::CountColumn)->text(), QStringLiteral("40"));
        // The Platform's raw text, all 43 lines, behind Details.
        auto* details = dialog->findChild<QPlainTextEdit*>(QStringLiteral("runErrorsDetails"));
        QVERIFY(details && !details->isVisible());
        QTest::mouseClick(dialog->findChild<QToolButton*>(QStringLiteral("runErrorsDetailsButton")), Qt::LeftButton);
        QTRY_VERIFY(details->isVisible());
        const QStringList lines = details->toPlainText().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 43);
        QVERIFY(lines.contains(QStringLiteral("MAPPER-3700-400: row 39: not a date")));
        QVERIFY(lines.contains(QStringLiteral("CONNECTOR-2001-500: 40 of 40 records failed.")));
        if (const QString shots = qEnvironmentVariable("AEP_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(dialog->grab().save(shots + QStringLiteral("/runs-errors-dialog.png")));
        // The language switched while it is open: the plain words and the title follow, the Platform's text stays.
        QVERIFY(Translator::install(QStringLiteral("fr")));
        QTRY_VERIFY(dialog->windowTitle().startsWith(QStringLiteral("Erreurs de l\u2019ex\u00e9cution")));
        QVERIFY2(dialog->windowTitle().contains(QLatin1String("UTC")), qPrintable(dialog->windowTitle()));
        QCOMPARE(errors->rowCount(), 4);
        QCOMPARE(errors->item(0, RunErrorsDialog::TextColumn)->text(),
                 RunErrorText::explanation(QStringLiteral("CONNECTOR-2001-500")));
        QVERIFY(errors->item(0, RunErrorsDialog::TextColumn)->text() != englishText);
        QCOMPARE(details->toPlainText().split(QLatin1Char('\n')), lines);
        QVERIFY(Translator::install(QStringLiteral("en")));
        QTRY_COMPARE(errors->item(0, RunErrorsDialog::TextColumn)->text(), englishText);
        dialog->reject();
        QTRY_VERIFY(!m_page->findChild<QDialog*>(QStringLiteral("runErrorsDialog")));

        // A double-click on the run opens the same list.
        const QModelIndex cell = view()->index(1, RunsModel::ErrorsColumn);
        const QPoint at = table->visualRect(cell).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at); // a double-click starts with a click
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        QTRY_VERIFY((dialog = m_page->findChild<QDialog*>(QStringLiteral("runErrorsDialog"))) && dialog->isVisible());
        dialog->reject();
    }

    void aFastDemoClockIsSaidAndUsedForEveryTime()
    {
        // The demo's emulator: nine emulated hours ahead of this machine, sixty times faster.
        m_aheadMs = 9 * 3600'000LL;
        m_clockRate = 60.0;
        const qint64 runStart = serverNowMs() - 10 * 60'000;
        m_runs = {run(QStringLiteral("r1"), QStringLiteral("success"), runStart, 1000, 0)};
        openWizard();
        QTRY_COMPARE(view()->rowCount(), 1);
        auto* note = find<QLabel>("demoClockLabel");
        QVERIFY(!note->isVisible()); // one answer gives the offset, not yet the speed
        m_page->setRefreshInterval(200);
        QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), 20000);
        QCOMPARE(note->text(), QStringLiteral("Demo clock: one hour passes every minute."));
        m_page->setRefreshInterval(60'000);
        QTRY_VERIFY(!m_page->isRefreshing());
        // "updated at" is on the demo clock, like the run's start (a minute of it passes every real second).
        const QString status = find<QLabel>("runsStatusLabel")->text();
        const QString said = status.section(QStringLiteral(" at "), 1).chopped(1);
        const QTime shown = QLocale().toTime(said, QLocale::ShortFormat);
        QVERIFY2(shown.isValid(), qPrintable(status));
        const QTime demoNow = QDateTime::fromMSecsSinceEpoch(serverNowMs()).toLocalTime().time();
        const int apart = qAbs(shown.secsTo(demoNow));
        QVERIFY2(qMin(apart, 86400 - apart) < 5 * 60, qPrintable(status + QStringLiteral(" vs ") + demoNow.toString()));
        const QString realTime = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
        QVERIFY2(!status.contains(realTime), qPrintable(status));
    }

    void noRunYetOnTheServersClock()
    {
        // The schedule was chosen an hour ahead on this machine's clock; the demo clock is nine hours ahead.
        m_aheadMs = 9 * 3600'000LL;
        startInAnHour();
        openWizard();
        auto* status = find<QLabel>("runsStatusLabel");
        QTRY_COMPARE(status->text(), QStringLiteral("No run yet; the first one is due now."));
        // On Adobe's clock (no offset) the same start is still ahead.
        cleanup();
        init();
        startInAnHour();
        openWizard();
        status = find<QLabel>("runsStatusLabel");
        QTRY_VERIFY2(status->text().startsWith(QLatin1String("No run yet; the first one is planned for")),
                     qPrintable(status->text()));
    }

    void aFailedRefreshKeepsWhatWasShown()
    {
        m_runs = {run(QStringLiteral("r1"), QStringLiteral("success"), 1'700'000'000'000, 10, 0)};
        openWizard();
        QTRY_COMPARE(view()->rowCount(), 1);
        m_status = 500;
        QTest::mouseClick(find<QPushButton>("refreshButton"), Qt::LeftButton);
        auto* banner = find<InlineMessage>("runsMessage");
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(banner->type(), InlineMessage::Type::Error);
        QCOMPARE(view()->rowCount(), 1);
        m_status = 200;
        QTest::mouseClick(find<QPushButton>("refreshButton"), Qt::LeftButton);
        QTRY_VERIFY(!banner->isVisible());
    }

    void openInAdobe()
    {
        openWizard();
        // The scripted server is on loopback, like the demo's emulator: nothing to open at Adobe.
        auto* label = find<QLabel>("openInAdobeLabel");
        QVERIFY(label->text().contains(QLatin1String("local emulator")));
        QVERIFY(!label->text().contains(QLatin1String("<a ")));
        const QString real = RunsPage::openInAdobeText(QUrl(QStringLiteral("https://platform.adobe.io")), false);
        QVERIFY(real.contains(QLatin1String("href=\"https://experience.adobe.com/\"")));
        QVERIFY(RunsPage::openInAdobeText(QUrl(QStringLiteral("https://platform.adobe.io")), true)
                    .contains(QLatin1String("local emulator")));
    }

    void keyboardAndAccessibility()
    {
        openWizard();
        for (const char* name : {"runsTableView", "runsChartView", "refreshButton", "openInAdobeLabel",
                                 "flowIdLineEdit", "showErrorsButton"})
            QVERIFY2(!find<QWidget>(name)->accessibleName().isEmpty(), name);
        bool tableHasLabel = false;
        for (QLabel* label : m_page->findChildren<QLabel*>())
            tableHasLabel = tableHasLabel || label->buddy() == find<QTableView>("runsTableView");
        QVERIFY(tableHasLabel);
        auto* refresh = find<QPushButton>("refreshButton");
        refresh->setFocus();
        QTRY_VERIFY(refresh->hasFocus());
        QTest::keyClick(refresh, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), find<QTableView>("runsTableView"));
    }
};

QTEST_MAIN(TestRunsPage)
#include "TestRunsPage.moc"
