// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a calculated field into ExpressionEvaluator's nodes (the evaluation is in ExpressionEvaluator.cpp).
#include "model/ExpressionEvalNode.h"
#include "model/ExpressionParser.h"

#include <QHash>

namespace {

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
        static const QStringList symbols = QStringLiteral("== != <= >= && || < > + - * / % !").split(QLatin1Char(' '));
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
        // The word forms, as "word symbol" pairs.
        static const QStringList pairs
            = QStringLiteral("and && or || not ! eq == ne != lt < le <= gt > ge >= div / mod %")
                  .split(QLatin1Char(' '));
        const qsizetype at = pairs.indexOf(m_text.mid(m_pos, end - m_pos));
        const QString op = at >= 0 && at % 2 == 0 ? pairs.at(at + 1) : QString();
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

} // namespace

namespace ExpressionEval {

std::unique_ptr<Node> read(const QString& text)
{
    return Reader(text).run();
}

} // namespace ExpressionEval
