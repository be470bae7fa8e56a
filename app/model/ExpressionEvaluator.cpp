// SPDX-License-Identifier: GPL-3.0-or-later
// Reading an expression into nodes and evaluating its operators; the functions are in ExpressionEvalFunctions.cpp.
#include "model/ExpressionEvaluator.h"

#include "model/ExpressionEvalNode.h"
#include "model/ExpressionParser.h"

#include <QJsonArray>

#include <cmath>

namespace {

using ExpressionEval::Context;
using Node = ExpressionEvaluator::Node;

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
    m_root = ExpressionEval::read(text);
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
