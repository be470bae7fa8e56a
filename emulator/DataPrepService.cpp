// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataPrepService.h"

#include "EmulatorContext.h"
#include "MappingPlan.h"
#include "Router.h"
#include "SchemaRegistryService.h"

#include <QJsonArray>

namespace {

const QString kBase = QStringLiteral("/data/foundation/conversion");

ApiReply prepError(const QString& code, const QString& message)
{
    return ApiReply::problem(QStringLiteral("DPREP"), code, QStringLiteral("Bad Request"), message);
}

} // namespace

DataPrepService::DataPrepService(EmulatorContext& context) : m_context(context) { }

void DataPrepService::addRoutes(Router& router)
{
    router.add(QStringLiteral("POST"), kBase + QStringLiteral("/mappingSets"),
               [this](const ApiRequest& r) { return create(r); });
    router.add(QStringLiteral("GET"), kBase + QStringLiteral("/mappingSets"),
               [this](const ApiRequest& r) { return list(r); });
    router.add(QStringLiteral("POST"), kBase + QStringLiteral("/mappingSets/validate"),
               [this](const ApiRequest& r) { return validate(r); });
    router.add(QStringLiteral("POST"), kBase + QStringLiteral("/mappingSets/preview"),
               [this](const ApiRequest& r) { return preview(r); });
    router.add(QStringLiteral("GET"), kBase + QStringLiteral("/mappingSets/{id}"), [this](const ApiRequest& r) {
        bool numeric = true;
        const int version
            = r.hasQuery(QStringLiteral("version")) ? r.queryValue(QStringLiteral("version")).toInt(&numeric) : -1;
        const QJsonObject set = mappingSet(m_context, r.sandbox, r.args.value(0), numeric ? version : -2);
        return set.isEmpty() ? ApiReply::problem(
                   QStringLiteral("DPREP"), QStringLiteral("1404-404"), QStringLiteral("Not Found"),
                   QStringLiteral("Mapping set %1 (version %2) not found")
                       .arg(r.args.value(0), r.queryValue(QStringLiteral("version"), QStringLiteral("latest"))))
                             : ApiReply::json(200, set);
    });
    router.add(QStringLiteral("GET"), kBase + QStringLiteral("/mappingSets/{id}/mappings"),
               [this](const ApiRequest& r) {
                   const QJsonObject set = mappingSet(m_context, r.sandbox, r.args.value(0));
                   return set.isEmpty() ? prepError(QStringLiteral("1404-404"), QStringLiteral("Mapping set not found"))
                                        : ApiReply::json(200, set.value(QStringLiteral("mappings")));
               });
    router.add(QStringLiteral("PUT"), kBase + QStringLiteral("/mappingSets/{id}"),
               [this](const ApiRequest& r) { return replace(r); });
}

QJsonObject DataPrepService::mappingSet(EmulatorContext& context, const QString& sandbox, const QString& id,
                                        int version)
{
    const QJsonObject* stored = context.mappingSets.find(sandbox, id);
    if (!stored || version < -1) {
        return {};
    }
    QJsonObject set = *stored;
    const QJsonArray history = set.take(QStringLiteral("_history")).toArray();
    if (version >= 0 && version != set.value(QStringLiteral("version")).toInt()) {
        return version < history.size() ? history.at(version).toObject() : QJsonObject();
    }
    return set;
}

ApiReply DataPrepService::normalise(const ApiRequest& request, QJsonObject* out, QJsonArray* validation) const
{
    const QJsonObject body = request.json.object();
    const bool legacy = body.contains(QStringLiteral("xdmSchema"));
    const QString schemaRef = legacy
        ? body.value(QStringLiteral("xdmSchema")).toString()
        : body[QStringLiteral("outputSchema")][QStringLiteral("schemaRef")][QStringLiteral("id")].toString();
    const QJsonObject* schema = SchemaRegistryService::findSchema(m_context, request.sandbox, schemaRef);
    if (!schema) {
        return prepError(QStringLiteral("1401-400"),
                         QStringLiteral("The output schema %1 is not found.").arg(schemaRef));
    }
    const QJsonArray input = body.value(QStringLiteral("mappings")).toArray();
    if (input.isEmpty()) {
        return prepError(QStringLiteral("1402-400"), QStringLiteral("A mapping set needs at least one mapping."));
    }
    QJsonArray mappings;
    for (const QJsonValue& item : input) {
        QString source
            = legacy ? item[QStringLiteral("sourceAttribute")].toString() : item[QStringLiteral("source")].toString();
        const QString destination = legacy ? item[QStringLiteral("destinationXdmPath")].toString()
                                           : item[QStringLiteral("destination")].toString();
        const QString type = item[QStringLiteral("sourceType")].toString(QStringLiteral("ATTRIBUTE")).toUpper();
        // The legacy format has no sourceType: a call in the source makes it a calculated field.
        const bool expression = legacy ? source.contains(QLatin1Char('(')) : type == QLatin1String("EXPRESSION");
        if (!legacy && type != QLatin1String("ATTRIBUTE") && type != QLatin1String("EXPRESSION")
            && type != QLatin1String("STATIC")) {
            return prepError(QStringLiteral("1403-400"), QStringLiteral("sourceType %1 is not valid.").arg(type));
        }
        if (type == QLatin1String("STATIC")) {
            source = QStringLiteral("\"%1\"").arg(source);
        }
        mappings.append(
            QJsonObject{{QStringLiteral("id"), EmulatorContext::hex(32)},
                        {QStringLiteral("version"), 0},
                        {QStringLiteral("sourceType"),
                         expression || type == QLatin1String("STATIC") ? QStringLiteral("text/x.aep-xl")
                                                                       : QStringLiteral("text/x.schema-path")},
                        {QStringLiteral("source"), source},
                        {QStringLiteral("destination"), destination},
                        {QStringLiteral("sourceAttribute"), source},
                        {QStringLiteral("destinationXdmPath"), destination},
                        {QStringLiteral("identity"), item[QStringLiteral("identity")].toBool()},
                        {QStringLiteral("namespaceCode"), item[QStringLiteral("namespaceCode")]},
                        {QStringLiteral("name"), item[QStringLiteral("name")].toString(source)},
                        {QStringLiteral("description"), item[QStringLiteral("description")]}});
    }
    MappingPlan plan;
    QStringList problems;
    const bool ok = plan.compile(mappings, SchemaRegistryService::schemaLeaves(m_context, *schema), &problems);
    for (qsizetype i = 0; i < problems.size(); ++i) {
        const QJsonObject mapping = mappings.at(i).toObject();
        validation->append(
            problems.at(i).isEmpty()
                ? QJsonObject{{QStringLiteral("status"), QStringLiteral("SUCCESS")},
                              {QStringLiteral("errors"), QJsonValue::Null}}
                : QJsonObject{{QStringLiteral("status"), QStringLiteral("FAILED")},
                              {QStringLiteral("errors"),
                               QJsonArray{QJsonObject{
                                   {QStringLiteral("destination"), mapping.value(QStringLiteral("destination"))},
                                   {QStringLiteral("source"), mapping.value(QStringLiteral("source"))},
                                   {QStringLiteral("exception"), problems.at(i)}}}}});
    }
    const QString schemaId = schema->value(QStringLiteral("$id")).toString();
    const QString contentType = QStringLiteral("application/vnd.adobe.xed-full+json;version=1");
    *out = QJsonObject{
        {QStringLiteral("supportVersion"), QStringLiteral("1.1")},
        {QStringLiteral("outputSchema"),
         QJsonObject{{QStringLiteral("schemaRef"),
                      QJsonObject{{QStringLiteral("id"), schemaId}, {QStringLiteral("contentType"), contentType}}}}},
        {QStringLiteral("schemaRef"),
         QJsonObject{{QStringLiteral("id"), schemaId}, {QStringLiteral("contentType"), contentType}}},
        {QStringLiteral("xdmSchema"), schemaId},
        {QStringLiteral("xdmVersion"), contentType},
        {QStringLiteral("mappings"), mappings},
        {QStringLiteral("status"), QStringLiteral("PUBLISHED")},
        {QStringLiteral("strictMapping"), false},
        {QStringLiteral("allowNullValues"), body.value(QStringLiteral("allowNullValues")).toBool()},
        {QStringLiteral("name"), body.value(QStringLiteral("name"))}};
    if (!ok) {
        QStringList messages;
        for (const QString& problem : problems) {
            if (!problem.isEmpty()) {
                messages.append(problem);
            }
        }
        return prepError(QStringLiteral("1405-400"), messages.join(QLatin1Char(' ')));
    }
    return ApiReply::empty(0);
}

ApiReply DataPrepService::create(const ApiRequest& request)
{
    QJsonObject set;
    QJsonArray validation;
    if (ApiReply refused = normalise(request, &set, &validation); refused.status != 0) {
        return refused;
    }
    const qint64 now = m_context.nowMs();
    const QString user = request.clientId + QStringLiteral("@AdobeID");
    set.insert(QStringLiteral("id"), EmulatorContext::hex(32));
    set.insert(QStringLiteral("version"), 0);
    set.insert(QStringLiteral("createdDate"), now);
    set.insert(QStringLiteral("modifiedDate"), now);
    set.insert(QStringLiteral("createdBy"), user);
    set.insert(QStringLiteral("modifiedBy"), user);
    m_context.mappingSets.insert(request.sandbox, set.value(QStringLiteral("id")).toString(), set);
    return ApiReply::json(200,
                          QJsonObject{{QStringLiteral("id"), set.value(QStringLiteral("id"))},
                                      {QStringLiteral("version"), 0},
                                      {QStringLiteral("createdDate"), now},
                                      {QStringLiteral("modifiedDate"), now},
                                      {QStringLiteral("createdBy"), user},
                                      {QStringLiteral("modifiedBy"), user}});
}

ApiReply DataPrepService::replace(const ApiRequest& request)
{
    QJsonObject* stored = m_context.mappingSets.find(request.sandbox, request.args.value(0));
    if (!stored) {
        return prepError(QStringLiteral("1404-404"),
                         QStringLiteral("Mapping set %1 not found").arg(request.args.value(0)));
    }
    QJsonObject set;
    QJsonArray validation;
    if (ApiReply refused = normalise(request, &set, &validation); refused.status != 0) {
        return refused;
    }
    QJsonObject previous = *stored;
    QJsonArray history = previous.take(QStringLiteral("_history")).toArray();
    history.append(previous);
    const int version = previous.value(QStringLiteral("version")).toInt() + 1;
    for (const char* kept : {"id", "createdDate", "createdBy"}) {
        set.insert(QLatin1String(kept), previous.value(QLatin1String(kept)));
    }
    set.insert(QStringLiteral("version"), version);
    set.insert(QStringLiteral("modifiedDate"), m_context.nowMs());
    set.insert(QStringLiteral("modifiedBy"), QString(request.clientId + QStringLiteral("@AdobeID")));
    set.insert(QStringLiteral("_history"), history);
    *stored = set;
    set.remove(QStringLiteral("_history"));
    return ApiReply::json(200, set);
}

ApiReply DataPrepService::validate(const ApiRequest& request) const
{
    QJsonObject set;
    QJsonArray validation;
    const ApiReply refused = normalise(request, &set, &validation);
    if (validation.isEmpty() && refused.status != 0) {
        return refused;
    }
    return ApiReply::json(200, QJsonObject{{QStringLiteral("validationResponse"), validation}});
}

ApiReply DataPrepService::preview(const ApiRequest& request) const
{
    ApiRequest inner = request;
    inner.json = QJsonDocument(request.json.object().value(QStringLiteral("mappingSet")).toObject());
    QJsonObject set;
    QJsonArray validation;
    if (ApiReply refused = normalise(inner, &set, &validation); refused.status != 0) {
        return refused;
    }
    const QJsonObject* schema = SchemaRegistryService::findSchema(m_context, request.sandbox,
                                                                  set.value(QStringLiteral("xdmSchema")).toString());
    MappingPlan plan;
    QStringList problems;
    plan.compile(set.value(QStringLiteral("mappings")).toArray(),
                 SchemaRegistryService::schemaLeaves(m_context, *schema), &problems);
    QJsonArray answers;
    for (const QJsonValue& item : request.json.object().value(QStringLiteral("data")).toArray()) {
        const QJsonObject row = item.toObject();
        const QStringList columns = row.keys();
        plan.bind(columns);
        QList<QJsonValue> values;
        for (const QString& column : columns) {
            values.append(row.value(column));
        }
        QList<QJsonValue> mapped;
        QString error;
        if (plan.apply(values, &mapped, &error)) {
            answers.append(QJsonObject{{QStringLiteral("data"), plan.nested(mapped)},
                                       {QStringLiteral("errors"), QJsonValue::Null}});
        } else {
            answers.append(
                QJsonObject{{QStringLiteral("data"), QJsonValue::Null},
                            {QStringLiteral("errors"), QJsonArray{QJsonObject{{QStringLiteral("message"), error}}}}});
        }
    }
    return ApiReply::json(200, answers);
}

ApiReply DataPrepService::list(const ApiRequest& request) const
{
    bool limitOk = true;
    bool startOk = true;
    const int limit
        = request.hasQuery(QStringLiteral("limit")) ? request.queryValue(QStringLiteral("limit")).toInt(&limitOk) : 50;
    const int start
        = request.hasQuery(QStringLiteral("start")) ? request.queryValue(QStringLiteral("start")).toInt(&startOk) : 0;
    if (!limitOk || !startOk || limit < 1 || start < 0) {
        return prepError(QStringLiteral("1406-400"), QStringLiteral("limit must be positive and start zero or more"));
    }
    const QList<QJsonObject> all = m_context.mappingSets.all(request.sandbox);
    QJsonArray data;
    for (qsizetype i = start; i < all.size() && data.size() < limit; ++i) {
        QJsonObject set = all.at(i);
        set.remove(QStringLiteral("_history"));
        data.append(set);
    }
    return ApiReply::json(
        200,
        QJsonObject{{QStringLiteral("data"), data},
                    {QStringLiteral("_page"),
                     QJsonObject{{QStringLiteral("count"), int(data.size())}, {QStringLiteral("limit"), limit}}}});
}
