// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

class EmulatorContext;
class MappingPlan;

/** Runs dataflows on their schedule: reads the delta window, maps, checks, fails records, writes a batch. */
class RunEngine
{
public:
    explicit RunEngine(EmulatorContext& context);
    ~RunEngine();

    /** Starts every scheduled run that is due on the emulated clock. */
    void advance();
    /** Runs a flow now over [windowStartMs, windowEndMs) and stores the run; returns it. */
    QJsonObject run(const QString& sandbox, const QJsonObject& flow, qint64 windowStartMs, qint64 windowEndMs);
    /** The records a batch received, as nested XDM objects (emulator admin endpoint). */
    QJsonArray records(const QString& batchId) const;

private:
    struct Schedule
    {
        qint64 nextMs = 0;
        qint64 windowStartMs = 0;
        bool done = false;
    };
    struct Batch
    {
        std::shared_ptr<MappingPlan> plan;
        std::vector<QList<QJsonValue>> records;
    };
    /** Epoch ms of each row's delta column (-1 when not a date-time), computed once per table and column. */
    const std::vector<qint64>& deltaTimes(const QString& key, const std::vector<QList<QJsonValue>>& rows, int column);

    EmulatorContext& m_context;
    QHash<QString, Schedule> m_schedules;
    QHash<QString, Batch> m_batches;
    QHash<QString, std::vector<qint64>> m_deltaCache;
};
