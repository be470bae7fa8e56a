// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/SchemaTree.h"

#include <QTreeWidget>

/** The fields of a schema as a tree: title, type and dotted path of each, groups before their children. */
class SchemaTreeView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit SchemaTreeView(QWidget* parent = nullptr);
    void setTree(const SchemaTree& tree);
};
