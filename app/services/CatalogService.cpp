// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CatalogService.h"

#include "platform/PlatformClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace {

const QString kDataSets = QLatin1String(Platform::kCatalog) + QStringLiteral("/dataSets");

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
    return TypedJob<Page<DatasetSummary>>::fromCall(m_client->get(kDataSets, query),
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

TypedJob<QList<DatasetSummary>>* CatalogService::findDatasets(const QString& name, const QString& schemaId) const
{
    const CatalogService catalog = *this;
    return PageGatherJob<DatasetSummary>::start(
        [catalog](const QString& start) { return catalog.datasets(start, kPageSize); },
        [name, schemaId](const DatasetSummary& dataset) {
            return dataset.name == name && dataset.schemaId == schemaId;
        });
}

TypedJob<DatasetSummary>* CatalogService::dataset(const QString& id) const
{
    return TypedJob<DatasetSummary>::fromCall(
        m_client->get(kDataSets + QLatin1Char('/') + ServiceJson::segment(id)),
        [id](const QJsonDocument& json, PlatformError* error) {
            const QJsonValue value = json.object().value(id);
            if (!value.isObject()) {
                *error = PlatformError::badResponse(QStringLiteral("the dataset answer does not hold %1").arg(id));
                return DatasetSummary();
            }
            return datasetOf(id, value.toObject());
        });
}

PlatformRequest CatalogService::createDatasetRequest(const DraftDatasetCreate& create, const QString& schemaId)
{
    QJsonObject body{{QStringLiteral("name"), create.name},
                     {QStringLiteral("schemaRef"),
                      QJsonObject{{QStringLiteral("id"), schemaId},
                                  {QStringLiteral("contentType"), QLatin1String(ServiceJson::kXedVersion1)}}}};
    if (!create.description.isEmpty())
        body.insert(QStringLiteral("description"), create.description);
    if (create.profileEnabled)
        body.insert(QStringLiteral("tags"),
                    QJsonObject{{QStringLiteral("unifiedProfile"), QJsonArray{QStringLiteral("enabled: true")}},
                                {QStringLiteral("unifiedIdentity"), QJsonArray{QStringLiteral("enabled: true")}}});
    PlatformRequest r = ServiceJson::request("POST", kDataSets, QJsonDocument(body));
    r.query.addQueryItem(QStringLiteral("requestDataSource"), QStringLiteral("true"));
    return r;
}

PlatformRequest CatalogService::datasetRequest(const QByteArray& method, const QString& id)
{
    return ServiceJson::request(method.constData(), kDataSets + QLatin1Char('/') + ServiceJson::segment(id));
}

QString CatalogService::parseCreatedDataset(const QJsonDocument& json, QString* why)
{
    // ["@/dataSets/<id>"]; the prose says "@/datasets/".
    const QString ref = json.array().at(0).toString();
    static const QString prefix = QStringLiteral("@/dataSets/");
    if (!ref.startsWith(prefix, Qt::CaseInsensitive)) {
        *why = QStringLiteral("the response is not [\"@/dataSets/<id>\"]");
        return {};
    }
    return ref.mid(prefix.size());
}
