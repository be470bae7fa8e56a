// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiRequest.h"

bool ApiRequest::hasQuery(const QString& key) const
{
    for (const auto& item : query) {
        if (item.first == key) {
            return true;
        }
    }
    return false;
}

QString ApiRequest::queryValue(const QString& key, const QString& fallback) const
{
    for (const auto& item : query) {
        if (item.first == key) {
            return item.second;
        }
    }
    return fallback;
}

QStringList ApiRequest::queryValues(const QString& key) const
{
    QStringList values;
    for (const auto& item : query) {
        if (item.first == key) {
            values.append(item.second);
        }
    }
    return values;
}

bool ApiRequest::queryFlag(const QString& key) const
{
    return queryValue(key).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}
