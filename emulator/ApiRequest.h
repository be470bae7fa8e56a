// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

/** One decoded HTTP request as the emulator's services see it (headers lower-cased, query decoded). */
struct ApiRequest
{
    QString method;
    QString path;
    QList<QPair<QString, QString>> query;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    QJsonDocument json;
    QStringList args;
    QString sandbox;
    QString clientId;

    QByteArray header(const char* name) const { return headers.value(QByteArray(name).toLower()); }
    bool hasHeader(const char* name) const { return headers.contains(QByteArray(name).toLower()); }
    bool hasQuery(const QString& key) const;
    QString queryValue(const QString& key, const QString& fallback = {}) const;
    QStringList queryValues(const QString& key) const;
    /** Booleans the way real clients send them: true, True, TRUE. */
    bool queryFlag(const QString& key) const;
};
