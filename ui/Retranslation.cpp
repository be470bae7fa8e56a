// SPDX-License-Identifier: GPL-3.0-or-later
#include "Retranslation.h"

#include "base/Translator.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMetaProperty>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTableWidget>
#include <QTextEdit>
#include <QTreeWidget>

#include <type_traits>

namespace {

constexpr const char* kProperties[]
    = {"text",      "title",     "subTitle",    "placeholderText", "toolTip",
       "statusTip", "whatsThis", "windowTitle", "accessibleName",  "accessibleDescription"};

/** The user's own text or a value: never retranslated. */
bool isInput(const QObject* object)
{
    return qobject_cast<const QLineEdit*>(object) || qobject_cast<const QTextEdit*>(object)
        || qobject_cast<const QAbstractSpinBox*>(object);
}

/** The translation contexts a text under @p object may come from: its class and its parents', nearest first. */
QStringList contextsOf(const QObject* object)
{
    QStringList contexts;
    for (; object; object = object->parent()) {
        for (const QMetaObject* meta = object->metaObject(); meta; meta = meta->superClass()) {
            const QString name = QLatin1String(meta->className());
            if (name.startsWith(QLatin1Char('Q')))
                break; // Qt's own classes: theirs come from Qt's catalogue, without doubles to pick from
            contexts << name;
        }
    }
    return contexts;
}

void properties(QObject* object, const QStringList& contexts)
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
        const QString again = Translator::retranslate(shown, contexts);
        if (again != shown)
            property.write(object, again);
    }
}

template <typename Item>
void item(Item* it, int columns, const QStringList& contexts)
{
    for (int column = 0; column < columns; ++column) {
        for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::StatusTipRole),
                               int(Qt::AccessibleTextRole), int(Qt::WhatsThisRole)}) {
            const QVariant value = it->data(column, role);
            if (value.typeId() != QMetaType::QString)
                continue;
            const QString again = Translator::retranslate(value.toString(), contexts);
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
    void setData(int, int role, const QVariant& value)
    {
        if constexpr (std::is_same_v<Item, QStandardItem>)
            it->setData(value, role);
        else
            it->setData(role, value);
    }
};

void standardItems(QStandardItemModel* model, const QStringList& contexts)
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
        item(&one, 1, contexts);
        for (int row = 0; row < it->rowCount(); ++row)
            for (int column = 0; column < it->columnCount(); ++column)
                pending << it->child(row, column);
    }
}

void views(QObject* object, const QStringList& contexts)
{
    if (auto* list = qobject_cast<QListWidget*>(object)) {
        for (int row = 0; row < list->count(); ++row) {
            OneColumn<QListWidgetItem> one{list->item(row)};
            item(&one, 1, contexts);
        }
    } else if (auto* tree = qobject_cast<QTreeWidget*>(object)) {
        item(tree->headerItem(), tree->columnCount(), contexts);
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            item(*it, tree->columnCount(), contexts);
    } else if (auto* table = qobject_cast<QTableWidget*>(object)) {
        for (int column = 0; column < table->columnCount(); ++column) {
            if (QTableWidgetItem* header = table->horizontalHeaderItem(column)) {
                OneColumn<QTableWidgetItem> one{header};
                item(&one, 1, contexts);
            }
            for (int row = 0; row < table->rowCount(); ++row) {
                if (QTableWidgetItem* cell = table->item(row, column)) {
                    OneColumn<QTableWidgetItem> one{cell};
                    item(&one, 1, contexts);
                }
            }
        }
    } else if (auto* combo = qobject_cast<QComboBox*>(object)) {
        if (auto* model = qobject_cast<QStandardItemModel*>(combo->model()))
            standardItems(model, contexts); // a combo's own items; a model of ours refreshes itself
    } else if (auto* tabs = qobject_cast<QTabBar*>(object)) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setTabText(i, Translator::retranslate(tabs->tabText(i), contexts));
            tabs->setTabToolTip(i, Translator::retranslate(tabs->tabToolTip(i), contexts));
        }
    } else if (auto* model = qobject_cast<QStandardItemModel*>(object)) {
        standardItems(model, contexts);
    }
}

void walk(QObject* object)
{
    const QStringList contexts = contextsOf(object);
    properties(object, contexts);
    views(object, contexts);
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
