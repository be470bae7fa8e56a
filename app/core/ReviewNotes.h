// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DataflowDraft.h"
#include "plan/PlanRunner.h"

#include <QCoreApplication>
#include <QStringList>

/** What the Review page warns about before Create: consequences of the choices that are easy to miss. */
class ReviewNotes
{
    Q_DECLARE_TR_FUNCTIONS(ReviewNotes)
public:
    /** Plain-text warnings for @p draft, most important first; empty when there is nothing to say. */
    static QStringList warnings(const DataflowDraft& draft);
    /** The word of the step list's Status column for a finished step. */
    static QString outcomeText(PlanRunner::Outcome outcome);
    /**
     * What the Review page says once the dataflow exists: "7 objects created in 0.4 s." with how many existing
     * ones were used, from the runner's outcomes (lookups and tags are not objects).
     */
    static QString creationSummary(const QHash<QString, PlanRunner::Outcome>& outcomes, qint64 elapsedMs);
};
