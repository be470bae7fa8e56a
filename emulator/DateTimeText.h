// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

/**
 * Fast date-time text handling for the run engine: no QDateTime, no time-zone database (QDateTime's local-time
 * conversions call tzset(), which stats /etc/localtime on every record).
 */
namespace DateTimeText {

/**
 * Parses `yyyy-MM-dd`, then `T` or a space, `HH:mm[:ss[.fff]]`, then an optional `Z`, `±HH:mm` or `±HHmm`.
 * Text without a zone is UTC. Returns false (ms untouched) for anything else, including impossible dates.
 */
bool parseUtcMs(QStringView text, qint64* ms);
/** Like parseUtcMs, falling back to QDateTime for other ISO 8601 shapes; false when it is no date-time. */
bool parseAnyUtcMs(const QString& text, qint64* ms);
/** `yyyy-MM-ddTHH:mm:ssZ` (whole seconds, as Platform writes XDM date-times). */
QString isoUtc(qint64 ms);
/** `yyyy-MM-dd` of the UTC day. */
QString isoDate(qint64 ms);
/** The HTTP `Date` header form (RFC 9110 IMF-fixdate): `Sun, 06 Nov 1994 08:49:37 GMT`. */
QByteArray httpDate(qint64 ms);

} // namespace DateTimeText
