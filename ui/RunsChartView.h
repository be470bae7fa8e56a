// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/RunsChart.h"

#include <QFrame>

/**
 * The Runs page's chart: one stacked bar a run (records written under records failed), newest on the left, a value
 * axis, a legend and a tooltip a bar. Drawn with QPainter: the chart library it replaced loaded three libraries
 * (Charts, OpenGL, OpenGLWidgets) at every start for one page at the end of the wizard, and laid a graphics scene
 * out again at each refresh. With the keyboard, Left, Right, Home and End pick a bar; its figures become the
 * widget's accessible description.
 */
class RunsChartView : public QFrame
{
    Q_OBJECT
public:
    explicit RunsChartView(QWidget* parent = nullptr);

    /** Shows @p data; the same bars and labels as shown change nothing (no repaint, no dataChanged). */
    void setData(RunsChartData data);
    const RunsChartData& data() const { return m_data; }

    /** The bar under @p pos (widget coordinates), or -1. */
    int barAt(const QPoint& pos) const;
    /** Where bar @p index is drawn, written and failed together (empty for an index out of range). */
    QRect barRect(int index) const;
    /** The tooltip at @p pos: the bar's label and figures, or an empty string off the bars. */
    QString toolTipAt(const QPoint& pos) const;
    /** Bar @p index's label and figures, one a line. */
    QString barText(int index) const;
    /** The bar picked with the keyboard (-1 before any). */
    int currentBar() const { return m_current; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /** Other bars or labels are shown. */
    void dataChanged();

protected:
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    /** Where each part goes in the current size and font. */
    struct Layout
    {
        QRect title;
        QRect plot; ///< the bars' area, the value axis on its left
        QRect labels; ///< the bars' labels under the plot
        QRect axisTitle;
        QRect legend;
        QList<qint64> ticks;
    };
    Layout layout() const;
    /** barRect() in @p parts: a paint lays the chart out once for all its bars. */
    QRect barRect(const Layout& parts, int index) const;
    void setCurrentBar(int index);

    RunsChartData m_data;
    int m_current = -1;
};
