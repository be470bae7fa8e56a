// SPDX-License-Identifier: GPL-3.0-or-later
// The Data Prep calculated-field functions we support (CONTRACT §6.5 subset), resolved by index when parsed.
#include "ExpressionNode.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QTimeZone>
#include <QUuid>

#include <iterator>

namespace {

using Node = Expression::Node;
using ExpressionFunctions::isNull;
using ExpressionFunctions::text;
using ExpressionFunctions::truthy;

enum class Fn {
    Concat,
    Lower,
    Upper,
    Trim,
    Ltrim,
    Rtrim,
    Substr,
    Replacestr,
    Left,
    Right,
    Lpad,
    Rpad,
    Coalesce,
    Last,
    Iif,
    Decode,
    ToInteger,
    ToDecimal,
    Date,
    Format,
    Dformat,
    Now,
    Timestamp,
    Uuid,
    Sha256,
    Sha1,
    Md5,
    Split,
    Join,
    ToArray,
    SizeOf,
    IsEmpty,
    Nullify,
    Min,
    Max,
    MatchesRegex,
    ExtractRegex,
};

struct Function
{
    const char* name;
    Fn fn;
    int min;
    int max;
};

constexpr Function kFunctions[] = {
    {"concat", Fn::Concat, 1, 99},
    {"lower", Fn::Lower, 1, 1},
    {"lcase", Fn::Lower, 1, 1},
    {"upper", Fn::Upper, 1, 1},
    {"ucase", Fn::Upper, 1, 1},
    {"trim", Fn::Trim, 1, 1},
    {"ltrim", Fn::Ltrim, 1, 1},
    {"rtrim", Fn::Rtrim, 1, 1},
    {"substr", Fn::Substr, 2, 3},
    {"replacestr", Fn::Replacestr, 3, 3},
    {"left", Fn::Left, 2, 2},
    {"right", Fn::Right, 2, 2},
    {"lpad", Fn::Lpad, 3, 3},
    {"rpad", Fn::Rpad, 3, 3},
    {"coalesce", Fn::Coalesce, 1, 99},
    {"first", Fn::Coalesce, 1, 99},
    {"last", Fn::Last, 1, 99},
    {"iif", Fn::Iif, 3, 3},
    {"decode", Fn::Decode, 3, 99},
    {"to_integer", Fn::ToInteger, 1, 1},
    {"to_bigint", Fn::ToInteger, 1, 1},
    {"to_decimal", Fn::ToDecimal, 1, 1},
    {"to_float", Fn::ToDecimal, 1, 1},
    {"date", Fn::Date, 1, 3},
    {"format", Fn::Format, 2, 2},
    {"dformat", Fn::Dformat, 2, 2},
    {"now", Fn::Now, 0, 0},
    {"timestamp", Fn::Timestamp, 0, 0},
    {"uuid", Fn::Uuid, 0, 0},
    {"guid", Fn::Uuid, 0, 0},
    {"sha256", Fn::Sha256, 1, 2},
    {"sha1", Fn::Sha1, 1, 2},
    {"md5", Fn::Md5, 1, 2},
    {"split", Fn::Split, 2, 2},
    {"join", Fn::Join, 2, 99},
    {"to_array", Fn::ToArray, 1, 99},
    {"size_of", Fn::SizeOf, 1, 1},
    {"is_empty", Fn::IsEmpty, 1, 1},
    {"nullify", Fn::Nullify, 0, 0},
    {"min", Fn::Min, 1, 99},
    {"max", Fn::Max, 1, 99},
    {"matches_regex", Fn::MatchesRegex, 2, 2},
    {"extract_regex", Fn::ExtractRegex, 2, 2},
};
constexpr int kFunctionCount = int(std::size(kFunctions));

// What \s matches in a QRegularExpression without UseUnicodePropertiesOption (ltrim/rtrim used one).
bool asciiSpace(QChar c)
{
    return c == QLatin1Char(' ') || (c.unicode() >= 0x09 && c.unicode() <= 0x0d);
}

QString javaToQt(QString pattern)
{
    pattern.replace(QLatin1String("SSS"), QLatin1String("zzz"));
    pattern.remove(QLatin1String("XXX"));
    pattern.remove(QLatin1Char('X'));
    pattern.remove(QLatin1Char('Z'));
    return pattern;
}

QDateTime parseDate(const QString& value, const QString& javaPattern)
{
    QDateTime parsed;
    if (!javaPattern.isEmpty()) {
        QString input = value;
        if (input.endsWith(QLatin1Char('Z'))) {
            input.chop(1);
        }
        parsed = QDateTime::fromString(input, javaToQt(javaPattern));
    } else {
        parsed = QDateTime::fromString(value, Qt::ISODateWithMs);
        for (const char* format : {"yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"}) {
            if (!parsed.isValid()) {
                parsed = QDateTime::fromString(value, QLatin1String(format));
            }
        }
    }
    if (parsed.isValid() && parsed.timeSpec() == Qt::LocalTime) {
        parsed.setTimeZone(QTimeZone::utc());
    }
    return parsed;
}

QString isoUtc(const QDateTime& dateTime)
{
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

QJsonValue number(const QJsonValue& value, bool integer, QString* error)
{
    if (isNull(value)) {
        return QJsonValue::Null;
    }
    bool ok = value.isDouble();
    double d = value.toDouble();
    if (!ok) {
        d = text(value).trimmed().toDouble(&ok);
    }
    if (!ok) {
        *error = QStringLiteral("'%1' is not a number").arg(text(value));
        return QJsonValue::Null;
    }
    return integer ? QJsonValue(double(qint64(d))) : QJsonValue(d);
}

QJsonValue hash(const QJsonValue& value, QCryptographicHash::Algorithm algorithm)
{
    return isNull(value)
        ? QJsonValue(QJsonValue::Null)
        : QJsonValue(QString::fromLatin1(QCryptographicHash::hash(text(value).toUtf8(), algorithm).toHex()));
}

QRegularExpressionMatch matchRegex(const Node& node, const QList<QJsonValue>& a)
{
    return node.regex ? node.regex->match(text(a[0])) : QRegularExpression(text(a[1])).match(text(a[0]));
}

QJsonValue pad(const QList<QJsonValue>& a, bool left)
{
    const QString input = text(a[0]);
    const int count = int(a[1].toDouble());
    const QString padding = text(a[2]);
    if (padding.isEmpty() || input.size() >= count) {
        return input.left(count);
    }
    QString fill;
    while (fill.size() < count - input.size()) {
        fill += padding;
    }
    fill.truncate(count - input.size());
    return QString(left ? QString(fill + input) : QString(input + fill));
}

QJsonValue join(const QList<QJsonValue>& a)
{
    QStringList parts;
    for (qsizetype i = 1; i < a.size(); ++i) {
        if (a[i].isArray()) {
            for (const QJsonValue& v : a[i].toArray()) {
                parts.append(text(v));
            }
        } else if (!isNull(a[i])) {
            parts.append(text(a[i]));
        }
    }
    return parts.join(text(a[0]));
}

QJsonValue extreme(const QList<QJsonValue>& a, bool minimum)
{
    QJsonValue best = QJsonValue::Null;
    for (const QJsonValue& v : a) {
        if (!isNull(v)
            && (best.isNull() || (minimum ? v.toDouble() < best.toDouble() : v.toDouble() > best.toDouble()))) {
            best = v;
        }
    }
    return best;
}

QJsonValue date(const QList<QJsonValue>& a, QString* error)
{
    if (isNull(a[0])) {
        return a.size() > 2 ? a[2] : QJsonValue(QJsonValue::Null);
    }
    const QDateTime parsed = parseDate(text(a[0]), a.size() > 1 ? text(a[1]) : QString());
    if (!parsed.isValid()) {
        if (a.size() > 2) {
            return a[2];
        }
        *error = QStringLiteral("'%1' is not a date").arg(text(a[0]));
        return QJsonValue::Null;
    }
    return isoUtc(parsed);
}

QJsonValue apply(Fn fn, const Node& node, const QList<QJsonValue>& a, QString* error)
{
    switch (fn) {
    case Fn::Concat: {
        QString result;
        for (const QJsonValue& v : a) {
            result += text(v);
        }
        return result;
    }
    case Fn::Lower:
        return isNull(a[0]) ? QJsonValue(QJsonValue::Null) : QJsonValue(text(a[0]).toLower());
    case Fn::Upper:
        return isNull(a[0]) ? QJsonValue(QJsonValue::Null) : QJsonValue(text(a[0]).toUpper());
    case Fn::Trim:
        return text(a[0]).trimmed();
    case Fn::Ltrim: {
        const QString s = text(a[0]);
        qsizetype start = 0;
        while (start < s.size() && asciiSpace(s.at(start))) {
            ++start;
        }
        return s.mid(start);
    }
    case Fn::Rtrim: {
        const QString s = text(a[0]);
        qsizetype end = s.size();
        while (end > 0 && asciiSpace(s.at(end - 1))) {
            --end;
        }
        return s.left(end);
    }
    case Fn::Substr:
        return text(a[0]).mid(int(a[1].toDouble()), a.size() > 2 ? int(a[2].toDouble()) : -1);
    case Fn::Replacestr:
        return text(a[0]).replace(text(a[1]), text(a[2]));
    case Fn::Left:
        return text(a[0]).left(int(a[1].toDouble()));
    case Fn::Right:
        return text(a[0]).right(int(a[1].toDouble()));
    case Fn::Lpad:
    case Fn::Rpad:
        return pad(a, fn == Fn::Lpad);
    case Fn::Coalesce:
        for (const QJsonValue& v : a) {
            if (!isNull(v)) {
                return v;
            }
        }
        return QJsonValue::Null;
    case Fn::Last:
        for (qsizetype i = a.size() - 1; i >= 0; --i) {
            if (!isNull(a[i])) {
                return a[i];
            }
        }
        return QJsonValue::Null;
    case Fn::Iif: // evaluated lazily by call()
        return QJsonValue::Null;
    case Fn::Decode:
        for (qsizetype i = 1; i + 1 < a.size(); i += 2) {
            if (text(a[0]) == text(a[i])) {
                return a[i + 1];
            }
        }
        return a.size() % 2 == 0 ? a.last() : QJsonValue(QJsonValue::Null);
    case Fn::ToInteger:
    case Fn::ToDecimal:
        return number(a[0], fn == Fn::ToInteger, error);
    case Fn::Date:
        return date(a, error);
    case Fn::Format: {
        const QDateTime parsed = parseDate(text(a[0]), {});
        return parsed.isValid() ? QJsonValue(parsed.toString(javaToQt(text(a[1])))) : QJsonValue(QJsonValue::Null);
    }
    case Fn::Dformat:
        return QDateTime::fromMSecsSinceEpoch(qint64(a[0].toDouble()), QTimeZone::utc()).toString(javaToQt(text(a[1])));
    case Fn::Now:
        return isoUtc(QDateTime::currentDateTimeUtc());
    case Fn::Timestamp:
        return double(QDateTime::currentMSecsSinceEpoch());
    case Fn::Uuid:
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    case Fn::Sha256:
        return hash(a[0], QCryptographicHash::Sha256);
    case Fn::Sha1:
        return hash(a[0], QCryptographicHash::Sha1);
    case Fn::Md5:
        return hash(a[0], QCryptographicHash::Md5);
    case Fn::Split:
        return isNull(a[0]) ? QJsonValue(QJsonValue::Null)
                            : QJsonValue(QJsonArray::fromStringList(text(a[0]).split(text(a[1]))));
    case Fn::Join:
        return join(a);
    case Fn::ToArray: {
        const bool includeNulls = truthy(a[0]);
        QJsonArray array;
        for (qsizetype i = 1; i < a.size(); ++i) {
            if (includeNulls || !isNull(a[i])) {
                array.append(a[i]);
            }
        }
        return array;
    }
    case Fn::SizeOf:
        return a[0].isArray() ? double(a[0].toArray().size()) : (isNull(a[0]) ? 0.0 : double(text(a[0]).size()));
    case Fn::IsEmpty:
        return a[0].isArray() ? a[0].toArray().isEmpty() : isNull(a[0]);
    case Fn::Nullify:
        return QJsonValue::Null;
    case Fn::Min:
    case Fn::Max:
        return extreme(a, fn == Fn::Min);
    case Fn::MatchesRegex:
        return matchRegex(node, a).hasMatch();
    case Fn::ExtractRegex: {
        const QRegularExpressionMatch match = matchRegex(node, a);
        return match.hasMatch() ? QJsonValue(QJsonArray::fromStringList(match.capturedTexts()))
                                : QJsonValue(QJsonValue::Null);
    }
    }
    *error = QStringLiteral("function %1 is not supported").arg(node.name);
    return QJsonValue::Null;
}

} // namespace

namespace ExpressionFunctions {

int find(const QString& lowerName)
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> table;
        for (int i = 0; i < kFunctionCount; ++i) {
            table.insert(QLatin1String(kFunctions[i].name), i);
        }
        return table;
    }();
    return index.value(lowerName, -1);
}

Arity arity(int function)
{
    return function >= 0 && function < kFunctionCount ? Arity{kFunctions[function].min, kFunctions[function].max}
                                                      : Arity{0, 0};
}

QStringList names()
{
    QStringList list;
    for (const Function& function : kFunctions) {
        list.append(QLatin1String(function.name));
    }
    list.sort();
    return list;
}

void prepare(Expression::Node& call)
{
    if (call.function < 0 || call.args.size() < 2) {
        return;
    }
    const Fn fn = kFunctions[call.function].fn;
    const Node& pattern = *call.args[1];
    if ((fn == Fn::MatchesRegex || fn == Fn::ExtractRegex) && pattern.kind == Node::Kind::Literal) {
        call.regex = std::make_shared<const QRegularExpression>(text(pattern.literal));
    }
}

QJsonValue call(const Expression::Node& node, const QList<QJsonValue>& row, QString* error)
{
    if (node.function < 0 || node.function >= kFunctionCount) {
        *error = QStringLiteral("function %1 is not supported").arg(node.name);
        return QJsonValue::Null;
    }
    const Fn fn = kFunctions[node.function].fn;
    if (fn == Fn::Iif) {
        return truthy(evaluateExpressionNode(*node.args[0], row, error))
            ? evaluateExpressionNode(*node.args[1], row, error)
            : evaluateExpressionNode(*node.args[2], row, error);
    }
    QList<QJsonValue> a;
    a.reserve(qsizetype(node.args.size()));
    for (const auto& arg : node.args) {
        a.append(evaluateExpressionNode(*arg, row, error));
    }
    return apply(fn, node, a, error);
}

QString text(const QJsonValue& value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d >= -9.2e18 && d <= 9.2e18 && d == double(qint64(d)) ? QString::number(qint64(d))
                                                                     : QString::number(d, 'g', 15);
    }
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    return {};
}

bool isNull(const QJsonValue& value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty());
}

bool truthy(const QJsonValue& value)
{
    return value.isBool() ? value.toBool() : (value.isDouble() ? value.toDouble() != 0 : !isNull(value));
}

} // namespace ExpressionFunctions
