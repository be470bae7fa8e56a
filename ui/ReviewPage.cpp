// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewPage.h"

#include "InlineMessage.h"
#include "core/NewAccount.h"
#include "core/ReviewNotes.h"
#include "core/ScheduleRules.h"
#include "core/Session.h"
#include "core/WizardState.h"
#include "plan/CurlExport.h"
#include "plan/DataflowPlan.h"
#include "plan/PlanRunner.h"
#include "platform/PlatformClient.h"

#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizard>

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString when(qint64 epochSeconds)
{
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(epochSeconds, Qt::UTC);
    return ReviewPage::tr("%1 (%2 UTC)")
        .arg(QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat),
             QLocale().toString(utc, QStringLiteral("HH:mm")));
}

} // namespace

ReviewPage::ReviewPage(Session* session, WizardState* state, QWidget* parent)
    : WizardPage(parent)
    , m_session(session)
    , m_state(state)
    , m_summary(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_steps(new QTreeWidget(this))
    , m_exportCurl(new QPushButton(tr("E&xport curl script\u2026"), this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review"));
    setSubTitle(tr("Check what will be created, then press Create. Nothing is created before."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Create"));
    m_summary->setObjectName(QStringLiteral("reviewSummaryLabel"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->setObjectName(QStringLiteral("reviewWarningsLabel"));
    m_warnings->setTextFormat(Qt::RichText);
    m_warnings->setWordWrap(true);
    m_steps->setObjectName(QStringLiteral("planTreeWidget"));
    m_steps->setAccessibleName(tr("Steps of the creation"));
    m_steps->setHeaderLabels({tr("Step"), tr("Status"), tr("Id")});
    m_steps->setRootIsDecorated(false);
    m_steps->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_exportCurl->setObjectName(QStringLiteral("exportCurlButton"));
    m_message->setObjectName(QStringLiteral("reviewMessage"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_exportCurl);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_warnings);
    layout->addWidget(m_steps, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_exportCurl, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export curl script"), QStringLiteral("dataflow.sh"),
                                                          tr("Shell scripts (*.sh)"));
        QString error;
        if (!path.isEmpty() && !exportCurl(path, &error))
            m_message->showMessage(InlineMessage::Type::Error, error);
    });
}

QString ReviewPage::helpText() const
{
    return tr("<p>This page lists what the wizard is about to create in Experience Platform, and what it reuses. "
              "<b>Create</b> makes each object in turn; the list shows each step as it finishes.</p><p>If a step "
              "fails, nothing already created is lost: <b>Retry</b> goes on from where it stopped, without making "
              "anything twice, and <b>Clean up</b> deletes what this attempt made.</p><p>A <b>recipe</b> saves "
              "these choices to a file (without any secret) so that you can open them again or create the same "
              "dataflow from the command line; the <b>curl script</b> does the same with Adobe's API directly.</p>");
}

void ReviewPage::initializePage()
{
    if (m_created)
        return;
    buildSummary();
    buildSteps();
    m_message->hideMessage();
}

void ReviewPage::buildSummary()
{
    const DataflowDraft& d = m_state->draft();
    QString html;
    html += QStringLiteral("<h3>") + tr("Connection") + QStringLiteral("</h3><ul>");
    html += QStringLiteral("<li>")
        + tr("Source: %1, account \u201c%2\u201d")
              .arg(escaped(m_state->sourceLabel()), escaped(m_state->accountName()));
    html += QStringLiteral("<li>") + tr("Table: %1").arg(escaped(d.source.path));
    html += QStringLiteral("</ul><h3>") + tr("Dataset and mapping") + QStringLiteral("</h3><ul>");
    if (d.schema.create) {
        html += QStringLiteral("<li>")
            + tr("New schema \u201c%1\u201d with %n field group(s)", nullptr, int(d.schema.create->fieldGroups.size()))
                  .arg(escaped(d.schema.create->title));
        if (d.schema.create->primaryIdentity)
            html += QStringLiteral("<li>")
                + tr("Primary identity: %1 (%2)")
                      .arg(escaped(d.schema.create->primaryIdentity->path),
                           escaped(d.schema.create->primaryIdentity->namespaceCode));
    } else {
        html += QStringLiteral("<li>") + tr("Existing schema \u201c%1\u201d").arg(escaped(m_state->schemaTitle()));
    }
    html += QStringLiteral("<li>")
        + (d.dataset.create ? tr("New dataset \u201c%1\u201d").arg(escaped(m_state->datasetName()))
                            : tr("Existing dataset \u201c%1\u201d").arg(escaped(m_state->datasetName())));
    if (d.dataset.create && d.dataset.create->profileEnabled)
        html += tr(", enabled for Profile");
    html += QStringLiteral("<li>") + tr("%n mapping rule(s)", nullptr, int(d.mapping.size()));
    html += QStringLiteral("</ul><h3>") + tr("Schedule") + QStringLiteral("</h3><ul>");
    const Schedule& s = d.dataflow.schedule;
    html += QStringLiteral("<li>") + escaped(ScheduleRules::describe(s.frequency, s.interval.value_or(1)));
    if (s.startTime)
        html += QStringLiteral("<li>") + tr("First run: %1").arg(escaped(when(*s.startTime)));
    if (d.dataflow.deltaColumn)
        html += QStringLiteral("<li>")
            + tr("Changed rows found with the column %1").arg(escaped(d.dataflow.deltaColumn->name));
    if (s.backfill.value_or(false))
        html += QStringLiteral("<li>") + tr("The first run also brings the existing rows (backfill)");
    if (d.dataflow.partialIngestionPercent)
        html += QStringLiteral("<li>")
            + tr("A run fails when more than %1 % of its records fail")
                  .arg(QLocale().toString(*d.dataflow.partialIngestionPercent));
    html += QStringLiteral("<li>") + tr("Dataflow name: \u201c%1\u201d").arg(escaped(d.dataflow.name));
    html += QStringLiteral("</ul>");
    m_summary->setText(html);

    const QStringList warnings = ReviewNotes::warnings(d);
    QString warningHtml;
    for (const QString& warning : warnings)
        warningHtml += QStringLiteral("<p>\u26a0 ") + escaped(warning) + QStringLiteral("</p>");
    m_warnings->setText(warningHtml);
    m_warnings->setVisible(!warnings.isEmpty());
}

void ReviewPage::buildSteps()
{
    m_steps->clear();
    m_items.clear();
    const DataflowPlan plan = DataflowPlan::build(m_state->draft());
    for (const QString& id : plan.order()) {
        auto* item = new QTreeWidgetItem(m_steps, {plan.step(id)->title, tr("Waiting"), QString()});
        item->setData(0, Qt::UserRole, id);
        m_items.insert(id, item);
    }
}

void ReviewPage::setStepState(const QString& stepId, const QString& text, const QString& detail)
{
    if (QTreeWidgetItem* item = m_items.value(stepId)) {
        item->setText(1, text);
        if (!detail.isEmpty())
            item->setText(2, detail);
    }
}

bool ReviewPage::isComplete() const
{
    return !(m_runner && m_runner->isRunning());
}

bool ReviewPage::validatePage()
{
    if (m_created)
        return true;
    if (!(m_runner && m_runner->isRunning()))
        startRun();
    return false; // the wizard moves on from onFinished()
}

void ReviewPage::startRun()
{
    m_message->showMessage(InlineMessage::Type::Information, tr("Creating the dataflow\u2026"));
    QPushButton* stop = m_message->addAction(tr("Stop"), QStringLiteral("stopButton"));
    if (m_runner)
        m_runner->deleteLater();
    buildSteps();
    auto* runner = new PlanRunner(m_session->client(), DataflowPlan::build(m_state->draft()), this);
    m_runner = runner;
    runner->setKnownColumns(m_state->columns()); // the checks' types, when the account is still to create
    m_state->newAccount()->prepare(
        runner, m_state->draft().source); // the new account's secrets, in memory, and the account made for the tables
    connect(runner, &PlanRunner::stepStarted, this, [this](const QString& id) { setStepState(id, tr("Running")); });
    connect(runner, &PlanRunner::stepFinished, this, [this, runner](const QString& id, PlanRunner::Outcome outcome) {
        QString ids;
        if (const PlanStep* step = runner->plan().step(id)) {
            for (const QString& name : step->produces) {
                const QString value = runner->values().value(name);
                if (!value.isEmpty() && ids.isEmpty())
                    ids = value;
            }
        }
        setStepState(id, ReviewNotes::outcomeText(outcome), ids);
    });
    connect(runner, &PlanRunner::retrying, this, [this](const QString& id, int delayMs, const PlatformError& why) {
        setStepState(id, PlanRunner::retryText(delayMs, why)); // "The Platform is busy; trying again in 2 s"
    });
    connect(runner, &PlanRunner::failed, this,
            [this](const QString& id, const PlatformError& error) { setStepState(id, tr("Failed"), error.code); });
    connect(runner, &PlanRunner::finished, this, &ReviewPage::onFinished);
    connect(stop, &QPushButton::clicked, runner, &PlanRunner::cancel);
    m_cleaning = false;
    m_elapsed.start();
    runner->start();
    Q_EMIT completeChanged();
}

void ReviewPage::cleanUp()
{
    if (!m_runner || m_runner->isRunning())
        return;
    m_cleaning = true;
    m_message->showMessage(InlineMessage::Type::Information, tr("Deleting what this attempt created\u2026"));
    m_runner->cleanUp();
    Q_EMIT completeChanged();
}

void ReviewPage::onFinished()
{
    Q_EMIT completeChanged();
    PlanRunner* runner = m_runner;
    if (m_cleaning) {
        m_cleaning = false;
        if (runner->ok()) {
            m_state->newAccount()->forget(); // the new account was deleted with the rest
            m_message->showMessage(InlineMessage::Type::Positive,
                                   tr("Cleaned up: what this attempt created was deleted. You can change your "
                                      "choices and create again."));
        } else
            m_message->showMessage(InlineMessage::Type::Error, runner->error().userMessage, runner->error().details());
        return;
    }
    if (!runner->ok()) {
        m_message->showMessage(InlineMessage::Type::Error,
                               tr("%1 failed: %2").arg(runner->failedTitle(), runner->error().userMessage),
                               runner->error().details());
        QPushButton* retry = m_message->addAction(tr("Retry"), QStringLiteral("retryButton"));
        connect(retry, &QPushButton::clicked, this, &ReviewPage::startRun);
        QPushButton* clean = m_message->addAction(tr("Clean up"), QStringLiteral("cleanUpButton"));
        connect(clean, &QPushButton::clicked, this, &ReviewPage::cleanUp);
        return;
    }
    m_created = true;
    m_state->setCreated(runner->values().value(QStringLiteral("flowId")), runner->results());
    // The page stays, every step ticked with its id, until the user chooses to watch the runs.
    m_message->showMessage(InlineMessage::Type::Positive,
                           ReviewNotes::creationSummary(runner->outcomes(), m_elapsed.elapsed()));
    connect(m_message->addAction(tr("&Watch the runs"), QStringLiteral("watchRunsButton")), &QPushButton::clicked,
            wizard(), &QWizard::next);
    setButtonText(QWizard::CommitButton, tr("&Watch the runs"));
}

bool ReviewPage::exportCurl(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("The script could not be saved to %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(CurlExport::script(DataflowPlan::build(m_state->draft())).toUtf8());
    if (!file.commit()) {
        *error = tr("The script could not be saved to %1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
    return true;
}
