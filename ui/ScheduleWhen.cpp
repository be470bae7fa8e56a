// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleWhen.h"

#include "FieldProblems.h"
#include "core/ScheduleDefaults.h"
#include "core/ScheduleRules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

ScheduleWhen::ScheduleWhen(FieldProblems* problems, QWidget* parent)
    : QGroupBox(tr("When it runs"), parent)
    , m_frequency(new QComboBox(this))
    , m_interval(new QSpinBox(this))
    , m_startTime(new QDateTimeEdit(this))
    , m_intervalNote(new QLabel(this))
    , m_startTimeUtc(new QLabel(this))
    , m_backfill(new QCheckBox(tr("Bac&kfill the existing data"), this))
    , m_nextRuns(new QListWidget(this))
    , m_form(new QFormLayout)
{
    m_frequency->setObjectName(QStringLiteral("frequencyComboBox"));
    m_frequency->setAccessibleName(tr("Frequency"));
    m_frequency->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_interval->setObjectName(QStringLiteral("intervalSpinBox"));
    m_interval->setAccessibleName(tr("Interval"));
    m_interval->setRange(1, 9999);
    m_interval->setToolTip(tr("How many minutes, hours, days or weeks between two runs."));
    m_intervalNote->setObjectName(QStringLiteral("intervalNoteLabel"));
    m_intervalNote->setWordWrap(true);
    m_intervalNote->setSizePolicy(QSizePolicy::Expanding,
                                  QSizePolicy::Preferred); // the row's width, not the spin box's
    m_startTime->setObjectName(QStringLiteral("startTimeEdit"));
    m_startTime->setAccessibleName(tr("Start time"));
    m_startTime->setTimeSpec(Qt::LocalTime);
    m_startTime->setCalendarPopup(true);
    m_startTime->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_startTime->setToolTip(tr("In your computer's time zone. Experience Platform schedules in UTC; the UTC time is "
                               "shown beside it."));
    m_startTimeUtc->setObjectName(QStringLiteral("startTimeUtcLabel"));
    m_startTimeUtc->setAccessibleName(tr("Start time in UTC"));
    m_startTimeUtc->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_backfill->setObjectName(QStringLiteral("backfillCheckBox"));
    m_backfill->setAccessibleName(tr("Backfill"));
    m_backfill->setToolTip(tr("On: the first run also ingests all the data already in the table. Off: only the "
                              "rows added or changed from the start time on are ingested."));

    m_nextRuns->setObjectName(QStringLiteral("nextRunsList"));
    m_nextRuns->setAccessibleName(tr("Next runs"));
    m_nextRuns->setSelectionMode(QAbstractItemView::NoSelection);
    m_nextRuns->setToolTip(tr("When the next runs happen, in your time zone and in UTC."));

    auto* layout = new QVBoxLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    problems->addRow(this, m_form, tr("Fre&quency:"), m_frequency, QStringLiteral("dataflow.schedule.frequency"),
                     QStringLiteral("frequencyErrorLabel"));
    problems->addRow(this, m_form, tr("&Interval:"), m_interval, QStringLiteral("dataflow.schedule.interval"),
                     QStringLiteral("intervalErrorLabel"));
    m_form->addRow(QString(), m_intervalNote); // under the interval: beside it, the column is too narrow
    m_form->setRowVisible(m_intervalNote, false);
    problems->addRow(this, m_form, tr("&Start time:"), m_startTime, QStringLiteral("dataflow.schedule.startTime"),
                     QStringLiteral("startTimeErrorLabel"), m_startTimeUtc);
    problems->addRow(this, m_form, QString(), m_backfill, QStringLiteral("dataflow.schedule.backfill"),
                     QStringLiteral("backfillErrorLabel"));
    // The schedule as a whole: shown under its first field.
    problems->redirect(QStringLiteral("dataflow.schedule"), QStringLiteral("dataflow.schedule.frequency"));
    auto* runsLabel = new QLabel(tr("Ne&xt runs:"), this);
    runsLabel->setBuddy(m_nextRuns);
    layout->addLayout(m_form);
    layout->addWidget(runsLabel);
    layout->addWidget(m_nextRuns, 1);

    const auto edited = [this] {
        if (m_loading)
            return;
        updateFields();
        Q_EMIT changed();
    };
    connect(m_frequency, &QComboBox::currentIndexChanged, this, [this, edited] {
        if (!m_loading)
            frequencyPicked();
        edited();
    });
    connect(m_interval, &QSpinBox::valueChanged, this, [this, edited](int interval) {
        if (!m_loading) {
            // Typed for this frequency: it comes back with it, and the note about the last pick no longer applies.
            m_intervals.remember(value().frequency, interval);
            m_form->setRowVisible(m_intervalNote, false);
        }
        edited();
    });
    connect(m_startTime, &QDateTimeEdit::dateTimeChanged, this, edited);
    connect(m_backfill, &QCheckBox::toggled, this, edited);
}

QList<QWidget*> ScheduleWhen::fields() const
{
    return {m_frequency, m_interval, m_startTime, m_backfill, m_nextRuns};
}

void ScheduleWhen::addFrequency(const QString& frequency)
{
    m_frequencies << frequency;
    m_frequency->addItem(ScheduleRules::describe(frequency, m_intervals.intervalFor(frequency).value_or(0)), frequency);
}

void ScheduleWhen::frequencyPicked()
{
    // Each frequency has its own interval (15 minutes is not 15 hours): the one typed for it, else its minimum.
    const ScheduleIntervals::Change change = m_intervals.pick(value().frequency);
    if (change.interval) {
        const QSignalBlocker blocker(m_interval);
        m_interval->setValue(int(std::clamp<qint64>(*change.interval, 1, m_interval->maximum())));
    }
    m_intervalNote->setText(change.note);
    m_form->setRowVisible(m_intervalNote, !change.note.isEmpty());
}

void ScheduleWhen::setRules(const FlowSpec& spec)
{
    m_intervals.setSpec(spec);
    const QStringList frequencies = ScheduleRules::frequencies(spec);
    const QString current = m_frequencies.value(m_frequency->currentIndex());
    const QSignalBlocker blocker(m_frequency);
    m_frequency->clear();
    m_frequencies.clear();
    for (const QString& frequency : frequencies)
        addFrequency(frequency);
    // A recipe's frequency the live spec no longer offers stays visible, and the validator says why it is wrong.
    if (!current.isEmpty() && !m_frequencies.contains(current))
        addFrequency(current);
    m_frequency->setCurrentIndex(qMax(0, int(m_frequencies.indexOf(current))));
    updateFields();
}

void ScheduleWhen::load(const Schedule& schedule)
{
    m_loading = true;
    m_interval->setValue(int(std::clamp<qint64>(schedule.interval.value_or(1), 1, m_interval->maximum())));
    m_intervals.forget();
    if (schedule.interval && schedule.interval != m_intervals.intervalFor(schedule.frequency))
        m_intervals.remember(schedule.frequency, *schedule.interval); // the draft's own choice, as if typed
    m_form->setRowVisible(m_intervalNote, false);
    if (!schedule.frequency.isEmpty() && !m_frequencies.contains(schedule.frequency))
        addFrequency(schedule.frequency);
    m_frequency->setCurrentIndex(qMax(0, int(m_frequencies.indexOf(schedule.frequency))));
    if (schedule.startTime) // always, from ScheduleDefaults::withDefaults on the Platform's clock
        m_startTime->setDateTime(QDateTime::fromSecsSinceEpoch(*schedule.startTime));
    m_backfill->setChecked(schedule.backfill.value_or(true));
    m_loading = false;
    updateFields();
}

Schedule ScheduleWhen::value() const
{
    Schedule schedule;
    schedule.frequency = m_frequencies.value(m_frequency->currentIndex());
    schedule.interval = m_interval->value();
    schedule.backfill = m_backfill->isChecked();
    schedule.startTime = m_startTime->dateTime().toSecsSinceEpoch();
    return schedule;
}

void ScheduleWhen::updateFields()
{
    const bool interval = ScheduleDefaults::hasInterval(value().frequency);
    // The Adobe UI hides interval and backfill for a one-time flow; so do we (the row, label included).
    m_form->setRowVisible(m_interval->parentWidget(), interval);
    m_form->setRowVisible(m_backfill->parentWidget(), interval);
    m_interval->setEnabled(interval);
    m_backfill->setEnabled(interval);
    // Each item says what picking it gives: "Every 1 hour" beside "Every 15 minutes", not "Every 15 hours".
    for (int i = 0; i < m_frequencies.size(); ++i)
        m_frequency->setItemText(
            i,
            ScheduleRules::describe(m_frequencies.at(i),
                                    i == m_frequency->currentIndex()
                                        ? m_interval->value()
                                        : m_intervals.intervalFor(m_frequencies.at(i)).value_or(0)));
    const QDateTime utc = m_startTime->dateTime().toUTC();
    m_startTimeUtc->setText(tr("%1 UTC").arg(QLocale().toString(utc, QLocale::ShortFormat)));
}

void ScheduleWhen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        const QSignalBlocker blocker(m_startTime); // the same time, shown in another format
        m_startTime->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
        m_startTime->setLocale(QLocale()); // also forgets the size the old format needed
        updateFields();
        QList<qint64> runs;
        for (int i = 0; i < m_nextRuns->count(); ++i)
            runs << m_nextRuns->item(i)->data(Qt::UserRole).toLongLong();
        showNextRuns(runs);
    }
    QGroupBox::changeEvent(event);
}

void ScheduleWhen::showNextRuns(const QList<qint64>& runs)
{
    m_nextRuns->clear();
    const QLocale locale;
    for (const qint64 run : runs) {
        const QDateTime local = QDateTime::fromSecsSinceEpoch(run).toLocalTime();
        const QDateTime utc = QDateTime::fromSecsSinceEpoch(run, QTimeZone::utc());
        auto* item = new QListWidgetItem(
            tr("%1 local time \u2014 %2 UTC")
                .arg(locale.toString(local, QLocale::ShortFormat), locale.toString(utc, QLocale::ShortFormat)),
            m_nextRuns);
        item->setData(Qt::UserRole, run);
    }
}
