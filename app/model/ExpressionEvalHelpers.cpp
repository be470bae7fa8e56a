// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ExpressionEvalHelpers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

namespace ExpressionEval::Helpers {

QJsonValue nullValue()
{
    return QJsonValue(QJsonValue::Null);
}

QString qtPattern(QString pattern)
{
    pattern.replace(QLatin1String("SSS"), QLatin1String("zzz"));
    pattern.remove(QLatin1String("XXX"));
    pattern.remove(QLatin1Char('X'));
    pattern.remove(QLatin1Char('Z'));
    return pattern;
}

std::optional<QDateTime> dateOf(const QJsonValue& value, const QString& javaPattern)
{
    if (value.isDouble())
        return QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), QTimeZone::utc());
    if (javaPattern.isEmpty()) {
        const std::optional<qint64> ms = ExpressionEvaluator::parseDateTime(text(value));
        return ms ? std::optional(QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc())) : std::nullopt;
    }
    QString input = text(value);
    if (input.endsWith(QLatin1Char('Z')))
        input.chop(1);
    QDateTime parsed = QDateTime::fromString(input, qtPattern(javaPattern));
    if (!parsed.isValid())
        return std::nullopt;
    parsed.setTimeZone(QTimeZone::utc());
    return parsed;
}

QJsonValue hash(const Args& a, QCryptographicHash::Algorithm algorithm)
{
    return isNull(a[0])
        ? nullValue()
        : QJsonValue(QString::fromLatin1(QCryptographicHash::hash(text(a[0]).toUtf8(), algorithm).toHex()));
}

QJsonValue crc32(const Args& a)
{
    if (isNull(a[0]))
        return nullValue();
    quint32 crc = 0xffffffffu;
    for (const char byte : text(a[0]).toUtf8()) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return QString::number(crc ^ 0xffffffffu, 16);
}

QJsonValue pad(const Args& a, bool left)
{
    const QString input = text(a[0]);
    const int count = qBound(0, int(a[1].toDouble()), 100000);
    const QString padding = text(a[2]);
    if (padding.isEmpty() || input.size() >= count)
        return input.left(count);
    QString fill;
    while (fill.size() < count - input.size())
        fill += padding;
    fill.truncate(count - input.size());
    return left ? QString(fill + input) : QString(input + fill);
}

QJsonValue number(const QJsonValue& value, bool integer, Context& context)
{
    if (isNull(value))
        return nullValue();
    double d = 0;
    if (!toNumber(value, &d)) {
        context.error = ExpressionEvaluator::tr("\"%1\" is not a number.").arg(text(value));
        return nullValue();
    }
    return integer ? QJsonValue(double(qint64(qBound(-9.2e18, d, 9.2e18)))) : QJsonValue(d);
}

QJsonValue extreme(const Args& a, bool minimum)
{
    QJsonValue best = nullValue();
    double bestNumber = 0;
    for (const QJsonValue& v : a) {
        double n = 0;
        if (!isNull(v) && toNumber(v, &n) && (best.isNull() || (minimum ? n < bestNumber : n > bestNumber))) {
            best = v;
            bestNumber = n;
        }
    }
    return best;
}

QRegularExpression regex(const QJsonValue& pattern, Context& context)
{
    QRegularExpression expression(text(pattern));
    if (!expression.isValid())
        context.error = ExpressionEvaluator::tr("\"%1\" is not a valid regular expression: %2.")
                            .arg(text(pattern), expression.errorString());
    return expression;
}

QJsonValue date(const Args& a, Context& context)
{
    const QJsonValue fallback = a.size() > 2 ? a[2] : nullValue();
    if (isNull(a[0]))
        return fallback;
    const std::optional<QDateTime> parsed = dateOf(a[0], a.size() > 1 ? text(a[1]) : QString());
    if (parsed)
        return ExpressionEvaluator::isoDateTime(parsed->toMSecsSinceEpoch());
    if (a.size() < 3)
        context.error = a.size() > 1
            ? ExpressionEvaluator::tr("\"%1\" is not a date in the format %2.").arg(text(a[0]), text(a[1]))
            : ExpressionEvaluator::tr("\"%1\" is not a date.").arg(text(a[0]));
    return fallback;
}

QJsonValue datePart(const Args& a, Context& context)
{
    const std::optional<QDateTime> when = dateOf(a[1]);
    if (!when) {
        context.error = ExpressionEvaluator::tr("\"%1\" is not a date.").arg(text(a[1]));
        return nullValue();
    }
    const QString part = text(a[0]);
    const QString lower = part.toLower();
    const QDate d = when->date();
    const QTime t = when->time();
    if (lower == QLatin1String("year") || lower == QLatin1String("yyyy") || lower == QLatin1String("yy"))
        return d.year();
    if (lower == QLatin1String("quarter") || lower == QLatin1String("qq") || lower == QLatin1String("q"))
        return (d.month() - 1) / 3 + 1;
    if (part == QLatin1String("MM") || part == QLatin1String("M") || lower == QLatin1String("month"))
        return d.month();
    if (lower == QLatin1String("day") || lower == QLatin1String("dd") || lower == QLatin1String("d"))
        return d.day();
    if (lower == QLatin1String("dayofyear") || lower == QLatin1String("dy"))
        return d.dayOfYear();
    if (lower == QLatin1String("week") || lower == QLatin1String("ww") || lower == QLatin1String("w"))
        return d.weekNumber();
    if (lower == QLatin1String("weekday") || lower == QLatin1String("dw"))
        return d.dayOfWeek() % 7 + 1; // Sunday is 1
    if (lower == QLatin1String("hour") || lower == QLatin1String("hh"))
        return t.hour();
    if (lower == QLatin1String("minute") || lower == QLatin1String("mi") || lower == QLatin1String("n")
        || part == QLatin1String("mm"))
        return t.minute();
    if (lower == QLatin1String("second") || lower == QLatin1String("ss") || lower == QLatin1String("s"))
        return t.second();
    if (lower == QLatin1String("millisecond") || lower == QLatin1String("ms"))
        return t.msec();
    context.error = ExpressionEvaluator::tr("\"%1\" is not a part of a date: use year, month, day, hour, minute or "
                                            "second.")
                        .arg(part);
    return nullValue();
}

QJsonValue strToObject(const Args& a)
{
    const QString valueDelimiter = a.size() > 1 ? text(a[1]) : QStringLiteral("=");
    const QString fieldDelimiter = a.size() > 2 ? text(a[2]) : QStringLiteral("&");
    QJsonObject object;
    if (isNull(a[0]) || valueDelimiter.isEmpty() || fieldDelimiter.isEmpty())
        return object;
    for (const QString& field : text(a[0]).split(fieldDelimiter, Qt::SkipEmptyParts)) {
        const qsizetype at = field.indexOf(valueDelimiter);
        const QString key = (at < 0 ? field : field.left(at)).trimmed();
        const QString value = at < 0 ? QString() : field.mid(at + valueDelimiter.size()).trimmed();
        if (!key.isEmpty())
            object.insert(key, value.isEmpty() ? nullValue() : QJsonValue(value));
    }
    return object;
}

QJsonValue url(const Args& a, const QString& part)
{
    const QUrl address(text(a[0]));
    if (isNull(a[0]) || !address.isValid())
        return nullValue();
    if (part == QLatin1String("protocol"))
        return address.scheme();
    if (part == QLatin1String("host"))
        return address.host();
    if (part == QLatin1String("path"))
        return a.size() > 1 && truthy(a[1]) ? address.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority)
                                            : address.path();
    QJsonObject query;
    const auto items = QUrlQuery(address).queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items)
        query.insert(key, value);
    return query;
}

QJsonValue method(const Node& node, const Args& a, Context& context)
{
    if (node.name != QLatin1String("equals") && node.name != QLatin1String("equalsIgnoreCase")) {
        context.error = ExpressionEvaluator::tr("There is no method \"%1\".").arg(node.name);
        return nullValue();
    }
    const Qt::CaseSensitivity cs = node.name == QLatin1String("equals") ? Qt::CaseSensitive : Qt::CaseInsensitive;
    return text(a.value(0)).compare(text(a.value(1)), cs) == 0;
}

} // namespace ExpressionEval::Helpers

std::optional<qint64> ExpressionEvaluator::parseDateTime(const QString& text)
{
    QString iso = text.trimmed();
    if (iso.size() > 10 && iso.at(10) == QLatin1Char(' '))
        iso[10] = QLatin1Char('T');
    QDateTime parsed = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeZone(QTimeZone::utc());
    return parsed.toMSecsSinceEpoch();
}

QString ExpressionEvaluator::isoDateTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
        + QLatin1Char('Z');
}
