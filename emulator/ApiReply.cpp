// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiReply.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace {

int statusOf(const QString& code)
{
    return code.section(QLatin1Char('-'), -1).toInt();
}

QString requestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

ApiReply ApiReply::json(int status, const QJsonValue& value)
{
    ApiReply reply;
    reply.status = status;
    if (value.isArray()) {
        reply.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    } else if (value.isObject()) {
        reply.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    } else {
        // QJsonDocument cannot hold a scalar; wrap and strip to serialise e.g. a bare boolean.
        QJsonArray holder;
        holder.append(value);
        const QByteArray wrapped = QJsonDocument(holder).toJson(QJsonDocument::Compact);
        reply.body = wrapped.mid(1, wrapped.size() - 2);
    }
    reply.headers.emplaceBack("Content-Type", "application/json;charset=utf-8");
    return reply;
}

ApiReply ApiReply::empty(int status)
{
    ApiReply reply;
    reply.status = status;
    return reply;
}

ApiReply& ApiReply::withHeader(const QByteArray& name, const QByteArray& value)
{
    headers.emplaceBack(name, value);
    return *this;
}

ApiReply ApiReply::gateway(int status, const QString& code, const QString& message)
{
    return json(status, QJsonObject{{QStringLiteral("error_code"), code}, {QStringLiteral("message"), message}});
}

ApiReply ApiReply::badContentType()
{
    return json(400,
                QJsonObject{{QStringLiteral("type"), QStringLiteral("/placeholder/type/uri")},
                            {QStringLiteral("status"), 400},
                            {QStringLiteral("title"), QStringLiteral("BadRequestError")},
                            {QStringLiteral("detail"), QStringLiteral("A valid content-type must be specified")}});
}

ApiReply ApiReply::oauth(int status, const QString& error, const QString& description)
{
    return json(status,
                QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}});
}

ApiReply ApiReply::flow(const QString& code, const QString& title, const QString& message, const QJsonObject& report)
{
    QJsonObject fullReport = report;
    fullReport.insert(QStringLiteral("detailed-message"), message);
    fullReport.insert(QStringLiteral("request-id"), requestId());
    const int status = statusOf(code);
    return json(
        status,
        QJsonObject{{QStringLiteral("type"), QString(QStringLiteral("https://ns.adobe.com/aep/errors/FLOW-") + code)},
                    {QStringLiteral("title"), title},
                    {QStringLiteral("status"), status},
                    {QStringLiteral("report"), fullReport},
                    {QStringLiteral("errorMessage"), message},
                    {QStringLiteral("errorDetails"), message}});
}

ApiReply ApiReply::xdm(const QString& code, const QString& title, const QString& message)
{
    const int status = statusOf(code);
    const QJsonObject report{
        {QStringLiteral("registryRequestId"), requestId()},
        {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(QStringLiteral("MM-dd-yyyy hh:mm:ss"))},
        {QStringLiteral("detailed-message"), message},
        {QStringLiteral("sub-errors"), QJsonArray()}};
    return json(
        status,
        QJsonObject{{QStringLiteral("type"), QString(QStringLiteral("http://ns.adobe.com/aep/errors/XDM-") + code)},
                    {QStringLiteral("title"), title},
                    {QStringLiteral("status"), status},
                    {QStringLiteral("report"), report},
                    {QStringLiteral("detail"), message}});
}

ApiReply ApiReply::problem(const QString& service, const QString& code, const QString& title, const QString& message)
{
    const int status = statusOf(code);
    return json(
        status,
        QJsonObject{
            {QStringLiteral("type"), QStringLiteral("http://ns.adobe.com/aep/errors/%1-%2").arg(service, code)},
            {QStringLiteral("title"), title},
            {QStringLiteral("status"), status},
            {QStringLiteral("detail"), message},
            {QStringLiteral("report"),
             QJsonObject{{QStringLiteral("detailed-message"), message}, {QStringLiteral("request-id"), requestId()}}}});
}
