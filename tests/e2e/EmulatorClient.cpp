// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmulatorClient.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

QByteArray EmulatorClient::Result::header(const QByteArray& name) const
{
    for (const auto& pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0) {
            return pair.second;
        }
    }
    return {};
}

QString EmulatorClient::Result::code() const
{
    const QJsonObject object = json.object();
    if (object.contains(QStringLiteral("error_code"))) {
        return object.value(QStringLiteral("error_code")).toString();
    }
    if (object.contains(QStringLiteral("error"))) {
        return object.value(QStringLiteral("error")).toString();
    }
    const QString type = object.value(QStringLiteral("type")).toString();
    const QString last = type.section(QLatin1Char('/'), -1);
    const qsizetype dash = last.indexOf(QLatin1Char('-'));
    return dash >= 0 ? last.mid(dash + 1) : last;
}

EmulatorClient::EmulatorClient(LocalPlatform& thePlatform) : platform(thePlatform) { }

bool EmulatorClient::signIn()
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), platform.options().clientId);
    form.addQueryItem(QStringLiteral("client_secret"), platform.options().clientSecret);
    form.addQueryItem(QStringLiteral("scope"), QStringLiteral("openid,AdobeID,read_organizations"));
    const Result result = raw("POST", QStringLiteral("/ims/token/v3"), form.toString(QUrl::FullyEncoded).toUtf8(),
                              {{"Content-Type", "application/x-www-form-urlencoded"}});
    token = result.json.object().value(QStringLiteral("access_token")).toString();
    return result.status == 200 && !token.isEmpty();
}

EmulatorClient::Headers EmulatorClient::standardHeaders() const
{
    return {{"Authorization", "Bearer " + token.toLatin1()},
            {"x-api-key", platform.options().clientId.toUtf8()},
            {"x-gw-ims-org-id", platform.options().imsOrg.toUtf8()},
            {"x-sandbox-name", sandbox.toUtf8()},
            {"Content-Type", "application/json"},
            {"Accept", "application/json"}};
}

EmulatorClient::Result EmulatorClient::call(const QByteArray& method, const QString& pathAndQuery,
                                            const QByteArray& body, const Headers& extra, int timeoutMs)
{
    Headers headers = standardHeaders();
    for (const auto& override : extra) {
        for (qsizetype i = headers.size() - 1; i >= 0; --i) {
            if (headers.at(i).first.compare(override.first, Qt::CaseInsensitive) == 0) {
                headers.removeAt(i);
            }
        }
        if (!override.second.isEmpty()) {
            headers.append(override);
        }
    }
    return raw(method, pathAndQuery, body, headers, timeoutMs);
}

EmulatorClient::Result EmulatorClient::raw(const QByteArray& method, const QString& pathAndQuery,
                                           const QByteArray& body, const Headers& headers, int timeoutMs)
{
    QNetworkRequest request(QUrl(platform.baseUrl().toString() + pathAndQuery));
    request.setTransferTimeout(timeoutMs);
    for (const auto& header : headers) {
        request.setRawHeader(header.first, header.second);
    }
    QNetworkReply* reply = manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 5000, &loop, &QEventLoop::quit);
    loop.exec();
    Result result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body);
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}
