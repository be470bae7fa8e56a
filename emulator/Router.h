// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiReply.h"
#include "ApiRequest.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

/** Maps a method and a path pattern with {id} segments to a handler; "/x/" is routed like "/x". */
class Router
{
public:
    using Handler = std::function<ApiReply(const ApiRequest&)>;

    void add(const QString& method, const QString& pattern, Handler handler);
    /** Fills request.args with the {id} segments; returns nullptr when nothing matches. */
    const Handler* match(ApiRequest& request) const;
    static QStringList split(const QString& path);

private:
    struct Route
    {
        QString method;
        QStringList segments;
        Handler handler;
    };
    QList<Route> m_routes;
};
