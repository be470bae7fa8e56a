// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to ExpressionEvalFunctions.cpp: the parts of the functions that need more than a line.
#pragma once

#include "model/ExpressionEvalNode.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QList>
#include <QRegularExpression>

#include <optional>

namespace ExpressionEval::Helpers {

using Args = QList<QJsonValue>;

QJsonValue nullValue();
/** A Java DateTimeFormatter pattern as QDateTime reads and writes it (the usual letters agree). */
QString qtPattern(QString pattern);
/** A date from milliseconds since 1970, an ISO text or (with @p javaPattern) a text in that format; UTC. */
std::optional<QDateTime> dateOf(const QJsonValue& value, const QString& javaPattern = {});
QJsonValue hash(const Args& a, QCryptographicHash::Algorithm algorithm);
QJsonValue crc32(const Args& a);
QJsonValue pad(const Args& a, bool left);
QJsonValue number(const QJsonValue& value, bool integer, Context& context);
QJsonValue extreme(const Args& a, bool minimum);
QRegularExpression regex(const QJsonValue& pattern, Context& context);
QJsonValue date(const Args& a, Context& context);
QJsonValue datePart(const Args& a, Context& context);
QJsonValue strToObject(const Args& a);
/** "protocol", "host", "path" or "query" of a web address. */
QJsonValue url(const Args& a, const QString& part);
/** equals and equalsIgnoreCase; @p a holds the receiver first. */
QJsonValue method(const Node& node, const Args& a, Context& context);

} // namespace ExpressionEval::Helpers
