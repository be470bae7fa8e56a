// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardPage.h"
#include "model/DataflowDraft.h"
#include "model/DraftProblem.h"
#include "model/FlowSpec.h"

#include <QHash>
#include <QPointer>

class InlineMessage;
class PlatformCall;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTimer;
class Session;
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
    bool validatePage() override;
    QString helpText() const override;

    /** What the fields say now, as the draft's dataflow part (once has neither interval nor backfill). */
    DraftDataflow dataflow() const;
    /** The problems shown beside the fields (errors and warnings). */
    const QList<DraftProblem>& problems() const { return m_problems; }
    /** The flow spec the rules come from: the Platform's once fetched, the shipped copy until then. */
    FlowSpec flowSpec() const;

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void fetchFlowSpec();
    void fillFrequencies();
    void fillDeltaColumns();
    void loadDraft(const DraftDataflow& dataflow);
    void updateForm();
    void validate();
    void showNextRuns(const Schedule& schedule);
    QLabel* addField(QFormLayout* form, const QString& label, QWidget* field, const QString& key,
                     const QString& errorName, QWidget* extra = nullptr);

    Session* m_session;
    WizardState* m_state;
    QComboBox* m_frequency;
    QSpinBox* m_interval;
    QDateTimeEdit* m_startTime;
    QLabel* m_startTimeUtc;
    QCheckBox* m_backfill;
    QComboBox* m_deltaColumn;
    QLabel* m_deltaRange;
    QLineEdit* m_dateFormat;
    QLineEdit* m_timezone;
    QCheckBox* m_errorDiagnostics;
    QCheckBox* m_partialIngestion;
    QDoubleSpinBox* m_partialPercent;
    QLineEdit* m_name;
    QLineEdit* m_description;
    QListWidget* m_nextRuns;
    QLabel* m_specStatus;
    InlineMessage* m_message;
    QFormLayout* m_scheduleForm;
    QTimer* m_clock;
    /** Error labels under the fields, by the recipe path they show problems for ("dataflow.schedule.interval"). */
    QHash<QString, QLabel*> m_errorLabels;
    QHash<QString, QWidget*> m_fields; ///< the field each error label belongs to
    QList<QWidget*> m_tabOrder;
    QList<DraftProblem> m_problems;
    QPointer<PlatformCall> m_specCall;
    bool m_loading = false;
};
