// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LocalPlatform.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QString>

/** A plain QNetworkAccessManager client for the emulator tests: one blocking call, all of the answer. */
class EmulatorClient
{
public:
    struct Result
    {
        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QJsonDocument json;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray header(const QByteArray& name) const;
        /** The Platform error code of any error shape (FLOW-1401-400 -> "1401-400", gateway "403010"). */
        QString code() const;
    };
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit EmulatorClient(LocalPlatform& platform);

    /** Obtains a token through IMS and uses it for Platform calls from then on. */
    bool signIn();
    Result call(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {},
                const Headers& extra = {}, int timeoutMs = 10000);
    Result get(const QString& path, const Headers& extra = {}) { return call("GET", path, {}, extra); }
    Result post(const QString& path, const QJsonDocument& json, const Headers& extra = {})
    {
        return call("POST", path, json.toJson(QJsonDocument::Compact), extra);
    }
    /** The standard Platform headers (token, api key, org, sandbox, JSON content type). */
    Headers standardHeaders() const;
    /** Standard headers without the named ones, or with some replaced (value empty = removed). */
    Result raw(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body, const Headers& headers,
               int timeoutMs = 10000);

    QString token;
    QString sandbox = QStringLiteral("prod");
    LocalPlatform& platform;
    QNetworkAccessManager manager;
};
