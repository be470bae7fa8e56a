// SPDX-License-Identifier: GPL-3.0-or-later
#include "MappingEditor.h"

#include "core/FieldChoices.h"
#include "core/MappingModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

namespace {

/** The source or field cell a problem is about: red for an error, amber for a warning (the message in its tooltip). */
void markProblem(QStyleOptionViewItem* option, const QModelIndex& index)
{
    const int severity = index.data(MappingModel::SeverityRole).toInt();
    if (severity > 0)
        option->palette.setColor(QPalette::Text, severity == 2 ? QColor(0xc0, 0x1c, 0x28) : QColor(0x9c, 0x65, 0x00));
}

/** An editable combo in a cell: the column picker and the field picker differ only in how they fill the list. */
class ComboDelegate : public QStyledItemDelegate
{
public:
    using Fill = std::function<void(QComboBox*)>;
    /** Returns true when it took the double-click on @p index (no cell editor then). */
    using DoubleClick = std::function<bool(const QModelIndex&)>;
    ComboDelegate(const QString& objectName, Fill fill, QObject* parent, DoubleClick doubleClick = {})
        : QStyledItemDelegate(parent)
        , m_objectName(objectName)
        , m_fill(std::move(fill))
        , m_doubleClick(std::move(doubleClick))
    { }
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        markProblem(option, index);
    }
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override
    {
        if (event->type() == QEvent::MouseButtonDblClick && m_doubleClick && m_doubleClick(index))
            return true;
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    }
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
    DoubleClick m_doubleClick;
};

/** Bold headers for the groups of the field picker (they cannot be chosen, but they are not disabled text). */
class FieldLineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(FieldChoiceModel::IsGroupRole).toBool()) {
            option->font.setBold(true);
            option->state |= QStyle::State_Enabled;
        }
    }
};

/**
 * The destination picker: the fields the model offers for this rule, grouped under their parents, with their titles,
 * types and marks; it opens on the rule's field, and a path can still be typed.
 */
class FieldDelegate : public QStyledItemDelegate
{
public:
    FieldDelegate(MappingModel* model, QObject* parent) : QStyledItemDelegate(parent), m_model(model) { }
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        markProblem(option, index);
    }
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const override
    {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("destinationEditorComboBox"));
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        // Thousands of fields: no measuring of every line for the combo's own width.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        auto* choices = new FieldChoiceModel(combo);
        choices->setChoices(m_model->fieldChoices(index.row()));
        combo->setModel(choices);
        combo->setItemDelegate(new FieldLineDelegate(combo));
        QAbstractItemView* view = combo->view();
        view->setTextElideMode(Qt::ElideRight);
        view->setMinimumWidth(qMin(view->sizeHintForColumn(0) + view->verticalScrollBar()->sizeHint().width(), 900));
        return combo;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* combo = static_cast<QComboBox*>(editor);
        const QString current = index.data(Qt::EditRole).toString();
        combo->setCurrentIndex(static_cast<FieldChoiceModel*>(combo->model())->rowOf(current));
        combo->setEditText(current);
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
        if (severity > 0) {
            // Every rule a problem involves carries its icon, the message in the tooltip.
            QStyle* style = option->widget ? option->widget->style() : QApplication::style();
            option->icon
                = style->standardIcon(severity == 2 ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
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
                                         [model](QComboBox* combo) { combo->addItems(model->columnNames()); }, this,
                                         [this](const QModelIndex& index) {
                                             // A calculated field opens the expression editor instead.
                                             if (!index.data(MappingModel::IsExpressionRole).toBool())
                                                 return false;
                                             Q_EMIT expressionRequested(index.row());
                                             return true;
                                         }));
    m_view->setItemDelegateForColumn(MappingModel::DestinationColumn, new FieldDelegate(model, this));
    m_view->setItemDelegateForColumn(MappingModel::StatusColumn, new StatusDelegate(this));
    m_view->horizontalHeader()->setSectionResizeMode(MappingModel::SourceColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(MappingModel::DestinationColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(MappingModel::StatusColumn, QHeaderView::Stretch);
    // Row numbers: the problems below name the rows.
    m_view->verticalHeader()->setVisible(true);
    m_view->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
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
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { Q_EMIT currentRowChanged(current.isValid() ? current.row() : -1); });
    // A rule whose source turns into a calculated field (or back) changes what the page offers for it.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { Q_EMIT currentRowChanged(currentRow()); });
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

void MappingEditor::showRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, MappingModel::SourceColumn);
    m_view->setCurrentIndex(index);
    m_view->selectRow(row);
    m_view->scrollTo(index);
}
