// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/MappingMarks.h"

#include <QJsonArray>
#include <QWidget>

class MappingLinks;
class MappingModel;
class MappingPane;
class QLabel;
class QPushButton;
class QToolButton;
class SchemaFieldsModel;
class SourceColumnsModel;
class SuggestionModel;

/**
 * The visual centre of the Mapping page: the table's columns on the left, the schema's fields on the right, a line
 * for each rule between them, counters under them. Map by dragging a column onto a field, by double-click (the
 * other pane's current item), or with the keyboard: Enter on a column goes to the field search, Enter (or Down) in a
 * search goes to the first match, Enter on a field maps the current column to it and comes back to the next
 * unmapped column; Delete removes the rules of the current item.
 * Every edit goes to the MappingModel, like the list view's.
 */
class VisualMappingEditor : public QWidget
{
    Q_OBJECT
public:
    VisualMappingEditor(MappingModel* rules, SuggestionModel* suggestions, QWidget* parent = nullptr);

    /** The table's @p columns and sample @p rows; the fields come from the MappingModel's context. */
    void setContext(const QJsonArray& columns, const QJsonArray& rows);
    MappingPane* columnsPane() const { return m_columnsPane; }
    MappingPane* fieldsPane() const { return m_fieldsPane; }
    SourceColumnsModel* columnsModel() const { return m_columnModel; }
    SchemaFieldsModel* fieldsModel() const { return m_fieldModel; }
    MappingLinks* links() const { return m_links; }
    const MappingMarks& marks() const { return m_marks; }
    /** Maps the current column to the current field; the rule's row, or -1 when one of them is missing. */
    int mapCurrent();
    /** Shows the rule at @p row: its column and its field current and in view. */
    void showRule(int row);
    /** Removes the rules of the current field (@p fieldSide) or column; how many. */
    int unmapCurrent(bool fieldSide);

Q_SIGNALS:
    /** A rule was made or changed here (its row), so that the page can say so. */
    void mapped(int row);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void map(const QString& column, const QString& path);
    void refreshMarks();
    void updateButtons();
    void retranslate();
    void nextUnmappedColumn();

    MappingModel* m_rules;
    SuggestionModel* m_suggestions;
    SourceColumnsModel* m_columnModel;
    SchemaFieldsModel* m_fieldModel;
    MappingPane* m_columnsPane;
    MappingPane* m_fieldsPane;
    MappingLinks* m_links;
    QToolButton* m_mappedCounter;
    QToolButton* m_requiredCounter;
    QToolButton* m_identityCounter;
    QToolButton* m_problemsCounter;
    QPushButton* m_map;
    QPushButton* m_unmap;
    MappingMarks m_marks;
};
