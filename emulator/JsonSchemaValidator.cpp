// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonSchemaValidator.h"

#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <exception>

QStringList JsonSchemaValidator::validate(const QJsonValue& schemaJson, const QJsonValue& document)
{
    valijson::Schema schema;
    valijson::SchemaParser parser;
    try {
        valijson::adapters::QtJsonAdapter schemaAdapter(schemaJson);
        parser.populateSchema(schemaAdapter, schema);
    } catch (const std::exception& error) {
        return {QStringLiteral("the JSON Schema cannot be used: %1").arg(QString::fromUtf8(error.what()))};
    }
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::QtJsonAdapter target(document);
    if (validator.validate(schema, target, &results)) {
        return {};
    }
    QStringList errors;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        QString where;
        for (const std::string& part : error.context) {
            where += QString::fromStdString(part);
        }
        errors.append(QStringLiteral("%1: %2").arg(where, QString::fromStdString(error.description)));
    }
    return errors;
}
