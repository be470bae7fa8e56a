// SPDX-License-Identifier: GPL-3.0-or-later
#include "MappingLinks.h"

#include "MappingPane.h"
#include "core/MappingMarks.h"
#include "core/MappingModel.h"
#include "model/ExpressionParser.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTreeView>

namespace {

/** The rows a pane shows now: name -> centre (in @p to's coordinates), and the range of their order. */
struct InView
{
    QHash<QString, int> y;
    int firstOrder = -1;
    int lastOrder = -1;
    int top = 0;
    int bottom = 0;
};

InView inView(const MappingPane* pane, const QWidget* to)
{
    InView result;
    const QTreeView* view = pane->view();
    const QWidget* port = view->viewport();
    result.top = port->mapTo(to->window(), QPoint(0, 0)).y() - to->mapTo(to->window(), QPoint(0, 0)).y();
    result.bottom = result.top + port->height();
    for (QModelIndex index = view->indexAt(QPoint(1, 1)); index.isValid(); index = view->indexBelow(index)) {
        const QRect rect = view->visualRect(index);
        if (rect.top() >= port->height())
            break;
        const int order = index.data(MappingRoles::OrderRole).toInt();
        if (result.firstOrder < 0)
            result.firstOrder = order;
        result.lastOrder = order;
        result.y.insert(index.data(MappingRoles::NameRole).toString(), result.top + rect.center().y());
    }
    return result;
}

/** Where a line ends for @p name: in view, on a closed group holding it, or at an edge; false when filtered out. */
bool endOf(const InView& shown, const MappingPane* pane, const QModelIndex& modelIndex, const QString& name, int* y,
           bool* visible)
{
    if (!modelIndex.isValid())
        return false;
    *visible = true;
    for (QString path = name; !path.isEmpty(); path = path.section(QLatin1Char('.'), 0, -2)) {
        if (const auto it = shown.y.constFind(path); it != shown.y.constEnd()) {
            *y = it.value();
            return true;
        }
        if (!path.contains(QLatin1Char('.')))
            break;
    }
    // Asking the proxy (toView) would build its mapping of every level above: at each repaint, on each keystroke.
    if (!pane->passes(modelIndex) || shown.firstOrder < 0)
        return false;
    *visible = false;
    *y = modelIndex.data(MappingRoles::OrderRole).toInt() < shown.firstOrder ? shown.top : shown.bottom;
    return true;
}

} // namespace

MappingLinks::MappingLinks(MappingModel* rules, const MappingMarks* marks, MappingPane* columns, MappingPane* fields,
                           QWidget* parent)
    : QWidget(parent), m_rules(rules), m_marks(marks), m_columns(columns), m_fields(fields)
{
    setObjectName(QStringLiteral("mappingLinks"));
    setMinimumWidth(32);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    watch(columns);
    watch(fields);
    auto repaint = [this] { update(); };
    connect(rules, &QAbstractItemModel::dataChanged, this, repaint);
    connect(rules, &QAbstractItemModel::rowsInserted, this, repaint);
    connect(rules, &QAbstractItemModel::rowsRemoved, this, repaint);
    connect(rules, &QAbstractItemModel::modelReset, this, repaint);
}

void MappingLinks::watch(MappingPane* pane)
{
    auto repaint = [this] { update(); };
    QTreeView* view = pane->view();
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, repaint);
    connect(view, &QTreeView::expanded, this, repaint);
    connect(view, &QTreeView::collapsed, this, repaint);
    QAbstractItemModel* shown = view->model();
    connect(shown, &QAbstractItemModel::layoutChanged, this, repaint);
    connect(shown, &QAbstractItemModel::modelReset, this, repaint);
    connect(shown, &QAbstractItemModel::rowsInserted, this, repaint);
    connect(shown, &QAbstractItemModel::rowsRemoved, this, repaint);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, repaint);
}

QList<MappingLinks::Link> MappingLinks::links() const
{
    const InView columns = inView(m_columns, this);
    const InView fields = inView(m_fields, this);
    const QString currentColumn = m_columns->current().data(MappingRoles::NameRole).toString();
    const QString currentField = m_fields->current().data(MappingRoles::NameRole).toString();
    QList<Link> result;
    const QList<MappingRule>& rules = m_rules->rules();
    for (int row = 0; row < rules.size(); ++row) {
        const MappingRule& rule = rules.at(row);
        if (rule.destination.isEmpty())
            continue;
        Link link;
        link.rule = row;
        link.calculated = rule.isExpression();
        const QModelIndex field = m_fields->modelIndexOf(rule.destination);
        if (!endOf(fields, m_fields, field, rule.destination, &link.fieldY, &link.fieldInView))
            continue;
        // The marks parsed the calculated fields once for this edit; a paint comes before them only mid-edit.
        const QStringList read = row < m_marks->read.size() ? m_marks->read.at(row)
            : link.calculated ? ExpressionParser::check(rule.expression, {}, false).columns
                              : QStringList{rule.source};
        for (const QString& name : read) {
            Link one = link;
            if (!endOf(columns, m_columns, m_columns->modelIndexOf(name), name, &one.columnY, &one.columnInView))
                continue;
            if (!one.columnInView && !one.fieldInView)
                continue; // neither end in view: nothing to draw
            one.current = (!currentColumn.isEmpty() && name == currentColumn)
                || (!currentField.isEmpty() && rule.destination == currentField);
            result << one;
        }
    }
    return result;
}

void MappingLinks::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QList<Link> all = links();
    const qreal right = width();
    for (int pass = 0; pass < 2; ++pass) { // the current rule's lines last, over the others
        for (const Link& link : all) {
            if (link.current != (pass == 1))
                continue;
            QPen pen(link.current ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid),
                     link.current ? 2.0 : 1.2);
            if (link.calculated)
                pen.setStyle(Qt::DotLine);
            else if (!link.columnInView || !link.fieldInView)
                pen.setStyle(Qt::DashLine);
            painter.setPen(pen);
            QPainterPath path(QPointF(0, link.columnY));
            path.cubicTo(right / 2, link.columnY, right / 2, link.fieldY, right, link.fieldY);
            painter.drawPath(path);
            painter.setBrush(pen.color());
            if (link.columnInView)
                painter.drawEllipse(QPointF(2.5, link.columnY), 2.5, 2.5);
            if (link.fieldInView)
                painter.drawEllipse(QPointF(right - 2.5, link.fieldY), 2.5, 2.5);
            painter.setBrush(Qt::NoBrush);
        }
    }
}
