// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Runs page on a wizard of its own against a scripted /runs: what TestRunsPage and TestRunsChart share.
#include "DataflowWizard.h"
#include "InlineMessage.h"
#include "RunErrorsDialog.h"
#include "RunStatusStyle.h"
#include "RunsChartView.h"
#include "RunsPage.h"
#include "ScriptedServer.h"
#include "TestNetwork.h"
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

namespace RunsFixture {

inline const QString kFlowId = QStringLiteral("e0bd8463-0913-4ca1-bd84-6309134ca1f6");
inline const QString kRuns = QStringLiteral("/data/foundation/flowservice/runs");
inline constexpr int kPageSize = 2;

inline QJsonObject run(const QString& id, const QString& status, qint64 startedMs, qint64 written, qint64 failed,
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

inline QJsonObject error(const char* code, const char* message)
{
    return QJsonObject{{QStringLiteral("code"), QLatin1String(code)},
                       {QStringLiteral("message"), QLatin1String(message)}};
}

/** An HTTP Date header, the way the emulator sends its clock. */
inline QByteArray httpDate(qint64 ms)
{
    return QLocale::c()
               .toString(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()),
                         QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
               .toLatin1()
        + " GMT";
}

} // namespace RunsFixture

using namespace RunsFixture; // the fixture's helpers, for it and its tests

/** The page, its session and state, and the scripted server; setUp() and tearDown() around each test. */
class RunsPageFixture : public QObject
{
protected:
    std::unique_ptr<ScriptedServer> m_server;
    TestNetwork m_network;
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
        // The Flow Service's start-time filter (property=metrics.durationSummary.startedAtUTC>=N), as the page sends
        // it.
        QJsonArray listed;
        const QString since = QStringLiteral("metrics.durationSummary.startedAtUTC>=");
        std::optional<qint64> bound;
        for (const QString& property : r.query.allQueryItemValues(QStringLiteral("property"), QUrl::FullyDecoded)) {
            if (property.startsWith(since))
                bound = property.mid(since.size()).toLongLong();
        }
        for (const QJsonValue& item : std::as_const(m_runs)) {
            const QJsonValue started
                = item.toObject().value("metrics").toObject().value("durationSummary").toObject().value("startedAtUTC");
            if (!bound || (started.isDouble() && qint64(started.toDouble()) >= *bound))
                listed.append(item);
        }
        const int offset = r.query.queryItemValue(QStringLiteral("continuationToken")).toInt();
        QJsonArray items;
        for (int i = offset; i < qMin<int>(offset + kPageSize, int(listed.size())); ++i)
            items.append(listed.at(i));
        QJsonObject links;
        if (offset + kPageSize < listed.size())
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

    void setUp()
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
        m_session = std::make_unique<Session>(m_network.get(), &m_secrets);
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

    void tearDown()
    {
        m_wizard.reset();
        m_state.reset();
        m_session.reset();
        m_server.reset();
    }
};
