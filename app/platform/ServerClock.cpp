// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/ServerClock.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

void ServerClock::observe(qint64 serverMs, qint64 localMs)
{
    const Reading reading{serverMs, localMs};
    m_last = reading;
    if (!m_known) {
        m_known = true;
        m_windowStart = reading;
        return;
    }
    const qint64 span = localMs - m_windowStart.localMs;
    if (span < kMinBaselineMs)
        return;
    const double window = double(serverMs - m_windowStart.serverMs) / double(span);
    m_windowStart = reading;
    if (window <= 0) {
        m_lastWindowRate = 0; // the server's clock went back: start measuring again
        return;
    }
    if (m_lastWindowRate > 0 && qAbs(window - m_lastWindowRate) <= 0.2 * m_lastWindowRate) {
        const double measured = (window + m_lastWindowRate) / 2;
        // Whole-second headers and servers a second apart make real time measure anywhere from about 0.5 to 1.7.
        m_rate = measured >= kRealTimeBelow || measured <= 1 / kRealTimeBelow ? measured : 1.0;
    }
    m_lastWindowRate = window;
}

bool ServerClock::observe(const QByteArray& dateHeader, qint64 localMs)
{
    const std::optional<qint64> serverMs = parseHttpDate(dateHeader);
    if (!serverMs)
        return false;
    observe(*serverMs, localMs);
    return true;
}

qint64 ServerClock::serverTimeAt(qint64 localMs) const
{
    if (!m_known)
        return localMs;
    return m_last.serverMs + qint64(double(localMs - m_last.localMs) * m_rate);
}

qint64 ServerClock::now() const
{
    return serverTimeAt(QDateTime::currentMSecsSinceEpoch());
}

std::optional<qint64> ServerClock::parseHttpDate(const QByteArray& text)
{
    const QByteArray trimmed = text.trimmed();
    if (!trimmed.endsWith(" GMT"))
        return std::nullopt;
    // Date and time apart, in UTC: read as one local date-time, a time in a daylight-saving gap would be invalid.
    const QString fields = QString::fromLatin1(trimmed.chopped(4));
    const QDate date = QLocale::c().toDate(fields.left(16), QStringLiteral("ddd, dd MMM yyyy"));
    const QTime time = QLocale::c().toTime(fields.mid(17), QStringLiteral("HH:mm:ss"));
    if (fields.size() != 25 || !date.isValid() || !time.isValid())
        return std::nullopt;
    const QDateTime parsed(date, time, QTimeZone::utc());
    return parsed.toMSecsSinceEpoch();
}
