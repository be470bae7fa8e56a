// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SourceColumnsModel.h"

#include "core/TablePreviewModel.h"

#include <QJsonObject>
#include <QMimeData>

namespace {
constexpr int kSamples = 3;
}

void SourceColumnsModel::setColumns(const QJsonArray& columns, const QJsonArray& rows)
{
    beginResetModel();
    m_entries.clear();
    m_rowOf.clear();
    m_entries.reserve(columns.size());
    for (const QJsonValue& value : columns) {
        const QJsonObject column = value.toObject();
        Entry entry;
        entry.name = column.value(QLatin1String("name")).toString();
        if (entry.name.isEmpty() || m_rowOf.contains(entry.name))
            continue;
        entry.type = TablePreviewModel::columnType(column);
        for (const QJsonValue& row : rows) {
            const QJsonValue sample = row.toObject().value(entry.name);
            const QString text = sample.isString() ? sample.toString() : sample.toVariant().toString();
            if (!text.isEmpty() && !entry.samples.contains(text))
                entry.samples << text.left(80);
            if (entry.samples.size() == kSamples)
                break;
        }
        entry.searchKey = AutoMap::fold(entry.name) + QLatin1Char('\n') + AutoMap::normalise(entry.name);
        m_rowOf.insert(entry.name, int(m_entries.size()));
        m_entries << entry;
    }
    endResetModel();
}

void SourceColumnsModel::setMarks(const MappingMarks& marks)
{
    const MappingMarks before = std::exchange(m_marks, marks);
    for (int row = 0; row < m_entries.size(); ++row) {
        if (before.column(m_entries.at(row).name) != m_marks.column(m_entries.at(row).name))
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

QString SourceColumnsModel::nameAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).name : QString();
}

int SourceColumnsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SourceColumnsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceColumnsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& entry = m_entries.at(index.row());
    const auto mark = [&] { return m_marks.column(entry.name); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return entry.name;
        case TypeColumn:
            return entry.type;
        case SampleColumn:
            return entry.samples.join(QStringLiteral(", "));
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines{entry.name, tr("Type: %1").arg(entry.type)};
        if (!entry.samples.isEmpty())
            lines << tr("Sample values: %1").arg(entry.samples.join(QStringLiteral(", ")));
        lines << (mark().rules > 0 ? tr("Mapped by %n rule(s).", nullptr, mark().rules)
                                   : tr("Not mapped: drag it onto a schema field, or press Enter and choose one."));
        if (mark().suggested)
            lines << tr("A suggestion waits for this column.");
        return lines.join(QLatin1Char('\n'));
    }
    case MappingRoles::NameRole:
        return entry.name;
    case MappingRoles::SearchKeyRole:
        return entry.searchKey;
    case MappingRoles::MappedRole:
        return mark().rules > 0;
    case MappingRoles::SuggestedRole:
        return mark().suggested;
    case MappingRoles::SeverityRole:
        return mark().severity;
    case MappingRoles::RequiredRole:
    case MappingRoles::IdentityRole:
    case MappingRoles::IsGroupRole:
        return false;
    case MappingRoles::OrderRole:
        return index.row();
    default:
        return {};
    }
}

QVariant SourceColumnsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Source column");
    case TypeColumn:
        return tr("Type");
    case SampleColumn:
        return tr("Examples");
    default:
        return {};
    }
}

Qt::ItemFlags SourceColumnsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QStringList SourceColumnsModel::mimeTypes() const
{
    return {QString::fromLatin1(kMimeType)};
}

QMimeData* SourceColumnsModel::mimeData(const QModelIndexList& indexes) const
{
    for (const QModelIndex& index : indexes) {
        if (index.isValid() && index.model() == this) {
            auto* data = new QMimeData;
            data->setData(QString::fromLatin1(kMimeType), m_entries.at(index.row()).name.toUtf8());
            return data;
        }
    }
    return nullptr;
}
