// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ReviewNotes.h"

#include <QLocale>

QStringList ReviewNotes::warnings(const DataflowDraft& draft)
{
    QStringList warnings;
    if (draft.dataflow.schedule.frequency == QLatin1String("once"))
        warnings << tr("A dataflow that runs once can be neither rescheduled nor remapped later.");
    if (draft.platform.sandbox != QLatin1String("prod"))
        warnings << tr("Alerts on failed runs do not exist in the sandbox \u201c%1\u201d (only in production).")
                        .arg(draft.platform.sandbox);
    if (draft.dataset.create && draft.dataset.create->profileEnabled)
        warnings << tr("The dataset feeds Profile: every record needs a primary identity, or it is rejected.");
    return warnings;
}

QString ReviewNotes::outcomeText(PlanRunner::Outcome outcome)
{
    switch (outcome) {
    case PlanRunner::Outcome::Reused:
        return tr("Reused");
    case PlanRunner::Outcome::Deleted:
        return tr("Deleted");
    case PlanRunner::Outcome::Kept:
        return tr("Kept");
    case PlanRunner::Outcome::Created:
    case PlanRunner::Outcome::Done:
        break;
    }
    return tr("Done");
}

QString ReviewNotes::creationSummary(const QHash<QString, PlanRunner::Outcome>& outcomes, qint64 elapsedMs)
{
    int created = 0;
    int reused = 0;
    for (const PlanRunner::Outcome outcome : outcomes) {
        if (outcome == PlanRunner::Outcome::Created)
            ++created;
        else if (outcome == PlanRunner::Outcome::Reused)
            ++reused;
    }
    const QString seconds = QLocale().toString(double(elapsedMs) / 1000.0, 'f', 1);
    //: %n objects created on the Platform, %1 the seconds it took ("0.4")
    QString text = tr("The dataflow was created: %n object(s) created in %1 s.", nullptr, created).arg(seconds);
    if (reused > 0)
        text += QLatin1Char(' ') + tr("%n existing object(s) reused.", nullptr, reused);
    return text + QLatin1Char(' ') + tr("Watch its runs on the next page.");
}
