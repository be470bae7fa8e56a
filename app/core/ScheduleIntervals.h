// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/FlowSpec.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

/**
 * The interval each frequency gets on the Schedule step. A frequency the user has not set an interval for starts at
 * the Platform's minimum for it: the flow spec's, where its scheduleParams schema states one (FlowSpec::
 * minimumInterval), else the documented fallback (minute 15, hour 1, day 1, week 1); "once" has no interval. An
 * interval the user typed is remembered per frequency and comes back with it: 15 minutes, then hourly (1), then
 * minutes again gives 15 minutes, not 1 and never "Every 15 hours".
 */
class ScheduleIntervals
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleIntervals)
public:
    /** What picking a frequency does to the interval, and a short note that says so (empty when nothing to say). */
    struct Change
    {
        std::optional<qint64> interval; ///< nullopt for "once"
        QString note;
    };

    /** The fallback when the flow spec states no minimum: minute 15, hour, day and week 1; nullopt for once. */
    static std::optional<qint64> fallback(const QString& frequency);
    /** The Platform's minimum for @p frequency: the spec's where it states one, else fallback(). */
    static std::optional<qint64> minimum(const FlowSpec& spec, const QString& frequency);

    /** The rules the defaults come from (the live spec once read); what the user typed is kept. */
    void setSpec(const FlowSpec& spec) { m_spec = spec; }
    /** The user typed @p interval for @p frequency (or a recipe said it): it comes back with that frequency. */
    void remember(const QString& frequency, qint64 interval);
    void forget() { m_typed.clear(); }
    /** The interval @p frequency gets when picked: the one typed for it, else its minimum. */
    std::optional<qint64> intervalFor(const QString& frequency) const;
    /** Picking @p frequency: its interval and the note beside the field ("Interval set to 1 (hourly runs)."). */
    Change pick(const QString& frequency) const;

private:
    FlowSpec m_spec = FlowSpec::crmToAep();
    QHash<QString, qint64> m_typed;
};
