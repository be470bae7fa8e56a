// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DataflowDraft.h"
#include "services/ServiceJob.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class PlatformClient;

/** What Data Prep says of one mapping rule (POST /mappingSets/validate answers one per rule, in order). */
struct MappingCheck
{
    bool ok = true;
    QStringList errors; ///< the Platform's words, when not ok
    bool operator==(const MappingCheck&) const = default;
};

/** One sample row through the mapping (POST /mappingSets/preview): the XDM record, or why it failed. */
struct MappedRow
{
    QJsonObject record; ///< nested XDM object; empty when the row failed
    QStringList errors;
    bool operator==(const MappedRow&) const = default;
};

/** A mapping set as GET /mappingSets/{id} returns it (the parts the wizard reads). */
struct MappingSet
{
    QString id;
    QString version; ///< as a string whatever type the Platform sent
    QString schemaId; ///< outputSchema.schemaRef.id (or the older xdmSchema)
    QList<MappingRule> rules; ///< in the set's order; sources of type EXPRESSION (or text/x.aep-xl) are expressions
    bool operator==(const MappingSet&) const = default;
};

/**
 * Data Prep (the Conversion service): mapping sets, their validation and their preview on sample rows. The only
 * place that knows its paths. Data Prep offers no delete for a mapping set: a plan's clean-up keeps it.
 */
class DataPrepService
{
public:
    explicit DataPrepService(PlatformClient* client) : m_client(client) { }

    /** The body of a mapping set for the schema @p schemaId ($id), in the current format (sourceType/source). */
    static QJsonObject mappingSetBody(const QString& schemaId, const QList<MappingRule>& rules);
    /** POST /mappingSets. */
    static PlatformRequest createMappingSetRequest(const QString& schemaId, const QList<MappingRule>& rules);
    /** GET /mappingSets/{id}. */
    static PlatformRequest mappingSetRequest(const QString& id);
    /** The id and version of a created mapping set; false (and @p why) when either is missing. */
    /** GET /mappingSets/{id}, at @p version when it is given (else the latest), read as typed rules. */
    TypedJob<MappingSet>* mappingSet(const QString& id, const QString& version = {}, QObject* parent = nullptr) const;
    static MappingSet parseMappingSet(const QJsonDocument& json, PlatformError* error);
    static bool parseCreatedMappingSet(const QJsonDocument& json, QString* id, QString* version, QString* why);
    /**
     * The mapping sets for the schema @p schemaId with exactly @p rules (same sources and destinations), every page
     * read: "id" and "version" each (a look before creating one; Data Prep names none).
     */
    TypedJob<QList<QPair<QString, QString>>>* findMappingSets(const QString& schemaId,
                                                              const QList<MappingRule>& rules) const;

    /** Data Prep's verdict on each of @p rules for the schema @p schemaId, in the rules' order. */
    TypedJob<QList<MappingCheck>>* validate(const QString& schemaId, const QList<MappingRule>& rules,
                                            QObject* parent = nullptr) const;
    static QList<MappingCheck> parseValidation(const QJsonDocument& json, qsizetype ruleCount, PlatformError* error);

    /** @p rows (objects keyed by column) mapped by @p rules into the schema @p schemaId. */
    TypedJob<QList<MappedRow>>* preview(const QString& schemaId, const QList<MappingRule>& rules,
                                        const QJsonArray& rows, QObject* parent = nullptr) const;
    static QList<MappedRow> parsePreview(const QJsonDocument& json, PlatformError* error);

private:
    PlatformClient* m_client;
};
