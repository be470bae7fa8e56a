// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlowListing.h"

#include "PropertyFilter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace {

constexpr int kDefaultLimit = 100;

ApiReply badFilter(const QString& code, const QString& message)
{
    return ApiReply::flow(code, QStringLiteral("Invalid request"), message);
}

} // namespace

ApiReply FlowListing::respond(const ApiRequest& request, const QList<QJsonObject>& items, const QString& resource)
{
    QStringList properties = request.queryValues(QStringLiteral("property"));
    QString orderby = request.queryValue(QStringLiteral("orderby"));
    int limit = kDefaultLimit;
    int start = 0;
    const QString token = request.queryValue(QStringLiteral("continuationToken"));
    if (!token.isEmpty()) {
        // The token carries the filters, order and position, so the next link holds nothing else.
        const QJsonObject state
            = QJsonDocument::fromJson(QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding)).object();
        if (state.isEmpty()) {
            return badFilter(QStringLiteral("1100-400"), QStringLiteral("The continuationToken is not valid."));
        }
        properties.clear();
        for (const QJsonValue& value : state.value(QStringLiteral("p")).toArray()) {
            properties.append(value.toString());
        }
        orderby = state.value(QStringLiteral("o")).toString();
        limit = state.value(QStringLiteral("l")).toInt(kDefaultLimit);
        start = state.value(QStringLiteral("s")).toInt();
    } else if (request.hasQuery(QStringLiteral("limit"))) {
        if (request.queryFlag(QStringLiteral("count"))) {
            return badFilter(QStringLiteral("1401-400"),
                             QStringLiteral("The limit and count parameters cannot be "
                                            "used together. Remove one and try again."));
        }
        bool ok = false;
        limit = request.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0) {
            return badFilter(QStringLiteral("1100-400"), QStringLiteral("The limit must be a positive integer."));
        }
    }
    QList<PropertyFilter> filters;
    for (const QString& expression : properties) {
        PropertyFilter filter;
        QString error;
        if (!PropertyFilter::parse(expression, &filter, &error)) {
            return badFilter(QStringLiteral("1440-400"), error);
        }
        filters.append(filter);
    }
    QList<QJsonObject> selected;
    for (const QJsonObject& item : items) {
        if (PropertyFilter::matchesAll(filters, item)) {
            selected.append(item);
        }
    }
    if (!orderby.isEmpty()) {
        const bool descending = orderby.startsWith(QLatin1Char('-'));
        const QString field
            = orderby.startsWith(QLatin1Char('-')) || orderby.startsWith(QLatin1Char('+')) ? orderby.mid(1) : orderby;
        static const QStringList sortable{QStringLiteral("name"), QStringLiteral("createdAt"),
                                          QStringLiteral("updatedAt"), QStringLiteral("id")};
        if (!sortable.contains(field)) {
            return badFilter(QStringLiteral("1432-400"),
                             QStringLiteral("The orderby value %1 is not valid.").arg(orderby));
        }
        std::stable_sort(selected.begin(), selected.end(), [&](const QJsonObject& a, const QJsonObject& b) {
            const QJsonValue left = a.value(field);
            const QJsonValue right = b.value(field);
            const bool less = left.isDouble() ? left.toDouble() < right.toDouble() : left.toString() < right.toString();
            const bool greater
                = left.isDouble() ? left.toDouble() > right.toDouble() : left.toString() > right.toString();
            return descending ? greater : less;
        });
    }
    if (token.isEmpty() && request.queryFlag(QStringLiteral("count"))) {
        return ApiReply::json(200, QJsonObject{{QStringLiteral("count"), int(selected.size())}});
    }
    QJsonArray page;
    for (qsizetype i = start; i < selected.size() && page.size() < limit; ++i) {
        page.append(selected.at(i));
    }
    QJsonObject links;
    if (start + limit < selected.size()) {
        const QJsonObject state{{QStringLiteral("p"), QJsonArray::fromStringList(properties)},
                                {QStringLiteral("o"), orderby},
                                {QStringLiteral("l"), limit},
                                {QStringLiteral("s"), start + limit}};
        const QByteArray next = QJsonDocument(state)
                                    .toJson(QJsonDocument::Compact)
                                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        links.insert(
            QStringLiteral("next"),
            QJsonObject{{QStringLiteral("href"),
                         QString(resource + QStringLiteral("?continuationToken=") + QString::fromLatin1(next))}});
    }
    return ApiReply::json(200, QJsonObject{{QStringLiteral("items"), page}, {QStringLiteral("_links"), links}});
}
