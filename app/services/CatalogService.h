// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DataflowDraft.h"
#include "services/ServiceJob.h"

#include <QList>
#include <QString>
#include <QStringList>

class PlatformClient;

/** A dataset as Catalog lists it. */
struct DatasetSummary
{
    QString id;
    QString name;
    QString description;
    QString schemaId; ///< schemaRef.id
    bool profileEnabled = false; ///< tagged "unifiedProfile": ["enabled: true"]
    bool operator==(const DatasetSummary&) const = default;
};

/**
 * Catalog, typed: the datasets. The only place that knows Catalog's paths and queries. Catalog pages by start and
 * limit; a page's continuation is the start of the next one. Jobs delete themselves (see ServiceJob).
 */
class CatalogService
{
public:
    static constexpr int kPageSize = 100; ///< Catalog's largest page

    explicit CatalogService(PlatformClient* client) : m_client(client) { }

    /** One page of datasets; pass the previous page's continuation for the next. */
    TypedJob<Page<DatasetSummary>>* datasets(const QString& continuation = {}, int pageSize = kPageSize) const;
    /** Every dataset built on the schema @p schemaId ($id), all pages read. */
    TypedJob<QList<DatasetSummary>>* datasetsOfSchema(const QString& schemaId, int pageSize = kPageSize) const;

    /** POST /dataSets?requestDataSource=true: a dataset of @p create on the schema @p schemaId ($id). */
    static PlatformRequest createDatasetRequest(const DraftDatasetCreate& create, const QString& schemaId);
    /** The datasets named @p name on the schema @p schemaId, all pages read (a look before creating one). */
    TypedJob<QList<DatasetSummary>>* findDatasets(const QString& name, const QString& schemaId) const;
    /** The dataset @p id; Kind::NotFound when there is none. */
    TypedJob<DatasetSummary>* dataset(const QString& id) const;
    /** GET or DELETE /dataSets/{id}. */
    static PlatformRequest datasetRequest(const QByteArray& method, const QString& id);
    /** The id in a create answer ["@/dataSets/<id>"]; empty (and @p why) when it is not that. */
    static QString parseCreatedDataset(const QJsonDocument& json, QString* why);

private:
    PlatformClient* m_client;
};
