// SPDX-License-Identifier: GPL-3.0-or-later
#include "TablePage.h"

#include "InlineMessage.h"
#include "core/Session.h"
#include "core/TablePreviewModel.h"
#include "core/WizardState.h"
#include "platform/PlatformClient.h"

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
#include <QUrlQuery>
#include <QVBoxLayout>

namespace {

const QString kFlow = QLatin1String(Platform::kFlowService);

} // namespace

TablePage::TablePage(Session* session, WizardState* state, QWidget* parent)
    : WizardPage(parent)
    , m_session(session)
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
    const QString connection = m_state->draft.source.baseConnectionId;
    if (connection != m_loadedConnection)
        loadTables();
}

bool TablePage::isComplete() const
{
    const QListWidgetItem* item = m_tables->currentItem();
    return item && item->data(Qt::UserRole).toString() == m_previewPath && !m_columns.isEmpty();
}

bool TablePage::validatePage()
{
    const bool changed = m_state->draft.source.path != m_previewPath;
    m_state->draft.source.path = m_previewPath;
    m_state->columns = m_columns;
    m_state->previewRows = m_rows;
    if (changed)
        m_state->markChanged(WizardState::Part::Table);
    return true;
}

void TablePage::showError(const PlatformError& error, const std::function<void()>& retry)
{
    m_message->showMessage(InlineMessage::Type::Error, error.userMessage, error.toString());
    QPushButton* again = m_message->addAction(tr("Retry"), QStringLiteral("retryButton"));
    connect(again, &QPushButton::clicked, this, [this, retry] {
        m_message->hideMessage();
        retry();
    });
}

void TablePage::loadTables()
{
    if (m_tablesCall)
        m_tablesCall->abort();
    const QString connection = m_state->draft.source.baseConnectionId;
    m_tables->clear();
    m_model->clear();
    m_columns = {};
    m_rows = {};
    m_previewPath.clear();
    m_summary->setText(tr("Loading the tables\u2026"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("objectType"), QStringLiteral("root"));
    PlatformCall* call = m_session->client()->get(
        kFlow + QStringLiteral("/connections/") + connection + QStringLiteral("/explore"), query);
    m_tablesCall = call;
    connect(call, &PlatformCall::finished, this, [this, connection](PlatformCall* done) {
        if (done->error().kind == PlatformError::Kind::Cancelled)
            return;
        m_summary->clear();
        if (!done->ok()) {
            showError(done->error(), [this] { loadTables(); });
            return;
        }
        m_loadedConnection = connection;
        const QJsonArray entries = done->json().array();
        for (const QJsonValue& value : entries) {
            const QJsonObject entry = value.toObject();
            if (entry.value(QLatin1String("type")).toString() != QLatin1String("table"))
                continue;
            const QString path = entry.value(QLatin1String("path")).toString();
            auto* item = new QListWidgetItem(entry.value(QLatin1String("name")).toString(), m_tables);
            item->setData(Qt::UserRole, path);
            item->setToolTip(path);
        }
        if (m_tables->count() == 0) {
            m_summary->setText(tr("This account shows no table."));
            return;
        }
        // Come back to the table of the draft (Back, a recipe), else let the user choose.
        const QString wanted = m_state->draft.source.path;
        for (int i = 0; i < m_tables->count(); ++i) {
            if (m_tables->item(i)->data(Qt::UserRole).toString() == wanted)
                m_tables->setCurrentRow(i);
        }
        if (!m_tables->currentItem())
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
    if (m_previewCall)
        m_previewCall->abort();
    m_model->clear();
    m_columns = {};
    m_rows = {};
    m_previewPath.clear();
    Q_EMIT completeChanged();
    const QListWidgetItem* item = m_tables->currentItem();
    if (!item)
        return;
    const QString path = item->data(Qt::UserRole).toString();
    m_summary->setText(tr("Loading \u201c%1\u201d\u2026").arg(item->text()));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("objectType"), QStringLiteral("table"));
    query.addQueryItem(QStringLiteral("object"), path);
    query.addQueryItem(QStringLiteral("preview"), QStringLiteral("true"));
    PlatformCall* call = m_session->client()->get(
        kFlow + QStringLiteral("/connections/") + m_loadedConnection + QStringLiteral("/explore"), query);
    m_previewCall = call;
    connect(call, &PlatformCall::finished, this, [this, path](PlatformCall* done) {
        if (done->error().kind == PlatformError::Kind::Cancelled)
            return;
        if (!done->ok()) {
            m_summary->clear();
            showError(done->error(), [this] { onTableChosen(); });
            return;
        }
        m_message->hideMessage();
        const QJsonObject answer = done->json().object();
        m_columns = answer.value(QLatin1String("schema")).toObject().value(QLatin1String("columns")).toArray();
        m_rows = answer.value(QLatin1String("data")).toArray();
        m_previewPath = path;
        m_model->setTable(m_columns, m_rows);
        int dates = 0;
        for (const QJsonValue& column : std::as_const(m_columns))
            dates += TablePreviewModel::columnType(column.toObject()) == QLatin1String("date-time") ? 1 : 0;
        // Each count has its own plural: the columns in one string, then the sentence that counts the dates.
        const QString columns = tr("%n column(s)", nullptr, int(m_columns.size()));
        m_summary->setText(tr("%1, of which %n hold(s) a date and time.", nullptr, dates).arg(columns)
                           + QLatin1Char(' ') + tr("First %n row(s) shown.", nullptr, m_model->rowCount()));
        m_preview->resizeColumnsToContents();
        Q_EMIT completeChanged();
    });
}
