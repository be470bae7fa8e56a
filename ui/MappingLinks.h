// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

struct MappingMarks;
class MappingModel;
class MappingPane;

/**
 * The lines between the two panes of the visual mapping editor: one per rule from its column (each column a
 * calculated field reads, dotted) to its field, drawn for the rows in view and kept in place while scrolling. An
 * end scrolled out of view is drawn at the pane's top or bottom edge, dashed; a field in a closed group ends on
 * the group. The rule of the current column or field is drawn in the highlight colour.
 */
class MappingLinks : public QWidget
{
    Q_OBJECT
public:
    /** @p marks says which columns each rule reads (its owner keeps it up to date with the rules). */
    MappingLinks(MappingModel* rules, const MappingMarks* marks, MappingPane* columns, MappingPane* fields,
                 QWidget* parent = nullptr);

    struct Link
    {
        int rule = -1;
        int columnY = 0; ///< in this widget's coordinates
        int fieldY = 0;
        bool columnInView = true;
        bool fieldInView = true;
        bool calculated = false;
        bool current = false;
    };
    /** The lines as they would be painted now (for the tests). */
    QList<Link> links() const;
    QSize sizeHint() const override { return {44, 100}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void watch(MappingPane* pane);

    MappingModel* m_rules;
    const MappingMarks* m_marks;
    MappingPane* m_columns;
    MappingPane* m_fields;
};
