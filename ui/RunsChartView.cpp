// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunsChartView.h"

#include "RunStatusStyle.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace {

constexpr int kMargin = 8; ///< around everything, inside the frame
constexpr int kGap = 4; ///< between the parts
constexpr int kSwatch = 10; ///< a legend entry's colour square
constexpr qreal kBarShare = 0.7; ///< of its slot a bar takes; the rest separates it from the next
constexpr int kMaxBarWidth = 48;

QFont titleFont(QFont font)
{
    font.setBold(true);
    return font;
}

} // namespace

RunsChartView::RunsChartView(QWidget* parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void RunsChartView::setData(RunsChartData data)
{
    // Refreshes come every few seconds and mostly bring the same runs: nothing to draw again then.
    if (data == m_data)
        return;
    m_data = std::move(data);
    if (m_current >= m_data.categories.size())
        m_current = int(m_data.categories.size()) - 1;
    if (m_current >= 0)
        setAccessibleDescription(barText(m_current));
    update();
    Q_EMIT dataChanged();
}

RunsChartView::Layout RunsChartView::layout() const
{
    Layout parts;
    const QRect area = contentsRect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const int line = fontMetrics().height();
    parts.title = QRect(area.left(), area.top(), area.width(), QFontMetrics(titleFont(font())).height());
    parts.legend = QRect(area.left(), area.bottom() - line + 1, area.width(), line);
    parts.axisTitle = parts.legend.translated(0, -line - kGap);
    parts.labels = parts.axisTitle.translated(0, -line);
    parts.ticks = RunsChart::valueTicks(m_data.highest);
    int valueWidth = 0;
    const QLocale locale;
    for (const qint64 tick : std::as_const(parts.ticks))
        valueWidth = qMax(valueWidth, fontMetrics().horizontalAdvance(locale.toString(tick)));
    // The top tick's label is centred on the plot's top line: half a line of room above it.
    const int top = parts.title.bottom() + kGap + line / 2;
    parts.plot = QRect(QPoint(area.left() + valueWidth + 2 * kGap, top),
                       QPoint(area.right() - kGap, parts.labels.top() - kGap));
    parts.labels.setLeft(parts.plot.left());
    parts.labels.setRight(parts.plot.right());
    return parts;
}

QRect RunsChartView::barRect(int index) const
{
    return barRect(layout(), index);
}

QRect RunsChartView::barRect(const Layout& parts, int index) const
{
    const qsizetype bars = m_data.categories.size();
    if (index < 0 || index >= bars)
        return {};
    const qreal slot = qreal(parts.plot.width()) / qreal(bars);
    const qreal width = qMax<qreal>(1, qMin<qreal>(slot * kBarShare, kMaxBarWidth));
    const qreal top = qreal(parts.ticks.constLast());
    const qreal total = m_data.written.at(index) + m_data.failed.at(index);
    const int height = int(std::lround(total / top * parts.plot.height()));
    const int left = parts.plot.left() + int(std::lround(slot * index + (slot - width) / 2));
    return QRect(left, parts.plot.bottom() - height + 1, int(std::lround(width)), height);
}

int RunsChartView::barAt(const QPoint& pos) const
{
    const qsizetype bars = m_data.categories.size();
    const Layout parts = layout();
    // A bar's whole column, its label included: a short bar is as easy to point at as a tall one.
    const QRect columns(parts.plot.topLeft(), parts.labels.bottomRight());
    if (bars == 0 || !columns.contains(pos))
        return -1;
    const int index = int(qreal(pos.x() - parts.plot.left()) * qreal(bars) / qreal(parts.plot.width()));
    return index >= 0 && index < bars ? index : -1;
}

QString RunsChartView::barText(int index) const
{
    if (index < 0 || index >= m_data.categories.size())
        return {};
    const QLocale locale;
    return tr("%1\nRecords written: %2\nRecords failed: %3")
        .arg(m_data.categories.at(index), locale.toString(qint64(m_data.written.at(index))),
             locale.toString(qint64(m_data.failed.at(index))));
}

QString RunsChartView::toolTipAt(const QPoint& pos) const
{
    return barText(barAt(pos));
}

QSize RunsChartView::sizeHint() const
{
    return {480, 240};
}

QSize RunsChartView::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {fontMetrics().horizontalAdvance(QLatin1Char('0')) * 24, 8 * line};
}

bool RunsChartView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = barAt(help->pos());
        if (index < 0) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), barText(index), this, barRect(index));
        }
        return true;
    }
    return QFrame::event(event);
}

void RunsChartView::changeEvent(QEvent* event)
{
    // The title and legend are drawn from the catalogue at each paint: a new language only needs a paint.
    if (event->type() == QEvent::LanguageChange) {
        if (m_current >= 0)
            setAccessibleDescription(barText(m_current));
        update();
    }
    QFrame::changeEvent(event);
}

void RunsChartView::keyPressEvent(QKeyEvent* event)
{
    const int bars = int(m_data.categories.size());
    int next = -2;
    switch (event->key()) {
    case Qt::Key_Left:
        next = qMax(0, m_current - 1);
        break;
    case Qt::Key_Right:
        next = qMin(bars - 1, m_current + 1);
        break;
    case Qt::Key_Home:
        next = 0;
        break;
    case Qt::Key_End:
        next = bars - 1;
        break;
    default:
        QFrame::keyPressEvent(event);
        return;
    }
    if (bars > 0)
        setCurrentBar(next);
    event->accept();
}

void RunsChartView::setCurrentBar(int index)
{
    m_current = index;
    setAccessibleDescription(barText(index));
    const QRect bar = barRect(index);
    QToolTip::showText(mapToGlobal(QPoint(bar.center().x(), bar.top())), barText(index), this, bar);
    update();
}

void RunsChartView::paintEvent(QPaintEvent* event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    const Layout parts = layout();
    const QLocale locale;
    const QFontMetrics metrics = fontMetrics();
    const QColor text = palette().color(QPalette::Text);
    QColor grid = palette().color(QPalette::Mid);
    grid.setAlphaF(0.5);

    painter.setFont(titleFont(font()));
    painter.setPen(text);
    painter.drawText(parts.title, Qt::AlignCenter, tr("Records per run"));
    painter.setFont(font());

    // The value axis: a label and a grid line a tick, 0 on the plot's bottom line.
    const qint64 top = parts.ticks.constLast();
    for (const qint64 tick : std::as_const(parts.ticks)) {
        const int y = parts.plot.bottom() - int(std::lround(qreal(tick) / qreal(top) * parts.plot.height()));
        painter.setPen(tick == 0 ? text : grid);
        painter.drawLine(parts.plot.left(), y, parts.plot.right(), y);
        painter.setPen(text);
        const QRect label(QPoint(contentsRect().left() + kMargin, y - metrics.height() / 2),
                          QPoint(parts.plot.left() - kGap - 1, y + metrics.height() / 2));
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, locale.toString(tick));
    }

    const int bars = int(m_data.categories.size());
    const QColor written = RunStatusStyle::colour(RunTone::Good);
    const QColor failed = RunStatusStyle::colour(RunTone::Bad);
    if (bars == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(parts.plot, Qt::AlignCenter, tr("No run to show yet."));
    }
    for (int i = 0; i < bars; ++i) {
        const QRect bar = barRect(parts, i);
        const qreal total = m_data.written.at(i) + m_data.failed.at(i);
        const int failedHeight = total > 0 ? int(std::lround(bar.height() * m_data.failed.at(i) / total)) : 0;
        painter.fillRect(QRect(bar.left(), bar.top(), bar.width(), failedHeight), failed);
        painter.fillRect(QRect(bar.left(), bar.top() + failedHeight, bar.width(), bar.height() - failedHeight),
                         written);
    }
    if (hasFocus() && m_current >= 0 && m_current < bars) {
        const QRect bar = barRect(parts, m_current);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRect(bar.left() - 2, parts.plot.top(), bar.width() + 4, parts.plot.height()));
    }

    // The bars' labels, every stride-th one when they would overlap, each elided to the room it has.
    painter.setPen(text);
    int labelWidth = 0;
    for (const QString& label : std::as_const(m_data.categories))
        labelWidth = qMax(labelWidth, metrics.horizontalAdvance(label));
    const int stride = RunsChart::labelStride(bars, labelWidth, parts.plot.width());
    const qreal slot = bars > 0 ? qreal(parts.plot.width()) / bars : 0;
    const int room = int(slot * stride) - RunsChart::kLabelGap;
    for (int i = 0; i < bars; i += stride) {
        const int centre = parts.plot.left() + int(std::lround(slot * (i + 0.5)));
        const QRect label(centre - room / 2, parts.labels.top(), room, parts.labels.height());
        painter.drawText(label, Qt::AlignHCenter | Qt::AlignTop,
                         metrics.elidedText(m_data.categories.at(i), Qt::ElideRight, room));
    }
    painter.drawText(parts.axisTitle, Qt::AlignCenter, RunsChart::orderTitle());

    // The legend, centred under everything.
    const QString writtenText = tr("Records written");
    const QString failedText = tr("Records failed");
    const int entry = kSwatch + kGap;
    const int width
        = entry + metrics.horizontalAdvance(writtenText) + 4 * kGap + entry + metrics.horizontalAdvance(failedText);
    int x = parts.legend.center().x() - width / 2;
    const int swatchTop = parts.legend.center().y() - kSwatch / 2;
    for (const auto& [colour, label] : {std::pair(written, writtenText), std::pair(failed, failedText)}) {
        painter.fillRect(QRect(x, swatchTop, kSwatch, kSwatch), colour);
        x += entry;
        painter.drawText(QRect(x, parts.legend.top(), metrics.horizontalAdvance(label), parts.legend.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, label);
        x += metrics.horizontalAdvance(label) + 4 * kGap;
    }
}
