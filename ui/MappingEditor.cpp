// SPDX-License-Identifier: GPL-3.0-or-later
#include "MappingEditor.h"

#include "core/MappingModel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {

/** Source column: an editable combo of the table's columns (typing anything else makes a calculated field). */
class SourceDelegate : public QStyledItemDelegate
{
public:
    SourceDelegate(MappingModel* model, QObject* parent) : QStyledItemDelegate(parent), m_model(model) { }
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("sourceEditorComboBox"));
        combo->setEditable(true);
        combo->addItems(m_model->columnNames());
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
    MappingModel* m_model;
};

/** Schema field: a searchable combo of the schema's leaves, shown with their titles and types. */
class DestinationDelegate : public QStyledItemDelegate
{
public:
    DestinationDelegate(MappingModel* model, QObject* parent) : QStyledItemDelegate(parent), m_model(model) { }
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("destinationEditorComboBox"));
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        for (const XdmField& field : m_model->targetFields())
            combo->addItem(field.path, field.path);
        for (int i = 0; i < combo->count(); ++i) {
            const XdmField& field = m_model->targetFields().at(i);
            combo->setItemData(
                i, QStringLiteral("%1 \u2014 %2").arg(field.title, field.format.isEmpty() ? field.type : field.format),
                Qt::ToolTipRole);
        }
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
    MappingModel* m_model;
};

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
    m_view->setItemDelegateForColumn(MappingModel::SourceColumn, new SourceDelegate(model, this));
    m_view->setItemDelegateForColumn(MappingModel::DestinationColumn, new DestinationDelegate(model, this));
    m_view->setItemDelegateForColumn(MappingModel::StatusColumn, new StatusDelegate(this));
    m_view->horizontalHeader()->setSectionResizeMode(MappingModel::SourceColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(MappingModel::DestinationColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(MappingModel::StatusColumn, QHeaderView::Stretch);
    m_view->verticalHeader()->setVisible(false);
    m_view->setWordWrap(true);
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
