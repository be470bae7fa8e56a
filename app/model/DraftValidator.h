// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DataflowDraft.h"
#include "model/FlowSpec.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QLocale>

/**
 * The draft's validation rules as pure functions. The schedule, the options and the delta column are checked against
 * the flow spec's own JSON Schemas (the shipped CRMToAEP copy offline, the server's when it is reachable); the rest
 * are the rules the Platform documents. Online checks take what was fetched (schema tree, table columns) as input.
 */
class DraftValidator
{
    Q_DECLARE_TR_FUNCTIONS(DraftValidator)
public:
    static constexpr int kMaxExpressionLength = 4096;
    static constexpr int kMinuteMinimumInterval = 15;
    static constexpr int kMaxNameLength = 256; ///< names, titles and date formats
    static constexpr int kMaxPathLength = 1024; ///< a table path, a mapping's source column and destination
    static constexpr int kMaxTextLength = 4096; ///< descriptions
    /** Far more than a table has columns: a longer mapping is a generated mistake, one request of many megabytes. */
    static constexpr int kMaxMappingRules = 10000;

    /** Every offline check; @p nowSeconds < 0 means the current time. */
    static QList<DraftProblem> validate(const DataflowDraft& draft, const FlowSpec& spec = FlowSpec::crmToAep(),
                                        qint64 nowSeconds = -1);

    static QList<DraftProblem> checkPlatform(const DraftPlatform& platform);
    static QList<DraftProblem> checkSource(const DraftSource& source, const FlowSpec& spec);
    static QList<DraftProblem> checkSchemaAndDataset(const DataflowDraft& draft);
    /** The schema part alone (what the Schema page checks before the mapping exists). */
    static QList<DraftProblem> checkSchemaChoice(const DraftSchema& schema);
    /** The dataset part alone, given the schema it is built on. */
    static QList<DraftProblem> checkDatasetChoice(const DraftDataset& dataset, const DraftSchema& schema);
    static QList<DraftProblem> checkMapping(const QList<MappingRule>& mapping);
    static QList<DraftProblem> checkDeltaColumn(const std::optional<DeltaColumn>& deltaColumn, const FlowSpec& spec);
    static QList<DraftProblem> checkSchedule(const Schedule& schedule, const FlowSpec& spec, qint64 nowSeconds);
    static QList<DraftProblem> checkOptions(const DraftDataflow& dataflow, const FlowSpec& spec);
    /**
     * Every rule of a flow spec (the Platform's own when fetched): the source, the schedule (its start against
     * @p nowSeconds; 0 skips that), the options and the delta column. The one list that --validate, --apply and the
     * plan's last look before creating the flow share.
     */
    static QList<DraftProblem> checkAgainstFlowSpec(const DataflowDraft& draft, const FlowSpec& spec,
                                                    qint64 nowSeconds);
    /** A Java DateTimeFormatter pattern; refuses the week-year "Y" and day-of-year "D" of the tutorial. */
    static QList<DraftProblem> checkDateFormat(const QString& pattern, const QString& field);

    /**
     * A text the Platform stores: at most @p maxLength characters and no control character (NUL, escape...; a
     * @p multiLine text may hold tabs and line breaks). Empty is fine here: required values are checked apart.
     */
    static QList<DraftProblem> checkText(const QString& text, const QString& field, int maxLength,
                                         bool multiLine = false);

    /** A moment as the wizard shows it: local time, in @p locale's words ("1 Dec 2025 12:00", "1 déc. 2025 12:00"). */
    static QString localTime(qint64 secondsSinceEpoch, const QLocale& locale = QLocale());

    /** Online: destinations (and the identity path) exist in the schema, given its xed-full tree. */
    static QList<DraftProblem> checkAgainstSchema(const DataflowDraft& draft, const QJsonObject& xedFullSchema);
    /** Online: source columns and the delta column exist in the table, and the delta column is a date-time. */
    static QList<DraftProblem> checkAgainstTable(const DataflowDraft& draft, const QJsonArray& columns);
    /** The leaf fields of an xed-full schema by dotted path ("person.name.firstName") -> their JSON Schema. */
    static QHash<QString, QJsonObject> schemaFields(const QJsonObject& xedFullSchema);
};
