// SPDX-License-Identifier: GPL-3.0-or-later
#include "Retranslation.h"

#include "base/Translator.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QGraphicsObject>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QLineEdit>
#include <QListWidget>
#include <QMetaProperty>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTableWidget>
#include <QTextEdit>
#include <QTreeWidget>

namespace {

constexpr const char* kProperties[]
    = {"text",      "title",       "subTitle",       "placeholderText",       "toolTip",   "statusTip",
       "whatsThis", "windowTitle", "accessibleName", "accessibleDescription", "titleText", "label"};

/** The user's own text or a value: never retranslated. */
bool isInput(const QObject* object)
{
    return qobject_cast<const QLineEdit*>(object) || qobject_cast<const QTextEdit*>(object)
        || qobject_cast<const QAbstractSpinBox*>(object);
}

void properties(QObject* object)
{
    const QMetaObject* meta = object->metaObject();
    for (const char* name : kProperties) {
        if (isInput(object) && qstrcmp(name, "text") == 0)
            continue;
        const int index = meta->indexOfProperty(name);
        if (index < 0)
            continue;
        const QMetaProperty property = meta->property(index);
        if (!property.isWritable() || property.metaType().id() != QMetaType::QString)
            continue;
        const QString shown = property.read(object).toString();
        const QString again = Translator::retranslate(shown);
        if (again != shown)
            property.write(object, again);
    }
}

template <typename Item>
void item(Item* it, int columns)
{
    for (int column = 0; column < columns; ++column) {
        for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::StatusTipRole),
                               int(Qt::AccessibleTextRole), int(Qt::WhatsThisRole)}) {
            const QVariant value = it->data(column, role);
            if (value.typeId() != QMetaType::QString)
                continue;
            const QString again = Translator::retranslate(value.toString());
            if (again != value.toString())
                it->setData(column, role, again);
        }
    }
}

/** QListWidgetItem and QStandardItem have one column: the same as the others with column 0. */
template <typename Item>
struct OneColumn
{
    Item* it;
    QVariant data(int, int role) const { return it->data(role); }
    void setData(int, int role, const QVariant& value) { it->setData(role, value); }
};

void standardItems(QStandardItemModel* model)
{
    QList<QStandardItem*> pending;
    for (int row = 0; row < model->rowCount(); ++row)
        for (int column = 0; column < model->columnCount(); ++column)
            pending << model->item(row, column);
    for (int column = 0; column < model->columnCount(); ++column)
        pending << model->horizontalHeaderItem(column);
    while (!pending.isEmpty()) {
        QStandardItem* it = pending.takeLast();
        if (!it)
            continue;
        OneColumn<QStandardItem> one{it};
        item(&one, 1);
        for (int row = 0; row < it->rowCount(); ++row)
            for (int column = 0; column < it->columnCount(); ++column)
                pending << it->child(row, column);
    }
}

void views(QObject* object)
{
    if (auto* list = qobject_cast<QListWidget*>(object)) {
        for (int row = 0; row < list->count(); ++row) {
            OneColumn<QListWidgetItem> one{list->item(row)};
            item(&one, 1);
        }
    } else if (auto* tree = qobject_cast<QTreeWidget*>(object)) {
        item(tree->headerItem(), tree->columnCount());
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            item(*it, tree->columnCount());
    } else if (auto* table = qobject_cast<QTableWidget*>(object)) {
        for (int column = 0; column < table->columnCount(); ++column) {
            if (QTableWidgetItem* header = table->horizontalHeaderItem(column)) {
                OneColumn<QTableWidgetItem> one{header};
                item(&one, 1);
            }
            for (int row = 0; row < table->rowCount(); ++row) {
                if (QTableWidgetItem* cell = table->item(row, column)) {
                    OneColumn<QTableWidgetItem> one{cell};
                    item(&one, 1);
                }
            }
        }
    } else if (auto* combo = qobject_cast<QComboBox*>(object)) {
        if (auto* model = qobject_cast<QStandardItemModel*>(combo->model()))
            standardItems(model); // a combo's own items; a model of ours refreshes itself
    } else if (auto* tabs = qobject_cast<QTabBar*>(object)) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setTabText(i, Translator::retranslate(tabs->tabText(i)));
            tabs->setTabToolTip(i, Translator::retranslate(tabs->tabToolTip(i)));
        }
    } else if (auto* model = qobject_cast<QStandardItemModel*>(object)) {
        standardItems(model);
    }
}

void walk(QObject* object)
{
    properties(object);
    views(object);
    if (auto* view = qobject_cast<QGraphicsView*>(object); view && view->scene()) {
        const QList<QGraphicsItem*> items = view->scene()->items();
        for (QGraphicsItem* graphics : items) {
            if (QGraphicsObject* graphicsObject = graphics->toGraphicsObject();
                graphicsObject && !graphics->parentItem())
                walk(graphicsObject);
        }
    }
    const QObjectList children = object->children();
    for (QObject* child : children)
        walk(child);
}

} // namespace

namespace Retranslation {

void apply(QObject* root)
{
    if (root)
        walk(root);
}

} // namespace Retranslation
