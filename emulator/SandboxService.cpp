// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxService.h"

#include "EmulatorContext.h"
#include "Router.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

const QString kBase = QStringLiteral("/data/foundation/sandbox-management");

QJsonArray allSandboxes()
{
    const auto make = [](const QString& name, const QString& title, const QString& type, bool isDefault) {
        return QJsonObject{{QStringLiteral("name"), name},
                           {QStringLiteral("title"), title},
                           {QStringLiteral("state"), QStringLiteral("active")},
                           {QStringLiteral("type"), type},
                           {QStringLiteral("region"), QStringLiteral("VA7")},
                           {QStringLiteral("isDefault"), isDefault},
                           {QStringLiteral("eTag"), 2},
                           {QStringLiteral("createdDate"), QStringLiteral("2019-09-04 04:57:24")},
                           {QStringLiteral("lastModifiedDate"), QStringLiteral("2019-09-04 04:57:24")},
                           {QStringLiteral("createdBy"), QStringLiteral("emulator")},
                           {QStringLiteral("modifiedBy"), QStringLiteral("emulator")}};
    };
    return QJsonArray{make(QStringLiteral("prod"), QStringLiteral("Production"), QStringLiteral("production"), true),
                      make(QStringLiteral("dev"), QStringLiteral("Development"), QStringLiteral("development"), false)};
}

} // namespace

SandboxService::SandboxService(EmulatorContext& context) : m_context(context) { }

bool SandboxService::exists(const QString& name)
{
    return name == QLatin1String("prod") || name == QLatin1String("dev");
}

void SandboxService::addRoutes(Router& router)
{
    router.add(QStringLiteral("GET"), kBase, [this](const ApiRequest& r) { return available(r); });
    router.add(QStringLiteral("GET"), kBase + QStringLiteral("/sandboxes"),
               [this](const ApiRequest& r) { return available(r); });
    router.add(QStringLiteral("GET"), kBase + QStringLiteral("/sandboxes/{name}"),
               [this](const ApiRequest& r) { return one(r); });
}

ApiReply SandboxService::available(const ApiRequest& request) const
{
    Q_UNUSED(m_context)
    const bool hasLimit = request.hasQuery(QStringLiteral("limit"));
    if (hasLimit != request.hasQuery(QStringLiteral("offset"))) {
        return ApiReply::problem(QStringLiteral("SMS"), QStringLiteral("2030-400"), QStringLiteral("Bad request"),
                                 QStringLiteral("limit and offset must be given together"));
    }
    bool limitOk = true;
    bool offsetOk = true;
    const int limit = hasLimit ? request.queryValue(QStringLiteral("limit")).toInt(&limitOk) : 50;
    const int offset = hasLimit ? request.queryValue(QStringLiteral("offset")).toInt(&offsetOk) : 0;
    if (!limitOk || !offsetOk || limit <= 0 || offset < 0) {
        return ApiReply::problem(QStringLiteral("SMS"), QStringLiteral("2031-400"), QStringLiteral("Bad request"),
                                 QStringLiteral("limit must be a positive integer and offset a non-negative one"));
    }
    const QJsonArray all = allSandboxes();
    QJsonArray page;
    for (int i = offset; i < all.size() && page.size() < limit; ++i) {
        page.append(all.at(i));
    }
    QJsonObject links{
        {QStringLiteral("page"),
         QJsonObject{{QStringLiteral("href"), QString(kBase + QStringLiteral("/?limit={limit}&offset={offset}"))},
                     {QStringLiteral("templated"), true}}}};
    if (offset + limit < all.size()) {
        links.insert(
            QStringLiteral("next"),
            QJsonObject{{QStringLiteral("href"),
                         QString(kBase + QStringLiteral("/?limit=%1&offset=%2").arg(limit).arg(offset + limit))}});
    }
    return ApiReply::json(
        200,
        QJsonObject{{QStringLiteral("sandboxes"), page},
                    {QStringLiteral("_page"),
                     QJsonObject{{QStringLiteral("limit"), limit}, {QStringLiteral("count"), all.size()}}},
                    {QStringLiteral("_links"), links}});
}

ApiReply SandboxService::one(const ApiRequest& request) const
{
    for (const QJsonValue& sandbox : allSandboxes()) {
        if (sandbox[QStringLiteral("name")].toString() == request.args.value(0)) {
            return ApiReply::json(200, sandbox);
        }
    }
    return ApiReply::problem(QStringLiteral("SMS"), QStringLiteral("2011-404"), QStringLiteral("Not found"),
                             QStringLiteral("Sandbox %1 not found").arg(request.args.value(0)));
}
