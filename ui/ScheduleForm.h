// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldProblems.h"
#include "core/ScheduleDefaults.h"
#include "model/DataflowDraft.h"
#include "model/FlowSpec.h"

#include <QStringList>
#include <QWidget>

class DateFormatHint;
class InlineMessage;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class ScheduleWhen;

/**
 * The Schedule step's fields: when the dataflow runs, its delta column, its name and options, with the problems
 * beside them and the next runs. It shows values and reports edits (changed()); the page and app/core decide.
 * Its words keep the SchedulePage translation context: they were the page's, and the catalogues have them.
 */
class ScheduleForm : public QWidget
{
    Q_OBJECT
public:
    explicit ScheduleForm(QWidget* parent = nullptr);

    /** The rules of @p spec: the frequencies offered and the interval each starts with (ScheduleWhen::setRules). */
    void setRules(const FlowSpec& spec);
    /** The table's date-time columns, each with its range in the preview. */
    void setDeltaColumns(const QList<DeltaColumnChoice>& choices);
    /** Shows @p dataflow (every part set: ScheduleDefaults::withDefaults); emits no changed(). */
    void load(const DraftDataflow& dataflow);
    /** What the fields say, with the rules between them applied (ScheduleDefaults::constrained). */
    DraftDataflow value() const;

    void showProblems(const QList<DraftProblem>& problems);
    void showNextRuns(const QList<qint64>& runs);
    /** Takes the keyboard to the first field with a problem; false when none has one. */
    bool focusFirstProblem();

    InlineMessage* message() const { return m_message; }
    QLabel* specStatus() const { return m_specStatus; }

Q_SIGNALS:
    /** The user changed a field. */
    void changed();

private:
    DraftDataflow rawValue() const;
    void updateForm();

    FieldProblems m_problems; ///< first: the fields register their labels with it as they are made
    ScheduleWhen* m_when;
    QComboBox* m_deltaColumn;
    QLabel* m_deltaRange;
    QLineEdit* m_dateFormat;
    DateFormatHint* m_formatHint;
    QLineEdit* m_timezone;
    QCheckBox* m_errorDiagnostics;
    QCheckBox* m_partialIngestion;
    QDoubleSpinBox* m_partialPercent;
    QLineEdit* m_name;
    QLineEdit* m_description;
    QLabel* m_specStatus;
    InlineMessage* m_message;
    QList<QWidget*> m_tabOrder;
    QList<DeltaColumnChoice> m_choices; ///< what m_deltaColumn offers, in its order
    bool m_loading = false;
};
