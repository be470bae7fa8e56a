// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiReply.h"
#include "ApiRequest.h"

#include <QJsonObject>

#include <functional>

class EmulatorContext;
class ResourceStore;
class Router;

/** Flow Service, first half: connection specs, base connections, explore, source and target connections. */
class FlowService
{
public:
    explicit FlowService(EmulatorContext& context);
    void addRoutes(Router& router);

    static inline const QString base = QStringLiteral("/data/foundation/flowservice");
    /** Adds the metadata every stored Flow Service entity carries (CONTRACT §3.0). */
    static void stamp(QJsonObject& entity, const ApiRequest& request, const EmulatorContext& context, bool created);
    static ApiReply notFound(const QString& type, const QString& id);
    static ApiReply invalid(const QString& message, const QString& code = QStringLiteral("1100-400"));
    static ApiReply created(const QString& resource, const QJsonObject& entity);
    /** The If-Match check of every PATCH: FLOW-1403-400 when missing, FLOW-1404-412 when stale. */
    static ApiReply checkIfMatch(const ApiRequest& request, const QJsonObject& entity);
    using PatchCheck = std::function<ApiReply(const QJsonObject& before, const QJsonObject& after)>;
    /** PATCH with If-Match; `check` may refuse the patched entity before it is stored. */
    static ApiReply patchEntity(const ApiRequest& request, ResourceStore& store, const QString& type,
                                const QStringList& frozenPaths, EmulatorContext& context, const PatchCheck& check = {});

private:
    ApiReply createConnection(const ApiRequest& request);
    ApiReply explore(const ApiRequest& request);
    /** Self-serve REST sources (Mailchimp Members): objectType=rest, sourceParams = base64 JSON with listId. */
    ApiReply exploreRest(const ApiRequest& request);
    ApiReply testConnection(const ApiRequest& request);
    ApiReply deleteConnection(const ApiRequest& request);
    ApiReply createSourceConnection(const ApiRequest& request);
    ApiReply createTargetConnection(const ApiRequest& request);
    QJsonObject maskSecrets(QJsonObject connection) const;

    EmulatorContext& m_context;
};
