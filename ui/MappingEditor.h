// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class MappingModel;
class QTableView;

/**
 * The centre of the Mapping page: edits a MappingModel. A table with a column picker, a field picker and free text
 * for calculated fields; the visual editor can replace this widget without touching the page around it.
 */
class MappingEditor : public QWidget
{
    Q_OBJECT
public:
    explicit MappingEditor(MappingModel* model, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    /** Row selected in the editor, or -1. */
    int currentRow() const;
    void editRow(int row, int column);
    /** Selects the rule at @p row and scrolls to it. */
    void showRow(int row);

Q_SIGNALS:
    /** A double-click on the calculated field of the rule at @p row: the page opens the expression editor. */
    void expressionRequested(int row);
    /** The current rule changed (-1: none). */
    void currentRowChanged(int row);

private:
    MappingModel* m_model;
    QTableView* m_view;
};
