// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CatalogService.h"

#include "platform/PlatformClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace {

DatasetSummary datasetOf(const QString& id, const QJsonObject& json)
{
    DatasetSummary dataset;
    dataset.id = id;
    dataset.name = json.value(QLatin1String("name")).toString();
    dataset.description = json.value(QLatin1String("description")).toString();
    dataset.schemaId = json.value(QLatin1String("schemaRef")).toObject().value(QLatin1String("id")).toString();
    const QJsonArray profile
        = json.value(QLatin1String("tags")).toObject().value(QLatin1String("unifiedProfile")).toArray();
    for (const QJsonValue& tag : profile)
        dataset.profileEnabled
            = dataset.profileEnabled || tag.toString().remove(QLatin1Char(' ')) == QLatin1String("enabled:true");
    return dataset;
}

/** Catalog answers an object keyed by dataset id; a full page means there may be more. */
Page<DatasetSummary> parsePage(const QJsonDocument& json, int start, int pageSize, PlatformError* error)
{
    if (!json.isObject()) {
        *error = PlatformError::badResponse(QStringLiteral("A Catalog list that is not an object."));
        return {};
    }
    Page<DatasetSummary> page;
    const QJsonObject object = json.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isObject()) {
            *error = PlatformError::badResponse(QStringLiteral("A Catalog dataset that is not an object."));
            return {};
        }
        page.items << datasetOf(it.key(), it.value().toObject());
    }
    if (page.items.size() >= pageSize)
        page.continuation = QString::number(start + pageSize);
    return page;
}

} // namespace

TypedJob<Page<DatasetSummary>>* CatalogService::datasets(const QString& continuation, int pageSize) const
{
    const int start = continuation.toInt();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("start"), QString::number(start));
    query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
    query.addQueryItem(QStringLiteral("properties"), QStringLiteral("name,description,schemaRef,tags"));
    return TypedJob<Page<DatasetSummary>>::fromCall(
        m_client->get(QLatin1String(Platform::kCatalog) + QStringLiteral("/dataSets"), query),
        [start, pageSize](const QJsonDocument& json, PlatformError* error) {
            return parsePage(json, start, pageSize, error);
        });
}

TypedJob<QList<DatasetSummary>>* CatalogService::datasetsOfSchema(const QString& schemaId, int pageSize) const
{
    const CatalogService catalog = *this;
    return PageGatherJob<DatasetSummary>::start(
        [catalog, pageSize](const QString& start) { return catalog.datasets(start, pageSize); },
        [schemaId](const DatasetSummary& dataset) { return dataset.schemaId == schemaId; });
}
