// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/RunsChart.h"

#include <QDateTime>

RunsChartData RunsChart::build(const QList<RunInfo>& newestFirst, const QLocale& locale)
{
    const qsizetype shown = qMin<qsizetype>(newestFirst.size(), kMaxRuns);
    // Short labels (the time alone when every bar is on the same day), or the axis elides them to "...".
    bool sameDay = true;
    const auto dayOf = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date(); };
    for (qsizetype i = 1; i < shown; ++i) {
        const RunInfo& run = newestFirst.at(i);
        sameDay = sameDay && run.startedAtMs && newestFirst.at(0).startedAtMs
            && dayOf(*run.startedAtMs) == dayOf(*newestFirst.at(0).startedAtMs);
    }
    const QString timeFormat = locale.timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss"));
    const QString format
        = sameDay ? timeFormat : locale.dateFormat(QLocale::NarrowFormat) + QLatin1Char(' ') + timeFormat;
    RunsChartData chart;
    // Newest on the left, in the table's order: the run on the first row is the first bar.
    for (qsizetype i = 0; i < shown; ++i) {
        const RunInfo& run = newestFirst.at(i);
        QString label = run.startedAtMs
            ? locale.toString(QDateTime::fromMSecsSinceEpoch(*run.startedAtMs).toLocalTime(), format)
            : tr("Not started");
        const QString base = label;
        for (int n = 2; chart.categories.contains(label); ++n)
            label = tr("%1 (%2)").arg(base).arg(n);
        chart.categories << label;
        chart.written << qreal(run.recordsWritten.value_or(0));
        chart.failed << qreal(run.recordsFailed.value_or(0));
        chart.highest = qMax(chart.highest, run.recordsWritten.value_or(0) + run.recordsFailed.value_or(0));
    }
    return chart;
}

RunTone RunsChart::toneOf(RunInfo::Status status)
{
    switch (status) {
    case RunInfo::Status::Success:
        return RunTone::Good;
    case RunInfo::Status::PartialSuccess:
        return RunTone::Warning;
    case RunInfo::Status::Failed:
        return RunTone::Bad;
    case RunInfo::Status::InProgress:
        return RunTone::Busy;
    case RunInfo::Status::Unknown:
        break;
    }
    return RunTone::Unknown;
}

RunTone RunsChart::errorsTone(const RunInfo& run)
{
    return run.errors.isEmpty() ? RunTone::Neutral : RunTone::Bad;
}

QList<qint64> RunsChart::valueTicks(qint64 highest)
{
    highest = qMax<qint64>(1, highest);
    qint64 step = 1;
    for (qint64 power = 1; step * kMaxValueSteps < highest; power *= 10) {
        for (const qint64 factor : {1, 2, 5}) {
            step = factor * power;
            if (step * kMaxValueSteps >= highest)
                break;
        }
    }
    QList<qint64> ticks;
    for (qint64 value = 0;; value += step) {
        ticks << value;
        if (value >= highest)
            break;
    }
    return ticks;
}

int RunsChart::labelStride(int bars, int labelWidth, int plotWidth)
{
    if (bars <= 0 || plotWidth <= 0)
        return 1;
    const qint64 needed = qint64(labelWidth + kLabelGap) * bars;
    return int(qMax<qint64>(1, (needed + plotWidth - 1) / plotWidth));
}
