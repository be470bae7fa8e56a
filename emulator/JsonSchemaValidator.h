// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QStringList>

/** Checks a JSON value against a draft-07 JSON Schema with valijson; returns readable errors, empty when valid. */
class JsonSchemaValidator
{
public:
    static QStringList validate(const QJsonValue& schema, const QJsonValue& document);
};
