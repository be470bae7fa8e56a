// SPDX-License-Identifier: GPL-3.0-or-later
// Reading an expression into nodes and evaluating its operators; the functions are in ExpressionEvalFunctions.cpp.
#include "model/ExpressionEvaluator.h"

#include "model/ExpressionEvalNode.h"
#include "model/ExpressionParser.h"

#include <QHash>
#include <QJsonArray>

#include <cmath>

namespace {

using ExpressionEval::Context;
using Node = ExpressionEvaluator::Node;
using NodePtr = std::unique_ptr<Node>;

/**
 * A recursive-descent reader of text ExpressionParser::check accepted (so the grammar is known to be right; a
 * surprise still ends the reading cleanly). Precedence, low to high: ?:, ||, &&, == !=, < <= > >=, + -, * / %,
 * unary ! -, then .method() calls.
 */
class Reader
{
public:
    explicit Reader(const QString& text) : m_text(text) { }

    NodePtr run()
    {
        NodePtr root = ternary();
        skipSpace();
        return m_failed || m_pos != m_text.size() ? nullptr : std::move(root);
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    QChar peek(qsizetype ahead = 0) const { return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : QChar(); }
    static bool nameStart(QChar c) { return c.isLetter() || c == QLatin1Char('_'); }
    static bool namePart(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_'); }

    /** The operator at the cursor (symbol or word form, in symbol form) without consuming it, or empty. */
    QString peekOperator(qsizetype* length)
    {
        skipSpace();
        static const QStringList symbols{QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<="),
                                         QStringLiteral(">="), QStringLiteral("&&"), QStringLiteral("||"),
                                         QStringLiteral("<"),  QStringLiteral(">"),  QStringLiteral("+"),
                                         QStringLiteral("-"),  QStringLiteral("*"),  QStringLiteral("/"),
                                         QStringLiteral("%"),  QStringLiteral("!")};
        for (const QString& symbol : symbols) {
            if (QStringView(m_text).mid(m_pos).startsWith(symbol)) {
                *length = symbol.size();
                return symbol;
            }
        }
        if (!nameStart(peek()))
            return {};
        qsizetype end = m_pos;
        while (end < m_text.size() && namePart(m_text.at(end)))
            ++end;
        if (end < m_text.size() && (m_text.at(end) == QLatin1Char('.') || m_text.at(end) == QLatin1Char('\\')))
            return {};
        static const QHash<QString, QString> words{
            {QStringLiteral("and"), QStringLiteral("&&")}, {QStringLiteral("or"), QStringLiteral("||")},
            {QStringLiteral("not"), QStringLiteral("!")},  {QStringLiteral("eq"), QStringLiteral("==")},
            {QStringLiteral("ne"), QStringLiteral("!=")},  {QStringLiteral("lt"), QStringLiteral("<")},
            {QStringLiteral("le"), QStringLiteral("<=")},  {QStringLiteral("gt"), QStringLiteral(">")},
            {QStringLiteral("ge"), QStringLiteral(">=")},  {QStringLiteral("div"), QStringLiteral("/")},
            {QStringLiteral("mod"), QStringLiteral("%")}};
        const QString op = words.value(m_text.mid(m_pos, end - m_pos));
        *length = end - m_pos;
        return op;
    }

    static int precedence(const QString& op)
    {
        static const QHash<QString, int> levels{
            {QStringLiteral("||"), 1}, {QStringLiteral("&&"), 2}, {QStringLiteral("=="), 3}, {QStringLiteral("!="), 3},
            {QStringLiteral("<"), 4},  {QStringLiteral("<="), 4}, {QStringLiteral(">"), 4},  {QStringLiteral(">="), 4},
            {QStringLiteral("+"), 5},  {QStringLiteral("-"), 5},  {QStringLiteral("*"), 6},  {QStringLiteral("/"), 6},
            {QStringLiteral("%"), 6}};
        return levels.value(op, 0);
    }

    NodePtr make(Node::Kind kind, const QString& name = {})
    {
        auto node = std::make_unique<Node>();
        node->kind = kind;
        node->name = name;
        return node;
    }

    NodePtr fail()
    {
        m_failed = true;
        return make(Node::Kind::Literal);
    }

    bool take(QChar c)
    {
        skipSpace();
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    NodePtr ternary()
    {
        if (++m_depth > ExpressionParser::kMaxDepth + 10)
            return fail();
        NodePtr condition = binary(0);
        if (!m_failed && take(QLatin1Char('?'))) {
            NodePtr node = make(Node::Kind::Ternary);
            node->args.push_back(std::move(condition));
            node->args.push_back(ternary());
            if (!take(QLatin1Char(':')))
                return fail();
            node->args.push_back(ternary());
            condition = std::move(node);
        }
        --m_depth;
        return condition;
    }

    NodePtr binary(int minimum)
    {
        NodePtr left = unary();
        while (!m_failed) {
            qsizetype length = 0;
            const QString op = peekOperator(&length);
            const int level = precedence(op);
            if (level == 0 || level <= minimum)
                break;
            m_pos += length;
            NodePtr node = make(Node::Kind::Binary, op);
            node->args.push_back(std::move(left));
            node->args.push_back(binary(level));
            left = std::move(node);
        }
        return left;
    }

    NodePtr unary()
    {
        qsizetype length = 0;
        const QString op = peekOperator(&length);
        if (op == QLatin1String("!") || op == QLatin1String("-")) {
            if (++m_depth > ExpressionParser::kMaxDepth + 10)
                return fail();
            m_pos += length;
            NodePtr node = make(Node::Kind::Unary, op);
            node->args.push_back(unary());
            --m_depth;
            return node;
        }
        return postfix(primary());
    }

    NodePtr postfix(NodePtr node)
    {
        while (!m_failed && take(QLatin1Char('.'))) {
            skipSpace();
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && namePart(m_text.at(m_pos)))
                ++m_pos;
            NodePtr method = make(Node::Kind::Method, m_text.mid(start, m_pos - start));
            method->args.push_back(std::move(node));
            if (!arguments(method.get(), QLatin1Char(')')))
                return fail();
            node = std::move(method);
        }
        return node;
    }

    /** At the opening bracket: reads the values up to @p closing into @p node's args. */
    bool arguments(Node* node, QChar closing)
    {
        skipSpace();
        if (m_pos >= m_text.size())
            return false;
        ++m_pos; // ( or [
        if (take(closing))
            return true;
        do {
            node->args.push_back(ternary());
            if (m_failed)
                return false;
        } while (take(QLatin1Char(',')));
        return take(closing);
    }

    NodePtr primary()
    {
        skipSpace();
        const QChar c = peek();
        if (c == QLatin1Char('"') || c == QLatin1Char('\''))
            return string(c);
        if (c.isDigit())
            return number();
        if (c == QLatin1Char('(')) {
            ++m_pos;
            NodePtr inner = ternary();
            return take(QLatin1Char(')')) ? std::move(inner) : fail();
        }
        if (c == QLatin1Char('[')) {
            NodePtr list = make(Node::Kind::List);
            return arguments(list.get(), QLatin1Char(']')) ? std::move(list) : fail();
        }
        if (c == QLatin1Char('$') && peek(1) == QLatin1Char('{')) {
            const qsizetype close = m_text.indexOf(QLatin1Char('}'), m_pos + 2);
            if (close < 0)
                return fail();
            NodePtr column = make(Node::Kind::Column, m_text.mid(m_pos + 2, close - m_pos - 2));
            column->segments = {column->name};
            m_pos = close + 1;
            return column;
        }
        if (nameStart(c))
            return name();
        return fail();
    }

    NodePtr string(QChar quote)
    {
        QString value;
        ++m_pos;
        while (m_pos < m_text.size() && m_text.at(m_pos) != quote) {
            if (m_text.at(m_pos) == QLatin1Char('\\') && m_pos + 1 < m_text.size())
                ++m_pos;
            value += m_text.at(m_pos++);
        }
        if (m_pos >= m_text.size())
            return fail();
        ++m_pos;
        NodePtr node = make(Node::Kind::Literal);
        node->literal = value;
        return node;
    }

    NodePtr number()
    {
        const qsizetype start = m_pos;
        while (peek().isDigit())
            ++m_pos;
        if (peek() == QLatin1Char('.') && peek(1).isDigit()) {
            ++m_pos;
            while (peek().isDigit())
                ++m_pos;
        }
        NodePtr node = make(Node::Kind::Literal);
        node->literal = m_text.mid(start, m_pos - start).toDouble();
        return node;
    }

    NodePtr name()
    {
        QStringList segments;
        QString segment;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (namePart(c)) {
                segment += c;
                ++m_pos;
            } else if (c == QLatin1Char('\\') && peek(1) == QLatin1Char('.')) {
                segment += QLatin1Char('.');
                m_pos += 2;
            } else if (c == QLatin1Char('.') && nameStart(peek(1))) {
                segments << segment;
                segment.clear();
                ++m_pos;
            } else {
                break;
            }
        }
        segments << segment;
        const QString full = segments.join(QLatin1Char('.'));
        if (segments.size() == 1 && (full == QLatin1String("true") || full == QLatin1String("false"))) {
            NodePtr node = make(Node::Kind::Literal);
            node->literal = full == QLatin1String("true");
            return node;
        }
        if (segments.size() == 1 && full == QLatin1String("null"))
            return make(Node::Kind::Literal);
        skipSpace();
        if (peek() == QLatin1Char('(')) {
            if (segments.size() == 1) {
                NodePtr call = make(Node::Kind::Call, full);
                return arguments(call.get(), QLatin1Char(')')) ? std::move(call) : fail();
            }
            NodePtr method = make(Node::Kind::Method, segments.takeLast());
            NodePtr receiver = make(Node::Kind::Column, segments.join(QLatin1Char('.')));
            receiver->segments = segments;
            method->args.push_back(std::move(receiver));
            return arguments(method.get(), QLatin1Char(')')) ? std::move(method) : fail();
        }
        NodePtr column = make(Node::Kind::Column, full);
        column->segments = segments;
        return column;
    }

    const QString& m_text;
    qsizetype m_pos = 0;
    int m_depth = 0;
    bool m_failed = false;
};

QJsonValue column(const Node& node, const QJsonObject& row)
{
    if (row.contains(node.name))
        return row.value(node.name);
    QJsonValue value = row.value(node.segments.value(0));
    for (qsizetype i = 1; i < node.segments.size() && value.isObject(); ++i)
        value = value.toObject().value(node.segments.at(i));
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

QJsonValue arithmetic(const QString& op, const QJsonValue& l, const QJsonValue& r, Context& context)
{
    if (op == QLatin1String("+") && !(l.isDouble() && r.isDouble()))
        return QString(ExpressionEval::text(l) + ExpressionEval::text(r));
    if (ExpressionEval::isNull(l) || ExpressionEval::isNull(r))
        return QJsonValue::Null;
    double a = 0;
    double b = 0;
    for (const auto& [value, number] : {std::pair{&l, &a}, std::pair{&r, &b}}) {
        if (!ExpressionEval::toNumber(*value, number)) {
            context.error = ExpressionEvaluator::tr("\"%1\" is not a number, so %2 cannot be computed.")
                                .arg(ExpressionEval::text(*value), op);
            return QJsonValue::Null;
        }
    }
    if ((op == QLatin1String("/") || op == QLatin1String("%")) && b == 0) {
        context.error = ExpressionEvaluator::tr("Division by zero.");
        return QJsonValue::Null;
    }
    if (op == QLatin1String("+"))
        return a + b;
    if (op == QLatin1String("-"))
        return a - b;
    if (op == QLatin1String("*"))
        return a * b;
    return op == QLatin1String("/") ? a / b : std::fmod(a, b);
}

QJsonValue binary(const Node& node, Context& context)
{
    const QJsonValue l = ExpressionEval::evaluate(*node.args[0], context);
    if (context.stopped())
        return QJsonValue::Null;
    if (node.name == QLatin1String("&&") || node.name == QLatin1String("||")) {
        const bool left = ExpressionEval::truthy(l);
        if (left == (node.name == QLatin1String("||")))
            return left;
        return ExpressionEval::truthy(ExpressionEval::evaluate(*node.args[1], context));
    }
    const QJsonValue r = ExpressionEval::evaluate(*node.args[1], context);
    if (context.stopped())
        return QJsonValue::Null;
    if (node.name.size() == 1 && QStringLiteral("+-*/%").contains(node.name))
        return arithmetic(node.name, l, r, context);
    const bool numeric = l.isDouble() && r.isDouble();
    const int order = numeric ? (l.toDouble() < r.toDouble() ? -1 : (l.toDouble() > r.toDouble() ? 1 : 0))
                              : ExpressionEval::text(l).compare(ExpressionEval::text(r));
    if (node.name == QLatin1String("=="))
        return order == 0;
    if (node.name == QLatin1String("!="))
        return order != 0;
    if (node.name == QLatin1String("<"))
        return order < 0;
    if (node.name == QLatin1String("<="))
        return order <= 0;
    if (node.name == QLatin1String(">"))
        return order > 0;
    return order >= 0;
}

} // namespace

namespace ExpressionEval {

QJsonValue evaluate(const Node& node, Context& context)
{
    if (context.stopped())
        return QJsonValue::Null;
    switch (node.kind) {
    case Node::Kind::Literal:
        return node.literal.isUndefined() ? QJsonValue(QJsonValue::Null) : node.literal;
    case Node::Kind::Column:
        return column(node, context.row);
    case Node::Kind::Call:
    case Node::Kind::Method:
        return call(node, context);
    case Node::Kind::Unary: {
        const QJsonValue value = evaluate(*node.args[0], context);
        if (node.name == QLatin1String("!"))
            return !truthy(value);
        double number = 0;
        if (isNull(value))
            return QJsonValue::Null;
        if (!toNumber(value, &number)) {
            context.error
                = ExpressionEvaluator::tr("\"%1\" is not a number, so it cannot be negated.").arg(text(value));
            return QJsonValue::Null;
        }
        return -number;
    }
    case Node::Kind::Binary:
        return binary(node, context);
    case Node::Kind::Ternary:
        return truthy(evaluate(*node.args[0], context)) ? evaluate(*node.args[1], context)
                                                        : evaluate(*node.args[2], context);
    case Node::Kind::List: {
        QJsonArray list;
        for (const auto& arg : node.args)
            list.append(evaluate(*arg, context));
        return list;
    }
    }
    return QJsonValue::Null;
}

QString text(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d >= -9.2e18 && d <= 9.2e18 && d == double(qint64(d)) ? QString::number(qint64(d))
                                                                     : QString::number(d, 'g', 15);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
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

bool toNumber(const QJsonValue& value, double* number)
{
    if (value.isDouble()) {
        *number = value.toDouble();
        return true;
    }
    bool ok = false;
    if (value.isString())
        *number = value.toString().trimmed().toDouble(&ok);
    return ok && std::isfinite(*number);
}

} // namespace ExpressionEval

ExpressionEvaluator::ExpressionEvaluator(const QString& text)
{
    const ExpressionCheck check = ExpressionParser::check(text, {}, false);
    if (!check.ok()) {
        m_error = check.errors.constFirst().message;
        return;
    }
    m_root = Reader(text).run();
    if (!m_root)
        m_error = tr("This expression cannot be evaluated here; the Platform reads it when the dataflow runs.");
}

ExpressionEvaluator::~ExpressionEvaluator() = default;
ExpressionEvaluator::ExpressionEvaluator(ExpressionEvaluator&&) noexcept = default;
ExpressionEvaluator& ExpressionEvaluator::operator=(ExpressionEvaluator&&) noexcept = default;

ExpressionValue ExpressionEvaluator::evaluate(const QJsonObject& row) const
{
    ExpressionValue result;
    if (!m_root) {
        result.outcome = ExpressionValue::Outcome::Error;
        result.message = m_error;
        return result;
    }
    Context context{row, {}, {}};
    QJsonValue value = ExpressionEval::evaluate(*m_root, context);
    if (!context.error.isEmpty()) {
        result.outcome = ExpressionValue::Outcome::Error;
        result.message = context.error;
    } else if (!context.platformFunction.isEmpty()) {
        result.outcome = ExpressionValue::Outcome::ComputedByPlatform;
        result.message = tr("Computed by the Platform when the dataflow runs (%1).").arg(context.platformFunction);
    } else {
        result.value = isNull(value) ? QJsonValue(QJsonValue::Null) : value;
    }
    return result;
}

ExpressionValue ExpressionEvaluator::evaluate(const QString& text, const QJsonObject& row)
{
    return ExpressionEvaluator(text).evaluate(row);
}

QString ExpressionEvaluator::text(const QJsonValue& value)
{
    return ExpressionEval::text(value);
}

bool ExpressionEvaluator::isNull(const QJsonValue& value)
{
    return ExpressionEval::isNull(value);
}
