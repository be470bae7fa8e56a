// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/MappingMarks.h"
#include "core/ModelTexts.h"
#include "core/XdmFields.h"

#include <QAbstractItemModel>

/**
 * The right pane of the visual mapping editor: the schema's fields as a tree (groups and the fields a rule can
 * fill, in the schema's order), each with its XDM type, required and identity marks, and the marks of the rules
 * (MappingMarks). A source column dropped on a field asks for a rule (columnDropped); the model changes nothing.
 * The tree is a flat array of nodes made once; views ask only for what they show.
 */
class SchemaFieldsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { FieldColumn, TypeColumn, ColumnCount };

    using QAbstractItemModel::QAbstractItemModel;

    /** @p all as XdmFields::flatten gives it; @p identityPath the primary identity (may be empty). */
    void setFields(const QList<XdmField>& all, const QString& identityPath);
    void setMarks(const MappingMarks& marks);
    /** The index (first column) of the field or group @p path, or an invalid one. */
    QModelIndex indexOf(const QString& path) const;
    QString pathOf(const QModelIndex& index) const;
    bool isField(const QModelIndex& index) const;
    /** How many nodes (groups and fields). */
    int nodeCount() const { return int(m_nodes.size()); }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;
    Qt::DropActions supportedDropActions() const override { return Qt::LinkAction | Qt::CopyAction; }
    bool event(QEvent* event) override
    {
        ModelTexts::refreshOnLanguageChange(this, event);
        return QAbstractItemModel::event(event);
    }

Q_SIGNALS:
    /** The source column @p column was dropped on the field @p path. */
    void columnDropped(const QString& column, const QString& path);

private:
    struct Node
    {
        XdmField field;
        bool group = false;
        bool identity = false;
        int parent = -1; ///< node index, -1 at the top
        int row = 0; ///< among its parent's children
        QList<int> children;
        QString searchKey;
    };
    const Node* nodeOf(const QModelIndex& index) const;
    QString tooltip(const Node& node, const MappingMarks::Mark& mark) const;

    QList<Node> m_nodes;
    QList<int> m_top;
    QHash<QString, int> m_byPath;
    MappingMarks m_marks;
};
