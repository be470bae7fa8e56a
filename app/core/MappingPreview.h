// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DataflowDraft.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class WizardState;

/**
 * The mapping applied offline to the table's sample rows, as the dataflow's first run will apply it: each row's XDM
 * record (values converted to their field's type) or the reasons it would fail, in the run's own terms
 * ("personalEmail.address: the required field is empty"), and the failed share against the partial-ingestion
 * threshold. Pure: no Platform, no widgets.
 */
class MappingPreview
{
    Q_DECLARE_TR_FUNCTIONS(MappingPreview)
public:
    struct Input
    {
        QJsonArray columns; ///< as explore describes them (WizardState::columns())
        QJsonArray rows; ///< sample rows keyed by column name (WizardState::previewRows())
        QList<MappingRule> rules;
        QJsonObject schemaTree; ///< expanded (xed-full) tree of the target schema
        QString identityPath; ///< the primary identity ("personalEmail.address"); empty: unknown
        std::optional<double> partialIngestionPercent; ///< unset: one failed row fails the run
        std::optional<DeltaColumn> deltaColumn;

        /** What the wizard holds now (its draft's mapping unless @p rules is given). */
        static Input fromState(const WizardState& state, const std::optional<QList<MappingRule>>& rules = {});
    };

    struct Row
    {
        int index = 0; ///< 0-based, in the sample
        QJsonObject record; ///< the nested XDM record (empty fields left out), as the run writes it
        QStringList reasons; ///< why the row would fail, one per failing field; empty: it is ingested
        QString identity; ///< the primary identity's value, as text
        QStringList computedByPlatform; ///< fields whose value only the run knows (now(), uuid()...)
        bool ok() const { return reasons.isEmpty(); }
    };

    struct Result
    {
        QList<Row> rows;
        int failed = 0;
        int total = 0;
        double failedPercent = 0; ///< 100 * failed / total
        std::optional<double> threshold; ///< the partial-ingestion percentage, when set
        bool exceedsThreshold = false; ///< the run would fail (above the threshold, or any failure without one)
        QString summary; ///< "3 of 100 sample rows would fail; the threshold is 5%."
        QHash<QString, QString> types; ///< XDM type of every field of the schema, by dotted path
        QString identityPath;
    };

    static Result run(const Input& input);
    /** The sentence at the top of the preview, in the language installed now. */
    static QString summary(int failed, int total, const std::optional<double>& threshold);
};
