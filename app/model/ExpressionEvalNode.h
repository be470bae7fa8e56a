// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to ExpressionEvaluator.cpp (reading, operators) and ExpressionEvalFunctions.cpp (the functions).
#pragma once

#include "model/ExpressionEvaluator.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

struct ExpressionEvaluator::Node
{
    enum class Kind { Literal, Column, Call, Method, Unary, Binary, Ternary, List };
    Kind kind = Kind::Literal;
    QString name; ///< Column: the full name; Call/Method: the function; Unary/Binary: the operator ("&&", "!"...)
    QStringList segments; ///< Column: the dotted parts (one for ${...})
    QJsonValue literal;
    std::vector<std::unique_ptr<Node>> args; ///< Method: the receiver first
};

namespace ExpressionEval {

using Node = ExpressionEvaluator::Node;

/** One evaluation: the row, and the first failure met (evaluation stops there). */
struct Context
{
    const QJsonObject& row;
    QString error; ///< translated
    QString platformFunction; ///< set when a function only the Platform can compute was reached
    bool stopped() const { return !error.isEmpty() || !platformFunction.isEmpty(); }
};

/** The nodes of @p text, which ExpressionParser::check accepted; nullptr when the reading meets a surprise. */
std::unique_ptr<Node> read(const QString& text);
QJsonValue evaluate(const Node& node, Context& context);
/** A Call or Method node (ExpressionEvalFunctions.cpp). */
QJsonValue call(const Node& node, Context& context);

QString text(const QJsonValue& value);
bool isNull(const QJsonValue& value);
bool truthy(const QJsonValue& value);
/** The value as a number (a numeric text too); false when it is none. */
bool toNumber(const QJsonValue& value, double* number);

} // namespace ExpressionEval
