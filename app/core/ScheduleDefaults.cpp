// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ScheduleDefaults.h"

#include "core/TablePreviewModel.h"
#include "model/DraftValidator.h"

#include <QJsonObject>

#include <tuple>

QString ScheduleDefaults::dateFormat()
{
    return QStringLiteral("yyyy-MM-dd HH:mm:ss");
}

QString ScheduleDefaults::timezone()
{
    return QStringLiteral("UTC");
}

qint64 ScheduleDefaults::defaultStart(qint64 nowSecs)
{
    const qint64 soon = nowSecs + 15 * 60;
    return (soon / 3600 + 1) * 3600;
}

bool ScheduleDefaults::isNew(const DraftDataflow& dataflow)
{
    return dataflow.name.isEmpty() && !dataflow.deltaColumn;
}

QList<DeltaColumnChoice> ScheduleDefaults::deltaColumns(const QStringList& dateTimeColumns, const QJsonArray& columns,
                                                        const QJsonArray& rows)
{
    TablePreviewModel preview;
    preview.setTable(columns, rows);
    QList<DeltaColumnChoice> choices;
    for (const QString& column : dateTimeColumns) {
        DeltaColumnChoice choice;
        choice.name = column;
        std::tie(choice.lowest, choice.highest) = preview.range(column);
        for (const QJsonValue& row : rows) {
            const QString value = row.toObject().value(column).toVariant().toString();
            choice.emptyRows += value.isEmpty() ? 1 : 0;
            if (!value.isEmpty())
                choice.samples << value;
        }
        choices << choice;
    }
    return choices;
}

QString ScheduleDefaults::proposeDeltaColumn(const QList<DeltaColumnChoice>& choices)
{
    for (const DeltaColumnChoice& choice : choices) {
        const QString name = choice.name.toLower();
        if (name.contains(QLatin1String("lastmodified")) || name.contains(QLatin1String("updated")))
            return choice.name;
    }
    return choices.isEmpty() ? QString() : choices.first().name;
}

DraftDataflow ScheduleDefaults::withDefaults(const DraftDataflow& dataflow, const QStringList& frequencies,
                                             const QList<DeltaColumnChoice>& choices, const QString& tablePath,
                                             const QString& sourceLabel, qint64 nowSecs)
{
    DraftDataflow flow = dataflow;
    Schedule& schedule = flow.schedule;
    if (schedule.frequency.isEmpty())
        schedule.frequency = frequencies.value(0);
    schedule.interval = qMax<qint64>(1, schedule.interval.value_or(1));
    schedule.startTime = schedule.startTime.value_or(defaultStart(nowSecs));
    schedule.backfill = schedule.backfill.value_or(true);
    if (!flow.deltaColumn) {
        const QString proposed = proposeDeltaColumn(choices);
        if (!proposed.isEmpty())
            flow.deltaColumn = DeltaColumn{proposed, dateFormat(), timezone()};
    }
    if (isNew(dataflow)) {
        // Without partial ingestion one bad row (an empty e-mail, a malformed date) fails the whole run.
        flow.errorDiagnostics = true;
        flow.partialIngestionPercent = flow.partialIngestionPercent.value_or(kPartialIngestionPercent);
    }
    if (flow.name.isEmpty())
        flow.name = proposedName(tablePath, sourceLabel);
    return flow;
}

QString ScheduleDefaults::proposedName(const QString& tablePath, const QString& sourceLabel)
{
    const QString what = tablePath.isEmpty() ? sourceLabel : tablePath;
    return what.isEmpty() ? QString() : tr("%1 to Experience Platform").arg(what);
}

bool ScheduleDefaults::forcesErrorDiagnostics(const DraftDataflow& dataflow)
{
    return dataflow.partialIngestionPercent.has_value();
}

bool ScheduleDefaults::hasInterval(const QString& frequency)
{
    return frequency != QLatin1String("once");
}

DraftDataflow ScheduleDefaults::constrained(DraftDataflow dataflow)
{
    if (!hasInterval(dataflow.schedule.frequency)) {
        dataflow.schedule.interval.reset();
        dataflow.schedule.backfill.reset();
    }
    if (forcesErrorDiagnostics(dataflow))
        dataflow.errorDiagnostics = true;
    return dataflow;
}

FlowSpec ScheduleDefaults::rulesSpec(const QJsonObject& live)
{
    return live.isEmpty() ? FlowSpec::crmToAep() : FlowSpec(live);
}

QList<DraftProblem> ScheduleDefaults::stepProblems(const DataflowDraft& draft, const FlowSpec& spec, qint64 nowSecs)
{
    // The engine's validator is the one judge (the same as --validate); only this step's part is shown.
    QList<DraftProblem> problems;
    for (const DraftProblem& problem : DraftValidator::validate(draft, spec, nowSecs)) {
        if (problem.field == QLatin1String("dataflow") || problem.field.startsWith(QLatin1String("dataflow.")))
            problems << problem;
    }
    return problems;
}
