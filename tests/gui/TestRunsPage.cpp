// SPDX-License-Identifier: GPL-3.0-or-later
#include "InlineMessage.h"
#include "RunsPage.h"
#include "ScriptedServer.h"
#include "TestSupport.h"
#include "core/RunsModel.h"
#include "core/Session.h"
#include "core/WizardState.h"
#include "platform/ImsAuth.h"
#include "secrets/MemorySecretStore.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTest>
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
        return response;
    }

private Q_SLOTS:
    void initTestCase() { TestSupport::isolateUserFolders(); }

    void init()
    {
        m_runs = {};
        m_delayMs = 0;
        m_status = 200;
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
        config.maxGetRetries = 0;
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
        const QString errors = view()->index(0, RunsModel::ErrorsColumn).data().toString();
        QVERIFY2(errors.contains(QLatin1String("CONNECTOR-2001-500: 12 of 12 records failed.")), qPrintable(errors));
        QVERIFY2(errors.contains(QLatin1String("MAPPER-3700-400: Mapper Transform Error")), qPrintable(errors));
        QCOMPARE(view()->index(0, RunsModel::FailedColumn).data().toString(), QStringLiteral("12"));
    }

    void chartHasOneCategoryPerRun()
    {
        m_runs = {run(QStringLiteral("r1"), QStringLiteral("success"), 1'700'000'000'000, 90, 10),
                  run(QStringLiteral("r2"), QStringLiteral("success"), 1'700'000'000'000, 50, 0),
                  run(QStringLiteral("r3"), QStringLiteral("failed"), 1'700'003'600'000, 0, 40)};
        openWizard();
        QTRY_COMPARE(view()->rowCount(), 3);
        auto* chartView = find<QChartView>("runsChartView");
        const QList<QAbstractAxis*> axes = chartView->chart()->axes(Qt::Horizontal);
        QCOMPARE(axes.size(), 1);
        auto* categories = qobject_cast<QBarCategoryAxis*>(axes.first());
        QVERIFY(categories);
        QCOMPARE(categories->count(), 3); // r1 and r2 started the same minute: still two bars
        auto* series = qobject_cast<QStackedBarSeries*>(chartView->chart()->series().first());
        QVERIFY(series);
        QCOMPARE(series->barSets().size(), 2);
        QBarSet* written = series->barSets().at(0);
        QBarSet* failed = series->barSets().at(1);
        QCOMPARE(written->count(), 3);
        // Oldest on the left; r1 and r2 tie on the start time and sort by id.
        QCOMPARE(written->at(2), 0.0);
        QCOMPARE(failed->at(2), 40.0);
        QCOMPARE(written->at(0) + written->at(1), 140.0);
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
        for (const char* name :
             {"runsTableView", "runsChartView", "refreshButton", "openInAdobeLabel", "flowIdLineEdit"})
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
