// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/FlowsService.h"

#include <QList>

#include <optional>

/**
 * What the Runs page asks for at each refresh, and what it knows afterwards. A finished run does not change: after a
 * first full list, a refresh asks only for the runs started since the oldest one still running (or since the newest
 * one when every run is done), less a margin for a run the Platform lists late. A dataflow with 500 runs is then a
 * handful of runs a refresh, not 500 (read, sent and parsed every 15 s). Every kFullEvery-th refresh lists them all
 * again: a run deleted, or changed after it finished, shows then.
 */
class RunsRefresh
{
public:
    static constexpr int kFullEvery = 20;
    static constexpr qint64 kMarginMs = 10 * 60 * 1000;

    /** The start-time bound (epoch ms, inclusive) of the next refresh; none: ask for every run. */
    std::optional<qint64> nextSince() const;
    /** Folds in what a refresh asked with @p since (nextSince() when it was sent) returned; the runs known now. */
    const QList<Run>& merge(const QList<Run>& fetched, std::optional<qint64> since);
    const QList<Run>& runs() const { return m_runs; }
    /** Forgets everything (another dataflow): the next refresh lists every run. */
    void clear();

private:
    QList<Run> m_runs;
    bool m_listed = false; ///< a full list was merged
    int m_partial = 0; ///< refreshes since that full list
};
