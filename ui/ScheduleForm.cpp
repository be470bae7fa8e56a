// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleForm.h"

#include "DateFormatHint.h"
#include "ElidingComboBox.h"
#include "InlineMessage.h"
#include "ScheduleWhen.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// The recipe paths DraftValidator names its problems with; each has an error label under its field.
const QString kDeltaKey = QStringLiteral("dataflow.deltaColumn");
const QString kDateFormatKey = QStringLiteral("dataflow.deltaColumn.dateFormat");
const QString kTimezoneKey = QStringLiteral("dataflow.deltaColumn.timezone");
const QString kPartialKey = QStringLiteral("dataflow.partialIngestionPercent");
const QString kNameKey = QStringLiteral("dataflow.name");
const QString kGeneralKey = QStringLiteral("dataflow");

} // namespace

ScheduleForm::ScheduleForm(QWidget* parent)
    : QWidget(parent)
    , m_problems(kGeneralKey)
    , m_when(new ScheduleWhen(&m_problems, this))
    , m_deltaColumn(new ElidingComboBox(this))
    , m_deltaRange(new QLabel(this))
    , m_dateFormat(new QLineEdit(this))
    , m_formatHint(new DateFormatHint(this))
    , m_timezone(new QLineEdit(this))
    , m_errorDiagnostics(new QCheckBox(tr("Error dia&gnostics"), this))
    , m_partialIngestion(new QCheckBox(tr("&Partial ingestion"), this))
    , m_partialPercent(new QDoubleSpinBox(this))
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_specStatus(new QLabel(this))
    , m_message(new InlineMessage(this))
{
    m_deltaColumn->setObjectName(QStringLiteral("deltaColumnComboBox"));
    m_deltaColumn->setAccessibleName(tr("Delta column"));
    // Names and ranges are long: the combo takes the row's width (never a fixed one) and elides the rest.
    m_deltaColumn->setToolTip(
        tr("A date-time column that changes whenever a row changes, such as \u201clast modified\u201d. "
           "Each run copies the rows whose value falls in the time since the previous run."));
    m_deltaRange->setObjectName(QStringLiteral("deltaRangeLabel"));
    m_deltaRange->setWordWrap(true);
    m_dateFormat->setObjectName(QStringLiteral("dateFormatLineEdit"));
    m_dateFormat->setAccessibleName(tr("Date format"));
    m_dateFormat->setPlaceholderText(ScheduleDefaults::dateFormat());
    m_dateFormat->setToolTip(tr("How the delta column writes its dates, as a Java date pattern: yyyy year, MM month, "
                                "dd day, HH hour, mm minutes, ss seconds."));
    m_timezone->setObjectName(QStringLiteral("timezoneLineEdit"));
    m_timezone->setAccessibleName(tr("Time zone"));
    m_timezone->setPlaceholderText(ScheduleDefaults::timezone());
    m_timezone->setToolTip(tr("The time zone of the delta column's dates, such as UTC or Europe/Paris."));
    QStringList zones;
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        zones << QString::fromLatin1(id);
    auto* completer = new QCompleter(zones, m_timezone);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_timezone->setCompleter(completer);

    m_name->setObjectName(QStringLiteral("flowNameLineEdit"));
    m_name->setAccessibleName(tr("Dataflow name"));
    m_description->setObjectName(QStringLiteral("descriptionLineEdit"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("Optional"));
    m_errorDiagnostics->setObjectName(QStringLiteral("errorDiagnosticsCheckBox"));
    m_errorDiagnostics->setAccessibleName(tr("Error diagnostics"));
    m_errorDiagnostics->setToolTip(tr("Keeps why each rejected row failed, so you can look at it later. It can only "
                                      "be turned on now, when the dataflow is created."));
    m_partialIngestion->setObjectName(QStringLiteral("partialIngestionCheckBox"));
    m_partialIngestion->setAccessibleName(tr("Partial ingestion"));
    m_partialIngestion->setToolTip(tr("Off: one bad row fails the whole run. On: the good rows are ingested as long "
                                      "as the share of bad rows stays under the threshold."));
    m_partialPercent->setObjectName(QStringLiteral("partialIngestionSpinBox"));
    m_partialPercent->setAccessibleName(tr("Partial ingestion threshold"));
    m_partialPercent->setRange(0, 100);
    m_partialPercent->setDecimals(1);
    m_partialPercent->setSuffix(tr(" %"));
    m_partialPercent->setToolTip(tr("The run fails when more than this share of the rows is rejected."));

    m_specStatus->setObjectName(QStringLiteral("flowSpecStatusLabel"));
    m_specStatus->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("scheduleMessage"));

    // Which rows: the delta column and how its dates read.
    auto* rows = new QGroupBox(tr("New and changed rows"), this);
    auto* rowsForm = new QFormLayout(rows);
    rowsForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    // French labels here are long ("Chargement des données incrémentielles par"): fields go under them.
    rowsForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_problems.addRow(this, rowsForm, tr("&Delta column:"), m_deltaColumn, kDeltaKey,
                      QStringLiteral("deltaColumnErrorLabel"));
    rowsForm->addRow(m_deltaRange);
    m_problems.addRow(this, rowsForm, tr("Date &format:"), m_dateFormat, kDateFormatKey,
                      QStringLiteral("dateFormatErrorLabel"));
    rowsForm->addRow(m_formatHint);
    m_problems.addRow(this, rowsForm, tr("Time &zone:"), m_timezone, kTimezoneKey,
                      QStringLiteral("timezoneErrorLabel"));

    // The dataflow itself: its name and what it does with bad rows.
    auto* flow = new QGroupBox(tr("Dataflow"), this);
    auto* flowForm = new QFormLayout(flow);
    flowForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_problems.addRow(this, flowForm, tr("Dataflow na&me:"), m_name, kNameKey, QStringLiteral("flowNameErrorLabel"));
    m_problems.addRow(this, flowForm, tr("Descrip&tion:"), m_description, QStringLiteral("dataflow.description"),
                      QStringLiteral("descriptionErrorLabel"));
    flowForm->addRow(QString(), m_errorDiagnostics);
    flowForm->addRow(QString(), m_partialIngestion);
    m_problems.addRow(this, flowForm, tr("Th&reshold of rejected rows:"), m_partialPercent, kPartialKey,
                      QStringLiteral("partialIngestionErrorLabel"));

    auto* grid = new QGridLayout;
    grid->addWidget(m_when, 0, 0, 2, 1);
    grid->addWidget(rows, 0, 1);
    grid->addWidget(flow, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid, 1);
    layout->addWidget(m_problems.addLabel(this, kGeneralKey, QStringLiteral("scheduleErrorLabel")));
    layout->addWidget(m_specStatus);
    layout->addWidget(m_message);

    // Keyboard order follows the reading order: the schedule column, then the rows, then the dataflow.
    m_tabOrder = m_when->fields();
    m_tabOrder << QList<QWidget*>{m_deltaColumn, m_dateFormat,       m_formatHint->button(), m_timezone,      m_name,
                                  m_description, m_errorDiagnostics, m_partialIngestion,     m_partialPercent};
    for (qsizetype i = 1; i < m_tabOrder.size(); ++i)
        setTabOrder(m_tabOrder.at(i - 1), m_tabOrder.at(i));

    const auto edited = [this] {
        if (m_loading)
            return;
        updateForm();
        Q_EMIT changed();
    };
    connect(m_when, &ScheduleWhen::changed, this, edited);
    connect(m_deltaColumn, &QComboBox::currentIndexChanged, this, edited);
    connect(m_dateFormat, &QLineEdit::textChanged, this, edited);
    connect(m_formatHint, &DateFormatHint::chosen, m_dateFormat, &QLineEdit::setText);
    connect(m_timezone, &QLineEdit::textChanged, this, edited);
    connect(m_errorDiagnostics, &QCheckBox::toggled, this, edited);
    connect(m_partialIngestion, &QCheckBox::toggled, this, edited);
    connect(m_partialPercent, &QDoubleSpinBox::valueChanged, this, edited);
    connect(m_name, &QLineEdit::textChanged, this, edited);
    connect(m_description, &QLineEdit::textChanged, this, edited);
}

void ScheduleForm::setRules(const FlowSpec& spec)
{
    m_when->setRules(spec);
}

void ScheduleForm::setDeltaColumns(const QList<DeltaColumnChoice>& choices)
{
    const QSignalBlocker blocker(m_deltaColumn);
    m_deltaColumn->clear();
    m_choices.clear();
    for (const DeltaColumnChoice& choice : choices) {
        m_choices << choice;
        m_deltaColumn->addItem(choice.lowest.isEmpty()
                                   ? tr("%1 (no value in the preview)").arg(choice.name)
                                   : tr("%1 (from %2 to %3)").arg(choice.name, choice.lowest, choice.highest),
                               choice.name);
    }
    m_deltaColumn->setEnabled(!m_choices.isEmpty());
    m_deltaColumn->setPlaceholderText(m_choices.isEmpty() ? tr("The table has no date-time column") : QString());
    m_deltaColumn->setCurrentIndex(-1);
}

void ScheduleForm::load(const DraftDataflow& dataflow)
{
    m_loading = true;
    m_when->load(dataflow.schedule);

    const QString delta = dataflow.deltaColumn ? dataflow.deltaColumn->name : QString();
    auto known = [&] {
        return std::find_if(m_choices.cbegin(), m_choices.cend(),
                            [&](const DeltaColumnChoice& choice) { return choice.name == delta; });
    };
    if (!delta.isEmpty() && known() == m_choices.cend()) {
        // Kept from a recipe while the table's columns are unknown; the validator checks it once they are.
        m_choices << DeltaColumnChoice{delta, {}, {}, 0, false};
        m_deltaColumn->addItem(tr("%1 (not in the table preview)").arg(delta), delta);
        m_deltaColumn->setEnabled(true);
    }
    m_deltaColumn->setCurrentIndex(delta.isEmpty() ? -1 : int(known() - m_choices.cbegin()));
    m_dateFormat->setText(dataflow.deltaColumn ? dataflow.deltaColumn->dateFormat : ScheduleDefaults::dateFormat());
    m_timezone->setText(dataflow.deltaColumn ? dataflow.deltaColumn->timezone : ScheduleDefaults::timezone());

    m_errorDiagnostics->setChecked(dataflow.errorDiagnostics);
    m_partialIngestion->setChecked(dataflow.partialIngestionPercent.has_value());
    m_partialPercent->setValue(dataflow.partialIngestionPercent.value_or(ScheduleDefaults::kPartialIngestionPercent));
    m_name->setText(dataflow.name);
    m_description->setText(dataflow.description);
    for (QLineEdit* edit : {m_name, m_description})
        edit->setCursorPosition(0); // a long name shows its beginning, not its end
    m_loading = false;
    updateForm();
}

DraftDataflow ScheduleForm::rawValue() const
{
    DraftDataflow flow;
    flow.name = m_name->text().trimmed();
    flow.description = m_description->text().trimmed();
    flow.schedule = m_when->value();
    const int delta = m_deltaColumn->currentIndex();
    if (delta >= 0 && delta < m_choices.size())
        flow.deltaColumn
            = DeltaColumn{m_choices.at(delta).name, m_dateFormat->text().trimmed(), m_timezone->text().trimmed()};
    flow.errorDiagnostics = m_errorDiagnostics->isChecked();
    if (m_partialIngestion->isChecked())
        flow.partialIngestionPercent = m_partialPercent->value();
    return flow;
}

DraftDataflow ScheduleForm::value() const
{
    return ScheduleDefaults::constrained(rawValue());
}

void ScheduleForm::updateForm()
{
    const DraftDataflow flow = rawValue();
    const int delta = m_deltaColumn->currentIndex();
    const DeltaColumnChoice choice = delta >= 0 ? m_choices.value(delta) : DeltaColumnChoice{};
    QStringList hints;
    if (!choice.lowest.isEmpty())
        hints << tr("In the preview, its values go from %1 to %2.").arg(choice.lowest, choice.highest);
    if (choice.emptyRows > 0)
        hints << tr("%n row(s) of the preview have no value in this column; such rows are never picked up.", nullptr,
                    choice.emptyRows);
    m_deltaRange->setText(hints.join(QLatin1Char(' ')));
    m_deltaRange->setStyleSheet(choice.emptyRows > 0 ? QStringLiteral("color: #9c6500;") : QString());
    m_deltaRange->setVisible(!hints.isEmpty());
    m_dateFormat->setEnabled(delta >= 0);
    // The format against the preview's values: how many read with it, and the one they fit if it is another.
    m_formatHint->showCheck(
        delta < 0 ? DateFormats::Check{}
                  : DateFormats::check(m_dateFormat->text(), choice.samples, DateFormats::dayFirst(QLocale())));
    m_timezone->setEnabled(delta >= 0);

    const bool forced = ScheduleDefaults::forcesErrorDiagnostics(flow);
    m_partialPercent->setEnabled(m_partialIngestion->isChecked());
    if (forced) {
        const QSignalBlocker blocker(m_errorDiagnostics);
        m_errorDiagnostics->setChecked(true);
    }
    m_errorDiagnostics->setEnabled(!forced);
}

void ScheduleForm::showProblems(const QList<DraftProblem>& problems)
{
    m_problems.show(problems);
}

void ScheduleForm::showNextRuns(const QList<qint64>& runs)
{
    m_when->showNextRuns(runs);
}

bool ScheduleForm::focusFirstProblem()
{
    QWidget* field = m_problems.firstWithProblem(m_tabOrder);
    if (field)
        field->setFocus(Qt::OtherFocusReason);
    return field != nullptr;
}
