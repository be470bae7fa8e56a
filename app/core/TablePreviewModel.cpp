// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/TablePreviewModel.h"

#include <QJsonObject>

void TablePreviewModel::setTable(const QJsonArray& columns, const QJsonArray& rows)
{
    beginResetModel();
    m_columns = columns;
    m_rows = rows.size() > kMaxRows ? QJsonArray() : rows;
    if (rows.size() > kMaxRows) {
        for (int i = 0; i < kMaxRows; ++i)
            m_rows.append(rows.at(i));
    }
    endResetModel();
}

void TablePreviewModel::clear()
{
    setTable({}, {});
}

int TablePreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TablePreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant TablePreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString name = m_columns.at(index.column()).toObject().value(QLatin1String("name")).toString();
    const QJsonValue value = m_rows.at(index.row()).toObject().value(name);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (value.isNull() || value.isUndefined())
            return QString();
        if (value.isBool())
            return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        if (value.isDouble())
            return value.toVariant();
        return value.toString();
    case Qt::TextAlignmentRole:
        return value.isDouble() ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant TablePreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= m_columns.size())
        return {};
    const QJsonObject column = m_columns.at(section).toObject();
    const QString name = column.value(QLatin1String("name")).toString();
    const QString type = columnType(column);
    switch (role) {
    case Qt::DisplayRole:
        return QString(name + QLatin1Char('\n') + type);
    case Qt::ToolTipRole:
        return tr("%1 (%2)").arg(name, type);
    case TypeRole:
        return type;
    default:
        return {};
    }
}

QString TablePreviewModel::columnType(const QJsonObject& column)
{
    const QString meta = column.value(QLatin1String("meta:xdmType")).toString();
    if (!meta.isEmpty())
        return meta;
    const QJsonObject xdm = column.value(QLatin1String("xdm")).toObject();
    const QString format = xdm.value(QLatin1String("format")).toString();
    if (!format.isEmpty())
        return format;
    const QString xdmType = xdm.value(QLatin1String("type")).toString();
    return xdmType.isEmpty() ? column.value(QLatin1String("type")).toString() : xdmType;
}

QPair<QString, QString> TablePreviewModel::range(const QString& column) const
{
    QString lowest;
    QString highest;
    for (const QJsonValue& row : m_rows) {
        const QString value = row.toObject().value(column).toVariant().toString();
        if (value.isEmpty())
            continue;
        if (lowest.isEmpty() || value < lowest)
            lowest = value;
        if (highest.isEmpty() || value > highest)
            highest = value;
    }
    return {lowest, highest};
}
