// SPDX-License-Identifier: GPL-3.0-or-later
#include "Expression.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

struct Expression::Node
{
    enum class Kind { Literal, Field, Call, Method, Unary, Binary, List };
    Kind kind = Kind::Literal;
    QJsonValue literal;
    QString name;
    int column = -1;
    std::vector<std::unique_ptr<Node>> args;
};

namespace {

using Node = Expression::Node;
using NodePtr = std::unique_ptr<Node>;

struct Arity
{
    int min;
    int max;
};

const QHash<QString, Arity>& functionTable()
{
    static const QHash<QString, Arity> table{
        {QStringLiteral("concat"), {1, 99}},      {QStringLiteral("lower"), {1, 1}},
        {QStringLiteral("lcase"), {1, 1}},        {QStringLiteral("upper"), {1, 1}},
        {QStringLiteral("ucase"), {1, 1}},        {QStringLiteral("trim"), {1, 1}},
        {QStringLiteral("ltrim"), {1, 1}},        {QStringLiteral("rtrim"), {1, 1}},
        {QStringLiteral("substr"), {2, 3}},       {QStringLiteral("replacestr"), {3, 3}},
        {QStringLiteral("left"), {2, 2}},         {QStringLiteral("right"), {2, 2}},
        {QStringLiteral("lpad"), {3, 3}},         {QStringLiteral("rpad"), {3, 3}},
        {QStringLiteral("coalesce"), {1, 99}},    {QStringLiteral("first"), {1, 99}},
        {QStringLiteral("last"), {1, 99}},        {QStringLiteral("iif"), {3, 3}},
        {QStringLiteral("decode"), {3, 99}},      {QStringLiteral("to_integer"), {1, 1}},
        {QStringLiteral("to_bigint"), {1, 1}},    {QStringLiteral("to_decimal"), {1, 1}},
        {QStringLiteral("to_float"), {1, 1}},     {QStringLiteral("date"), {1, 3}},
        {QStringLiteral("format"), {2, 2}},       {QStringLiteral("dformat"), {2, 2}},
        {QStringLiteral("now"), {0, 0}},          {QStringLiteral("timestamp"), {0, 0}},
        {QStringLiteral("uuid"), {0, 0}},         {QStringLiteral("guid"), {0, 0}},
        {QStringLiteral("sha256"), {1, 2}},       {QStringLiteral("sha1"), {1, 2}},
        {QStringLiteral("md5"), {1, 2}},          {QStringLiteral("split"), {2, 2}},
        {QStringLiteral("join"), {2, 99}},        {QStringLiteral("to_array"), {1, 99}},
        {QStringLiteral("size_of"), {1, 1}},      {QStringLiteral("is_empty"), {1, 1}},
        {QStringLiteral("nullify"), {0, 0}},      {QStringLiteral("min"), {1, 99}},
        {QStringLiteral("max"), {1, 99}},         {QStringLiteral("matches_regex"), {2, 2}},
        {QStringLiteral("extract_regex"), {2, 2}}};
    return table;
}

class Parser
{
public:
    explicit Parser(const QString& text) : m_text(text) { }

    NodePtr parseAll(QString* error)
    {
        NodePtr node = parseOr();
        skipSpace();
        if (m_error.isEmpty() && m_pos < m_text.size()) {
            fail(QStringLiteral("unexpected '%1'").arg(m_text.at(m_pos)));
        }
        if (!m_error.isEmpty()) {
            *error = m_error;
            return nullptr;
        }
        return node;
    }

private:
    void fail(const QString& message)
    {
        if (m_error.isEmpty()) {
            m_error = QStringLiteral("%1 at position %2").arg(message).arg(m_pos);
        }
    }
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace()) {
            ++m_pos;
        }
    }
    bool take(const QString& token)
    {
        skipSpace();
        if (m_text.mid(m_pos, token.size()) == token) {
            m_pos += token.size();
            return true;
        }
        return false;
    }
    NodePtr binary(const QString& op, NodePtr left, NodePtr right)
    {
        auto node = std::make_unique<Node>();
        node->kind = Node::Kind::Binary;
        node->name = op;
        node->args.push_back(std::move(left));
        node->args.push_back(std::move(right));
        return node;
    }
    NodePtr parseOr()
    {
        NodePtr left = parseAnd();
        while (m_error.isEmpty() && take(QStringLiteral("||"))) {
            left = binary(QStringLiteral("||"), std::move(left), parseAnd());
        }
        return left;
    }
    NodePtr parseAnd()
    {
        NodePtr left = parseCompare();
        while (m_error.isEmpty() && take(QStringLiteral("&&"))) {
            left = binary(QStringLiteral("&&"), std::move(left), parseCompare());
        }
        return left;
    }
    NodePtr parseCompare()
    {
        NodePtr left = parseAdd();
        for (const QString& op : {QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<="),
                                  QStringLiteral(">="), QStringLiteral("<"), QStringLiteral(">")}) {
            if (m_error.isEmpty() && take(op)) {
                return binary(op, std::move(left), parseAdd());
            }
        }
        return left;
    }
    NodePtr parseAdd()
    {
        NodePtr left = parseUnary();
        while (m_error.isEmpty()) {
            if (take(QStringLiteral("+"))) {
                left = binary(QStringLiteral("+"), std::move(left), parseUnary());
            } else if (take(QStringLiteral("-"))) {
                left = binary(QStringLiteral("-"), std::move(left), parseUnary());
            } else {
                break;
            }
        }
        return left;
    }
    NodePtr parseUnary()
    {
        if (take(QStringLiteral("!"))) {
            auto node = std::make_unique<Node>();
            node->kind = Node::Kind::Unary;
            node->args.push_back(parseUnary());
            return node;
        }
        NodePtr node = parsePrimary();
        // String methods: "s".equals(x), x.equalsIgnoreCase(y)
        while (m_error.isEmpty() && m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('.')) {
            ++m_pos;
            const QString method = identifier();
            if (method != QLatin1String("equals") && method != QLatin1String("equalsIgnoreCase")) {
                fail(QStringLiteral("unknown method '%1'").arg(method));
                return node;
            }
            auto call = std::make_unique<Node>();
            call->kind = Node::Kind::Method;
            call->name = method;
            call->args.push_back(std::move(node));
            parseArguments(call.get());
            node = std::move(call);
        }
        return node;
    }
    QString identifier()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == QLatin1Char('_'))) {
            ++m_pos;
        }
        return m_text.mid(start, m_pos - start);
    }
    void parseArguments(Node* call)
    {
        if (!take(QStringLiteral("("))) {
            fail(QStringLiteral("expected '('"));
            return;
        }
        if (take(QStringLiteral(")"))) {
            return;
        }
        do {
            call->args.push_back(parseOr());
        } while (m_error.isEmpty() && take(QStringLiteral(",")));
        if (!take(QStringLiteral(")"))) {
            fail(QStringLiteral("expected ')'"));
        }
    }
    NodePtr parsePrimary()
    {
        skipSpace();
        auto node = std::make_unique<Node>();
        if (m_pos >= m_text.size()) {
            fail(QStringLiteral("unexpected end of expression"));
            return node;
        }
        const QChar c = m_text.at(m_pos);
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            ++m_pos;
            QString value;
            while (m_pos < m_text.size() && m_text.at(m_pos) != c) {
                if (m_text.at(m_pos) == QLatin1Char('\\') && m_pos + 1 < m_text.size()) {
                    ++m_pos;
                }
                value.append(m_text.at(m_pos++));
            }
            if (m_pos >= m_text.size()) {
                fail(QStringLiteral("unterminated string"));
            }
            ++m_pos;
            node->literal = value;
            return node;
        }
        if (c.isDigit()) {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && (m_text.at(m_pos).isDigit() || m_text.at(m_pos) == QLatin1Char('.'))) {
                ++m_pos;
            }
            node->literal = m_text.mid(start, m_pos - start).toDouble();
            return node;
        }
        if (take(QStringLiteral("${"))) {
            const qsizetype end = m_text.indexOf(QLatin1Char('}'), m_pos);
            if (end < 0) {
                fail(QStringLiteral("unterminated ${"));
                return node;
            }
            node->kind = Node::Kind::Field;
            node->name = m_text.mid(m_pos, end - m_pos);
            m_pos = end + 1;
            return node;
        }
        if (take(QStringLiteral("("))) {
            NodePtr inner = parseOr();
            if (!take(QStringLiteral(")"))) {
                fail(QStringLiteral("expected ')'"));
            }
            return inner;
        }
        if (c.isLetter() || c == QLatin1Char('_')) {
            QString name = identifier();
            skipSpace();
            if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('(')) {
                const QString lower = name.toLower();
                if (!functionTable().contains(lower)) {
                    fail(QStringLiteral("unknown function '%1'").arg(name));
                    return node;
                }
                node->kind = Node::Kind::Call;
                node->name = lower;
                parseArguments(node.get());
                const Arity arity = functionTable().value(lower);
                if (m_error.isEmpty() && (int(node->args.size()) < arity.min || int(node->args.size()) > arity.max)) {
                    fail(QStringLiteral("%1 takes %2 to %3 arguments").arg(name).arg(arity.min).arg(arity.max));
                }
                return node;
            }
            if (name == QLatin1String("true") || name == QLatin1String("false")) {
                node->literal = name == QLatin1String("true");
                return node;
            }
            if (name == QLatin1String("null")) {
                node->literal = QJsonValue::Null;
                return node;
            }
            // Nested source fields use dots; a dot followed by a method name is a method call instead.
            while (m_pos + 1 < m_text.size() && m_text.at(m_pos) == QLatin1Char('.')
                   && !m_text.mid(m_pos + 1).startsWith(QLatin1String("equals"))) {
                ++m_pos;
                name += QLatin1Char('.') + identifier();
            }
            node->kind = Node::Kind::Field;
            node->name = name;
            return node;
        }
        fail(QStringLiteral("unexpected '%1'").arg(c));
        return node;
    }

    QString m_text;
    qsizetype m_pos = 0;
    QString m_error;
};

QString text(const QJsonValue& value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 15);
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

QJsonValue evaluateNode(const Node& node, const QList<QJsonValue>& row, QString* error);

QJsonValue call(const Node& node, const QList<QJsonValue>& row, QString* error)
{
    const QString& f = node.name;
    QList<QJsonValue> a;
    if (f != QLatin1String("iif")) {
        for (const auto& arg : node.args) {
            a.append(evaluateNode(*arg, row, error));
        }
    }
    if (f == QLatin1String("concat")) {
        QString result;
        for (const QJsonValue& v : a) {
            result += text(v);
        }
        return result;
    }
    if (f == QLatin1String("lower") || f == QLatin1String("lcase")) {
        return isNull(a[0]) ? QJsonValue(QJsonValue::Null) : QJsonValue(text(a[0]).toLower());
    }
    if (f == QLatin1String("upper") || f == QLatin1String("ucase")) {
        return isNull(a[0]) ? QJsonValue(QJsonValue::Null) : QJsonValue(text(a[0]).toUpper());
    }
    if (f == QLatin1String("trim")) {
        return text(a[0]).trimmed();
    }
    if (f == QLatin1String("ltrim")) {
        QString s = text(a[0]);
        return s.remove(QRegularExpression(QStringLiteral("^\\s+")));
    }
    if (f == QLatin1String("rtrim")) {
        QString s = text(a[0]);
        return s.remove(QRegularExpression(QStringLiteral("\\s+$")));
    }
    if (f == QLatin1String("substr")) {
        return text(a[0]).mid(int(a[1].toDouble()), a.size() > 2 ? int(a[2].toDouble()) : -1);
    }
    if (f == QLatin1String("replacestr")) {
        return text(a[0]).replace(text(a[1]), text(a[2]));
    }
    if (f == QLatin1String("left")) {
        return text(a[0]).left(int(a[1].toDouble()));
    }
    if (f == QLatin1String("right")) {
        return text(a[0]).right(int(a[1].toDouble()));
    }
    if (f == QLatin1String("lpad") || f == QLatin1String("rpad")) {
        const QString input = text(a[0]);
        const int count = int(a[1].toDouble());
        const QString padding = text(a[2]);
        if (padding.isEmpty() || input.size() >= count) {
            return input.left(count);
        }
        QString pad;
        while (pad.size() < count - input.size()) {
            pad += padding;
        }
        pad.truncate(count - input.size());
        return QString(f == QLatin1String("lpad") ? QString(pad + input) : QString(input + pad));
    }
    if (f == QLatin1String("coalesce") || f == QLatin1String("first")) {
        for (const QJsonValue& v : a) {
            if (!isNull(v)) {
                return v;
            }
        }
        return QJsonValue::Null;
    }
    if (f == QLatin1String("last")) {
        for (qsizetype i = a.size() - 1; i >= 0; --i) {
            if (!isNull(a[i])) {
                return a[i];
            }
        }
        return QJsonValue::Null;
    }
    if (f == QLatin1String("iif")) {
        return truthy(evaluateNode(*node.args[0], row, error)) ? evaluateNode(*node.args[1], row, error)
                                                               : evaluateNode(*node.args[2], row, error);
    }
    if (f == QLatin1String("decode")) {
        for (qsizetype i = 1; i + 1 < a.size(); i += 2) {
            if (text(a[0]) == text(a[i])) {
                return a[i + 1];
            }
        }
        return a.size() % 2 == 0 ? a.last() : QJsonValue(QJsonValue::Null);
    }
    if (f == QLatin1String("to_integer") || f == QLatin1String("to_bigint")) {
        return number(a[0], true, error);
    }
    if (f == QLatin1String("to_decimal") || f == QLatin1String("to_float")) {
        return number(a[0], false, error);
    }
    if (f == QLatin1String("date")) {
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
    if (f == QLatin1String("format")) {
        const QDateTime parsed = parseDate(text(a[0]), {});
        return parsed.isValid() ? QJsonValue(parsed.toString(javaToQt(text(a[1])))) : QJsonValue(QJsonValue::Null);
    }
    if (f == QLatin1String("dformat")) {
        return QDateTime::fromMSecsSinceEpoch(qint64(a[0].toDouble()), QTimeZone::utc()).toString(javaToQt(text(a[1])));
    }
    if (f == QLatin1String("now")) {
        return isoUtc(QDateTime::currentDateTimeUtc());
    }
    if (f == QLatin1String("timestamp")) {
        return double(QDateTime::currentMSecsSinceEpoch());
    }
    if (f == QLatin1String("uuid") || f == QLatin1String("guid")) {
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    if (f == QLatin1String("sha256")) {
        return hash(a[0], QCryptographicHash::Sha256);
    }
    if (f == QLatin1String("sha1")) {
        return hash(a[0], QCryptographicHash::Sha1);
    }
    if (f == QLatin1String("md5")) {
        return hash(a[0], QCryptographicHash::Md5);
    }
    if (f == QLatin1String("split")) {
        return isNull(a[0]) ? QJsonValue(QJsonValue::Null)
                            : QJsonValue(QJsonArray::fromStringList(text(a[0]).split(text(a[1]))));
    }
    if (f == QLatin1String("join")) {
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
    if (f == QLatin1String("to_array")) {
        const bool includeNulls = truthy(a[0]);
        QJsonArray array;
        for (qsizetype i = 1; i < a.size(); ++i) {
            if (includeNulls || !isNull(a[i])) {
                array.append(a[i]);
            }
        }
        return array;
    }
    if (f == QLatin1String("size_of")) {
        return a[0].isArray() ? double(a[0].toArray().size()) : (isNull(a[0]) ? 0.0 : double(text(a[0]).size()));
    }
    if (f == QLatin1String("is_empty")) {
        return a[0].isArray() ? a[0].toArray().isEmpty() : isNull(a[0]);
    }
    if (f == QLatin1String("nullify")) {
        return QJsonValue::Null;
    }
    if (f == QLatin1String("min") || f == QLatin1String("max")) {
        QJsonValue best = QJsonValue::Null;
        for (const QJsonValue& v : a) {
            if (!isNull(v)
                && (best.isNull()
                    || (f == QLatin1String("min") ? v.toDouble() < best.toDouble() : v.toDouble() > best.toDouble()))) {
                best = v;
            }
        }
        return best;
    }
    if (f == QLatin1String("matches_regex")) {
        return QRegularExpression(text(a[1])).match(text(a[0])).hasMatch();
    }
    if (f == QLatin1String("extract_regex")) {
        const QRegularExpressionMatch match = QRegularExpression(text(a[1])).match(text(a[0]));
        return match.hasMatch() ? QJsonValue(QJsonArray::fromStringList(match.capturedTexts()))
                                : QJsonValue(QJsonValue::Null);
    }
    *error = QStringLiteral("function %1 is not supported").arg(f);
    return QJsonValue::Null;
}

QJsonValue evaluateNode(const Node& node, const QList<QJsonValue>& row, QString* error)
{
    switch (node.kind) {
    case Node::Kind::Literal:
        return node.literal;
    case Node::Kind::Field:
        return node.column >= 0 && node.column < row.size() ? row.at(node.column) : QJsonValue(QJsonValue::Null);
    case Node::Kind::Call:
        return call(node, row, error);
    case Node::Kind::Method: {
        const QString left = text(evaluateNode(*node.args[0], row, error));
        const QString right = node.args.size() > 1 ? text(evaluateNode(*node.args[1], row, error)) : QString();
        return left.compare(right, node.name == QLatin1String("equals") ? Qt::CaseSensitive : Qt::CaseInsensitive) == 0;
    }
    case Node::Kind::Unary:
        return !truthy(evaluateNode(*node.args[0], row, error));
    case Node::Kind::Binary: {
        const QJsonValue l = evaluateNode(*node.args[0], row, error);
        if (node.name == QLatin1String("&&")) {
            return truthy(l) && truthy(evaluateNode(*node.args[1], row, error));
        }
        if (node.name == QLatin1String("||")) {
            return truthy(l) || truthy(evaluateNode(*node.args[1], row, error));
        }
        const QJsonValue r = evaluateNode(*node.args[1], row, error);
        const bool numeric = l.isDouble() && r.isDouble();
        if (node.name == QLatin1String("+")) {
            return numeric ? QJsonValue(l.toDouble() + r.toDouble()) : QJsonValue(text(l) + text(r));
        }
        if (node.name == QLatin1String("-")) {
            return l.toDouble() - r.toDouble();
        }
        const int order = numeric ? (l.toDouble() < r.toDouble() ? -1 : (l.toDouble() > r.toDouble() ? 1 : 0))
                                  : text(l).compare(text(r));
        if (node.name == QLatin1String("==")) {
            return order == 0;
        }
        if (node.name == QLatin1String("!=")) {
            return order != 0;
        }
        if (node.name == QLatin1String("<")) {
            return order < 0;
        }
        if (node.name == QLatin1String(">")) {
            return order > 0;
        }
        if (node.name == QLatin1String("<=")) {
            return order <= 0;
        }
        return order >= 0;
    }
    case Node::Kind::List:
        break;
    }
    return QJsonValue::Null;
}

void collect(const Node& node, QStringList& out)
{
    if (node.kind == Node::Kind::Field && !out.contains(node.name)) {
        out.append(node.name);
    }
    for (const auto& arg : node.args) {
        collect(*arg, out);
    }
}

void bindNode(Node& node, const QStringList& columns)
{
    if (node.kind == Node::Kind::Field) {
        node.column = int(columns.indexOf(node.name));
    }
    for (auto& arg : node.args) {
        bindNode(*arg, columns);
    }
}

} // namespace

Expression::Expression() = default;
Expression::~Expression() = default;
Expression::Expression(Expression&&) noexcept = default;
Expression& Expression::operator=(Expression&&) noexcept = default;

bool Expression::parse(const QString& source, QString* error)
{
    Parser parser(source);
    m_root = parser.parseAll(error);
    return m_root != nullptr;
}

QStringList Expression::fields() const
{
    QStringList names;
    if (m_root) {
        collect(*m_root, names);
    }
    return names;
}

void Expression::bind(const QStringList& columns)
{
    if (m_root) {
        bindNode(*m_root, columns);
    }
}

QJsonValue Expression::evaluate(const QList<QJsonValue>& row, QString* error) const
{
    return m_root ? evaluateNode(*m_root, row, error) : QJsonValue(QJsonValue::Null);
}

QStringList Expression::functions()
{
    QStringList names = functionTable().keys();
    names.sort();
    return names;
}
