// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DataflowDraft.h"
#include "model/FlowSpec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * The schedule's arithmetic and wording, as pure functions: the next run times and the frequency in words. The
 * schedule's validity is DraftValidator's business (it reads the flow spec's JSON Schema); this only predicts.
 */
class ScheduleRules
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleRules)
public:
    /** The frequencies the flow spec's scheduleParams schema allows (its "enum"), in the spec's order. */
    static QStringList frequencies(const FlowSpec& spec);
    /** Seconds between two runs for one unit of @p frequency; 0 for "once" or an unknown frequency. */
    static qint64 unitSeconds(const QString& frequency);
    /**
     * The first @p count run times (epoch seconds) from the start time: one for "once", none without a start time.
     * Steps are fixed numbers of seconds because the Platform schedules in UTC, which has no daylight saving: a daily
     * run keeps its UTC hour and its local hour moves by one when the local clock changes.
     */
    static QList<qint64> nextRuns(const Schedule& schedule, int count = 5);
    /** "Once", "Every 15 minutes", "Every 2 days"...: one string per unit so that translations can agree in gender. */
    static QString describe(const QString& frequency, qint64 interval);
};
