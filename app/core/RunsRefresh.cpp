// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/RunsRefresh.h"

#include <QSet>

#include <algorithm>

std::optional<qint64> RunsRefresh::nextSince() const
{
    if (!m_listed || m_partial + 1 >= kFullEvery)
        return std::nullopt;
    std::optional<qint64> newest;
    std::optional<qint64> oldestRunning;
    for (const Run& run : m_runs) {
        if (!run.startedAtMs)
            continue; // not started yet: once it starts, its start is after any bound given now
        newest = std::max(newest.value_or(*run.startedAtMs), *run.startedAtMs);
        const bool done = run.status == Run::Status::Success || run.status == Run::Status::PartialSuccess
            || run.status == Run::Status::Failed;
        if (!done)
            oldestRunning = std::min(oldestRunning.value_or(*run.startedAtMs), *run.startedAtMs);
    }
    if (!newest)
        return std::nullopt; // no run has started: the whole list is short
    return oldestRunning.value_or(*newest) - kMarginMs;
}

const QList<Run>& RunsRefresh::merge(const QList<Run>& fetched, std::optional<qint64> since)
{
    if (!since) {
        m_runs = fetched;
        m_listed = true;
        m_partial = 0;
        return m_runs;
    }
    ++m_partial;
    QSet<QString> listed;
    for (const Run& run : fetched)
        listed.insert(run.id);
    QList<Run> merged = fetched;
    for (const Run& run : std::as_const(m_runs)) {
        // Not in the answer: kept when the answer could not list it (started before the bound, or not started); one
        // started since the bound and not listed any more is gone.
        if (!listed.contains(run.id) && (!run.startedAtMs || *run.startedAtMs < *since))
            merged << run;
    }
    m_runs = merged;
    return m_runs;
}

void RunsRefresh::clear()
{
    m_runs.clear();
    m_listed = false;
    m_partial = 0;
}
