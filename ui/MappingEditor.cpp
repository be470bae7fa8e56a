// SPDX-License-Identifier: GPL-3.0-or-later
#include "MappingEditor.h"

#include "core/MappingModel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

namespace {

/** An editable combo in a cell: the column picker and the field picker differ only in how they fill the list. */
class ComboDelegate : public QStyledItemDelegate
{
public:
    using Fill = std::function<void(QComboBox*)>;
    ComboDelegate(const QString& objectName, Fill fill, QObject* parent)
        : QStyledItemDelegate(parent), m_objectName(objectName), m_fill(std::move(fill))
    { }
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(m_objectName);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        m_fill(combo);
        return combo;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        static_cast<QComboBox*>(editor)->setEditText(index.data(Qt::EditRole).toString());
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentText());
    }

private:
    QString m_objectName;
    Fill m_fill;
};

/** The schema's leaves, with their titles and types as tooltips. */
void addTargetFields(QComboBox* combo, const QList<XdmField>& fields)
{
    for (const XdmField& field : fields) {
        combo->addItem(field.path, field.path);
        const QString type = field.format.isEmpty() ? field.type : field.format;
        combo->setItemData(combo->count() - 1, QStringLiteral("%1 \u2014 %2").arg(field.title, type), Qt::ToolTipRole);
    }
}

/** Status: red for errors, amber for warnings. */
class StatusDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const int severity = index.data(MappingModel::SeverityRole).toInt();
        if (severity == 2)
            option->palette.setColor(QPalette::Text, QColor(0xc0, 0x1c, 0x28));
        else if (severity == 1)
            option->palette.setColor(QPalette::Text, QColor(0x9c, 0x65, 0x00));
    }
};

} // namespace

MappingEditor::MappingEditor(MappingModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("mappingEditor"));
    m_view->setObjectName(QStringLiteral("mappingTableView"));
    m_view->setAccessibleName(tr("Mapping rules"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    // Source: the table's columns; typing anything else makes a calculated field.
    m_view->setItemDelegateForColumn(MappingModel::SourceColumn,
                                     new ComboDelegate(
                                         QStringLiteral("sourceEditorComboBox"),
                                         [model](QComboBox* combo) { combo->addItems(model->columnNames()); }, this));
    m_view->setItemDelegateForColumn(MappingModel::DestinationColumn,
                                     new ComboDelegate(
                                         QStringLiteral("destinationEditorComboBox"),
                                         [model](QComboBox* combo) { addTargetFields(combo, model->targetFields()); },
                                         this));
    m_view->setItemDelegateForColumn(MappingModel::StatusColumn, new StatusDelegate(this));
    m_view->horizontalHeader()->setSectionResizeMode(MappingModel::SourceColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(MappingModel::DestinationColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(MappingModel::StatusColumn, QHeaderView::Stretch);
    m_view->verticalHeader()->setVisible(false);
    // One line per rule, every row as high as the cell's combo editor: long texts are elided, whole in the tooltip
    // (wrapped rows of uneven height made the list hard to scan).
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    QComboBox probe;
    probe.setEditable(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(qMax(probe.sizeHint().height(), fontMetrics().height() + 8));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

int MappingEditor::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void MappingEditor::editRow(int row, int column)
{
    const QModelIndex index = m_model->index(row, column);
    m_view->setCurrentIndex(index);
    m_view->edit(index);
}
