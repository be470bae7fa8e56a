// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SchemaFieldsModel.h"

#include "core/FieldChoices.h"
#include "core/SourceColumnsModel.h"

#include <QMimeData>

void SchemaFieldsModel::setFields(const QList<XdmField>& all, const QString& identityPath)
{
    beginResetModel();
    m_nodes.clear();
    m_top.clear();
    m_byPath.clear();
    // The picker's choice of lines: groups with at least one field a rule can fill, and those fields.
    const QList<FieldChoice> choices = FieldChoices::offered(all, {}, -1, identityPath);
    m_nodes.reserve(choices.size());
    QList<int> open; // the groups enclosing the current line, outermost first
    for (const FieldChoice& choice : choices) {
        while (!open.isEmpty() && m_nodes.at(open.constLast()).field.depth >= choice.field.depth)
            open.removeLast();
        Node node;
        node.field = choice.field;
        node.group = choice.isGroup;
        node.identity = choice.isIdentity;
        node.parent = open.isEmpty() ? -1 : open.constLast();
        node.searchKey = AutoMap::fold(node.field.title) + QLatin1Char('\n') + AutoMap::fold(node.field.path);
        const int at = int(m_nodes.size());
        QList<int>& siblings = node.parent < 0 ? m_top : m_nodes[node.parent].children;
        node.row = int(siblings.size());
        siblings << at;
        m_byPath.insert(node.field.path, at);
        m_nodes << node;
        if (node.group)
            open << at;
    }
    endResetModel();
}

void SchemaFieldsModel::setMarks(const MappingMarks& marks)
{
    // Only the nodes whose marks changed: an edit touches one or two fields of thousands.
    const MappingMarks before = std::exchange(m_marks, marks);
    for (qsizetype at = 0; at < m_nodes.size(); ++at) {
        const QString& path = m_nodes.at(at).field.path;
        if (before.field(path) != m_marks.field(path)) {
            const QModelIndex first = createIndex(m_nodes.at(at).row, 0, quintptr(at));
            Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
        }
    }
}

QModelIndex SchemaFieldsModel::indexOf(const QString& path) const
{
    const int at = m_byPath.value(path, -1);
    return at < 0 ? QModelIndex() : createIndex(m_nodes.at(at).row, 0, quintptr(at));
}

QString SchemaFieldsModel::pathOf(const QModelIndex& index) const
{
    const Node* node = nodeOf(index);
    return node ? node->field.path : QString();
}

bool SchemaFieldsModel::isField(const QModelIndex& index) const
{
    const Node* node = nodeOf(index);
    return node && !node->group;
}

const SchemaFieldsModel::Node* SchemaFieldsModel::nodeOf(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= quintptr(m_nodes.size()))
        return nullptr;
    return &m_nodes.at(qsizetype(index.internalId()));
}

QModelIndex SchemaFieldsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const Node* above = nodeOf(parent);
    if (parent.isValid() && !above)
        return {};
    const QList<int>& siblings = above ? above->children : m_top;
    return row < siblings.size() ? createIndex(row, column, quintptr(siblings.at(row))) : QModelIndex();
}

QModelIndex SchemaFieldsModel::parent(const QModelIndex& child) const
{
    const Node* node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_nodes.at(node->parent).row, 0, quintptr(node->parent));
}

int SchemaFieldsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    const Node* node = nodeOf(parent);
    return node && parent.column() == 0 ? int(node->children.size()) : 0;
}

int SchemaFieldsModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant SchemaFieldsModel::data(const QModelIndex& index, int role) const
{
    const Node* node = nodeOf(index);
    if (!node)
        return {};
    const auto mark = [&] { return m_marks.field(node->field.path); };
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TypeColumn)
            return node->group ? QString() : node->field.type;
        if (node->identity)
            return tr("%1 (primary identity)").arg(node->field.title);
        return node->field.required ? tr("%1 *").arg(node->field.title) : node->field.title;
    case Qt::ToolTipRole:
        return tooltip(*node, mark());
    case MappingRoles::NameRole:
        return node->field.path;
    case MappingRoles::SearchKeyRole:
        return node->searchKey;
    case MappingRoles::MappedRole:
        return mark().rules > 0;
    case MappingRoles::RequiredRole:
        return node->field.required;
    case MappingRoles::IdentityRole:
        return node->identity;
    case MappingRoles::SuggestedRole:
        return mark().suggested;
    case MappingRoles::SeverityRole:
        return mark().severity;
    case MappingRoles::IsGroupRole:
        return node->group;
    case MappingRoles::OrderRole:
        return int(index.internalId());
    default:
        return {};
    }
}

QString SchemaFieldsModel::tooltip(const Node& node, const MappingMarks::Mark& mark) const
{
    QStringList lines{node.field.title, node.field.path};
    if (node.group)
        return lines.join(QLatin1Char('\n'));
    lines << (node.field.format.isEmpty() ? tr("XDM type: %1").arg(node.field.type)
                                          : tr("XDM type: %1 (%2)").arg(node.field.type, node.field.format));
    if (node.field.required)
        lines << tr("Required: every record needs a value.");
    if (node.identity)
        lines << tr("Primary identity: records without it cannot feed customer profiles.");
    if (!node.field.enumValues.isEmpty())
        lines << tr("Allowed values: %1").arg(node.field.enumValues.mid(0, 12).join(QStringLiteral(", ")));
    lines << (mark.rules > 1   ? tr("Filled by %n rule(s): only one may fill it.", nullptr, mark.rules)
                  : mark.rules ? tr("Mapped.")
                               : tr("Not mapped: drop a source column here."));
    if (mark.suggested)
        lines << tr("A suggestion waits for this field.");
    return lines.join(QLatin1Char('\n'));
}

QVariant SchemaFieldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    return section == FieldColumn ? tr("Schema field") : section == TypeColumn ? tr("Type") : QVariant();
}

Qt::ItemFlags SchemaFieldsModel::flags(const QModelIndex& index) const
{
    const Node* node = nodeOf(index);
    if (!node)
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!node->group)
        flags |= Qt::ItemIsDropEnabled | Qt::ItemNeverHasChildren;
    return flags;
}

QStringList SchemaFieldsModel::mimeTypes() const
{
    return {QString::fromLatin1(SourceColumnsModel::kMimeType)};
}

bool SchemaFieldsModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int row, int,
                                        const QModelIndex& parent) const
{
    // On a field only: between rows (row >= 0) would mean "here in the list", which has no sense in a schema.
    return data && data->hasFormat(QString::fromLatin1(SourceColumnsModel::kMimeType)) && row < 0 && isField(parent);
}

bool SchemaFieldsModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                     const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString name = QString::fromUtf8(data->data(QString::fromLatin1(SourceColumnsModel::kMimeType)));
    if (name.isEmpty())
        return false;
    Q_EMIT columnDropped(name, pathOf(parent)); // the rule is the caller's to make; nothing moves
    return true;
}
