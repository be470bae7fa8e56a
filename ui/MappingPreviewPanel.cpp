// SPDX-License-Identifier: GPL-3.0-or-later
#include "MappingPreviewPanel.h"

#include "InlineMessage.h"
#include "model/ExpressionEvaluator.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

QTreeView* makeView(QStandardItemModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTreeView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setUniformRowHeights(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->header()->setStretchLastSection(true);
    return view;
}

} // namespace

MappingPreviewPanel::MappingPreviewPanel(QWidget* parent)
    : QWidget(parent)
    , m_summary(new InlineMessage(this))
    , m_rowsModel(new QStandardItemModel(this))
    , m_recordModel(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("mappingPreviewPanel"));
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_rowsView = makeView(m_rowsModel, QStringLiteral("previewRowsView"), splitter);
    m_rowsView->setRootIsDecorated(false);
    m_rowsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rowsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_recordView = makeView(m_recordModel, QStringLiteral("previewRecordView"), splitter);
    splitter->addWidget(m_rowsView);
    splitter->addWidget(m_recordView);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    connect(m_rowsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MappingPreviewPanel::showRecord);
    retranslate();
}

void MappingPreviewPanel::setInput(const MappingPreview::Input& input)
{
    m_input = input;
    setPreview(MappingPreview::run(input));
}

void MappingPreviewPanel::setPreview(const MappingPreview::Result& result)
{
    const int current = currentRow();
    m_result = result;
    showRows();
    setCurrentRow(current >= 0 && current < m_result.rows.size() ? current : (m_result.rows.isEmpty() ? -1 : 0));
    showRecord();
}

int MappingPreviewPanel::currentRow() const
{
    const QModelIndex current = m_rowsView->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void MappingPreviewPanel::setCurrentRow(int row)
{
    if (row < 0 || row >= m_rowsModel->rowCount()) {
        m_rowsView->selectionModel()->clearCurrentIndex();
        return;
    }
    m_rowsView->selectionModel()->setCurrentIndex(m_rowsModel->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MappingPreviewPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_input)
            setPreview(MappingPreview::run(*m_input)); // the reasons in the new language
        else
            retranslate();
    }
    QWidget::changeEvent(event);
}

void MappingPreviewPanel::retranslate()
{
    m_rowsModel->setHorizontalHeaderLabels({tr("Row"), tr("Identity"), tr("Status")});
    m_recordModel->setHorizontalHeaderLabels({tr("Field"), tr("Value"), tr("Type")});
    m_rowsView->setAccessibleName(tr("Sample rows through the mapping"));
    m_recordView->setAccessibleName(tr("The XDM record of the selected row"));
    m_result.summary = MappingPreview::summary(m_result.failed, m_result.total, m_result.threshold);
    const InlineMessage::Type type = m_result.exceedsThreshold ? InlineMessage::Type::Warning
        : m_result.failed > 0                                  ? InlineMessage::Type::Information
                                                               : InlineMessage::Type::Positive;
    m_summary->showMessage(type, m_result.summary);
    for (int i = 0; i < m_rowsModel->rowCount() && i < m_result.rows.size(); ++i) {
        const MappingPreview::Row& row = m_result.rows.at(i);
        QStandardItem* status = m_rowsModel->item(i, 2);
        status->setText(row.ok() ? tr("OK") : tr("Fails: %1").arg(row.reasons.join(QStringLiteral("; "))));
        status->setToolTip(row.reasons.join(QLatin1Char('\n')));
    }
}

void MappingPreviewPanel::showRows()
{
    m_rowsModel->removeRows(0, m_rowsModel->rowCount());
    for (const MappingPreview::Row& row : std::as_const(m_result.rows)) {
        auto* number = new QStandardItem(QString::number(row.index + 1));
        number->setData(row.index, Qt::UserRole);
        auto* identity = new QStandardItem(row.identity);
        auto* status = new QStandardItem;
        m_rowsModel->appendRow({number, identity, status});
    }
    retranslate();
    m_rowsView->resizeColumnToContents(0);
}

void MappingPreviewPanel::showRecord()
{
    m_recordModel->removeRows(0, m_recordModel->rowCount());
    const int row = currentRow();
    if (row < 0 || row >= m_result.rows.size())
        return;
    const MappingPreview::Row& shown = m_result.rows.at(row);
    addFields(m_recordModel->invisibleRootItem(), shown.record, QString());
    for (const QString& path : shown.computedByPlatform) {
        m_recordModel->appendRow({new QStandardItem(path), new QStandardItem(tr("(computed by the Platform)")),
                                  new QStandardItem(m_result.types.value(path))});
    }
    m_recordView->expandAll();
    m_recordView->resizeColumnToContents(0);
}

void MappingPreviewPanel::addFields(QStandardItem* parent, const QJsonObject& object, const QString& prefix)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        auto* field = new QStandardItem(it.key());
        field->setData(path, Qt::UserRole);
        field->setToolTip(path);
        QString value;
        if (it.value().isArray()) {
            QStringList parts;
            for (const QJsonValue& item : it.value().toArray())
                parts << ExpressionEvaluator::text(item);
            value = QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
        } else if (!it.value().isObject()) {
            value = ExpressionEvaluator::text(it.value());
        }
        parent->appendRow({field, new QStandardItem(value), new QStandardItem(m_result.types.value(path))});
        if (it.value().isObject())
            addFields(field, it.value().toObject(), path);
    }
}
