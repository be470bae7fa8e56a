// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ModelTexts.h"

#include <QAbstractTableModel>
#include <QJsonArray>

/** Sample rows of a source table, one column per source column, with the column's type in the header. */
class TablePreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /** Header role giving the column's type ("string", "date-time", ...). */
    static constexpr int TypeRole = Qt::UserRole + 1;
    static constexpr int kMaxRows = 100;

    using QAbstractTableModel::QAbstractTableModel;

    /** @p columns as explore returns them, @p rows as objects keyed by column name (at most kMaxRows shown). */
    void setTable(const QJsonArray& columns, const QJsonArray& rows);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /** On QEvent::LanguageChange: every header and cell again, in the language installed now. */
    bool event(QEvent* event) override
    {
        ModelTexts::refreshOnLanguageChange(this, event);
        return QAbstractTableModel::event(event);
    }

    /** The XDM-ish type of a column: meta:xdmType, else xdm.format, else xdm.type, else type. */
    static QString columnType(const QJsonObject& column);
    /** Smallest and largest non-empty values of @p column in the rows (ISO dates sort as text): the delta hint. */
    QPair<QString, QString> range(const QString& column) const;

private:
    QJsonArray m_columns;
    QJsonArray m_rows;
};
