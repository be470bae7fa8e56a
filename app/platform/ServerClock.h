// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <optional>

/**
 * The Platform's clock as the client sees it, read from the HTTP `Date` header of every answer: how far it is from
 * this machine's clock and how fast it runs. Adobe's servers keep real time (offset about 0, rate 1); the local
 * emulator sends its emulated clock there, which a demo runs faster than real time (emulator/README.md).
 */
class ServerClock
{
public:
    /** The rate is measured over windows of at least this much real time (the header keeps whole seconds). */
    static constexpr qint64 kMinBaselineMs = 3000;
    /** A measured speed between 1/this and this is real time (Adobe's servers), the rest is the headers' noise. */
    static constexpr double kRealTimeBelow = 2.0;

    /** One answer's `Date` (epoch ms on the server) received at @p localMs (this machine's epoch ms). */
    void observe(qint64 serverMs, qint64 localMs);
    /** The same from the header's text; false (nothing recorded) when it is no HTTP date. */
    bool observe(const QByteArray& dateHeader, qint64 localMs);

    bool isKnown() const { return m_known; }
    /**
     * Server milliseconds per local millisecond: 1 until two windows in a row agree on another speed, so a one-off
     * jump (the emulator's /__emulator/clock, a corrected server clock) moves the offset, not the speed.
     */
    double rate() const { return m_rate; }
    /** The server's time at @p localMs (local time itself when no answer has said). */
    qint64 serverTimeAt(qint64 localMs) const;
    /** The server's time now. */
    qint64 now() const;

    /** An RFC 9110 IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") as epoch ms. */
    static std::optional<qint64> parseHttpDate(const QByteArray& text);

private:
    struct Reading
    {
        qint64 serverMs = 0;
        qint64 localMs = 0;
    };
    Reading m_windowStart; ///< where the window being measured began
    Reading m_last;
    double m_lastWindowRate = 0; ///< the previous window's speed, 0 before the first
    double m_rate = 1.0;
    bool m_known = false;
};
