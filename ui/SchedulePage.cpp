// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchedulePage.h"

#include "InlineMessage.h"
#include "core/ScheduleRules.h"
#include "core/Session.h"
#include "core/TablePreviewModel.h"
#include "core/WizardState.h"
#include "model/DraftValidator.h"
#include "platform/PlatformClient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace {

const QString kFlow = QLatin1String(Platform::kFlowService);
const QString kDefaultDateFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");
const QString kDefaultTimezone = QStringLiteral("UTC");
constexpr double kDefaultPartialPercent = 5.0; // the Adobe UI's default threshold
constexpr int kRunsShown = 5;
constexpr int kRevalidateMs = 30'000; // a start time chosen a few minutes ahead can pass while the page is open

// The recipe paths DraftValidator names its problems with; each has an error label under its field.
const QString kFrequencyKey = QStringLiteral("dataflow.schedule.frequency");
const QString kIntervalKey = QStringLiteral("dataflow.schedule.interval");
const QString kStartKey = QStringLiteral("dataflow.schedule.startTime");
const QString kBackfillKey = QStringLiteral("dataflow.schedule.backfill");
const QString kDeltaKey = QStringLiteral("dataflow.deltaColumn");
const QString kDateFormatKey = QStringLiteral("dataflow.deltaColumn.dateFormat");
const QString kTimezoneKey = QStringLiteral("dataflow.deltaColumn.timezone");
const QString kPartialKey = QStringLiteral("dataflow.partialIngestionPercent");
const QString kNameKey = QStringLiteral("dataflow.name");
const QString kGeneralKey = QStringLiteral("dataflow");

QLabel* errorLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setVisible(false);
    return label;
}

/** The next full hour at least a quarter of an hour away: a start the user rarely needs to change. */
QDateTime defaultStart()
{
    const qint64 soon = QDateTime::currentSecsSinceEpoch() + 15 * 60;
    return QDateTime::fromSecsSinceEpoch((soon / 3600 + 1) * 3600);
}

/** Which label shows a problem: the deepest known path that prefixes the problem's field. */
QString labelKeyFor(const QString& field, const QList<QString>& keys)
{
    if (field == QLatin1String("dataflow.schedule"))
        return kFrequencyKey; // the schedule as a whole: shown under its first field
    QString best;
    for (const QString& key : keys) {
        if ((field == key || field.startsWith(key + QLatin1Char('.'))) && key.size() > best.size())
            best = key;
    }
    return best.isEmpty() ? kGeneralKey : best;
}

} // namespace

SchedulePage::SchedulePage(Session* session, WizardState* state, QWidget* parent)
    : WizardPage(parent)
    , m_session(session)
    , m_state(state)
    , m_frequency(new QComboBox(this))
    , m_interval(new QSpinBox(this))
    , m_startTime(new QDateTimeEdit(this))
    , m_startTimeUtc(new QLabel(this))
    , m_backfill(new QCheckBox(tr("Bac&kfill the existing data"), this))
    , m_deltaColumn(new QComboBox(this))
    , m_deltaRange(new QLabel(this))
    , m_dateFormat(new QLineEdit(this))
    , m_timezone(new QLineEdit(this))
    , m_errorDiagnostics(new QCheckBox(tr("Error dia&gnostics"), this))
    , m_partialIngestion(new QCheckBox(tr("&Partial ingestion"), this))
    , m_partialPercent(new QDoubleSpinBox(this))
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_nextRuns(new QListWidget(this))
    , m_specStatus(new QLabel(this))
    , m_message(new InlineMessage(this))
    , m_scheduleForm(new QFormLayout)
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("schedulePage"));
    setTitle(tr("Schedule"));
    setSubTitle(tr("Choose when the dataflow runs and how it recognises new and changed rows."));

    m_frequency->setObjectName(QStringLiteral("frequencyComboBox"));
    m_frequency->setAccessibleName(tr("Frequency"));
    m_frequency->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_interval->setObjectName(QStringLiteral("intervalSpinBox"));
    m_interval->setAccessibleName(tr("Interval"));
    m_interval->setRange(1, 9999);
    m_interval->setToolTip(tr("How many minutes, hours, days or weeks between two runs."));
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

    m_deltaColumn->setObjectName(QStringLiteral("deltaColumnComboBox"));
    m_deltaColumn->setAccessibleName(tr("Delta column"));
    // Names and ranges are long: the combo takes the row's width (never a fixed one) and elides the rest.
    m_deltaColumn->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_deltaColumn->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_deltaColumn->setToolTip(
        tr("A date-time column that changes whenever a row changes, such as \u201clast modified\u201d. "
           "Each run copies the rows whose value falls in the time since the previous run."));
    m_deltaRange->setObjectName(QStringLiteral("deltaRangeLabel"));
    m_deltaRange->setWordWrap(true);
    m_dateFormat->setObjectName(QStringLiteral("dateFormatLineEdit"));
    m_dateFormat->setAccessibleName(tr("Date format"));
    m_dateFormat->setPlaceholderText(kDefaultDateFormat);
    m_dateFormat->setToolTip(tr("How the delta column writes its dates, as a Java date pattern: yyyy year, MM month, "
                                "dd day, HH hour, mm minutes, ss seconds."));
    m_timezone->setObjectName(QStringLiteral("timezoneLineEdit"));
    m_timezone->setAccessibleName(tr("Time zone"));
    m_timezone->setPlaceholderText(kDefaultTimezone);
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

    m_nextRuns->setObjectName(QStringLiteral("nextRunsList"));
    m_nextRuns->setAccessibleName(tr("Next runs"));
    m_nextRuns->setSelectionMode(QAbstractItemView::NoSelection);
    m_nextRuns->setToolTip(tr("When the next runs happen, in your time zone and in UTC."));
    m_specStatus->setObjectName(QStringLiteral("flowSpecStatusLabel"));
    m_specStatus->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("scheduleMessage"));

    // When: frequency, interval, start, backfill and what it gives.
    auto* when = new QGroupBox(tr("When it runs"), this);
    auto* whenLayout = new QVBoxLayout(when);
    m_scheduleForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addField(m_scheduleForm, tr("Fre&quency:"), m_frequency, kFrequencyKey, QStringLiteral("frequencyErrorLabel"));
    addField(m_scheduleForm, tr("&Interval:"), m_interval, kIntervalKey, QStringLiteral("intervalErrorLabel"));
    addField(m_scheduleForm, tr("&Start time:"), m_startTime, kStartKey, QStringLiteral("startTimeErrorLabel"),
             m_startTimeUtc);
    addField(m_scheduleForm, QString(), m_backfill, kBackfillKey, QStringLiteral("backfillErrorLabel"));
    auto* runsLabel = new QLabel(tr("Ne&xt runs:"), when);
    runsLabel->setBuddy(m_nextRuns);
    whenLayout->addLayout(m_scheduleForm);
    whenLayout->addWidget(runsLabel);
    whenLayout->addWidget(m_nextRuns, 1);

    // Which rows: the delta column and how its dates read.
    auto* rows = new QGroupBox(tr("New and changed rows"), this);
    auto* rowsForm = new QFormLayout(rows);
    rowsForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    // French labels here are long ("Chargement des données incrémentielles par"): fields go under them.
    rowsForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    addField(rowsForm, tr("&Delta column:"), m_deltaColumn, kDeltaKey, QStringLiteral("deltaColumnErrorLabel"));
    rowsForm->addRow(m_deltaRange);
    addField(rowsForm, tr("Date &format:"), m_dateFormat, kDateFormatKey, QStringLiteral("dateFormatErrorLabel"));
    addField(rowsForm, tr("Time &zone:"), m_timezone, kTimezoneKey, QStringLiteral("timezoneErrorLabel"));

    // The dataflow itself: its name and what it does with bad rows.
    auto* flow = new QGroupBox(tr("Dataflow"), this);
    auto* flowForm = new QFormLayout(flow);
    flowForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addField(flowForm, tr("Dataflow na&me:"), m_name, kNameKey, QStringLiteral("flowNameErrorLabel"));
    addField(flowForm, tr("Descrip&tion:"), m_description, QStringLiteral("dataflow.description"),
             QStringLiteral("descriptionErrorLabel"));
    flowForm->addRow(QString(), m_errorDiagnostics);
    flowForm->addRow(QString(), m_partialIngestion);
    addField(flowForm, tr("Th&reshold of rejected rows:"), m_partialPercent, kPartialKey,
             QStringLiteral("partialIngestionErrorLabel"));

    auto* general = errorLabel(this, QStringLiteral("scheduleErrorLabel"));
    m_errorLabels.insert(kGeneralKey, general);

    auto* grid = new QGridLayout;
    grid->addWidget(when, 0, 0, 2, 1);
    grid->addWidget(rows, 0, 1);
    grid->addWidget(flow, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid, 1);
    layout->addWidget(general);
    layout->addWidget(m_specStatus);
    layout->addWidget(m_message);

    // Keyboard order follows the reading order: the schedule column, then the rows, then the dataflow.
    m_tabOrder = {m_frequency,        m_interval,         m_startTime,     m_backfill, m_nextRuns,
                  m_deltaColumn,      m_dateFormat,       m_timezone,      m_name,     m_description,
                  m_errorDiagnostics, m_partialIngestion, m_partialPercent};
    for (qsizetype i = 1; i < m_tabOrder.size(); ++i)
        setTabOrder(m_tabOrder.at(i - 1), m_tabOrder.at(i));

    const auto changed = [this] {
        updateForm();
        validate();
    };
    connect(m_frequency, &QComboBox::currentIndexChanged, this, [this, changed] {
        // Moving to "minute" with a small interval would only earn an error: start at the smallest allowed.
        if (!m_loading && m_frequency->currentData().toString() == QLatin1String("minute")
            && m_interval->value() < DraftValidator::kMinuteMinimumInterval)
            m_interval->setValue(DraftValidator::kMinuteMinimumInterval);
        changed();
    });
    connect(m_interval, &QSpinBox::valueChanged, this, changed);
    connect(m_startTime, &QDateTimeEdit::dateTimeChanged, this, changed);
    connect(m_backfill, &QCheckBox::toggled, this, changed);
    connect(m_deltaColumn, &QComboBox::currentIndexChanged, this, changed);
    connect(m_dateFormat, &QLineEdit::textChanged, this, changed);
    connect(m_timezone, &QLineEdit::textChanged, this, changed);
    connect(m_errorDiagnostics, &QCheckBox::toggled, this, changed);
    connect(m_partialIngestion, &QCheckBox::toggled, this, changed);
    connect(m_partialPercent, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_name, &QLineEdit::textChanged, this, changed);
    connect(m_description, &QLineEdit::textChanged, this, changed);
    m_clock->setInterval(kRevalidateMs);
    connect(m_clock, &QTimer::timeout, this, [this] { validate(); });
}

QLabel* SchedulePage::addField(QFormLayout* form, const QString& label, QWidget* field, const QString& key,
                               const QString& errorName, QWidget* extra)
{
    auto* container = new QWidget(this);
    auto* column = new QVBoxLayout(container);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    if (extra) {
        auto* row = new QHBoxLayout;
        row->addWidget(field, 1);
        row->addWidget(extra);
        column->addLayout(row);
    } else {
        column->addWidget(field);
    }
    QLabel* problem = errorLabel(container, errorName);
    column->addWidget(problem);
    m_errorLabels.insert(key, problem);
    m_fields.insert(key, field);
    if (label.isEmpty()) {
        form->addRow(container);
    } else {
        auto* caption = new QLabel(label, this);
        caption->setBuddy(field);
        form->addRow(caption, container);
    }
    return problem;
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
    return m_state->flowSpec.isEmpty() ? FlowSpec::crmToAep() : FlowSpec(m_state->flowSpec);
}

void SchedulePage::initializePage()
{
    m_loading = true;
    fillFrequencies();
    fillDeltaColumns();
    loadDraft(m_state->draft.dataflow);
    m_loading = false;
    updateForm();
    validate();
    if (m_state->flowSpec.isEmpty())
        fetchFlowSpec();
    else
        m_specStatus->setText(tr("Checked against the Platform's own rules for this kind of dataflow."));
}

void SchedulePage::showEvent(QShowEvent* event)
{
    WizardPage::showEvent(event);
    // Also when coming Back from the next page, where initializePage() is not called again. Queued: validate()
    // emits completeChanged(), on which QWizard shows the page again while it is still being shown.
    QTimer::singleShot(0, this, [this] { validate(); });
    m_clock->start();
}

void SchedulePage::hideEvent(QHideEvent* event)
{
    m_clock->stop();
    WizardPage::hideEvent(event);
}

void SchedulePage::cleanupPage()
{
    // Back keeps what was typed, even if it is not valid yet: the draft is the only store.
    m_state->draft.dataflow = dataflow();
}

void SchedulePage::fetchFlowSpec()
{
    if (m_specCall)
        return;
    m_specStatus->setText(tr("Reading the Platform's rules for schedules\u2026"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("property"),
                       QStringLiteral("name==\"%1\"").arg(QLatin1String(KnownIds::kCrmToAepName)));
    m_specCall = m_session->client()->get(kFlow + QStringLiteral("/flowSpecs"), query);
    connect(m_specCall, &PlatformCall::finished, this, [this](PlatformCall* done) {
        const QJsonArray items
            = done->ok() ? done->json().object().value(QLatin1String("items")).toArray() : QJsonArray();
        if (items.isEmpty() || !items.first().isObject()) {
            m_specStatus->setText(tr("Checked against the wizard's built-in copy of the rules."));
            m_message->showMessage(InlineMessage::Type::Warning,
                                   tr("The Platform's rules for schedules could not be read, so the wizard checks "
                                      "with its built-in copy. The Platform checks again when the dataflow is "
                                      "created."),
                                   done->ok() ? tr("No flow spec named %1.").arg(QLatin1String(KnownIds::kCrmToAepName))
                                              : done->error().toString());
            QPushButton* retry = m_message->addAction(tr("Retry"), QStringLiteral("retryFlowSpecButton"));
            connect(retry, &QPushButton::clicked, this, [this] {
                m_message->hideMessage();
                fetchFlowSpec();
            });
            return;
        }
        m_state->flowSpec = items.first().toObject();
        m_message->hideMessage();
        m_specStatus->setText(tr("Checked against the Platform's own rules for this kind of dataflow."));
        m_loading = true;
        const DraftDataflow current = dataflow();
        fillFrequencies();
        loadDraft(current);
        m_loading = false;
        updateForm();
        validate();
    });
}

void SchedulePage::fillFrequencies()
{
    const QString current = m_frequency->currentData().toString();
    const QSignalBlocker blocker(m_frequency);
    m_frequency->clear();
    for (const QString& frequency : ScheduleRules::frequencies(flowSpec()))
        m_frequency->addItem(ScheduleRules::describe(frequency, m_interval->value()), frequency);
    m_frequency->setCurrentIndex(qMax(0, m_frequency->findData(current)));
}

void SchedulePage::fillDeltaColumns()
{
    const QString current = m_deltaColumn->currentData().toString();
    const QSignalBlocker blocker(m_deltaColumn);
    m_deltaColumn->clear();
    TablePreviewModel preview;
    preview.setTable(m_state->columns, m_state->previewRows);
    for (const QString& column : m_state->dateTimeColumns()) {
        const auto [lowest, highest] = preview.range(column);
        const QString text = lowest.isEmpty() ? tr("%1 (no value in the preview)").arg(column)
                                              : tr("%1 (from %2 to %3)").arg(column, lowest, highest);
        m_deltaColumn->addItem(text, column);
        m_deltaColumn->setItemData(m_deltaColumn->count() - 1, lowest, Qt::UserRole + 1);
        m_deltaColumn->setItemData(m_deltaColumn->count() - 1, highest, Qt::UserRole + 2);
        // Rows without a value in the delta column fall in no run's window: they would never be ingested.
        int empty = 0;
        for (const QJsonValue& row : std::as_const(m_state->previewRows))
            empty += row.toObject().value(column).toVariant().toString().isEmpty() ? 1 : 0;
        m_deltaColumn->setItemData(m_deltaColumn->count() - 1, empty, Qt::UserRole + 3);
    }
    m_deltaColumn->setEnabled(m_deltaColumn->count() > 0);
    m_deltaColumn->setPlaceholderText(m_deltaColumn->count() > 0 ? QString() : tr("The table has no date-time column"));
    m_deltaColumn->setCurrentIndex(m_deltaColumn->findData(current));
}

void SchedulePage::loadDraft(const DraftDataflow& dataflow)
{
    const Schedule& schedule = dataflow.schedule;
    m_interval->setValue(int(std::clamp<qint64>(schedule.interval.value_or(1), 1, m_interval->maximum())));
    int frequency = m_frequency->findData(schedule.frequency);
    if (frequency < 0 && !schedule.frequency.isEmpty()) {
        // A recipe's frequency the live spec no longer offers stays visible, and the validator says why it is wrong.
        m_frequency->addItem(ScheduleRules::describe(schedule.frequency, m_interval->value()), schedule.frequency);
        frequency = m_frequency->count() - 1;
    }
    m_frequency->setCurrentIndex(qMax(0, frequency));
    m_startTime->setDateTime(schedule.startTime ? QDateTime::fromSecsSinceEpoch(*schedule.startTime).toLocalTime()
                                                : defaultStart());
    m_backfill->setChecked(schedule.backfill.value_or(true));

    QString delta = dataflow.deltaColumn ? dataflow.deltaColumn->name : QString();
    if (!delta.isEmpty() && m_deltaColumn->findData(delta) < 0) {
        // Kept from a recipe while the table's columns are unknown; the validator checks it once they are.
        m_deltaColumn->addItem(tr("%1 (not in the table preview)").arg(delta), delta);
        m_deltaColumn->setEnabled(true);
    }
    if (delta.isEmpty()) {
        // Most tables have one obvious "last modified" column: offer it first.
        for (int i = 0; i < m_deltaColumn->count() && delta.isEmpty(); ++i) {
            const QString name = m_deltaColumn->itemData(i).toString().toLower();
            if (name.contains(QLatin1String("lastmodified")) || name.contains(QLatin1String("updated")))
                delta = m_deltaColumn->itemData(i).toString();
        }
    }
    const int deltaIndex = m_deltaColumn->findData(delta);
    m_deltaColumn->setCurrentIndex(deltaIndex >= 0 ? deltaIndex : (m_deltaColumn->count() > 0 ? 0 : -1));
    m_dateFormat->setText(dataflow.deltaColumn ? dataflow.deltaColumn->dateFormat : kDefaultDateFormat);
    m_timezone->setText(dataflow.deltaColumn ? dataflow.deltaColumn->timezone : kDefaultTimezone);

    // A dataflow not configured yet starts with partial ingestion at 5 %: marketing tables always hold a few bad rows
    // (an empty e-mail, a malformed date), and without it one bad row fails the whole run.
    const bool fresh = dataflow.name.isEmpty() && !dataflow.deltaColumn;
    m_errorDiagnostics->setChecked(dataflow.errorDiagnostics || fresh);
    m_partialIngestion->setChecked(dataflow.partialIngestionPercent.has_value() || fresh);
    m_partialPercent->setValue(dataflow.partialIngestionPercent.value_or(kDefaultPartialPercent));
    QString name = dataflow.name;
    if (name.isEmpty()) {
        const QString what = m_state->draft.source.path.isEmpty() ? m_state->sourceLabel : m_state->draft.source.path;
        if (!what.isEmpty())
            name = tr("%1 to Experience Platform").arg(what);
    }
    m_name->setText(name);
    m_description->setText(dataflow.description);
}

DraftDataflow SchedulePage::dataflow() const
{
    DraftDataflow flow;
    flow.name = m_name->text().trimmed();
    flow.description = m_description->text().trimmed();
    Schedule& schedule = flow.schedule;
    schedule.frequency = m_frequency->currentData().toString();
    if (schedule.frequency == QLatin1String("once")) {
        // The flow spec refuses an interval or a backfill on a one-time flow: leave them out, not false.
        schedule.interval.reset();
        schedule.backfill.reset();
    } else {
        schedule.interval = m_interval->value();
        schedule.backfill = m_backfill->isChecked();
    }
    schedule.startTime = m_startTime->dateTime().toSecsSinceEpoch();
    const QString delta = m_deltaColumn->currentData().toString();
    if (!delta.isEmpty())
        flow.deltaColumn = DeltaColumn{delta, m_dateFormat->text().trimmed(), m_timezone->text().trimmed()};
    flow.errorDiagnostics = m_errorDiagnostics->isChecked();
    if (m_partialIngestion->isChecked())
        flow.partialIngestionPercent = m_partialPercent->value();
    return flow;
}

void SchedulePage::updateForm()
{
    const bool once = m_frequency->currentData().toString() == QLatin1String("once");
    // The Adobe UI hides interval and backfill for a one-time flow; so do we (the row, label included).
    m_scheduleForm->setRowVisible(m_interval->parentWidget(), !once);
    m_scheduleForm->setRowVisible(m_backfill->parentWidget(), !once);
    m_interval->setEnabled(!once);
    m_backfill->setEnabled(!once);
    for (int i = 0; i < m_frequency->count(); ++i)
        m_frequency->setItemText(i, ScheduleRules::describe(m_frequency->itemData(i).toString(), m_interval->value()));

    const QDateTime utc = m_startTime->dateTime().toUTC();
    m_startTimeUtc->setText(tr("%1 UTC").arg(QLocale().toString(utc, QLocale::ShortFormat)));

    const int delta = m_deltaColumn->currentIndex();
    const QString lowest = delta >= 0 ? m_deltaColumn->itemData(delta, Qt::UserRole + 1).toString() : QString();
    const QString highest = delta >= 0 ? m_deltaColumn->itemData(delta, Qt::UserRole + 2).toString() : QString();
    const int empty = delta >= 0 ? m_deltaColumn->itemData(delta, Qt::UserRole + 3).toInt() : 0;
    QStringList hints;
    if (!lowest.isEmpty())
        hints << tr("In the preview, its values go from %1 to %2.").arg(lowest, highest);
    if (empty > 0)
        hints << tr("%n row(s) of the preview have no value in this column; such rows are never picked up.", nullptr,
                    empty);
    m_deltaRange->setText(hints.join(QLatin1Char(' ')));
    m_deltaRange->setStyleSheet(empty > 0 ? QStringLiteral("color: #9c6500;") : QString());
    m_deltaRange->setVisible(!hints.isEmpty());
    m_dateFormat->setEnabled(delta >= 0);
    m_timezone->setEnabled(delta >= 0);

    // With partial ingestion on, the Platform always keeps error diagnostics (Adobe's partial-ingestion guide).
    m_partialPercent->setEnabled(m_partialIngestion->isChecked());
    if (m_partialIngestion->isChecked()) {
        const QSignalBlocker blocker(m_errorDiagnostics);
        m_errorDiagnostics->setChecked(true);
    }
    m_errorDiagnostics->setEnabled(!m_partialIngestion->isChecked());
}

void SchedulePage::validate()
{
    if (m_loading)
        return;
    DataflowDraft draft = m_state->draft;
    draft.dataflow = dataflow();
    // The engine's validator is the one judge (the same as --validate); only this page's part is shown here.
    m_problems.clear();
    const QList<DraftProblem> all = DraftValidator::validate(draft, flowSpec());
    for (const DraftProblem& problem : all) {
        if (problem.field.startsWith(kGeneralKey + QLatin1Char('.')) || problem.field == kGeneralKey)
            m_problems << problem;
    }
    const QList<QString> keys = m_errorLabels.keys();
    QHash<QString, QStringList> texts;
    QHash<QString, bool> errors;
    for (const DraftProblem& problem : std::as_const(m_problems)) {
        const QString key = labelKeyFor(problem.field, keys);
        texts[key] << problem.message;
        errors[key] = errors.value(key) || problem.isError();
    }
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        QLabel* label = it.value();
        const QString text = texts.value(it.key()).join(QLatin1Char('\n'));
        label->setText(text);
        label->setStyleSheet(errors.value(it.key()) ? QStringLiteral("color: #c01c28;")
                                                    : QStringLiteral("color: #9c6500;"));
        label->setVisible(!text.isEmpty());
        // Screen readers announce the field's problem with the field.
        if (QWidget* field = m_fields.value(it.key()))
            field->setAccessibleDescription(text);
    }
    showNextRuns(draft.dataflow.schedule);
    Q_EMIT completeChanged();
}

void SchedulePage::showNextRuns(const Schedule& schedule)
{
    m_nextRuns->clear();
    const QLocale locale;
    for (const qint64 run : ScheduleRules::nextRuns(schedule, kRunsShown)) {
        const QDateTime local = QDateTime::fromSecsSinceEpoch(run).toLocalTime();
        const QDateTime utc = QDateTime::fromSecsSinceEpoch(run, QTimeZone::utc());
        auto* item = new QListWidgetItem(
            tr("%1 local time \u2014 %2 UTC")
                .arg(locale.toString(local, QLocale::ShortFormat), locale.toString(utc, QLocale::ShortFormat)),
            m_nextRuns);
        item->setData(Qt::UserRole, run);
    }
}

bool SchedulePage::isComplete() const
{
    return !DraftProblem::hasErrors(m_problems);
}

bool SchedulePage::validatePage()
{
    validate(); // the start time may have passed since the last check
    if (!isComplete()) {
        // The messages are already beside the fields; take the keyboard to the first one.
        for (QWidget* field : std::as_const(m_tabOrder)) {
            if (!field->accessibleDescription().isEmpty() && field->isEnabled()) {
                field->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        return false;
    }
    const DraftDataflow flow = dataflow();
    if (!(flow == m_state->draft.dataflow)) {
        m_state->draft.dataflow = flow;
        m_state->markChanged(WizardState::Part::Schedule);
    }
    return true;
}
