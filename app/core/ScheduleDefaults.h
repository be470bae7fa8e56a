// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DataflowDraft.h"
#include "model/DraftProblem.h"
#include "model/FlowSpec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

/** A date-time column the delta column may be, with what the table preview says about it. */
struct DeltaColumnChoice
{
    QString name;
    QString lowest; ///< smallest value in the preview, empty when the preview has none
    QString highest;
    int emptyRows = 0; ///< preview rows without a value: such rows fall in no run's window, never ingested
    bool inPreview = true; ///< false: kept from a recipe while the table's columns are unknown
    QStringList samples; ///< its non-empty values in the preview, as text (what the date format is checked with)

    bool operator==(const DeltaColumnChoice&) const = default;
};

/**
 * The Schedule step's decisions, without widgets: what a new dataflow starts with, which delta column to propose,
 * how the options constrain each other, and which flow spec judges. DraftValidator says what is valid; this says
 * what the form proposes.
 */
class ScheduleDefaults
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleDefaults)
public:
    /** The Adobe UI's default threshold: marketing tables always hold a few bad rows. */
    static constexpr double kPartialIngestionPercent = 5.0;
    static QString dateFormat(); ///< "yyyy-MM-dd HH:mm:ss"
    static QString timezone(); ///< "UTC"

    /** The next full hour at least a quarter of an hour after @p nowSecs: a start the user rarely needs to change. */
    static qint64 defaultStart(qint64 nowSecs);
    /** A dataflow not configured yet (no name, no delta column): it gets the defaults for a new one. */
    static bool isNew(const DraftDataflow& dataflow);

    /** The table's date-time columns with their range and empty rows in the preview (@p rows keyed by column). */
    static QList<DeltaColumnChoice> deltaColumns(const QStringList& dateTimeColumns, const QJsonArray& columns,
                                                 const QJsonArray& rows);
    /** Most tables have one obvious "last modified" column: that one, else the first; empty without a choice. */
    static QString proposeDeltaColumn(const QList<DeltaColumnChoice>& choices);

    /**
     * What the form shows for @p dataflow: every unset part filled with its default. A new dataflow gets partial
     * ingestion at 5 % and error diagnostics, the proposed delta column, a start on the next hour and a name made
     * from the table's path (else the source's label). @p frequencies: what the flow spec offers (the first is the
     * default).
     */
    /** The dataflow's proposed name: "Hubspot.Contacts to Experience Platform"; empty without a table or source. */
    static QString proposedName(const QString& tablePath, const QString& sourceLabel);
    static DraftDataflow withDefaults(const DraftDataflow& dataflow, const QStringList& frequencies,
                                      const QList<DeltaColumnChoice>& choices, const QString& tablePath,
                                      const QString& sourceLabel, qint64 nowSecs);
    /**
     * The rules between the fields: a one-time flow has neither interval nor backfill (the flow spec refuses them,
     * even false), and with partial ingestion the Platform always keeps error diagnostics (Adobe's partial-ingestion
     * guide).
     */
    static DraftDataflow constrained(DraftDataflow dataflow);
    static bool forcesErrorDiagnostics(const DraftDataflow& dataflow);
    static bool hasInterval(const QString& frequency); ///< false for "once"

    /**
     * What the Schedule step shows of the validator's verdict on @p draft: the problems of its "dataflow" part. A
     * start time is in the past against @p nowSecs: the Platform's clock (this machine's when negative).
     */
    static QList<DraftProblem> stepProblems(const DataflowDraft& draft, const FlowSpec& spec, qint64 nowSecs = -1);

    /** The spec the rules come from: the Platform's (@p live, once fetched) always wins over the shipped copy. */
    static FlowSpec rulesSpec(const QJsonObject& live);
};
