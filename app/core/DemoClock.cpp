// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/DemoClock.h"

#include <QLocale>

#include <cmath>

QString DemoClock::note(double rate)
{
    if (!isFast(rate))
        return {};
    // Emulated minutes per real minute = rate; said in hours from an hour and a half on.
    const double hours = rate / 60.0;
    if (std::abs(hours - 1.0) < 0.1)
        return tr("Demo clock: one hour passes every minute.");
    if (hours >= 1.5) {
        const double shown = hours >= 10 ? std::round(hours) : std::round(hours * 10) / 10;
        return tr("Demo clock: %1 hours pass every minute.").arg(QLocale().toString(shown, 'g', 4));
    }
    return tr("Demo clock: %1 minutes pass every minute.").arg(QLocale().toString(qRound(rate)));
}
