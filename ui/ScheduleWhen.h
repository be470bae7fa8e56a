// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ScheduleIntervals.h"
#include "model/DataflowDraft.h"
#include "model/FlowSpec.h"

#include <QGroupBox>
#include <QStringList>

class FieldProblems;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QListWidget;
class QSpinBox;

/**
 * "When it runs": the frequency, interval, start time (local, and UTC beside it) and backfill of the Schedule step,
 * with the next runs. Its words keep the SchedulePage translation context (they were the page's).
 */
class ScheduleWhen : public QGroupBox
{
    Q_OBJECT
public:
    /** Its problem labels go into @p problems, which must outlive it. */
    ScheduleWhen(FieldProblems* problems, QWidget* parent = nullptr);

    /**
     * The rules of @p spec: its frequencies (the current one stays selected, and offered if it is not) and the
     * interval each starts with (ScheduleIntervals).
     */
    void setRules(const FlowSpec& spec);
    /** Shows @p schedule (its start time as given: ScheduleDefaults::withDefaults sets it); emits no changed(). */
    void load(const Schedule& schedule);
    /** What the fields say; interval and backfill always set (ScheduleDefaults::constrained drops them for once). */
    Schedule value() const;
    void showNextRuns(const QList<qint64>& runs);
    /** Its fields in keyboard order. */
    QList<QWidget*> fields() const;

Q_SIGNALS:
    /** The user changed a field. */
    void changed();

protected:
    /** At a language switch: the start time's format, the frequencies and the next runs in the new language. */
    void changeEvent(QEvent* event) override;

private:
    void addFrequency(const QString& frequency);
    void frequencyPicked();
    void updateFields();

    QComboBox* m_frequency;
    QSpinBox* m_interval;
    QDateTimeEdit* m_startTime;
    QLabel* m_intervalNote; ///< what picking a frequency did to the interval
    QLabel* m_startTimeUtc;
    QCheckBox* m_backfill;
    QListWidget* m_nextRuns;
    QFormLayout* m_form;
    QStringList m_frequencies; ///< what m_frequency offers, in its order
    ScheduleIntervals m_intervals; ///< each frequency's interval: the user's, else the Platform's minimum
    bool m_loading = false;
};
