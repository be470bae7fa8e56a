// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/DateFormats.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace {

const QStringList kMonths
    = {QStringLiteral("January"),   QStringLiteral("February"), QStringLiteral("March"),    QStringLiteral("April"),
       QStringLiteral("May"),       QStringLiteral("June"),     QStringLiteral("July"),     QStringLiteral("August"),
       QStringLiteral("September"), QStringLiteral("October"),  QStringLiteral("November"), QStringLiteral("December")};
const QStringList kDays
    = {QStringLiteral("Monday"), QStringLiteral("Tuesday"),  QStringLiteral("Wednesday"), QStringLiteral("Thursday"),
       QStringLiteral("Friday"), QStringLiteral("Saturday"), QStringLiteral("Sunday")};

QString alternatives(const QStringList& names, bool shortNames)
{
    QStringList list;
    for (const QString& name : names)
        list << (shortNames ? name.left(3) : name);
    return QStringLiteral("(?:%1)").arg(list.join(QLatin1Char('|')));
}

/** The regular expression of one run of @p count pattern letters @p letter; empty when not supported. */
QString token(QChar letter, int count)
{
    const auto number = [count](int widest) {
        return count == 1 ? QStringLiteral("\\d{1,%1}").arg(widest) : QStringLiteral("\\d{%1}").arg(count);
    };
    switch (letter.unicode()) {
    case 'y':
    case 'u':
        return count == 2 ? QStringLiteral("\\d{2}") : QStringLiteral("\\d{%1,9}").arg(qMax(count, 1));
    case 'M':
    case 'L':
        if (count <= 2)
            return number(2);
        return count == 3 ? alternatives(kMonths, true) : count == 4 ? alternatives(kMonths, false) : QString();
    case 'd':
    case 'H':
    case 'k':
    case 'K':
    case 'h':
    case 'm':
    case 's':
        return count <= 2 ? number(2) : QString();
    case 'S':
        return QStringLiteral("\\d{%1}").arg(count);
    case 'n':
        return QStringLiteral("\\d{1,9}");
    case 'a':
        return count == 1 ? QStringLiteral("(?:AM|PM)") : QString();
    case 'E':
        return count <= 3 ? alternatives(kDays, true) : count == 4 ? alternatives(kDays, false) : QString();
    case 'X':
    case 'x': {
        static const QStringList offsets = {
            QStringLiteral("[+-]\\d{2}(?:\\d{2})?"), QStringLiteral("[+-]\\d{4}"), QStringLiteral("[+-]\\d{2}:\\d{2}"),
            QStringLiteral("[+-]\\d{4}(?:\\d{2})?"), QStringLiteral("[+-]\\d{2}:\\d{2}(?::\\d{2})?")};
        if (count > 5)
            return {};
        const QString offset = offsets.at(count - 1);
        return letter == QLatin1Char('X') ? QStringLiteral("(?:Z|%1)").arg(offset) : offset;
    }
    case 'Z':
        if (count <= 3)
            return QStringLiteral("[+-]\\d{4}");
        return count == 5 ? QStringLiteral("(?:Z|[+-]\\d{2}:\\d{2})") : QString();
    case 'z':
    case 'V':
        return QStringLiteral("[A-Za-z][A-Za-z0-9/_+-]*");
    default:
        return {};
    }
}

struct Field
{
    QChar letter;
    int count;
};

struct Compiled
{
    QRegularExpression regex;
    QList<Field> fields;
    bool ok = false;
};

Compiled compile(const QString& pattern)
{
    Compiled compiled;
    QString rx = QStringLiteral("^");
    int optional = 0;
    for (qsizetype i = 0; i < pattern.size();) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('\'') && i + 1 < pattern.size() && pattern.at(i + 1) == QLatin1Char('\'')) {
            rx += QLatin1Char('\''); // '' is a quote
            i += 2;
        } else if (c == QLatin1Char('\'')) {
            QString literal;
            qsizetype j = i + 1;
            for (; j < pattern.size(); ++j) {
                if (pattern.at(j) != QLatin1Char('\''))
                    literal += pattern.at(j);
                else if (j + 1 < pattern.size() && pattern.at(j + 1) == QLatin1Char('\''))
                    literal += pattern.at(j++); // '' inside a quoted text
                else
                    break;
            }
            if (j >= pattern.size())
                return compiled; // a quote not closed
            rx += QRegularExpression::escape(literal);
            i = j + 1;
        } else if (c == QLatin1Char('[')) {
            rx += QStringLiteral("(?:");
            ++optional;
            ++i;
        } else if (c == QLatin1Char(']')) {
            if (optional-- == 0)
                return compiled;
            rx += QStringLiteral(")?");
            ++i;
        } else if (c.unicode() < 128 && c.isLetter()) {
            int count = 0;
            while (i < pattern.size() && pattern.at(i) == c) {
                ++count;
                ++i;
            }
            const QString part = token(c, count);
            if (part.isEmpty())
                return compiled;
            rx += QLatin1Char('(') + part + QLatin1Char(')');
            compiled.fields << Field{c, count};
        } else {
            rx += QRegularExpression::escape(QString(c));
            ++i;
        }
    }
    for (; optional > 0; --optional)
        rx += QStringLiteral(")?");
    compiled.regex = QRegularExpression(rx + QLatin1Char('$'));
    compiled.ok = compiled.regex.isValid();
    return compiled;
}

const Compiled& compiled(const QString& pattern)
{
    static QHash<QString, Compiled> cache; // the GUI thread only; a form checks the same few patterns again and again
    auto it = cache.find(pattern);
    if (it == cache.end()) {
        if (cache.size() > 256) // every keystroke in the field is a pattern: keep the cache small
            cache.clear();
        it = cache.insert(pattern, compile(pattern));
    }
    return *it;
}

/** The matched fields make a real moment: a month 1-12, a day that month has, hours and minutes in range. */
bool plausible(const QList<Field>& fields, const QRegularExpressionMatch& match)
{
    int year = 2000, month = 1, day = 1;
    bool hasDate = false;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString text = match.captured(int(i) + 1);
        if (text.isEmpty())
            continue; // an optional section left out
        const Field& field = fields.at(i);
        const int value = text.toInt();
        switch (field.letter.unicode()) {
        case 'y':
        case 'u':
            year = field.count == 2 ? 2000 + value : value;
            break;
        case 'M':
        case 'L':
            if (field.count <= 2)
                month = value;
            else
                month = int(std::find_if(kMonths.cbegin(), kMonths.cend(),
                                         [&](const QString& name) { return name.left(text.size()) == text; })
                            - kMonths.cbegin())
                    + 1;
            hasDate = true;
            break;
        case 'd':
            day = value;
            hasDate = true;
            break;
        case 'H':
            if (value > 23)
                return false;
            break;
        case 'k':
            if (value < 1 || value > 24)
                return false;
            break;
        case 'K':
            if (value > 11)
                return false;
            break;
        case 'h':
            if (value < 1 || value > 12)
                return false;
            break;
        case 'm':
        case 's':
            if (value > 59)
                return false;
            break;
        default:
            break;
        }
    }
    return !hasDate || QDate(year, month, day).isValid();
}

/** The usual ways tables write dates, the most precise first; day-first and month-first side by side. */
QStringList candidates(bool dayFirst)
{
    QStringList list = {
        QStringLiteral("yyyy-MM-dd HH:mm:ss"),
        QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"),
        QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.SSSXXX"),
        QStringLiteral("yyyy-MM-dd'T'HH:mm:ssXXX"),
        QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.SSSZ"),
        QStringLiteral("yyyy-MM-dd'T'HH:mm:ssZ"),
        QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.SSS"),
        QStringLiteral("yyyy-MM-dd'T'HH:mm"),
        QStringLiteral("yyyy-MM-dd HH:mm:ss.SSS"),
        QStringLiteral("yyyy-MM-dd HH:mm:ssXXX"),
        QStringLiteral("yyyy-MM-dd HH:mm:ss.SSSXXX"),
        QStringLiteral("yyyy-MM-dd HH:mm:ss Z"),
        QStringLiteral("yyyy-MM-dd HH:mm"),
        QStringLiteral("yyyy-MM-dd"),
        QStringLiteral("yyyy/MM/dd HH:mm:ss"),
        QStringLiteral("yyyy/MM/dd"),
        QStringLiteral("yyyyMMddHHmmss"),
        QStringLiteral("yyyyMMdd"),
        QStringLiteral("EEE, dd MMM yyyy HH:mm:ss Z"),
        QStringLiteral("dd MMM yyyy HH:mm:ss"),
        QStringLiteral("dd MMM yyyy"),
        QStringLiteral("MMM d, yyyy"),
    };
    const QStringList times = {QStringLiteral(" HH:mm:ss"), QStringLiteral(" HH:mm"), QString(),
                               QStringLiteral(" h:mm:ss a"), QStringLiteral(" h:mm a")};
    for (const QString& separator : {QStringLiteral("/"), QStringLiteral("."), QStringLiteral("-")}) {
        for (const QString& time : times) {
            for (const bool twoDigits : {true, false}) {
                const QString d = twoDigits ? QStringLiteral("dd") : QStringLiteral("d");
                const QString m = twoDigits ? QStringLiteral("MM") : QStringLiteral("M");
                const QString day = d + separator + m + separator + QStringLiteral("yyyy") + time;
                const QString month = m + separator + d + separator + QStringLiteral("yyyy") + time;
                list << (dayFirst ? day : month) << (dayFirst ? month : day);
            }
        }
    }
    return list;
}

} // namespace

std::optional<bool> DateFormats::matches(const QString& pattern, const QString& value)
{
    const Compiled& c = compiled(pattern);
    if (!c.ok)
        return std::nullopt;
    const QRegularExpressionMatch match = c.regex.match(value.trimmed());
    return match.hasMatch() && plausible(c.fields, match);
}

std::optional<int> DateFormats::countMatching(const QString& pattern, const QStringList& samples)
{
    if (!compiled(pattern).ok)
        return std::nullopt;
    int count = 0;
    for (const QString& sample : samples)
        count += !sample.trimmed().isEmpty() && *matches(pattern, sample) ? 1 : 0;
    return count;
}

QString DateFormats::detect(const QStringList& samples, bool dayFirst)
{
    QString best;
    int bestCount = 0;
    for (const QString& candidate : candidates(dayFirst)) {
        const int count = countMatching(candidate, samples).value_or(0);
        if (count > bestCount) { // strictly more: on a tie the earlier (preferred) one stays
            best = candidate;
            bestCount = count;
        }
    }
    return best;
}

DateFormats::Epoch DateFormats::epoch(const QStringList& samples)
{
    static const QRegularExpression seconds(QStringLiteral("^\\d{10}(?:\\.\\d+)?$"));
    static const QRegularExpression milliseconds(QStringLiteral("^\\d{13}$"));
    int total = 0, inSeconds = 0, inMilliseconds = 0;
    for (const QString& sample : samples) {
        const QString value = sample.trimmed();
        if (value.isEmpty())
            continue;
        ++total;
        inSeconds += seconds.match(value).hasMatch() ? 1 : 0;
        inMilliseconds += milliseconds.match(value).hasMatch() ? 1 : 0;
    }
    if (total == 0)
        return Epoch::None;
    return inSeconds == total ? Epoch::Seconds : inMilliseconds == total ? Epoch::Milliseconds : Epoch::None;
}

bool DateFormats::dayFirst(const QLocale& locale)
{
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    const qsizetype day = format.indexOf(QLatin1Char('d'));
    const qsizetype month = format.indexOf(QLatin1Char('M'));
    return day >= 0 && (month < 0 || day < month);
}

DateFormats::Check DateFormats::check(const QString& pattern, const QStringList& samples, bool dayFirst)
{
    Check check;
    for (const QString& sample : samples)
        check.total += sample.trimmed().isEmpty() ? 0 : 1;
    if (check.total == 0)
        return check; // nothing to compare with: no verdict
    const std::optional<int> matching
        = pattern.trimmed().isEmpty() ? std::optional<int>(0) : countMatching(pattern.trimmed(), samples);
    check.matching = matching.value_or(0);
    // Detection tries every usual pattern: only worth it when the format does not read them all.
    const QString detected = check.matching < check.total ? detect(samples, dayFirst) : QString();
    if (!detected.isEmpty() && detected != pattern.trimmed()
        && countMatching(detected, samples).value_or(0) > check.matching)
        check.suggestion = detected;
    if (!matching || pattern.trimmed().isEmpty())
        return check; // a letter this check cannot read, or no format: the Platform's own checks decide
    check.warning = check.matching < check.total;
    const Epoch numbers = check.matching == 0 ? epoch(samples) : Epoch::None;
    // Plain %1 rather than %n: a preview holds many rows, and the words must not wait for a catalogue's plural forms.
    if (numbers == Epoch::Seconds)
        check.note = tr("The sample values are seconds since 1970, not dates that a date format can read.");
    else if (numbers == Epoch::Milliseconds)
        check.note = tr("The sample values are milliseconds since 1970, not dates that a date format can read.");
    else if (check.total == 1)
        check.note = check.warning ? tr("The one sample value does not match this format.")
                                   : tr("The one sample value matches this format.");
    else if (!check.warning)
        check.note = tr("All %1 sample values match this format.").arg(check.total);
    else
        check.note = tr("%1 of %2 sample values match this format.").arg(check.matching).arg(check.total);
    return check;
}
