// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ServiceJob.h"

#include "base/Jobs.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

ServiceJob::ServiceJob(QObject* parent) : QObject(parent) { }

void ServiceJob::track(PlatformCall* call)
{
    m_call = call;
}

void ServiceJob::abort()
{
    if (m_finished)
        return;
    if (m_call) {
        PlatformCall* call = m_call;
        m_call = nullptr;
        call->disconnect(this);
        call->abort();
    }
    finish(PlatformError::cancelled());
}

void ServiceJob::finish(const PlatformError& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_call = nullptr;
    m_error = error;
    Jobs::finishLater(this);
}

QString ServiceJson::continuationOf(const QJsonObject& page)
{
    const QString next = page.value(QLatin1String("_links"))
                             .toObject()
                             .value(QLatin1String("next"))
                             .toObject()
                             .value(QLatin1String("href"))
                             .toString();
    if (next.isEmpty())
        return {};
    return QUrlQuery(QUrl(next).query()).queryItemValue(QStringLiteral("continuationToken"));
}

PlatformRequest ServiceJson::request(const char* method, const QString& path, const QJsonDocument& body)
{
    PlatformRequest r;
    r.method = method;
    r.path = path;
    if (!body.isNull())
        r.body = body.toJson(QJsonDocument::Compact);
    return r;
}

QString ServiceJson::createdId(const QJsonDocument& response)
{
    const QJsonObject top = response.object();
    const QJsonObject item
        = top.contains(QLatin1String("items")) ? top.value(QLatin1String("items")).toArray().at(0).toObject() : top;
    return item.value(QLatin1String("id")).toString();
}

QString ServiceJson::segment(const QString& id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

TypedJob<QString>* ServiceJson::findNamed(PlatformClient* client, const QString& path, const QString& name,
                                          const std::function<bool(const QJsonObject&)>& matches)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("property"), QStringLiteral("name==") + name);
    return TypedJob<QString>::fromCall(
        client->get(path, query), [name, matches](const QJsonDocument& json, PlatformError* error) {
            const QJsonValue items = json.object().value(QLatin1String("items"));
            if (!items.isArray()) {
                *error = PlatformError::badResponse(QStringLiteral("the list has no \"items\""));
                return QString();
            }
            for (const QJsonValue& value : items.toArray()) {
                const QJsonObject item = value.toObject();
                if (item.value(QLatin1String("name")).toString() == name && matches(item))
                    return item.value(QLatin1String("id")).toString();
            }
            return QString();
        });
}

QJsonObject ServiceJson::connectionSpecRef(const QString& id)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("version"), QStringLiteral("1.0")}};
}
