// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunsPage.h"

#include "InlineMessage.h"
#include "RunErrorsDialog.h"
#include "RunStatusStyle.h"
#include "RunsChartView.h"
#include "core/DemoClock.h"
#include "core/RunsChart.h"
#include "core/RunsModel.h"
#include "core/Session.h"
#include "core/WizardState.h"
#include "platform/PlatformClient.h"
#include "services/FlowsService.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

RunsPage::RunsPage(Session* session, WizardState* state, QWidget* parent)
    : WizardPage(parent)
    , m_session(session)
    , m_state(state)
    , m_model(new RunsModel(this))
    , m_table(new QTableView(this))
    , m_chartView(new RunsChartView(this))
    , m_openInAdobe(new QLabel(this))
    , m_flowId(new QLineEdit(this))
    , m_refreshButton(new QPushButton(tr("&Refresh"), this))
    , m_showErrorsButton(new QPushButton(tr("Show &errors"), this))
    , m_clockLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_message(new InlineMessage(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("runsPage"));
    setTitle(tr("Runs"));
    setSubTitle(tr("Each run copies new and changed rows from the source into the dataset. This list updates by "
                   "itself."));

    m_table->setObjectName(QStringLiteral("runsTableView"));
    m_table->setAccessibleName(tr("Runs"));
    m_table->setModel(new RunStatusStyle(style(), m_model, this));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    // Two lines a row: the Start and End cells show the local time with the Platform's UTC under it.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(2 * fontMetrics().lineSpacing() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The columns fit the newest runs (the top of the list): measuring every row of a long history at each refresh
    // was a third of what watching a flow of 500 runs cost.
    m_table->horizontalHeader()->setResizeContentsPrecision(kMeasuredRows);
    m_table->horizontalHeader()->setSectionResizeMode(RunsModel::ErrorsColumn, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move inside it
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) { showErrors(index.row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RunsPage::updateButtons);

    m_chartView->setObjectName(QStringLiteral("runsChartView"));
    m_chartView->setAccessibleName(tr("Chart of records per run"));
    m_chartView->setMinimumHeight(200);

    m_openInAdobe->setObjectName(QStringLiteral("openInAdobeLabel"));
    m_openInAdobe->setAccessibleName(tr("Open in Adobe Experience Platform"));
    m_openInAdobe->setTextFormat(Qt::RichText);
    m_openInAdobe->setOpenExternalLinks(true);
    m_openInAdobe->setWordWrap(true);
    m_openInAdobe->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_flowId->setObjectName(QStringLiteral("flowIdLineEdit"));
    m_flowId->setAccessibleName(tr("Dataflow ID"));
    m_flowId->setReadOnly(true);
    m_flowId->setToolTip(tr("Select and copy it to find the dataflow in Adobe's web interface."));
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setAccessibleName(tr("Refresh the runs"));
    m_showErrorsButton->setObjectName(QStringLiteral("showErrorsButton"));
    m_showErrorsButton->setAccessibleName(tr("Show the errors of the selected run"));
    m_showErrorsButton->setToolTip(tr("Every error of the selected run, in plain words."));
    m_showErrorsButton->setEnabled(false);
    connect(m_showErrorsButton, &QPushButton::clicked, this, [this] { showErrors(m_table->currentIndex().row()); });
    m_clockLabel->setObjectName(QStringLiteral("demoClockLabel"));
    m_clockLabel->setWordWrap(true);
    m_clockLabel->setVisible(false);
    m_statusLabel->setObjectName(QStringLiteral("runsStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("runsMessage"));

    auto* idForm = new QFormLayout;
    idForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    idForm->addRow(tr("Dataflow &ID:"), m_flowId);
    auto* tableLabel = new QLabel(tr("R&uns:"), this);
    tableLabel->setBuddy(m_table);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(tableLabel);
    statusRow->addWidget(m_statusLabel, 1);
    statusRow->addWidget(m_showErrorsButton);
    statusRow->addWidget(m_refreshButton);
    // The user decides how much room the chart takes; the table gets the rest.
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chartView);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_openInAdobe);
    layout->addLayout(idForm);
    layout->addWidget(m_clockLabel);
    layout->addLayout(statusRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    setTabOrder(m_flowId, m_showErrorsButton);
    setTabOrder(m_showErrorsButton, m_refreshButton);
    setTabOrder(m_refreshButton, m_table);
    setTabOrder(m_table, m_chartView);

    m_timer->setInterval(kDefaultRefreshMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        // A tick while the previous refresh is still out is simply skipped: the next tick catches up.
        if (!isRefreshing())
            refresh();
    });
    connect(m_refreshButton, &QPushButton::clicked, this, &RunsPage::refresh);
}

QString RunsPage::helpText() const
{
    return tr("<p>A <b>run</b> is one pass of the dataflow: it reads the new and changed rows from the source and "
              "writes them into the dataset. The list shows each run's status, when it started and ended, how many "
              "records it read, wrote and refused, and the Platform's explanation when something went wrong.</p>"
              "<p>The list refreshes by itself every few seconds; the chart shows the records written and refused "
              "by each run. Nothing here changes the dataflow.</p>");
}

QString RunsPage::openInAdobeText(const QUrl& platformUrl, bool demo)
{
    if (demo || PlatformConfig::isLoopbackHost(platformUrl.host()))
        return tr("This dataflow lives in the local emulator (demo mode), not in Adobe Experience Platform, so "
                  "there is nothing to open in Adobe's web interface.");
    // Adobe's UI deep links (#/@<org>/sname:<sandbox>/platform/source/dataflows/<id>) need the organization's
    // Experience Cloud short name, which no API call here returns, and the pattern is not documented: link to the
    // home page and give the id to search for instead of a link that might land nowhere.
    return tr("<a href=\"%1\">Open Adobe Experience Platform</a>, go to Sources, then Dataflows, and search for the "
              "dataflow ID below.")
        .arg(QStringLiteral("https://experience.adobe.com/"));
}

bool RunsPage::isRefreshing() const
{
    return !m_job.isNull();
}

void RunsPage::setRefreshInterval(int ms)
{
    m_timer->setInterval(ms);
}

void RunsPage::initializePage()
{
    m_flowId->setText(m_state->flowId());
    m_openInAdobe->setText(openInAdobeText(m_session->config().platformUrl, m_session->isDemo()));
    if (!m_state->draft().dataflow.name.isEmpty())
        setSubTitle(tr("The runs of \u201c%1\u201d. This list updates by itself.").arg(m_state->draft().dataflow.name));
    refresh();
    m_timer->start();
}

void RunsPage::cleanupPage()
{
    m_timer->stop();
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
        m_job = nullptr;
    }
    m_refreshAgain = false;
}

void RunsPage::refresh()
{
    if (m_state->flowId().isEmpty()) {
        m_statusLabel->setText(tr("No dataflow has been created yet."));
        return;
    }
    if (m_job) {
        m_refreshAgain = true; // one more right after this one, never two at once
        return;
    }
    // Only the first load says so: a status line that flips every few seconds distracts, and screen readers read it.
    if (m_model->rowCount() == 0)
        m_statusLabel->setText(tr("Loading the runs\u2026"));
    if (m_refreshFlowId != m_state->flowId()) {
        m_refresh.clear();
        m_refreshFlowId = m_state->flowId();
    }
    // After the first list, only the runs that may have changed (RunsRefresh).
    const std::optional<qint64> since = m_refresh.nextSince();
    m_job = FlowsService(m_session->client())
                .allRuns(m_state->flowId(), 0, since)
                ->onFinished(this, [this, since, flowId = m_refreshFlowId](const TypedJob<QList<Run>>& job) {
                    m_job = nullptr;
                    if (!job.ok()) {
                        m_message->showMessage(InlineMessage::Type::Error, job.error().userMessage,
                                               job.error().details());
                        finishRefresh(false);
                        return;
                    }
                    m_message->hideMessage();
                    if (flowId != m_refreshFlowId) { // the runs of the dataflow shown before: ask again
                        QMetaObject::invokeMethod(this, &RunsPage::refresh, Qt::QueuedConnection);
                        return;
                    }
                    m_model->setRuns(m_refresh.merge(job.value(), since));
                    updateChart();
                    updateButtons();
                    finishRefresh(true);
                });
}

void RunsPage::finishRefresh(bool ok)
{
    // Every time on the Platform's clock (the demo emulator's runs fast): the runs' times come from it too.
    const ServerClock& clock = m_session->client()->serverClock();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(clock.now()).toLocalTime();
    const QString time = QLocale().toString(now.time(), QLocale::ShortFormat);
    m_clockLabel->setText(DemoClock::note(clock.rate()));
    m_clockLabel->setVisible(!m_clockLabel->text().isEmpty());
    if (!ok) {
        m_statusLabel->setText(tr("Could not refresh at %1; the list shows what was known before.").arg(time));
    } else if (m_model->rowCount() == 0) {
        const std::optional<qint64> start = m_state->draft().dataflow.schedule.startTime;
        const QDateTime first = start ? QDateTime::fromSecsSinceEpoch(*start).toLocalTime() : QDateTime();
        m_statusLabel->setText(!start            ? tr("No run yet.")
                                   : first > now ? tr("No run yet; the first one is planned for %1.")
                                                       .arg(QLocale().toString(first, QLocale::ShortFormat))
                                                 : tr("No run yet; the first one is due now."));
    } else {
        m_statusLabel->setText(tr("%n run(s), updated at %1.", nullptr, m_model->rowCount()).arg(time));
    }
    Q_EMIT refreshed(ok);
    if (m_refreshAgain) {
        m_refreshAgain = false;
        QMetaObject::invokeMethod(this, &RunsPage::refresh, Qt::QueuedConnection);
    }
}

void RunsPage::updateChart()
{
    m_chartView->setData(RunsChart::build(m_model->runs(), QLocale()));
}

void RunsPage::updateButtons()
{
    const int row = m_table->currentIndex().row();
    m_showErrorsButton->setEnabled(row >= 0 && row < m_model->rowCount() && !m_model->run(row).errors.isEmpty());
}

void RunsPage::showErrors(int row)
{
    if (row < 0 || row >= m_model->rowCount() || m_model->run(row).errors.isEmpty())
        return;
    auto* dialog = new RunErrorsDialog(m_model->run(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
