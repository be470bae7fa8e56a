// SPDX-License-Identifier: GPL-3.0-or-later
#include "TablePage.h"

#include "InlineMessage.h"
#include "core/NewAccount.h"
#include "core/Session.h"
#include "core/TablePreviewModel.h"
#include "core/WizardState.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

TablePage::TablePage(Session* session, WizardState* state, QWidget* parent)
    : WizardPage(parent)
    , m_session(session)
    , m_service(session->client())
    , m_state(state)
    , m_search(new QLineEdit(this))
    , m_tables(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_preview(new QTableView(this))
    , m_model(new TablePreviewModel(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("tablePage"));
    setTitle(tr("Table"));
    setSubTitle(tr("Choose the table to bring into Experience Platform. Its first rows are shown so you can check "
                   "it is the right one."));

    m_search->setObjectName(QStringLiteral("tableSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search tables"));
    m_search->setAccessibleName(tr("Search tables"));
    m_search->setClearButtonEnabled(true);
    m_tables->setObjectName(QStringLiteral("tableList"));
    m_tables->setAccessibleName(tr("Tables"));
    m_summary->setObjectName(QStringLiteral("tableSummaryLabel"));
    m_summary->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("previewTableView"));
    m_preview->setAccessibleName(tr("Preview of the table"));
    m_preview->setModel(m_model);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAlternatingRowColors(true);
    m_preview->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 6);
    m_message->setObjectName(QStringLiteral("tableMessage"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* tablesLabel = new QLabel(tr("&Tables:"), left);
    tablesLabel->setBuddy(m_tables);
    leftLayout->addWidget(tablesLabel);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_tables);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* previewLabel = new QLabel(tr("&Preview:"), right);
    previewLabel->setBuddy(m_preview);
    rightLayout->addWidget(previewLabel);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_preview, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_search, &QLineEdit::textChanged, this, &TablePage::filterTables);
    connect(m_tables, &QListWidget::currentRowChanged, this, &TablePage::onTableChosen);
}

QString TablePage::helpText() const
{
    return tr("<p>A source keeps its data in <b>tables</b>, such as the contacts, the companies or the deals of "
              "HubSpot. A dataflow brings one table into Experience Platform.</p><p>The preview shows the table's "
              "first rows and, under each column name, the kind of value it holds (text, number, date and time). "
              "The date-and-time columns matter later: one of them tells which rows changed since the last "
              "run.</p>");
}

void TablePage::initializePage()
{
    const DraftSource& source = m_state->draft().source;
    if (m_state->newAccount()->needsCreating(source)
        || m_state->newAccount()->connectionFor(source) != m_loadedConnection)
        loadTables();
}

bool TablePage::isComplete() const
{
    const int row = m_tables->currentRow();
    return row >= 0 && row < m_tableList.size() && m_tableList.at(row).path == m_previewPath && !m_columns.isEmpty();
}

bool TablePage::validatePage()
{
    storeInput();
    return true;
}

void TablePage::storeInput()
{
    if (isComplete())
        m_state->setTable(m_previewPath, m_columns, m_rows);
}

void TablePage::showError(const PlatformError& error, const std::function<void()>& retry)
{
    m_message->showMessage(InlineMessage::Type::Error, error.userMessage, error.details());
    QPushButton* again = m_message->addAction(tr("Retry"), QStringLiteral("retryButton"));
    connect(again, &QPushButton::clicked, this, [this, retry] {
        m_message->hideMessage();
        retry();
    });
}

void TablePage::loadTables()
{
    for (const QPointer<ServiceJob>& job : {m_tablesJob, m_previewJob}) {
        if (job)
            job->abort();
    }
    m_tables->clear();
    m_tableList.clear();
    m_model->clear();
    m_columns = {};
    m_rows = {};
    m_previewPath.clear();
    m_loadedConnection.clear();
    m_message->hideMessage();
    // A new account exists only once made: the Platform explores saved accounts only.
    const bool creating = m_state->newAccount()->needsCreating(m_state->draft().source);
    m_summary->setText(creating ? tr("Creating the account \u201c%1\u201d\u2026").arg(m_state->accountName())
                                : tr("Loading the tables\u2026"));
    m_tablesJob = m_state->newAccount()
                      ->ensure(m_session->client(), m_state->draft().source)
                      ->onFinished(this, [this, creating](const TypedJob<QString>& done) {
                          if (done.error().kind == PlatformError::Kind::Cancelled)
                              return;
                          if (!done.ok()) {
                              m_summary->clear();
                              showError(done.error(), [this] { loadTables(); });
                              return;
                          }
                          if (creating)
                              testThenList(done.value());
                          else
                              listTables(done.value());
                      });
}

void TablePage::testThenList(const QString& connection)
{
    m_summary->setText(tr("Testing the connection \u201c%1\u201d\u2026").arg(m_state->accountName()));
    m_tablesJob
        = m_service.testConnection(connection)->onFinished(this, [this, connection](const TypedJob<bool>& done) {
              if (done.error().kind == PlatformError::Kind::Cancelled)
                  return;
              m_summary->clear();
              if (!done.ok()) {
                  showError(done.error(), [this, connection] { testThenList(connection); });
              } else if (!done.value()) {
                  m_message->showMessage(InlineMessage::Type::Error,
                                         tr("The source refused the connection \u201c%1\u201d. Check its keys.")
                                             .arg(m_state->accountName()));
              } else {
                  listTables(connection);
              }
          });
}

void TablePage::listTables(const QString& connection)
{
    m_summary->setText(tr("Loading the tables\u2026"));
    m_tablesJob
        = m_service.tables(connection)->onFinished(this, [this, connection](const TypedJob<QList<SourceObject>>& done) {
              if (done.error().kind == PlatformError::Kind::Cancelled)
                  return;
              m_summary->clear();
              if (!done.ok()) {
                  showError(done.error(), [this] { loadTables(); });
                  return;
              }
              m_loadedConnection = connection;
              m_tableList = done.value();
              m_tables->blockSignals(true);
              for (const SourceObject& table : std::as_const(m_tableList)) {
                  auto* item = new QListWidgetItem(table.name, m_tables);
                  item->setToolTip(table.path);
              }
              m_tables->blockSignals(false);
              if (m_tableList.isEmpty()) {
                  m_summary->setText(tr("This account shows no table."));
                  return;
              }
              // Come back to the table of the draft (Back, a recipe), else let the user choose.
              for (int i = 0; i < m_tableList.size(); ++i) {
                  if (m_tableList.at(i).path == m_state->draft().source.path)
                      m_tables->setCurrentRow(i);
              }
              if (m_tables->currentRow() < 0)
                  m_summary->setText(tr("Choose a table to see its columns and first rows."));
              filterTables();
          });
}

void TablePage::filterTables()
{
    const QString needle = m_search->text().trimmed();
    for (int i = 0; i < m_tables->count(); ++i) {
        QListWidgetItem* item = m_tables->item(i);
        item->setHidden(!needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive));
    }
}

void TablePage::onTableChosen()
{
    if (m_previewJob)
        m_previewJob->abort();
    m_model->clear();
    m_columns = {};
    m_rows = {};
    m_previewPath.clear();
    Q_EMIT completeChanged();
    const int row = m_tables->currentRow();
    if (row < 0 || row >= m_tableList.size())
        return;
    const SourceObject table = m_tableList.at(row);
    m_summary->setText(tr("Loading \u201c%1\u201d\u2026").arg(table.name));
    m_previewJob
        = m_service.preview(m_loadedConnection, table.path)
              ->onFinished(this, [this](const TypedJob<SourceTable>& done) {
                  if (done.error().kind == PlatformError::Kind::Cancelled)
                      return;
                  if (!done.ok()) {
                      m_summary->clear();
                      showError(done.error(), [this] { onTableChosen(); });
                      return;
                  }
                  m_message->hideMessage();
                  m_columns = done.value().columnsJson();
                  m_rows = done.value().rows;
                  m_previewPath = done.value().path;
                  m_model->setTable(m_columns, m_rows);
                  int dates = 0;
                  for (const SourceColumn& column : done.value().columns)
                      dates += column.xdmType == QLatin1String("date-time") ? 1 : 0;
                  // Each count has its own plural: the columns in one string, then the sentence that counts the dates.
                  const QString columns = tr("%n column(s)", nullptr, int(m_columns.size()));
                  m_summary->setText(tr("%1, of which %n hold(s) a date and time.", nullptr, dates).arg(columns)
                                     + QLatin1Char(' ') + tr("First %n row(s) shown.", nullptr, m_model->rowCount()));
                  m_preview->resizeColumnsToContents();
                  Q_EMIT completeChanged();
              });
}
