// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ScheduleIntervals.h"

#include "model/DraftValidator.h"

namespace {

/** "hourly runs"...: what the note calls a frequency's runs. */
QString runsOf(const QString& frequency)
{
    if (frequency == QLatin1String("minute"))
        return ScheduleIntervals::tr("runs every few minutes");
    if (frequency == QLatin1String("hour"))
        return ScheduleIntervals::tr("hourly runs");
    if (frequency == QLatin1String("day"))
        return ScheduleIntervals::tr("daily runs");
    if (frequency == QLatin1String("week"))
        return ScheduleIntervals::tr("weekly runs");
    return frequency;
}

} // namespace

std::optional<qint64> ScheduleIntervals::fallback(const QString& frequency)
{
    if (frequency == QLatin1String("once"))
        return std::nullopt;
    if (frequency == QLatin1String("minute"))
        return DraftValidator::kMinuteMinimumInterval;
    return 1;
}

std::optional<qint64> ScheduleIntervals::minimum(const FlowSpec& spec, const QString& frequency)
{
    const std::optional<qint64> own = fallback(frequency);
    if (!own)
        return own;
    return qMax<qint64>(1, spec.minimumInterval(frequency).value_or(*own));
}

void ScheduleIntervals::remember(const QString& frequency, qint64 interval)
{
    if (fallback(frequency))
        m_typed.insert(frequency, interval);
}

std::optional<qint64> ScheduleIntervals::intervalFor(const QString& frequency) const
{
    if (!fallback(frequency))
        return std::nullopt;
    const auto typed = m_typed.constFind(frequency);
    return typed != m_typed.cend() ? *typed : minimum(m_spec, frequency);
}

ScheduleIntervals::Change ScheduleIntervals::pick(const QString& frequency) const
{
    Change change;
    change.interval = intervalFor(frequency);
    if (!change.interval)
        return change;
    const QString value = QString::number(*change.interval);
    change.note = m_typed.contains(frequency)
        ? tr("Interval back to %1, as you set it for %2.").arg(value, runsOf(frequency))
        : tr("Interval set to %1 (%2).").arg(value, runsOf(frequency));
    return change;
}
