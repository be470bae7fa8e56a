// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchedulePage.h"

#include "InlineMessage.h"
#include "ScheduleForm.h"
#include "core/ScheduleDefaults.h"
#include "core/ScheduleRules.h"
#include "core/Session.h"
#include "core/WizardState.h"
#include "platform/PlatformClient.h"
#include "services/FlowsService.h"

#include <QDateTime>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int kRunsShown = 5;
constexpr int kRevalidateMs = 30'000; // a start time chosen a few minutes ahead can pass while the page is open

} // namespace

SchedulePage::SchedulePage(Session* session, WizardState* state, QWidget* parent)
    : WizardPage(parent), m_session(session), m_state(state), m_form(new ScheduleForm(this)), m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("schedulePage"));
    setTitle(tr("Schedule"));
    setSubTitle(tr("Choose when the dataflow runs and how it recognises new and changed rows."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_form);

    // The fields are judged when the user changes them, and while shown every kRevalidateMs (time passes): never
    // from showEvent() in a loop, since completeChanged() makes QWizard lay the page out and show it again.
    connect(m_form, &ScheduleForm::changed, this, &SchedulePage::validate);
    m_clock->setInterval(kRevalidateMs);
    connect(m_clock, &QTimer::timeout, this, &SchedulePage::validate);
}

QString SchedulePage::helpText() const
{
    return tr("<p>The <b>schedule</b> says when Experience Platform fetches data from the source: once, or again and "
              "again every few minutes, hours, days or weeks from the start time. With <b>backfill</b> on, the first "
              "run also brings in everything already in the table.</p>"
              "<p>Later runs only bring what is new or changed. The <b>delta column</b> is how they tell: a date in "
              "each row, such as \u201clast modified\u201d, that moves forward when the row changes.</p>"
              "<p>Some rows may be refused, for example when a required field is empty. <b>Partial ingestion</b> lets "
              "a run keep the good rows as long as the bad ones stay under the threshold; <b>error diagnostics</b> "
              "keeps the reasons so you can fix the source.</p>");
}

FlowSpec SchedulePage::flowSpec() const
{
    return ScheduleDefaults::rulesSpec(m_state->flowSpec());
}

DraftDataflow SchedulePage::dataflow() const
{
    return m_form->value();
}

qint64 SchedulePage::serverNowSecs() const
{
    // The Platform's clock: Adobe's keeps real time, a demo emulator's runs ahead and fast (ServerClock).
    return m_session->client()->serverClock().now() / 1000;
}

void SchedulePage::initializePage()
{
    const QStringList frequencies = ScheduleRules::frequencies(flowSpec());
    const QList<DeltaColumnChoice> choices
        = ScheduleDefaults::deltaColumns(m_state->dateTimeColumns(), m_state->columns(), m_state->previewRows());
    m_form->setRules(flowSpec());
    m_form->setDeltaColumns(choices);
    const DraftDataflow& drafted = m_state->draft().dataflow;
    DraftDataflow flow = ScheduleDefaults::withDefaults(drafted, frequencies, choices, m_state->draft().source.path,
                                                        m_state->sourceLabel(), serverNowSecs());
    flow.name = m_proposedName.follow(drafted.name, proposedName()); // untouched, it follows the table chosen
    m_form->load(flow);
    validate();
    if (m_state->flowSpec().isEmpty())
        fetchFlowSpec();
    else
        m_form->specStatus()->setText(tr("Checked against the Platform's own rules for this kind of dataflow."));
}

QString SchedulePage::proposedName() const
{
    return ScheduleDefaults::proposedName(m_state->draft().source.path, m_state->sourceLabel());
}

void SchedulePage::languageChanged()
{
    DraftDataflow flow = dataflow();
    // A name still as proposed follows the language (one typed stays), until the dataflow is made.
    if (m_state->createdIds().isEmpty() && m_proposedName.isUntouched(flow.name)) {
        flow.name = m_proposedName.propose(proposedName());
        m_form->load(flow);
        storeInput();
    }
    validate(); // the problems in the new language's words
}

void SchedulePage::showEvent(QShowEvent* event)
{
    WizardPage::showEvent(event);
    // Back from the next page (no initializePage() then): judge again only if time may have made a difference.
    if (m_validated.isValid() && m_validated.hasExpired(kRevalidateMs))
        validate();
    m_clock->start();
}

void SchedulePage::hideEvent(QHideEvent* event)
{
    m_clock->stop();
    WizardPage::hideEvent(event);
}

void SchedulePage::cleanupPage()
{
    storeInput();
}

void SchedulePage::storeInput()
{
    // Back (or a recipe saved here) keeps what was typed, even if it is not valid yet: the draft is the only store.
    m_state->setDataflow(dataflow());
}

void SchedulePage::fetchFlowSpec()
{
    if (m_specJob)
        return;
    m_form->specStatus()->setText(tr("Reading the Platform's rules for schedules\u2026"));
    m_specJob = FlowsService(m_session->client()).flowSpec()->onFinished(this, [this](const TypedJob<FlowSpec>& job) {
        m_specJob = nullptr;
        InlineMessage* message = m_form->message();
        if (!job.ok()) {
            m_form->specStatus()->setText(tr("Checked against the wizard's built-in copy of the rules."));
            message->showMessage(InlineMessage::Type::Warning,
                                 tr("The Platform's rules for schedules could not be read, so the wizard checks "
                                    "with its built-in copy. The Platform checks again when the dataflow is "
                                    "created."),
                                 job.error().details());
            QPushButton* retry = message->addAction(tr("Retry"), QStringLiteral("retryFlowSpecButton"));
            connect(retry, &QPushButton::clicked, this, [this] {
                m_form->message()->hideMessage();
                fetchFlowSpec();
            });
            return;
        }
        m_state->setFlowSpec(job.value().json());
        message->hideMessage();
        m_form->specStatus()->setText(tr("Checked against the Platform's own rules for this kind of dataflow."));
        m_form->setRules(flowSpec());
        validate();
    });
}

void SchedulePage::validate()
{
    ++m_validations;
    m_validated.start();
    DataflowDraft draft = m_state->draft();
    draft.dataflow = dataflow();
    m_problems = ScheduleDefaults::stepProblems(draft, flowSpec(), serverNowSecs());
    m_form->showProblems(m_problems);
    m_form->showNextRuns(ScheduleRules::nextRuns(draft.dataflow.schedule, kRunsShown));
    const bool complete = !DraftProblem::hasErrors(m_problems);
    if (complete != m_complete) {
        m_complete = complete;
        Q_EMIT completeChanged();
    }
}

bool SchedulePage::isComplete() const
{
    return m_complete;
}

bool SchedulePage::validatePage()
{
    validate(); // the start time may have passed since the last check
    if (!isComplete()) {
        // The messages are already beside the fields; take the keyboard to the first one.
        m_form->focusFirstProblem();
        return false;
    }
    m_state->setDataflow(dataflow());
    return true;
}
