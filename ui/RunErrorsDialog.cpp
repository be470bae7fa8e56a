// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunErrorsDialog.h"

#include "core/RunErrorText.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

RunErrorsDialog::RunErrorsDialog(const RunInfo& run, QWidget* parent)
    : QDialog(parent)
    , m_run(run)
    , m_refused(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_detailsButton(new QToolButton(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("runErrorsDialog"));
    auto* intro = new QLabel(tr("What went wrong in this run, in plain words. The Platform's own text is under "
                                "Details, for Adobe support."),
                             this);
    intro->setWordWrap(true);
    // The Platform describes some records' errors (often examples), not every refused record: say how many there were.
    m_refused->setObjectName(QStringLiteral("runErrorsRefusedLabel"));
    m_refused->setWordWrap(true);
    m_refused->setVisible(run.recordsFailed.value_or(0) > 0);
    m_table->setObjectName(QStringLiteral("runErrorsTable"));
    m_table->setAccessibleName(tr("Errors of the run"));
    m_table->setColumnCount(3);
    fill();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(CodeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_detailsButton->setObjectName(QStringLiteral("runErrorsDetailsButton"));
    m_detailsButton->setText(tr("&Details"));
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAutoRaise(true);
    m_details->setObjectName(QStringLiteral("runErrorsDetails"));
    m_details->setAccessibleName(tr("The Platform's text of the errors"));
    m_details->setReadOnly(true);
    m_details->setPlainText(RunErrorText::platformText(run.errors));
    m_details->setVisible(false);
    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool open) {
        m_detailsButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_details->setVisible(open);
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_refused);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    layout->addWidget(m_details, 1);
    layout->addWidget(buttons);
    resize(720, 420);
}

void RunErrorsDialog::fill()
{
    const QString started = m_run.startedAtMs
        ? RunsModel::timeWithUtc(QDateTime::fromMSecsSinceEpoch(*m_run.startedAtMs).toLocalTime(), QLocale())
        : QString();
    setWindowTitle(started.isEmpty() ? tr("Errors of the run") : tr("Errors of the run started %1").arg(started));
    m_refused->setText(tr("Records refused in this run: %1. The Platform may describe only some of them.")
                           .arg(QLocale().toString(m_run.recordsFailed.value_or(0))));
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("What happened"), tr("Count")});
    const QList<RunErrorGroup> groups = RunErrorText::group(m_run.errors);
    m_table->setRowCount(int(groups.size()));
    for (int row = 0; row < groups.size(); ++row) {
        const RunErrorGroup& group = groups.at(row);
        m_table->setItem(row, CodeColumn, new QTableWidgetItem(group.code));
        auto* text = new QTableWidgetItem(group.text);
        text->setToolTip(group.text);
        m_table->setItem(row, TextColumn, text);
        auto* count = new QTableWidgetItem(QLocale().toString(group.count));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, CountColumn, count);
    }
}

void RunErrorsDialog::changeEvent(QEvent* event)
{
    // The language changed while the dialog was open: the wizard's Retranslation covers the fixed texts; the plain
    // words of the errors, the counts and the time are built here.
    if (event->type() == QEvent::LanguageChange)
        fill();
    QDialog::changeEvent(event);
}
