// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

/**
 * Validates a JSON value against a draft-07 JSON Schema (valijson on Qt's JSON types). Generic: nothing in it knows
 * about flows. A schema that cannot be parsed is reported as one error, never thrown.
 */
class JsonSchemaCheck
{
public:
    struct Error
    {
        QString path; ///< where in the value: "interval", "deltaColumn.name"; empty for the value itself
        QString description; ///< valijson's words (English), for logs and "Details"
    };

    /** The errors of @p value against @p schema; empty when it conforms. */
    static QList<Error> validate(const QJsonObject& schema, const QJsonValue& value);
    /** The errors as one line each, "path: description". */
    static QString describe(const QList<Error>& errors);
};
