// SPDX-License-Identifier: GPL-3.0-or-later
// The calculated-field functions of ExpressionCatalog, evaluated offline (ExpressionEvaluator).
#include "model/ExpressionCatalog.h"
#include "model/ExpressionEvalHelpers.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrl>

#include <functional>

namespace {

using namespace ExpressionEval;
using Args = QList<QJsonValue>;
using Function = std::function<QJsonValue(const Args&, Context&)>;
using namespace ExpressionEval::Helpers;

const QHash<QString, Function>& library()
{
    static const QHash<QString, Function> functions = [] {
        QHash<QString, Function> f;
        f[QStringLiteral("concat")] = [](const Args& a, Context&) {
            QString result;
            for (const QJsonValue& v : a)
                result += text(v);
            return QJsonValue(result);
        };
        const Function lower
            = [](const Args& a, Context&) { return isNull(a[0]) ? nullValue() : QJsonValue(text(a[0]).toLower()); };
        const Function upper
            = [](const Args& a, Context&) { return isNull(a[0]) ? nullValue() : QJsonValue(text(a[0]).toUpper()); };
        f[QStringLiteral("lower")] = f[QStringLiteral("lcase")] = lower;
        f[QStringLiteral("upper")] = f[QStringLiteral("ucase")] = upper;
        f[QStringLiteral("trim")] = [](const Args& a, Context&) { return QJsonValue(text(a[0]).trimmed()); };
        f[QStringLiteral("ltrim")] = [](const Args& a, Context&) {
            const QString s = text(a[0]);
            qsizetype start = 0;
            while (start < s.size() && s.at(start).isSpace())
                ++start;
            return QJsonValue(s.mid(start));
        };
        f[QStringLiteral("rtrim")] = [](const Args& a, Context&) {
            QString s = text(a[0]);
            while (!s.isEmpty() && s.back().isSpace())
                s.chop(1);
            return QJsonValue(s);
        };
        f[QStringLiteral("substr")] = [](const Args& a, Context&) {
            return QJsonValue(text(a[0]).mid(qMax(0, int(a[1].toDouble())), a.size() > 2 ? int(a[2].toDouble()) : -1));
        };
        f[QStringLiteral("replacestr")] = [](const Args& a, Context&) {
            return QJsonValue(text(a[1]).isEmpty() ? text(a[0]) : text(a[0]).replace(text(a[1]), text(a[2])));
        };
        f[QStringLiteral("split")] = [](const Args& a, Context&) {
            return isNull(a[0]) ? nullValue() : QJsonValue(QJsonArray::fromStringList(text(a[0]).split(text(a[1]))));
        };
        f[QStringLiteral("explode")] = [](const Args& a, Context& c) {
            const QRegularExpression separator = regex(a.size() > 1 ? a[1] : QJsonValue(QStringLiteral(",")), c);
            return isNull(a[0]) || !separator.isValid()
                ? nullValue()
                : QJsonValue(QJsonArray::fromStringList(text(a[0]).split(separator)));
        };
        f[QStringLiteral("left")]
            = [](const Args& a, Context&) { return QJsonValue(text(a[0]).left(int(a[1].toDouble()))); };
        f[QStringLiteral("right")]
            = [](const Args& a, Context&) { return QJsonValue(text(a[0]).right(int(a[1].toDouble()))); };
        f[QStringLiteral("lpad")] = [](const Args& a, Context&) { return pad(a, true); };
        f[QStringLiteral("rpad")] = [](const Args& a, Context&) { return pad(a, false); };
        f[QStringLiteral("join")] = [](const Args& a, Context&) {
            QStringList parts;
            for (qsizetype i = 1; i < a.size(); ++i) {
                if (a[i].isArray()) {
                    for (const QJsonValue& v : a[i].toArray())
                        parts << text(v);
                } else if (!isNull(a[i])) {
                    parts << text(a[i]);
                }
            }
            return QJsonValue(parts.join(text(a[0])));
        };
        f[QStringLiteral("extract_regex")] = [](const Args& a, Context& c) {
            const QRegularExpressionMatch match = regex(a[1], c).match(text(a[0]));
            return match.hasMatch() ? QJsonValue(QJsonArray::fromStringList(match.capturedTexts())) : nullValue();
        };
        f[QStringLiteral("matches_regex")]
            = [](const Args& a, Context& c) { return QJsonValue(regex(a[1], c).match(text(a[0])).hasMatch()); };
        f[QStringLiteral("sha256")] = [](const Args& a, Context&) { return hash(a, QCryptographicHash::Sha256); };
        f[QStringLiteral("sha1")] = [](const Args& a, Context&) { return hash(a, QCryptographicHash::Sha1); };
        f[QStringLiteral("sha512")] = [](const Args& a, Context&) { return hash(a, QCryptographicHash::Sha512); };
        f[QStringLiteral("md5")] = [](const Args& a, Context&) { return hash(a, QCryptographicHash::Md5); };
        f[QStringLiteral("crc32")] = [](const Args& a, Context&) { return crc32(a); };
        f[QStringLiteral("date")] = date;
        f[QStringLiteral("format")] = [](const Args& a, Context& c) {
            const std::optional<QDateTime> when = dateOf(a[0]);
            if (!when && !isNull(a[0]))
                c.error = ExpressionEvaluator::tr("\"%1\" is not a date.").arg(text(a[0]));
            return when ? QJsonValue(when->toString(qtPattern(text(a[1])))) : nullValue();
        };
        f[QStringLiteral("dformat")] = [](const Args& a, Context& c) {
            double ms = 0;
            if (!toNumber(a[0], &ms)) {
                c.error = ExpressionEvaluator::tr("\"%1\" is not a number.").arg(text(a[0]));
                return nullValue();
            }
            return QJsonValue(
                QDateTime::fromMSecsSinceEpoch(qint64(ms), QTimeZone::utc()).toString(qtPattern(text(a[1]))));
        };
        f[QStringLiteral("date_part")] = datePart;
        f[QStringLiteral("decode")] = [](const Args& a, Context&) {
            for (qsizetype i = 1; i + 1 < a.size(); i += 2) {
                if (text(a[0]) == text(a[i]))
                    return a[i + 1];
            }
            return a.size() % 2 == 0 ? a.last() : nullValue();
        };
        f[QStringLiteral("coalesce")] = f[QStringLiteral("first")] = [](const Args& a, Context&) {
            for (const QJsonValue& v : a) {
                if (!isNull(v))
                    return v;
            }
            return nullValue();
        };
        f[QStringLiteral("last")] = [](const Args& a, Context&) {
            for (qsizetype i = a.size() - 1; i >= 0; --i) {
                if (!isNull(a[i]))
                    return a[i];
            }
            return nullValue();
        };
        f[QStringLiteral("to_array")] = [](const Args& a, Context&) {
            QJsonArray array;
            for (qsizetype i = 1; i < a.size(); ++i) {
                if (truthy(a[0]) || !isNull(a[i]))
                    array.append(a[i]);
            }
            return QJsonValue(array);
        };
        f[QStringLiteral("size_of")] = [](const Args& a, Context&) {
            return QJsonValue(a[0].isArray()        ? double(a[0].toArray().size())
                                  : a[0].isObject() ? double(a[0].toObject().size())
                                                    : double(text(a[0]).size()));
        };
        f[QStringLiteral("is_empty")] = [](const Args& a, Context&) {
            return QJsonValue(a[0].isArray()        ? a[0].toArray().isEmpty()
                                  : a[0].isObject() ? a[0].toObject().isEmpty()
                                                    : isNull(a[0]));
        };
        f[QStringLiteral("to_object")] = [](const Args& a, Context& c) {
            QJsonObject object;
            if (a.size() % 2 != 0)
                c.error = ExpressionEvaluator::tr("to_object takes keys and values in pairs.");
            for (qsizetype i = 0; i + 1 < a.size(); i += 2)
                object.insert(text(a[i]), a[i + 1]);
            return QJsonValue(object);
        };
        f[QStringLiteral("str_to_object")] = [](const Args& a, Context&) { return strToObject(a); };
        f[QStringLiteral("get_values")] = [](const Args& a, Context&) {
            const QJsonObject object = a[0].toObject();
            if (a.size() > 1)
                return object.contains(text(a[1])) ? object.value(text(a[1])) : nullValue();
            QJsonArray values;
            for (auto it = object.begin(); it != object.end(); ++it)
                values.append(it.value());
            return QJsonValue(values);
        };
        f[QStringLiteral("contains_key")]
            = [](const Args& a, Context&) { return QJsonValue(a[0].toObject().contains(text(a[1]))); };
        f[QStringLiteral("to_integer")] = f[QStringLiteral("to_bigint")]
            = [](const Args& a, Context& c) { return number(a[0], true, c); };
        f[QStringLiteral("to_decimal")] = f[QStringLiteral("to_float")]
            = [](const Args& a, Context& c) { return number(a[0], false, c); };
        f[QStringLiteral("json_to_object")] = [](const Args& a, Context& c) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(text(a[0]).toUtf8(), &error);
            if (isNull(a[0]))
                return nullValue();
            if (error.error != QJsonParseError::NoError || !document.isObject()) {
                c.error = ExpressionEvaluator::tr("The text is not a JSON object: %1").arg(text(a[0]).left(40));
                return nullValue();
            }
            return QJsonValue(document.object());
        };
        f[QStringLiteral("min")] = [](const Args& a, Context&) { return extreme(a, true); };
        f[QStringLiteral("max")] = [](const Args& a, Context&) { return extreme(a, false); };
        f[QStringLiteral("nullify")] = [](const Args&, Context&) { return nullValue(); };
        f[QStringLiteral("get_url_protocol")]
            = [](const Args& a, Context&) { return url(a, QStringLiteral("protocol")); };
        f[QStringLiteral("get_url_host")] = [](const Args& a, Context&) { return url(a, QStringLiteral("host")); };
        f[QStringLiteral("get_url_path")] = [](const Args& a, Context&) { return url(a, QStringLiteral("path")); };
        f[QStringLiteral("get_url_query_str")]
            = [](const Args& a, Context&) { return url(a, QStringLiteral("query")); };
        f[QStringLiteral("get_url_encoded")] = [](const Args& a, Context&) {
            return isNull(a[0]) ? nullValue() : QJsonValue(QString::fromLatin1(QUrl::toPercentEncoding(text(a[0]))));
        };
        f[QStringLiteral("get_url_decoded")] = [](const Args& a, Context&) {
            return isNull(a[0]) ? nullValue() : QJsonValue(QUrl::fromPercentEncoding(text(a[0]).toUtf8()));
        };
        return f;
    }();
    return functions;
}

/** What depends on the time of the run, on chance or on the time-zone database: the Platform's to compute. */
bool computedByPlatform(const QString& name)
{
    static const QStringList names{QStringLiteral("now"),
                                   QStringLiteral("timestamp"),
                                   QStringLiteral("uuid"),
                                   QStringLiteral("guid"),
                                   QStringLiteral("set_date_part"),
                                   QStringLiteral("make_date_time"),
                                   QStringLiteral("zone_date_to_utc"),
                                   QStringLiteral("zone_date_to_zone")};
    return names.contains(name);
}

} // namespace

namespace ExpressionEval {

QJsonValue call(const Node& node, Context& context)
{
    if (node.kind == Node::Kind::Call && computedByPlatform(node.name)) {
        context.platformFunction = node.name;
        return nullValue();
    }
    if (node.kind == Node::Kind::Call && node.name == QLatin1String("iif") && node.args.size() == 3)
        return truthy(evaluate(*node.args[0], context)) ? evaluate(*node.args[1], context)
                                                        : evaluate(*node.args[2], context);
    Args args;
    for (const auto& arg : node.args)
        args << evaluate(*arg, context);
    if (context.stopped())
        return nullValue();
    if (node.kind == Node::Kind::Method)
        return method(node, args, context);
    // ExpressionParser::check has verified the name and the argument count against ExpressionCatalog.
    const ExpressionFunction* known = ExpressionCatalog::find(node.name);
    const auto function = library().constFind(node.name);
    if (!known || function == library().constEnd() || args.size() < known->minArgs) {
        context.error = ExpressionEvaluator::tr("The function %1 cannot be evaluated here.").arg(node.name);
        return nullValue();
    }
    return (*function)(args, context);
}

} // namespace ExpressionEval
