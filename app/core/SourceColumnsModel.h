// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/MappingMarks.h"
#include "core/ModelTexts.h"

#include <QAbstractTableModel>
#include <QJsonArray>

/**
 * The left pane of the visual mapping editor: the table's columns with their type and sample values, each marked
 * mapped, suggested or with problems (MappingMarks). A column can be dragged onto a schema field.
 */
class SourceColumnsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, SampleColumn, ColumnCount };
    /** What a dragged column carries: its name, UTF-8. */
    static constexpr auto kMimeType = "application/x-aep-source-column";

    using QAbstractTableModel::QAbstractTableModel;

    /** @p columns as the table's preview gives them, @p rows its sample rows (objects keyed by column name). */
    void setColumns(const QJsonArray& columns, const QJsonArray& rows);
    void setMarks(const MappingMarks& marks);
    /** The row of the column @p name, or -1. */
    int rowOf(const QString& name) const { return m_rowOf.value(name, -1); }
    QString nameAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::LinkAction | Qt::CopyAction; }
    bool event(QEvent* event) override
    {
        ModelTexts::refreshOnLanguageChange(this, event);
        return QAbstractTableModel::event(event);
    }

private:
    struct Entry
    {
        QString name;
        QString type;
        QStringList samples; ///< distinct non-empty values, in the rows' order, at most a few
        QString searchKey;
    };
    QList<Entry> m_entries;
    QHash<QString, int> m_rowOf;
    MappingMarks m_marks;
};
