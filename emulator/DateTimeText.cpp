// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateTimeText.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace {

constexpr qint64 kDayMs = 86400000;
constexpr qint64 kUnixEpochJulianDay = 2440588;

// Reads `count` ASCII digits at `pos`; -1 when one of them is not a digit.
int digits(QStringView text, qsizetype pos, int count)
{
    if (pos + count > text.size()) {
        return -1;
    }
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[pos + i].unicode();
        if (c < u'0' || c > u'9') {
            return -1;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

bool at(QStringView text, qsizetype pos, char16_t c)
{
    return pos < text.size() && text[pos].unicode() == c;
}

void put(char16_t*& out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    out += width;
}

// Splits epoch ms into a date and the milliseconds of that day; false outside years 1000-9999.
bool split(qint64 ms, QDate* date, qint64* msOfDay)
{
    qint64 days = ms / kDayMs;
    qint64 rest = ms % kDayMs;
    if (rest < 0) {
        rest += kDayMs;
        --days;
    }
    *date = QDate::fromJulianDay(days + kUnixEpochJulianDay);
    *msOfDay = rest;
    return date->year() >= 1000 && date->year() <= 9999;
}

} // namespace

namespace DateTimeText {

bool parseUtcMs(QStringView text, qint64* ms)
{
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    if (year < 0 || month < 0 || day < 0 || !at(text, 4, u'-') || !at(text, 7, u'-')
        || !(at(text, 10, u'T') || at(text, 10, u' ')) || !QDate::isValid(year, month, day)) {
        return false;
    }
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || !at(text, 13, u':')) {
        return false;
    }
    qsizetype pos = 16;
    int second = 0;
    int milli = 0;
    if (at(text, pos, u':')) {
        second = digits(text, pos + 1, 2);
        if (second < 0 || second > 59) {
            return false;
        }
        pos += 3;
        if (at(text, pos, u'.') || at(text, pos, u',')) {
            ++pos;
            int scale = 100;
            const qsizetype start = pos;
            while (pos < text.size() && text[pos].unicode() >= u'0' && text[pos].unicode() <= u'9') {
                milli += scale * (text[pos].unicode() - u'0');
                scale /= 10;
                ++pos;
            }
            if (pos == start) {
                return false;
            }
        }
    }
    qint64 offsetMs = 0;
    if (at(text, pos, u'Z')) {
        ++pos;
    } else if (at(text, pos, u'+') || at(text, pos, u'-')) {
        const int sign = at(text, pos, u'-') ? -1 : 1;
        const int offsetHours = digits(text, pos + 1, 2);
        const bool colon = at(text, pos + 3, u':');
        const int offsetMinutes = digits(text, pos + (colon ? 4 : 3), 2);
        if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59) {
            return false;
        }
        offsetMs = sign * (offsetHours * 3600000LL + offsetMinutes * 60000LL);
        pos += colon ? 6 : 5;
    }
    if (pos != text.size()) {
        return false;
    }
    const qint64 days = QDate(year, month, day).toJulianDay() - kUnixEpochJulianDay;
    *ms = days * kDayMs + hour * 3600000LL + minute * 60000LL + second * 1000LL + milli - offsetMs;
    return true;
}

bool parseAnyUtcMs(const QString& text, qint64* ms)
{
    if (parseUtcMs(text, ms)) {
        return true;
    }
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        return false;
    }
    if (parsed.timeSpec() == Qt::LocalTime) {
        parsed.setTimeZone(QTimeZone::utc());
    }
    *ms = parsed.toMSecsSinceEpoch();
    return true;
}

QString isoUtc(qint64 ms)
{
    QDate date;
    qint64 msOfDay = 0;
    if (!split(ms, &date, &msOfDay)) {
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
            + QLatin1Char('Z');
    }
    QString result(20, Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(result.data());
    put(out, date.year(), 4);
    *out++ = u'-';
    put(out, date.month(), 2);
    *out++ = u'-';
    put(out, date.day(), 2);
    *out++ = u'T';
    put(out, int(msOfDay / 3600000), 2);
    *out++ = u':';
    put(out, int(msOfDay / 60000 % 60), 2);
    *out++ = u':';
    put(out, int(msOfDay / 1000 % 60), 2);
    *out = u'Z';
    return result;
}

QString isoDate(qint64 ms)
{
    QDate date;
    qint64 msOfDay = 0;
    if (!split(ms, &date, &msOfDay)) {
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd"));
    }
    QString result(10, Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(result.data());
    put(out, date.year(), 4);
    *out++ = u'-';
    put(out, date.month(), 2);
    *out++ = u'-';
    put(out, date.day(), 2);
    return result;
}

QByteArray httpDate(qint64 ms)
{
    static const char* const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char* const months[]
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    QDate date;
    qint64 msOfDay = 0;
    if (!split(ms, &date, &msOfDay)) {
        split(0, &date, &msOfDay);
    }
    return QByteArray(days[date.dayOfWeek() - 1]) + ", " + QByteArray::number(date.day()).rightJustified(2, '0') + ' '
        + months[date.month() - 1] + ' ' + QByteArray::number(date.year()) + ' '
        + QByteArray::number(msOfDay / 3600000).rightJustified(2, '0') + ':'
        + QByteArray::number(msOfDay / 60000 % 60).rightJustified(2, '0') + ':'
        + QByteArray::number(msOfDay / 1000 % 60).rightJustified(2, '0') + " GMT";
}

} // namespace DateTimeText
