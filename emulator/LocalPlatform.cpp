// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalPlatform.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponder>

struct LocalPlatform::Private
{
    EmulatorOptions options;
    QHttpServer server;
    quint16 port = 0;
};

LocalPlatform::LocalPlatform(const EmulatorOptions& options, QObject* parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->options = options;
    d->server.setMissingHandler([](const QHttpServerRequest&, QHttpServerResponder&& responder) {
        responder.write(QHttpServerResponder::StatusCode::NotFound);
    });
}

LocalPlatform::~LocalPlatform() = default;

quint16 LocalPlatform::listen(quint16 port)
{
    d->port = d->server.listen(QHostAddress::LocalHost, port);
    return d->port;
}

QUrl LocalPlatform::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(d->port));
}

const EmulatorOptions& LocalPlatform::options() const
{
    return d->options;
}
