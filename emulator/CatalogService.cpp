// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogService.h"

#include "EmulatorContext.h"
#include "Router.h"
#include "SchemaRegistryService.h"

#include <QJsonArray>

#include <algorithm>

namespace {

const QString kBase = QStringLiteral("/data/foundation/catalog");

ApiReply catalogError(const QString& code, const QString& title, const QString& message)
{
    return ApiReply::problem(QStringLiteral("CAT"), code, title, message);
}

} // namespace

CatalogService::CatalogService(EmulatorContext& context) : m_context(context) { }

void CatalogService::addRoutes(Router& router)
{
    const QString get = QStringLiteral("GET");
    router.add(QStringLiteral("POST"), kBase + QStringLiteral("/dataSets"),
               [this](const ApiRequest& r) { return createDataSet(r); });
    router.add(get, kBase + QStringLiteral("/dataSets"),
               [this](const ApiRequest& r) { return keyedPage(r, m_context.dataSets.all(r.sandbox)); });
    router.add(get, kBase + QStringLiteral("/dataSets/{id}"), [this](const ApiRequest& r) {
        const QJsonObject* dataSet = m_context.dataSets.find(r.sandbox, r.args.value(0));
        if (!dataSet) {
            return catalogError(QStringLiteral("1404-404"), QStringLiteral("Not Found"),
                                QStringLiteral("Dataset %1 not found").arg(r.args.value(0)));
        }
        QJsonObject copy = *dataSet;
        copy.remove(QStringLiteral("id"));
        return ApiReply::json(200, QJsonObject{{r.args.value(0), copy}});
    });
    router.add(QStringLiteral("DELETE"), kBase + QStringLiteral("/dataSets/{id}"), [this](const ApiRequest& r) {
        if (!m_context.dataSets.remove(r.sandbox, r.args.value(0))) {
            return catalogError(QStringLiteral("1404-404"), QStringLiteral("Not Found"),
                                QStringLiteral("Dataset %1 not found").arg(r.args.value(0)));
        }
        return ApiReply::json(200, QJsonArray{QString(QStringLiteral("@/dataSets/") + r.args.value(0))});
    });
    router.add(get, kBase + QStringLiteral("/batches"), [this](const ApiRequest& r) {
        QList<QJsonObject> batches = m_context.batches.all(r.sandbox);
        const QString dataSet = r.queryValue(QStringLiteral("dataSet"));
        if (!dataSet.isEmpty()) {
            batches.removeIf([&](const QJsonObject& batch) {
                return batch[QStringLiteral("relatedObjects")][0][QStringLiteral("id")].toString() != dataSet;
            });
        }
        if (r.queryValue(QStringLiteral("orderBy")).startsWith(QLatin1String("desc:"))) {
            std::reverse(batches.begin(), batches.end());
        }
        return keyedPage(r, batches);
    });
    router.add(get, kBase + QStringLiteral("/batches/{id}"), [this](const ApiRequest& r) {
        const QJsonObject* batch = m_context.batches.find(r.sandbox, r.args.value(0));
        if (!batch) {
            return catalogError(QStringLiteral("1404-404"), QStringLiteral("Not Found"),
                                QStringLiteral("Batch %1 not found").arg(r.args.value(0)));
        }
        QJsonObject copy = *batch;
        copy.remove(QStringLiteral("id"));
        return ApiReply::json(200, QJsonObject{{r.args.value(0), copy}});
    });
}

ApiReply CatalogService::keyedPage(const ApiRequest& request, QList<QJsonObject> items) const
{
    bool limitOk = true;
    bool startOk = true;
    const int limit
        = request.hasQuery(QStringLiteral("limit")) ? request.queryValue(QStringLiteral("limit")).toInt(&limitOk) : 20;
    const int start
        = request.hasQuery(QStringLiteral("start")) ? request.queryValue(QStringLiteral("start")).toInt(&startOk) : 0;
    if (!limitOk || !startOk || limit < 1 || limit > 100 || start < 0) {
        return catalogError(QStringLiteral("1400-400"), QStringLiteral("Bad Request"),
                            QStringLiteral("limit must be between 1 and 100 and start must be zero or more"));
    }
    const QStringList properties
        = request.queryValue(QStringLiteral("properties")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    QJsonObject page;
    for (qsizetype i = start; i < items.size() && i < start + limit; ++i) {
        QJsonObject item = items.at(i);
        const QString id = item.take(QStringLiteral("id")).toString();
        if (!properties.isEmpty()) {
            QJsonObject trimmed;
            for (const QString& property : properties) {
                if (item.contains(property)) {
                    trimmed.insert(property, item.value(property));
                }
            }
            item = trimmed;
        }
        page.insert(id, item);
    }
    return ApiReply::json(200, page);
}

ApiReply CatalogService::createDataSet(const ApiRequest& request)
{
    QJsonObject body = request.json.object();
    if (body.value(QStringLiteral("name")).toString().trimmed().isEmpty()) {
        return catalogError(QStringLiteral("1401-400"), QStringLiteral("Bad Request"),
                            QStringLiteral("A dataset needs a name."));
    }
    const QJsonObject schemaRef = body.value(QStringLiteral("schemaRef")).toObject();
    const QString contentType = schemaRef.value(QStringLiteral("contentType")).toString().remove(QLatin1Char(' '));
    if (!contentType.startsWith(QLatin1String("application/vnd.adobe.xed"))
        || !contentType.endsWith(QLatin1String(";version=1"))) {
        return catalogError(
            QStringLiteral("1402-400"), QStringLiteral("Bad Request"),
            QStringLiteral("schemaRef.contentType must be an application/vnd.adobe.xed*+json;version=1 type."));
    }
    const QJsonObject* schema = SchemaRegistryService::findSchema(m_context, request.sandbox,
                                                                  schemaRef.value(QStringLiteral("id")).toString());
    if (!schema) {
        return catalogError(
            QStringLiteral("1403-400"), QStringLiteral("Bad Request"),
            QStringLiteral("The schema %1 is not found.").arg(schemaRef.value(QStringLiteral("id")).toString()));
    }
    const QString id = EmulatorContext::hex(24);
    const qint64 now = m_context.nowMs();
    const bool record = schema->value(QStringLiteral("meta:extends"))
                            .toArray()
                            .contains(QStringLiteral("https://ns.adobe.com/xdm/data/record"));
    body.insert(QStringLiteral("id"), id);
    body.insert(QStringLiteral("schemaRef"),
                QJsonObject{{QStringLiteral("id"), schema->value(QStringLiteral("$id"))},
                            {QStringLiteral("contentType"), schemaRef.value(QStringLiteral("contentType"))}});
    body.insert(QStringLiteral("imsOrg"), m_context.options.imsOrg);
    body.insert(QStringLiteral("version"), QStringLiteral("1.0.0"));
    body.insert(QStringLiteral("created"), now);
    body.insert(QStringLiteral("updated"), now);
    body.insert(QStringLiteral("createdClient"), request.clientId);
    body.insert(QStringLiteral("createdUser"), QString(request.clientId + QStringLiteral("@AdobeID")));
    body.insert(QStringLiteral("updatedUser"), QString(request.clientId + QStringLiteral("@AdobeID")));
    body.insert(QStringLiteral("viewId"), EmulatorContext::hex(24));
    body.insert(QStringLiteral("files"), QStringLiteral("@/dataSetFiles?dataSetId=%1").arg(id));
    body.insert(QStringLiteral("classification"),
                QJsonObject{{QStringLiteral("dataBehavior"),
                             record ? QStringLiteral("record") : QStringLiteral("time-series")}});
    if (!body.contains(QStringLiteral("tags"))) {
        body.insert(QStringLiteral("tags"), QJsonObject());
    }
    m_context.dataSets.insert(request.sandbox, id, body);
    return ApiReply::json(201, QJsonArray{QString(QStringLiteral("@/dataSets/") + id)})
        .withHeader("Location", (kBase + QStringLiteral("/dataSets/") + id).toUtf8());
}
