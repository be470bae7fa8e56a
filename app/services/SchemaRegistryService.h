// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DataflowDraft.h"
#include "model/SchemaTree.h"
#include "services/ServiceJob.h"

#include <QList>
#include <QString>
#include <QStringList>

class PlatformClient;

/** An XDM class as the Schema Registry lists it. */
struct XdmClassSummary
{
    QString id; ///< $id
    QString title;
    QString description;
    bool operator==(const XdmClassSummary&) const = default;
};

/** A field group as the Schema Registry lists it, with the number of fields it adds. */
struct FieldGroupSummary
{
    QString id; ///< $id
    QString title;
    QString description;
    QStringList intendedToExtend; ///< the classes it is meant for
    int fieldCount = 0; ///< leaf fields of its definitions ($refs counted as one)
    bool operator==(const FieldGroupSummary&) const = default;
};

/** A tenant schema as the Schema Registry lists it. */
struct SchemaSummary
{
    QString id; ///< $id
    QString altId; ///< meta:altId
    QString title;
    QString description;
    QString xdmClass; ///< meta:class
    QString version;
    bool profileEnabled = false; ///< "union" among its meta:immutableTags
    bool operator==(const SchemaSummary&) const = default;
};

/**
 * The Schema Registry, typed: classes, field groups and tenant schemas as lists, and any of them in full (the
 * expanded xed-full tree). The only place that knows the registry's paths, queries and media types. Jobs are parented
 * to nothing and delete themselves (see ServiceJob).
 */
class SchemaRegistryService
{
public:
    static constexpr int kSchemaPageSize = 50;

    explicit SchemaRegistryService(PlatformClient* client) : m_client(client) { }

    /** The global classes by title, every page (of @p pageSize, 0 for the registry's default). */
    TypedJob<QList<XdmClassSummary>>* classes(int pageSize = 0) const;
    /** The global field groups meant for @p classId, by title, every page. */
    TypedJob<QList<FieldGroupSummary>>* fieldGroups(const QString& classId, int pageSize = 0) const;
    /** One page of the tenant schemas of @p classId by title; pass the previous page's continuation for the next. */
    TypedJob<Page<SchemaSummary>>* schemas(const QString& classId, const QString& continuation = {},
                                           int pageSize = kSchemaPageSize) const;

    /** A class, a field group (global or tenant, from its $id) or a tenant schema, expanded. */
    TypedJob<SchemaTree>* fullClass(const QString& id) const;
    TypedJob<SchemaTree>* fullFieldGroup(const QString& id) const;
    TypedJob<SchemaTree>* fullSchema(const QString& id) const;

    /** "https://ns.adobe.com/xdm/context/profile" -> "_xdm.context.profile" (the Schema Registry's meta:altId). */
    static QString altIdOf(const QString& xdmId);

    // Requests of the plan (created, checked and removed in turn).
    /** POST /tenant/schemas: a schema of @p create's class and field groups. */
    static PlatformRequest createSchemaRequest(const DraftSchemaCreate& create, const QString& description);
    /** GET (DELETE with that method) /tenant/schemas/{altId}, accepting the schema's own media type. */
    static PlatformRequest schemaRequest(const QByteArray& method, const QString& schemaAltId);
    /** POST /tenant/descriptors: @p identity as the primary identity of the schema @p schemaId. */
    static PlatformRequest identityDescriptorRequest(const QString& schemaId, const DraftIdentity& identity);
    static PlatformRequest descriptorRequest(const QByteArray& method, const QString& descriptorId);
    /** PATCH /tenant/schemas/{altId}: the "union" tag that enables the schema for Profile. */
    static PlatformRequest profileTagRequest(const QString& schemaAltId);
    /** The tenant schema titled @p title of the class @p classId, or an empty one (a look before creating it). */
    TypedJob<SchemaSummary>* findSchema(const QString& title, const QString& classId) const;
    /** The id of the primary identity descriptor of the schema @p schemaId ($id), or empty. */
    TypedJob<QString>* findIdentityDescriptor(const QString& schemaId) const;
    /** The $id and meta:altId of a created schema; false (and @p why) when either is missing. */
    static bool parseCreatedSchema(const QJsonDocument& json, QString* id, QString* altId, QString* why);
    static QString parseCreatedDescriptor(const QJsonDocument& json);

private:
    TypedJob<SchemaTree>* full(const QString& path) const;

    PlatformClient* m_client;
};
