// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImsService.h"

#include "EmulatorContext.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QUrlQuery>

namespace {

constexpr int kExpiresInSeconds = 86399;

} // namespace

ImsService::ImsService(EmulatorContext& context) : m_context(context) { }

QString ImsService::mint(const QString& clientId)
{
    // Opaque like Adobe's (which are JWT-looking but must not be parsed by clients).
    QByteArray raw(48, Qt::Uninitialized);
    for (auto& byte : raw) {
        byte = char(QRandomGenerator::global()->bounded(256));
    }
    const QString token = QStringLiteral("eyJ")
        + QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_context.tokens.insert(token, {clientId, m_context.nowMs() + qint64(kExpiresInSeconds) * 1000, -1});
    return token;
}

ApiReply ImsService::token(const ApiRequest& request)
{
    // Fields may come in the form body or, as IMS also allows, in the query string.
    QUrlQuery form(QString::fromUtf8(request.body));
    const auto field = [&](const QString& name) {
        const QString fromBody = form.queryItemValue(name, QUrl::FullyDecoded);
        return fromBody.isEmpty() ? request.queryValue(name) : fromBody;
    };
    const QByteArray contentType = request.header("content-type");
    if (!request.body.isEmpty() && !contentType.startsWith("application/x-www-form-urlencoded")) {
        return ApiReply::oauth(400, QStringLiteral("invalid_request"),
                               QStringLiteral("Content-Type must be application/x-www-form-urlencoded"));
    }
    for (const char* name : {"grant_type", "client_id", "client_secret", "scope"}) {
        if (field(QLatin1String(name)).isEmpty()) {
            return ApiReply::oauth(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("missing %1 parameter").arg(QLatin1String(name)));
        }
    }
    if (field(QStringLiteral("grant_type")) != QLatin1String("client_credentials")) {
        return ApiReply::oauth(400, QStringLiteral("unsupported_grant_type"),
                               QStringLiteral("grant_type must be client_credentials"));
    }
    if (field(QStringLiteral("client_id")) != m_context.options.clientId) {
        return ApiReply::oauth(400, QStringLiteral("invalid_client"), QStringLiteral("invalid client_id parameter"));
    }
    if (field(QStringLiteral("client_secret")) != m_context.options.clientSecret) {
        return ApiReply::oauth(401, QStringLiteral("invalid_client"),
                               QStringLiteral("invalid client_secret parameter"));
    }
    static const QSet<QString> allowed{QStringLiteral("openid"),
                                       QStringLiteral("AdobeID"),
                                       QStringLiteral("read_organizations"),
                                       QStringLiteral("additional_info.projectedProductContext"),
                                       QStringLiteral("additional_info.roles"),
                                       QStringLiteral("session"),
                                       QStringLiteral("read_pc.dma_aep")};
    const QStringList scopes = field(QStringLiteral("scope")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& scope : scopes) {
        if (!allowed.contains(scope.trimmed())) {
            return ApiReply::oauth(400, QStringLiteral("invalid_scope"),
                                   QStringLiteral("invalid scope (%1)").arg(scope.trimmed()));
        }
    }
    return ApiReply::json(200,
                          QJsonObject{{QStringLiteral("access_token"), mint(m_context.options.clientId)},
                                      {QStringLiteral("token_type"), QStringLiteral("bearer")},
                                      {QStringLiteral("expires_in"), kExpiresInSeconds}});
}
