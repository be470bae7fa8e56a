// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

/** One thing wrong with a draft or a recipe: a stable code, the JSON path of the field and a translated message. */
struct DraftProblem
{
    enum class Severity { Error, Warning };

    QString code; ///< stable, for tests and the UI: "recipe.unknownKey", "schedule.intervalTooSmall"...
    QString field; ///< JSON path in the recipe: "dataflow.schedule.interval", "mapping[2].destination"
    QString message; ///< translated, short; does not repeat the path
    Severity severity = Severity::Error;

    bool isError() const { return severity == Severity::Error; }
    /** A value not given yet (a key missing or empty): a recipe saved half-way has these, the wizard asks for them. */
    bool isMissingValue() const
    {
        return code == QLatin1String("recipe.missingKey") || code == QLatin1String("recipe.empty");
    }
    /** "field: message" (or just the message for the whole recipe): one line for stderr and logs. */
    QString toString() const
    {
        //: A problem on one line: %1 the JSON path of the field, %2 the message.
        return field.isEmpty() ? message : QCoreApplication::translate("DraftProblem", "%1: %2").arg(field, message);
    }

    static bool hasErrors(const QList<DraftProblem>& problems)
    {
        for (const DraftProblem& problem : problems) {
            if (problem.isError())
                return true;
        }
        return false;
    }
};
