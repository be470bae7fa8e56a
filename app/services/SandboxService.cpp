// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/SandboxService.h"

#include <QJsonArray>
#include <QJsonObject>

PlatformRequest SandboxService::listRequest()
{
    PlatformRequest request;
    request.path = QLatin1String(Platform::kSandboxes) + QLatin1Char('/');
    request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    request.query.addQueryItem(QStringLiteral("offset"), QStringLiteral("0"));
    request.sandboxHeader = false;
    return request;
}

QList<Sandbox> SandboxService::parseList(const QJsonDocument& json, PlatformError* error)
{
    const QJsonValue list = json.object().value(QLatin1String("sandboxes"));
    if (!list.isArray()) {
        *error = PlatformError::badResponse(QStringLiteral("the sandbox list has no \"sandboxes\" array"));
        return {};
    }
    QList<Sandbox> sandboxes;
    for (const QJsonValue& value : list.toArray()) {
        const QJsonObject object = value.toObject();
        Sandbox sandbox{object.value(QLatin1String("name")).toString(), object.value(QLatin1String("title")).toString(),
                        object.value(QLatin1String("state")).toString()};
        if (!sandbox.name.isEmpty())
            sandboxes << sandbox;
    }
    return sandboxes;
}

TypedJob<QList<Sandbox>>* SandboxService::list(QObject* parent) const
{
    return TypedJob<QList<Sandbox>>::fromCall(m_client->send(listRequest()), &SandboxService::parseList, parent);
}
