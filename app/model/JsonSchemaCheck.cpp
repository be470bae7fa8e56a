// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/JsonSchemaCheck.h"

#include <QStringList>

// GCC 12 at -O3 reports a false -Wrestrict inside libstdc++'s std::string::replace as inlined from valijson's
// json_pointer.hpp (GCC bug 105329, "Bogus restrict warning when assigning 1-char string literal to
// std::string"; fixed in GCC 13). Only that diagnostic is silenced, only for valijson's headers.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wrestrict"
#endif
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

#include <exception>

namespace {

/** valijson's context is {"<root>", "[interval]", "[0]"...}: turned into "interval", "items[0]". */
QString pathOf(const std::vector<std::string>& context)
{
    QString path;
    for (const std::string& part : context) {
        QString segment = QString::fromStdString(part);
        if (segment == QLatin1String("<root>"))
            continue;
        if (segment.startsWith(QLatin1Char('[')) && segment.endsWith(QLatin1Char(']'))) {
            const QString inner = segment.mid(1, segment.size() - 2);
            bool isIndex = false;
            inner.toInt(&isIndex);
            if (isIndex) {
                path += segment;
                continue;
            }
            if (inner.startsWith(QLatin1Char('"')) && inner.endsWith(QLatin1Char('"')))
                segment = inner.mid(1, inner.size() - 2);
            else
                segment = inner;
        }
        path += (path.isEmpty() ? QString() : QStringLiteral(".")) + segment;
    }
    return path;
}

} // namespace

QList<JsonSchemaCheck::Error> JsonSchemaCheck::validate(const QJsonObject& schemaJson, const QJsonValue& value)
{
    QList<Error> errors;
    try {
        valijson::Schema schema;
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        const QJsonValue schemaValue(schemaJson);
        valijson::adapters::QtJsonAdapter schemaAdapter(schemaValue);
        parser.populateSchema(schemaAdapter, schema);

        valijson::Validator validator(valijson::Validator::kStrongTypes);
        valijson::ValidationResults results;
        valijson::adapters::QtJsonAdapter target(value);
        if (validator.validate(schema, target, &results))
            return errors;
        valijson::ValidationResults::Error error;
        while (results.popError(error))
            errors.append({pathOf(error.context), QString::fromStdString(error.description)});
        if (errors.isEmpty())
            errors.append({QString(), QStringLiteral("does not match the JSON Schema")});
    } catch (const std::exception& e) {
        errors.append({QString(), QStringLiteral("unusable JSON Schema: %1").arg(QString::fromUtf8(e.what()))});
    }
    return errors;
}

QString JsonSchemaCheck::describe(const QList<Error>& errors)
{
    QStringList lines;
    for (const Error& error : errors)
        lines << (error.path.isEmpty() ? error.description : error.path + QStringLiteral(": ") + error.description);
    return lines.join(QLatin1Char('\n'));
}
