// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

/** What the Runs page says about a Platform clock that runs faster than real time (the demo's emulator). */
class DemoClock
{
    Q_DECLARE_TR_FUNCTIONS(DemoClock)
public:
    /** From this rate on the clock counts as fast: Adobe's servers keep real time, give or take a second or two. */
    static constexpr double kFastRate = 2.0;

    static bool isFast(double rate) { return rate >= kFastRate; }
    /** "Demo clock: one hour passes every minute." for a rate of 60; empty for real time. */
    static QString note(double rate);
};
