// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

/** A response computed by a service before the emulator decides how (and whether) to deliver it. */
struct ApiReply
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiReply json(int status, const QJsonValue& value);
    static ApiReply empty(int status);
    ApiReply& withHeader(const QByteArray& name, const QByteArray& value);

    // Error bodies, one per layer of the Platform (CONTRACT §7).
    static ApiReply gateway(int status, const QString& code, const QString& message);
    static ApiReply badContentType();
    static ApiReply oauth(int status, const QString& error, const QString& description);
    static ApiReply flow(const QString& code, const QString& title, const QString& message,
                         const QJsonObject& report = {});
    static ApiReply xdm(const QString& code, const QString& title, const QString& message);
    static ApiReply problem(const QString& service, const QString& code, const QString& title, const QString& message);
};
