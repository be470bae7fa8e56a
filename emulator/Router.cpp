// SPDX-License-Identifier: GPL-3.0-or-later
#include "Router.h"

#include <QUrl>

void Router::add(const QString& method, const QString& pattern, Handler handler)
{
    m_routes.append({method, split(pattern), std::move(handler)});
}

QStringList Router::split(const QString& path)
{
    // Split before decoding: a schema $id sent URL-encoded is one segment although it holds slashes.
    QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (QString& segment : segments) {
        segment = QUrl::fromPercentEncoding(segment.toUtf8());
    }
    return segments;
}

const Router::Handler* Router::match(ApiRequest& request) const
{
    const QStringList segments = split(request.path);
    for (const Route& route : m_routes) {
        if (route.method != request.method || route.segments.size() != segments.size()) {
            continue;
        }
        QStringList args;
        bool ok = true;
        for (qsizetype i = 0; i < segments.size() && ok; ++i) {
            const QString& expected = route.segments.at(i);
            if (expected.startsWith(QLatin1Char('{'))) {
                args.append(segments.at(i));
            } else {
                ok = expected == segments.at(i);
            }
        }
        if (ok) {
            request.args = args;
            return &route.handler;
        }
    }
    return nullptr;
}
