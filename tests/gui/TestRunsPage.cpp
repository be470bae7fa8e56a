// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataflowWizard.h"
#include "InlineMessage.h"
#include "RunErrorsDialog.h"
#include "RunStatusStyle.h"
#include "RunsChartView.h"
#include "RunsPage.h"
#include "ScriptedServer.h"
#include "TestSupport.h"
#include "base/Translator.h"
#include "core/RunErrorText.h"
#include "core/RunsModel.h"
#include "core/Session.h"
#include "core/WizardState.h"
#include "platform/ImsAuth.h"
#include "secrets/MemorySecretStore.h"

#include <QApplication>
#include <QDateTime>
#include <QDialog>
#include <QHeaderView>
#include <QHelpEvent>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QToolTip>
#include <QWizard>

#include <memory>

namespace {

const QString kFlowId = QStringLiteral("e0bd8463-0913-4ca1-bd84-6309134ca1f6");
const QString kRuns = QStringLiteral("/data/foundation/flowservice/runs");
constexpr int kPageSize = 2;

QJsonObject run(const QString& id, const QString& status, qint64 startedMs, qint64 written, qint64 failed,
                const QJsonArray& errors = {}, const QJsonArray& activityErrors = {})
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("flowId"), kFlowId},
        {QStringLiteral("metrics"),
         QJsonObject{{QStringLiteral("durationSummary"),
                      QJsonObject{{QStringLiteral("startedAtUTC"), startedMs},
                                  {QStringLiteral("completedAtUTC"), startedMs + 60'000}}},
                     {QStringLiteral("recordSummary"),
                      QJsonObject{{QStringLiteral("inputRecordCount"), written + failed},
                                  {QStringLiteral("outputRecordCount"), written},
                                  {QStringLiteral("failedRecordCount"), failed}}},
                     {QStringLiteral("statusSummary"),
                      QJsonObject{{QStringLiteral("status"), status}, {QStringLiteral("errors"), errors}}}}},
        {QStringLiteral("activities"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), QStringLiteral("promotionActivity")},
             {QStringLiteral("statusSummary"),
              QJsonObject{{QStringLiteral("status"), status},
                          {QStringLiteral("extensions"), QJsonObject{{QStringLiteral("errors"), activityErrors}}}}}}}}};
}

QJsonObject error(const char* code, const char* message)
{
    return QJsonObject{{QStringLiteral("code"), QLatin1String(code)},
                       {QStringLiteral("message"), QLatin1String(message)}};
}

/** An HTTP Date header, the way the emulator sends its clock. */
QByteArray httpDate(qint64 ms)
{
    return QLocale::c()
               .toString(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()),
                         QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
               .toLatin1()
        + " GMT";
}

} // namespace

/** The Runs page against a scripted /runs: paging, refreshes that never overlap, errors, the chart and the link. */
class TestRunsPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScriptedServer> m_server;
    QNetworkAccessManager m_network;
    MemorySecretStore m_secrets;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<WizardState> m_state;
    std::unique_ptr<QWizard> m_wizard;
    RunsPage* m_page = nullptr;
    QJsonArray m_runs; ///< what /runs lists now, served kPageSize at a time
    int m_delayMs = 0;
    int m_status = 200;
    /** When set, answers carry a Date header on a clock this far ahead and this much faster (a demo emulator). */
    std::optional<qint64> m_aheadMs;
    double m_clockRate = 1.0;
    qint64 m_clockStartMs = 0;

    qint64 serverNowMs() const
    {
        const qint64 real = QDateTime::currentMSecsSinceEpoch();
        return m_clockStartMs + m_aheadMs.value_or(0) + qint64(double(real - m_clockStartMs) * m_clockRate);
    }

    template <typename T>
    T* find(const char* name) const
    {
        T* widget = m_wizard->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }

    void openWizard()
    {
        m_wizard = std::make_unique<QWizard>();
        m_page = new RunsPage(m_session.get(), m_state.get(), m_wizard.get());
        m_page->setRefreshInterval(60'000); // tests drive refreshes unless they shorten it
        m_wizard->setPage(8, m_page);
        m_wizard->setStartId(8);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    }

    int runRequests() const { return m_server->count("GET", kRuns); }
    QAbstractItemModel* view() const { return find<QTableView>("runsTableView")->model(); }

    ScriptedResponse serveRuns(const RecordedRequest& r)
    {
        if (m_status != 200)
            return ScriptedResponse::json(m_status,
                                          "{\"error_code\":\"1401-500\",\"message\":\"Runs are unavailable\"}");
        const int offset = r.query.queryItemValue(QStringLiteral("continuationToken")).toInt();
        QJsonArray items;
        for (int i = offset; i < qMin<int>(offset + kPageSize, int(m_runs.size())); ++i)
            items.append(m_runs.at(i));
        QJsonObject links;
        if (offset + kPageSize < m_runs.size())
            links.insert(QStringLiteral("next"),
                         QJsonObject{{QStringLiteral("href"),
                                      QStringLiteral("/runs?continuationToken=%1").arg(offset + kPageSize)}});
        ScriptedResponse response = ScriptedResponse::json(
            200,
            QJsonDocument(QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("_links"), links}})
                .toJson(QJsonDocument::Compact));
        response.delayMs = m_delayMs;
        if (m_aheadMs)
            response.headers.append({"Date", httpDate(serverNowMs())});
        return response;
    }

    void startInAnHour()
    {
        DraftDataflow dataflow = m_state->draft().dataflow;
        dataflow.schedule.startTime = QDateTime::currentSecsSinceEpoch() + 3600;
        m_state->setDataflow(dataflow);
    }

private Q_SLOTS:
    void initTestCase() { TestSupport::isolateUserFolders(); }

    void init()
    {
        m_runs = {};
        m_delayMs = 0;
        m_status = 200;
        m_aheadMs.reset();
        m_clockRate = 1.0;
        m_clockStartMs = QDateTime::currentMSecsSinceEpoch();
        m_server = std::make_unique<ScriptedServer>();
        QVERIFY(m_server->start());
        m_server->setFallback([this](const RecordedRequest& r) {
            if (r.path == kRuns)
                return serveRuns(r);
            return ScriptedResponse::json(404, "{}");
        });
        m_session = std::make_unique<Session>(&m_network, &m_secrets);
        PlatformConfig config;
        config.platformUrl = m_server->url();
        config.imsUrl = m_server->url();
        config.imsOrg = QStringLiteral("ABCDEF0123456789ABCDEF01@AdobeOrg");
        config.clientId = QStringLiteral("client");
        config.maxRetries = 0;
        m_session->setConfig(config);
        m_session->auth()->setStaticToken(QStringLiteral("token"));
        m_state = std::make_unique<WizardState>();
        DraftDataflow dataflow;
        dataflow.name = QStringLiteral("HubSpot contacts to Platform");
        m_state->setDataflow(dataflow);
        m_state->setCreated(kFlowId, {});
    }

    void cleanup()
    {
        m_wizard.reset();
        m_state.reset();
        m_session.reset();
        m_server.reset();
    }

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
        // Fewer runs: the pick stays on a bar that exists.
        m_runs = {m_runs.at(0)};
        QSignalSpy refreshed(m_page, &RunsPage::refreshed);
        QTest::keyClick(chart, Qt::Key_End);
        m_page->refresh();
        QVERIFY(refreshed.wait());
        QCOMPARE(chart->currentBar(), 0);
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
