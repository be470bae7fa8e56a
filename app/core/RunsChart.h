// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/RunsModel.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QStringList>

/** How a run's status looks: the view turns each tone into its colour and icon. */
enum class RunTone { Neutral, Good, Warning, Bad, Busy, Unknown };

/** The bars of the Runs page's chart: one per run, newest on the left (the table's order), written and failed. */
struct RunsChartData
{
    QStringList categories; ///< one unique label per bar (an axis merges equal names into one bar)
    QList<qreal> written;
    QList<qreal> failed;
    qint64 highest = 0; ///< the tallest bar (written + failed)

    /** Same bars, same labels: the chart need not be drawn again (a refresh that brought nothing new). */
    friend bool operator==(const RunsChartData&, const RunsChartData&) = default;
};

/** The Runs page's decisions, without widgets: which runs the chart shows, how its bars are labelled, the tones. */
class RunsChart
{
    Q_DECLARE_TR_FUNCTIONS(RunsChart)
public:
    static constexpr int kMaxRuns = 30; ///< more bars than this are unreadable; the table keeps them all

    /** The chart of @p newestFirst (RunsModel's order): its kMaxRuns newest runs, in that order. */
    static RunsChartData build(const QList<RunInfo>& newestFirst, const QLocale& locale = {});
    /** The category axis' title, which says the order. */
    static QString orderTitle() { return tr("Newest run on the left"); }
    /** The tone of the status column (RunStatusStyle colours and icons it). */
    static RunTone toneOf(RunInfo::Status status);
    /** The tone of the errors column: Bad when the run reported errors. */
    static RunTone errorsTone(const RunInfo& run);

    static constexpr int kMaxValueSteps = 5; ///< at most this many steps on the value axis
    /**
     * The value axis' ticks for bars up to @p highest: from 0, in steps of 1, 2 or 5 times a power of ten, the
     * last at or above @p highest, at most kMaxValueSteps steps (0 gives {0, 1}: an empty chart still has a scale).
     */
    static QList<qint64> valueTicks(qint64 highest);
    static constexpr int kLabelGap = 8; ///< pixels at least between two labels under the bars
    /**
     * Every how many bars a label fits under them: @p bars bars share @p plotWidth pixels and a label takes
     * @p labelWidth (1: a label under every bar).
     */
    static int labelStride(int bars, int labelWidth, int plotWidth);
};
