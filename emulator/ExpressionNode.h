// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to Expression.cpp (parser, evaluator) and ExpressionFunctions.cpp (function library).
#pragma once

#include "Expression.h"

#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

struct Expression::Node
{
    enum class Kind { Literal, Field, Call, Method, Unary, Binary, List };
    enum class Op { None, Or, And, Equal, NotEqual, LessOrEqual, GreaterOrEqual, Less, Greater, Add, Subtract };
    Kind kind = Kind::Literal;
    Op op = Op::None;
    QJsonValue literal;
    QString name;
    int column = -1;
    /** Call: index of the function in the library, resolved when parsed. */
    int function = -1;
    /** Call of a regex function with a literal pattern: compiled once when parsed. */
    std::shared_ptr<const QRegularExpression> regex;
    std::vector<std::unique_ptr<Node>> args;
};

namespace ExpressionFunctions {

struct Arity
{
    int min;
    int max;
};

/** The function's index for a lower-case name, or -1 when the library has no such function. */
int find(const QString& lowerName);
Arity arity(int function);
/** Every supported name (aliases included), sorted. */
QStringList names();
/** Precomputes what a call can (a literal regex pattern); called once the arguments are parsed. */
void prepare(Expression::Node& call);
/** Evaluates a Call node. */
QJsonValue call(const Expression::Node& node, const QList<QJsonValue>& row, QString* error);

QString text(const QJsonValue& value);
bool isNull(const QJsonValue& value);
bool truthy(const QJsonValue& value);

} // namespace ExpressionFunctions

/** Evaluates any node (defined in Expression.cpp; calls go to ExpressionFunctions::call). */
QJsonValue evaluateExpressionNode(const Expression::Node& node, const QList<QJsonValue>& row, QString* error);
