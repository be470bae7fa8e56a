// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DataflowDraft.h"

#include <QCoreApplication>
#include <QStringList>

/** What the Review page warns about before Create: consequences of the choices that are easy to miss. */
class ReviewNotes
{
    Q_DECLARE_TR_FUNCTIONS(ReviewNotes)
public:
    /** Plain-text warnings for @p draft, most important first; empty when there is nothing to say. */
    static QStringList warnings(const DataflowDraft& draft);
};
