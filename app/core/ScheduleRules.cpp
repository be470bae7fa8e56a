// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ScheduleRules.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace {

const QStringList kAllFrequencies = {QStringLiteral("once"), QStringLiteral("minute"), QStringLiteral("hour"),
                                     QStringLiteral("day"), QStringLiteral("week")};

} // namespace

QStringList ScheduleRules::frequencies(const FlowSpec& spec)
{
    const QJsonArray values = spec.scheduleSchema()
                                  .value(QLatin1String("properties"))
                                  .toObject()
                                  .value(QLatin1String("frequency"))
                                  .toObject()
                                  .value(QLatin1String("enum"))
                                  .toArray();
    QStringList names;
    for (const QJsonValue& value : values) {
        // A frequency this program cannot describe or predict is left out rather than shown as a raw word.
        if (kAllFrequencies.contains(value.toString()))
            names << value.toString();
    }
    return names.isEmpty() ? kAllFrequencies : names;
}

qint64 ScheduleRules::unitSeconds(const QString& frequency)
{
    if (frequency == QLatin1String("minute"))
        return 60;
    if (frequency == QLatin1String("hour"))
        return 3600;
    if (frequency == QLatin1String("day"))
        return 86400;
    if (frequency == QLatin1String("week"))
        return 7 * 86400;
    return 0;
}

QList<qint64> ScheduleRules::nextRuns(const Schedule& schedule, int count)
{
    QList<qint64> runs;
    if (!schedule.startTime || count <= 0)
        return runs;
    runs << *schedule.startTime;
    const qint64 step = unitSeconds(schedule.frequency) * schedule.interval.value_or(0);
    if (schedule.frequency == QLatin1String("once") || step <= 0)
        return runs;
    for (int i = 1; i < count; ++i)
        runs << *schedule.startTime + i * step;
    return runs;
}

QString ScheduleRules::describe(const QString& frequency, qint64 interval)
{
    const int n = int(std::clamp<qint64>(interval, 0, 1000000));
    if (frequency == QLatin1String("once"))
        return tr("Once");
    if (frequency == QLatin1String("minute"))
        return tr("Every %n minute(s)", nullptr, n);
    if (frequency == QLatin1String("hour"))
        return tr("Every %n hour(s)", nullptr, n);
    if (frequency == QLatin1String("day"))
        return tr("Every %n day(s)", nullptr, n);
    if (frequency == QLatin1String("week"))
        return tr("Every %n week(s)", nullptr, n);
    return frequency;
}
