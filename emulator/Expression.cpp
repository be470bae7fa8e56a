// SPDX-License-Identifier: GPL-3.0-or-later
// Parser and evaluator of Data Prep expressions; the functions themselves are in ExpressionFunctions.cpp.
#include "Expression.h"

#include "ExpressionNode.h"

#include <QHash>

namespace {

using Node = Expression::Node;
using NodePtr = std::unique_ptr<Node>;
using ExpressionFunctions::text;
using ExpressionFunctions::truthy;

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
    static Node::Op opOf(const QString& op)
    {
        static const QHash<QString, Node::Op> ops{
            {QStringLiteral("||"), Node::Op::Or},          {QStringLiteral("&&"), Node::Op::And},
            {QStringLiteral("=="), Node::Op::Equal},       {QStringLiteral("!="), Node::Op::NotEqual},
            {QStringLiteral("<="), Node::Op::LessOrEqual}, {QStringLiteral(">="), Node::Op::GreaterOrEqual},
            {QStringLiteral("<"), Node::Op::Less},         {QStringLiteral(">"), Node::Op::Greater},
            {QStringLiteral("+"), Node::Op::Add},          {QStringLiteral("-"), Node::Op::Subtract}};
        return ops.value(op, Node::Op::None);
    }
    NodePtr binary(const QString& op, NodePtr left, NodePtr right)
    {
        auto node = std::make_unique<Node>();
        node->kind = Node::Kind::Binary;
        node->name = op;
        node->op = opOf(op);
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
                node->function = ExpressionFunctions::find(lower);
                if (node->function < 0) {
                    fail(QStringLiteral("unknown function '%1'").arg(name));
                    return node;
                }
                node->kind = Node::Kind::Call;
                node->name = lower;
                parseArguments(node.get());
                const ExpressionFunctions::Arity arity = ExpressionFunctions::arity(node->function);
                if (m_error.isEmpty() && (int(node->args.size()) < arity.min || int(node->args.size()) > arity.max)) {
                    fail(QStringLiteral("%1 takes %2 to %3 arguments").arg(name).arg(arity.min).arg(arity.max));
                }
                if (m_error.isEmpty()) {
                    ExpressionFunctions::prepare(*node);
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

} // namespace

QJsonValue evaluateExpressionNode(const Node& node, const QList<QJsonValue>& row, QString* error)
{
    switch (node.kind) {
    case Node::Kind::Literal:
        return node.literal;
    case Node::Kind::Field:
        return node.column >= 0 && node.column < row.size() ? row.at(node.column) : QJsonValue(QJsonValue::Null);
    case Node::Kind::Call:
        return ExpressionFunctions::call(node, row, error);
    case Node::Kind::Method: {
        const QString left = text(evaluateExpressionNode(*node.args[0], row, error));
        const QString right
            = node.args.size() > 1 ? text(evaluateExpressionNode(*node.args[1], row, error)) : QString();
        return left.compare(right, node.name == QLatin1String("equals") ? Qt::CaseSensitive : Qt::CaseInsensitive) == 0;
    }
    case Node::Kind::Unary:
        return !truthy(evaluateExpressionNode(*node.args[0], row, error));
    case Node::Kind::Binary: {
        const QJsonValue l = evaluateExpressionNode(*node.args[0], row, error);
        if (node.op == Node::Op::And) {
            return truthy(l) && truthy(evaluateExpressionNode(*node.args[1], row, error));
        }
        if (node.op == Node::Op::Or) {
            return truthy(l) || truthy(evaluateExpressionNode(*node.args[1], row, error));
        }
        const QJsonValue r = evaluateExpressionNode(*node.args[1], row, error);
        const bool numeric = l.isDouble() && r.isDouble();
        if (node.op == Node::Op::Add) {
            return numeric ? QJsonValue(l.toDouble() + r.toDouble()) : QJsonValue(text(l) + text(r));
        }
        if (node.op == Node::Op::Subtract) {
            return l.toDouble() - r.toDouble();
        }
        const int order = numeric ? (l.toDouble() < r.toDouble() ? -1 : (l.toDouble() > r.toDouble() ? 1 : 0))
                                  : text(l).compare(text(r));
        switch (node.op) {
        case Node::Op::Equal:
            return order == 0;
        case Node::Op::NotEqual:
            return order != 0;
        case Node::Op::Less:
            return order < 0;
        case Node::Op::Greater:
            return order > 0;
        case Node::Op::LessOrEqual:
            return order <= 0;
        default:
            return order >= 0;
        }
    }
    case Node::Kind::List:
        break;
    }
    return QJsonValue::Null;
}

namespace {

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
    return m_root ? evaluateExpressionNode(*m_root, row, error) : QJsonValue(QJsonValue::Null);
}

QStringList Expression::functions()
{
    return ExpressionFunctions::names();
}
