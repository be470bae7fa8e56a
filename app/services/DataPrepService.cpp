// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/DataPrepService.h"

#include "platform/PlatformClient.h"

#include <QUrlQuery>

namespace {

const QString kMappingSets = QLatin1String(Platform::kConversion) + QStringLiteral("/mappingSets");

QStringList messagesOf(const QJsonValue& errors)
{
    QStringList messages;
    for (const QJsonValue& value : errors.toArray()) {
        const QJsonObject error = value.toObject();
        QString text = error.value(QLatin1String("exception")).toString();
        if (text.isEmpty())
            text = error.value(QLatin1String("message")).toString();
        if (text.isEmpty() && value.isString())
            text = value.toString();
        if (!text.isEmpty())
            messages << text;
    }
    return messages;
}

} // namespace

QJsonObject DataPrepService::mappingSetBody(const QString& schemaId, const QList<MappingRule>& rules)
{
    QJsonArray mappings;
    for (const MappingRule& rule : rules)
        mappings.append(QJsonObject{{QStringLiteral("sourceType"),
                                     rule.isExpression() ? QStringLiteral("EXPRESSION") : QStringLiteral("ATTRIBUTE")},
                                    {QStringLiteral("source"), rule.isExpression() ? rule.expression : rule.source},
                                    {QStringLiteral("destination"), rule.destination}});
    return QJsonObject{
        {QStringLiteral("outputSchema"),
         QJsonObject{{QStringLiteral("schemaRef"),
                      QJsonObject{{QStringLiteral("id"), schemaId},
                                  {QStringLiteral("contentType"), QLatin1String(ServiceJson::kXedFullVersion1)}}}}},
        {QStringLiteral("mappings"), mappings}};
}

PlatformRequest DataPrepService::createMappingSetRequest(const QString& schemaId, const QList<MappingRule>& rules)
{
    return ServiceJson::request("POST", kMappingSets, QJsonDocument(mappingSetBody(schemaId, rules)));
}

PlatformRequest DataPrepService::mappingSetRequest(const QString& id)
{
    return ServiceJson::request("GET", kMappingSets + QLatin1Char('/') + ServiceJson::segment(id));
}

TypedJob<MappingSet>* DataPrepService::mappingSet(const QString& id, const QString& version, QObject* parent) const
{
    if (id.isEmpty())
        return TypedJob<MappingSet>::failed(PlatformError::badResponse(QStringLiteral("no mapping set id to look up")),
                                            parent);
    QUrlQuery query;
    if (!version.isEmpty())
        query.addQueryItem(QStringLiteral("version"), version);
    return TypedJob<MappingSet>::fromCall(m_client->get(mappingSetRequest(id).path, query),
                                          &DataPrepService::parseMappingSet, parent);
}

MappingSet DataPrepService::parseMappingSet(const QJsonDocument& json, PlatformError* error)
{
    const QJsonObject set = json.object();
    const QJsonValue mappings = set.value(QLatin1String("mappings"));
    if (!json.isObject() || !mappings.isArray()) {
        *error = PlatformError::badResponse(QStringLiteral("the mapping set has no \"mappings\" list"));
        return {};
    }
    MappingSet result;
    result.id = set.value(QLatin1String("id")).toString();
    const QJsonValue version = set.value(QLatin1String("version"));
    result.version = version.isDouble() ? QString::number(version.toInteger()) : version.toString();
    result.schemaId = set.value(QLatin1String("outputSchema"))
                          .toObject()
                          .value(QLatin1String("schemaRef"))
                          .toObject()
                          .value(QLatin1String("id"))
                          .toString();
    if (result.schemaId.isEmpty())
        result.schemaId = set.value(QLatin1String("xdmSchema")).toString();
    for (const QJsonValue& value : mappings.toArray()) {
        const QJsonObject mapping = value.toObject();
        QString source = mapping.value(QLatin1String("source")).toString();
        if (source.isEmpty())
            source = mapping.value(QLatin1String("sourceAttribute")).toString();
        QString destination = mapping.value(QLatin1String("destination")).toString();
        if (destination.isEmpty())
            destination = mapping.value(QLatin1String("destinationXdmPath")).toString();
        if (!value.isObject() || (source.isEmpty() && destination.isEmpty())) {
            *error = PlatformError::badResponse(QStringLiteral("the mapping set lists a mapping without source"));
            return {};
        }
        const QString type = mapping.value(QLatin1String("sourceType")).toString().toUpper();
        MappingRule rule;
        rule.destination = destination;
        if (type == QLatin1String("EXPRESSION") || type == QLatin1String("TEXT/X.AEP-XL"))
            rule.expression = source;
        else if (type == QLatin1String("STATIC"))
            rule.expression = QLatin1Char('"') + source + QLatin1Char('"');
        else
            rule.source = source;
        result.rules << rule;
    }
    return result;
}

bool DataPrepService::parseCreatedMappingSet(const QJsonDocument& json, QString* id, QString* version, QString* why)
{
    const QJsonObject set = json.object();
    const QJsonValue value = set.value(QLatin1String("version"));
    if (!value.isDouble() && !value.isString()) {
        *why = QStringLiteral("the response has no version");
        return false;
    }
    *id = set.value(QLatin1String("id")).toString();
    if (id->isEmpty()) {
        *why = QStringLiteral("the response has no mappingSetId");
        return false;
    }
    *version = value.isDouble() ? QString::number(value.toInteger()) : value.toString();
    return true;
}

TypedJob<QList<QPair<QString, QString>>>* DataPrepService::findMappingSets(const QString& schemaId,
                                                                           const QList<MappingRule>& rules) const
{
    using Found = QPair<QString, QString>;
    constexpr int kPage = 100;
    const QJsonArray wanted = mappingSetBody(schemaId, rules).value(QLatin1String("mappings")).toArray();
    auto pairs = [](const QJsonArray& mappings) {
        QStringList list;
        for (const QJsonValue& value : mappings) {
            const QJsonObject mapping = value.toObject();
            list << mapping.value(QLatin1String("source")).toString() + QLatin1Char('\n')
                    + mapping.value(QLatin1String("destination")).toString();
        }
        list.sort();
        return list;
    };
    PlatformClient* client = m_client;
    return PageGatherJob<Found>::start(
        [client, schemaId, wanted = pairs(wanted), pairs](const QString& continuation) {
            const int start = continuation.toInt();
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("start"), QString::number(start));
            query.addQueryItem(QStringLiteral("limit"), QString::number(kPage));
            return TypedJob<Page<Found>>::fromCall(
                client->get(kMappingSets, query),
                [schemaId, wanted, pairs, start](const QJsonDocument& json, PlatformError* error) {
                    const QJsonValue data = json.object().value(QLatin1String("data"));
                    if (!data.isArray()) {
                        *error = PlatformError::badResponse(QStringLiteral("the mapping set list has no \"data\""));
                        return Page<Found>();
                    }
                    Page<Found> page;
                    for (const QJsonValue& value : data.toArray()) {
                        const QJsonObject set = value.toObject();
                        const QString schema = set.value(QLatin1String("outputSchema"))
                                                   .toObject()
                                                   .value(QLatin1String("schemaRef"))
                                                   .toObject()
                                                   .value(QLatin1String("id"))
                                                   .toString();
                        if (schema != schemaId || pairs(set.value(QLatin1String("mappings")).toArray()) != wanted)
                            continue;
                        const QJsonValue version = set.value(QLatin1String("version"));
                        page.items << Found(set.value(QLatin1String("id")).toString(),
                                            version.isDouble() ? QString::number(version.toInteger())
                                                               : version.toString());
                    }
                    if (data.toArray().size() >= kPage)
                        page.continuation = QString::number(start + kPage);
                    return page;
                });
        },
        {}, 20);
}

QList<MappingCheck> DataPrepService::parseValidation(const QJsonDocument& json, qsizetype ruleCount,
                                                     PlatformError* error)
{
    const QJsonValue list = json.object().value(QLatin1String("validationResponse"));
    if (!list.isArray() || list.toArray().size() != ruleCount) {
        *error = PlatformError::badResponse(QStringLiteral("the validation does not answer one entry per rule"));
        return {};
    }
    QList<MappingCheck> checks;
    for (const QJsonValue& value : list.toArray()) {
        const QJsonObject entry = value.toObject();
        MappingCheck check;
        check.ok
            = entry.value(QLatin1String("status")).toString().compare(QLatin1String("SUCCESS"), Qt::CaseInsensitive)
            == 0;
        check.errors = messagesOf(entry.value(QLatin1String("errors")));
        checks << check;
    }
    return checks;
}

TypedJob<QList<MappingCheck>>* DataPrepService::validate(const QString& schemaId, const QList<MappingRule>& rules,
                                                         QObject* parent) const
{
    const qsizetype count = rules.size();
    return TypedJob<QList<MappingCheck>>::fromCall(
        m_client->post(kMappingSets + QStringLiteral("/validate"), QJsonDocument(mappingSetBody(schemaId, rules))),
        [count](const QJsonDocument& json, PlatformError* error) { return parseValidation(json, count, error); },
        parent);
}

QList<MappedRow> DataPrepService::parsePreview(const QJsonDocument& json, PlatformError* error)
{
    // The docs answer an array (one per row); the spec a single {data, errors}: both are read.
    QJsonArray items;
    if (json.isArray())
        items = json.array();
    else if (json.isObject() && json.object().contains(QLatin1String("data")))
        items.append(json.object());
    else {
        *error = PlatformError::badResponse(QStringLiteral("the preview is neither a list nor one row"));
        return {};
    }
    QList<MappedRow> rows;
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        rows << MappedRow{item.value(QLatin1String("data")).toObject(),
                          messagesOf(item.value(QLatin1String("errors")))};
    }
    return rows;
}

TypedJob<QList<MappedRow>>* DataPrepService::preview(const QString& schemaId, const QList<MappingRule>& rules,
                                                     const QJsonArray& rows, QObject* parent) const
{
    const QJsonObject body{{QStringLiteral("data"), rows},
                           {QStringLiteral("mappingSet"), mappingSetBody(schemaId, rules)}};
    return TypedJob<QList<MappedRow>>::fromCall(
        m_client->post(kMappingSets + QStringLiteral("/preview"), QJsonDocument(body)), &DataPrepService::parsePreview,
        parent);
}
