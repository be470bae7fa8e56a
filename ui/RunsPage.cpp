// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunsPage.h"

#include "InlineMessage.h"
#include "core/RunsModel.h"
#include "core/Session.h"
#include "core/WizardState.h"
#include "platform/PlatformClient.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QFormLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QIdentityProxyModel>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

const QString kFlow = QLatin1String(Platform::kFlowService);
constexpr int kChartRuns = 30; // more bars than this are unreadable; the table keeps them all

/** Colours and icons for the status column: the model has no GUI types, the view adds them. */
class RunStatusStyle : public QIdentityProxyModel
{
public:
    RunStatusStyle(QStyle* style, QObject* parent) : QIdentityProxyModel(parent), m_style(style) { }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (index.column() == RunsModel::StatusColumn && (role == Qt::DecorationRole || role == Qt::ForegroundRole)) {
            const auto status = RunInfo::Status(QIdentityProxyModel::data(index, RunsModel::StatusRole).toInt());
            if (role == Qt::ForegroundRole) {
                switch (status) {
                case RunInfo::Status::Success:
                    return QColor(0x26, 0x7f, 0x00);
                case RunInfo::Status::PartialSuccess:
                    return QColor(0x9c, 0x65, 0x00);
                case RunInfo::Status::Failed:
                    return QColor(0xc0, 0x1c, 0x28);
                default:
                    return {};
                }
            }
            switch (status) {
            case RunInfo::Status::Success:
                return m_style->standardIcon(QStyle::SP_DialogApplyButton);
            case RunInfo::Status::PartialSuccess:
                return m_style->standardIcon(QStyle::SP_MessageBoxWarning);
            case RunInfo::Status::Failed:
                return m_style->standardIcon(QStyle::SP_MessageBoxCritical);
            case RunInfo::Status::InProgress:
                return m_style->standardIcon(QStyle::SP_BrowserReload);
            case RunInfo::Status::Unknown:
                return m_style->standardIcon(QStyle::SP_MessageBoxQuestion);
            }
        }
        if (index.column() == RunsModel::ErrorsColumn && role == Qt::ForegroundRole
            && !QIdentityProxyModel::data(index, Qt::DisplayRole).toString().isEmpty())
            return QColor(0xc0, 0x1c, 0x28);
        return QIdentityProxyModel::data(index, role);
    }

private:
    QStyle* m_style;
};

bool isLoopback(const QUrl& url)
{
    const QString host = url.host();
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
}

} // namespace

RunsPage::RunsPage(Session* session, WizardState* state, QWidget* parent)
    : WizardPage(parent)
    , m_session(session)
    , m_state(state)
    , m_model(new RunsModel(this))
    , m_table(new QTableView(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_series(new QStackedBarSeries(m_chart))
    , m_categories(new QBarCategoryAxis(m_chart))
    , m_values(new QValueAxis(m_chart))
    , m_openInAdobe(new QLabel(this))
    , m_flowId(new QLineEdit(this))
    , m_refreshButton(new QPushButton(tr("&Refresh"), this))
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
    m_table->setModel(new RunStatusStyle(style(), this));
    static_cast<QIdentityProxyModel*>(m_table->model())->setSourceModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RunsModel::ErrorsColumn, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move inside it

    auto* written = new QBarSet(tr("Records written"), m_series);
    written->setColor(QColor(0x26, 0x7f, 0x00));
    auto* failed = new QBarSet(tr("Records failed"), m_series);
    failed->setColor(QColor(0xc0, 0x1c, 0x28));
    m_series->append(written);
    m_series->append(failed);
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_categories, Qt::AlignBottom);
    m_chart->addAxis(m_values, Qt::AlignLeft);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_values->setLabelFormat(QStringLiteral("%d"));
    m_values->setRange(0, 1);
    m_chart->setTitle(tr("Records per run"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation); // redrawn every few seconds: animation would flicker
    m_chartView->setObjectName(QStringLiteral("runsChartView"));
    m_chartView->setAccessibleName(tr("Chart of records per run"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(200);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));

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
    layout->addLayout(statusRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    setTabOrder(m_flowId, m_refreshButton);
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
    if (demo || isLoopback(platformUrl))
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
    return !m_call.isNull();
}

void RunsPage::setRefreshInterval(int ms)
{
    m_timer->setInterval(ms);
}

void RunsPage::initializePage()
{
    m_flowId->setText(m_state->flowId);
    m_openInAdobe->setText(openInAdobeText(m_session->config().platformUrl, m_session->isDemo()));
    if (!m_state->draft.dataflow.name.isEmpty())
        setSubTitle(tr("The runs of \u201c%1\u201d. This list updates by itself.").arg(m_state->draft.dataflow.name));
    refresh();
    m_timer->start();
}

void RunsPage::cleanupPage()
{
    m_timer->stop();
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
        m_call = nullptr;
    }
    m_refreshAgain = false;
}

void RunsPage::refresh()
{
    if (m_state->flowId.isEmpty()) {
        m_statusLabel->setText(tr("No dataflow has been created yet."));
        return;
    }
    if (m_call) {
        m_refreshAgain = true; // one more right after this one, never two at once
        return;
    }
    m_collected = QJsonArray();
    // Only the first load says so: a status line that flips every few seconds distracts, and screen readers read it.
    if (m_model->rowCount() == 0)
        m_statusLabel->setText(tr("Loading the runs\u2026"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("property"), QStringLiteral("flowId==") + m_state->flowId);
    fetchPage(kFlow + QStringLiteral("/runs"), query, 1);
}

void RunsPage::fetchPage(const QString& path, const QUrlQuery& query, int page)
{
    m_call = m_session->client()->get(path, query);
    connect(m_call, &PlatformCall::finished, this, [this, page](PlatformCall* done) {
        if (!done->ok()) {
            m_message->showMessage(InlineMessage::Type::Error, done->error().userMessage, done->error().toString());
            finishRefresh(false);
            return;
        }
        const QJsonObject body = done->json().object();
        for (const QJsonValue& run : body.value(QLatin1String("items")).toArray())
            m_collected.append(run);
        // The next page's link is the whole request to make (aepp re-issues it as given): keep its query.
        const QString next = body.value(QLatin1String("_links"))
                                 .toObject()
                                 .value(QLatin1String("next"))
                                 .toObject()
                                 .value(QLatin1String("href"))
                                 .toString();
        if (!next.isEmpty() && page < kMaxPages) {
            const QUrl url(next);
            QString nextPath = url.path();
            if (!nextPath.startsWith(kFlow))
                nextPath = kFlow + (nextPath.startsWith(QLatin1Char('/')) ? nextPath : QLatin1Char('/') + nextPath);
            fetchPage(nextPath, QUrlQuery(url), page + 1);
            return;
        }
        m_message->hideMessage();
        m_model->setRuns(m_collected);
        updateChart();
        finishRefresh(true);
    });
}

void RunsPage::finishRefresh(bool ok)
{
    m_call = nullptr;
    m_collected = QJsonArray();
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    if (!ok) {
        m_statusLabel->setText(tr("Could not refresh at %1; the list shows what was known before.").arg(time));
    } else if (m_model->rowCount() == 0) {
        const std::optional<qint64> start = m_state->draft.dataflow.schedule.startTime;
        m_statusLabel->setText(start ? tr("No run yet; the first one is planned for %1.")
                                           .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(*start).toLocalTime(),
                                                                   QLocale::ShortFormat))
                                     : tr("No run yet."));
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
    // Oldest on the left, like a timeline; the model lists the newest first.
    const QList<RunInfo>& runs = m_model->runs();
    const qsizetype shown = qMin<qsizetype>(runs.size(), kChartRuns);
    // Short labels (the time alone when every bar is on the same day), or the axis elides them to "...".
    bool sameDay = true;
    for (qsizetype i = 1; i < shown; ++i) {
        sameDay = sameDay && runs.at(i).startedAtMs && runs.at(0).startedAtMs
            && QDateTime::fromMSecsSinceEpoch(*runs.at(i).startedAtMs).toLocalTime().date()
                == QDateTime::fromMSecsSinceEpoch(*runs.at(0).startedAtMs).toLocalTime().date();
    }
    const QLocale locale;
    const QString timeFormat = locale.timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss"));
    const QString format
        = sameDay ? timeFormat : locale.dateFormat(QLocale::NarrowFormat) + QLatin1Char(' ') + timeFormat;
    QStringList categories;
    QList<qreal> written;
    QList<qreal> failed;
    qint64 highest = 0;
    for (qsizetype i = shown - 1; i >= 0; --i) {
        const RunInfo& run = runs.at(i);
        QString label = run.startedAtMs
            ? locale.toString(QDateTime::fromMSecsSinceEpoch(*run.startedAtMs).toLocalTime(), format)
            : tr("Not started");
        // Category names must be unique or the axis merges two runs into one bar.
        const QString base = label;
        for (int n = 2; categories.contains(label); ++n)
            label = tr("%1 (%2)").arg(base).arg(n);
        categories << label;
        written << qreal(run.recordsWritten.value_or(0));
        failed << qreal(run.recordsFailed.value_or(0));
        highest = qMax(highest, run.recordsWritten.value_or(0) + run.recordsFailed.value_or(0));
    }
    const QList<QBarSet*> sets = m_series->barSets();
    sets.at(0)->remove(0, sets.at(0)->count());
    sets.at(1)->remove(0, sets.at(1)->count());
    m_categories->clear();
    m_categories->append(categories);
    sets.at(0)->append(written);
    sets.at(1)->append(failed);
    m_values->setRange(0, qMax<qint64>(1, highest));
    m_values->applyNiceNumbers();
}
