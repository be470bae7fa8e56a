// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaTreeView.h"

#include "core/XdmFields.h"

#include <QHeaderView>

SchemaTreeView::SchemaTreeView(QWidget* parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("schemaTreeWidget"));
    setAccessibleName(tr("Fields of the schema"));
    setHeaderLabels({tr("Field"), tr("Type"), tr("Path")});
    // The type and the path are read whole; the titles, indented by depth, give way (elided, whole in the tooltip).
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    setTextElideMode(Qt::ElideRight);
}

void SchemaTreeView::setTree(const SchemaTree& tree)
{
    clear();
    QList<QTreeWidgetItem*> parents;
    const QList<XdmField> fields = XdmFields::flatten(tree.json());
    for (const XdmField& field : fields) {
        parents.resize(field.depth);
        auto* item = parents.isEmpty() ? new QTreeWidgetItem(this) : new QTreeWidgetItem(parents.constLast());
        item->setText(0, field.title);
        item->setText(1, field.isObject ? QString() : (field.format.isEmpty() ? field.type : field.format));
        item->setText(2, field.path);
        item->setToolTip(0, field.title);
        parents << item;
    }
    expandToDepth(0);
}
