// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardPage.h"
#include "core/ProposedText.h"
#include "model/DataflowDraft.h"
#include "model/DraftProblem.h"
#include "model/FlowSpec.h"

#include <QElapsedTimer>
#include <QPointer>

class ScheduleForm;
class ServiceJob;
class Session;
class QTimer;
class WizardState;

/** Step 6: when the dataflow runs, which column tells new rows apart, what to do with bad rows, and its name. */
class SchedulePage : public WizardPage
{
    Q_OBJECT
public:
    SchedulePage(Session* session, WizardState* state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    void cleanupPage() override;
    void storeInput() override;
    void languageChanged() override;
    bool validatePage() override;
    QString helpText() const override;

    /** What the fields say now, as the draft's dataflow part (once has neither interval nor backfill). */
    DraftDataflow dataflow() const;
    /** The problems shown beside the fields (errors and warnings). */
    const QList<DraftProblem>& problems() const { return m_problems; }
    /** The flow spec the rules come from: the Platform's once fetched, the shipped copy until then. */
    FlowSpec flowSpec() const;
    /** How many times the fields were judged (for tests: an idle page must not judge them again and again). */
    int validationCount() const { return m_validations; }

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void fetchFlowSpec();
    /** The Platform's time now, in epoch seconds: what the start time is proposed after and checked against. */
    qint64 serverNowSecs() const;
    /** The dataflow's name the wizard proposes now, in the current language. */
    QString proposedName() const;
    /** Judges the fields; emits completeChanged() only when completeness changes. */
    void validate();

    Session* m_session;
    WizardState* m_state;
    ScheduleForm* m_form;
    QTimer* m_clock;
    QPointer<ServiceJob> m_specJob;
    QList<DraftProblem> m_problems;
    QElapsedTimer m_validated; ///< since the last judgement
    int m_validations = 0;
    bool m_complete = false;
    ProposedText m_proposedName; ///< the dataflow's name as last proposed
};
