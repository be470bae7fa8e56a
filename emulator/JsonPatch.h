// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

/** RFC 6902 JSON-Patch (add, replace, remove; others refused) on a JSON object, with JSON-Pointer paths. */
class JsonPatch
{
public:
    enum class Failure { None, BadOperation, UnsupportedOperation, MissingPath };
    /** Applies all operations or none; on failure `error` says which operation and why. */
    static Failure apply(QJsonObject& target, const QJsonArray& operations, QString* error);
    static QJsonValue get(const QJsonObject& target, const QString& pointer, bool* found);
};
