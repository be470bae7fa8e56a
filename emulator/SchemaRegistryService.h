// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiReply.h"
#include "ApiRequest.h"

#include <QHash>
#include <QJsonObject>

class EmulatorContext;
class Router;

/** Schema Registry: Accept negotiation, standard library, tenant schemas, descriptors and stats. */
class SchemaRegistryService
{
public:
    explicit SchemaRegistryService(EmulatorContext& context);
    void addRoutes(Router& router);

    /** The tenant schema stored under its $id or meta:altId, or nullptr. */
    static const QJsonObject* findSchema(EmulatorContext& context, const QString& sandbox, const QString& id);
    /** The leaf fields of a tenant schema's full view, by dotted path. */
    static QHash<QString, QJsonObject> schemaLeaves(EmulatorContext& context, const QJsonObject& schema);

private:
    enum class View { Id, Raw, Full, Invalid };
    struct Accept
    {
        View view = View::Invalid;
        bool versioned = false;
        bool supportedVersion = true;
        bool notext = false;
    };
    static Accept parseAccept(const QByteArray& header);
    ApiReply list(const ApiRequest& request, const QList<QJsonObject>& items, const QString& path) const;
    ApiReply lookup(const ApiRequest& request, const QJsonObject& resource) const;
    ApiReply createSchema(const ApiRequest& request);
    ApiReply patchSchema(const ApiRequest& request);
    ApiReply putSchema(const ApiRequest& request);
    /** Checks allOf (one class, known field groups meant for it) and fills the derived meta fields. */
    ApiReply completeSchema(QJsonObject& schema) const;
    ApiReply createDescriptor(const ApiRequest& request, const QString& replaceId);
    ApiReply listDescriptors(const ApiRequest& request) const;
    ApiReply stats(const ApiRequest& request) const;
    /** One union per class that has Profile-enabled (`union`-tagged) tenant schemas in the sandbox. */
    QList<QJsonObject> unions(const QString& sandbox) const;

    EmulatorContext& m_context;
};
