// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ReviewNotes.h"

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
