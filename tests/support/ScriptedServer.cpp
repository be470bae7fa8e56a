// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScriptedServer.h"

#include <QHostAddress>
#include <QHttpServerResponder>
#include <QTimer>

#include <memory>

QByteArray RecordedRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    default:
        return "OTHER";
    }
}

void respond(QHttpServerResponder& responder, const ScriptedResponse& response)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType);
    for (const auto& [name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeBody(response.body);
}

} // namespace

ScriptedServer::ScriptedServer(QObject* parent) : QObject(parent)
{
    m_fallback = [](const RecordedRequest&) { return ScriptedResponse::json(404, "{}"); };
    m_server.setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        RecordedRequest recorded;
        recorded.method = methodName(request.method());
        recorded.path = request.url().path();
        recorded.query = request.query();
        recorded.headers = request.headers();
        recorded.body = request.body();
        recorded.receivedAtMs = m_clock.elapsed();
        m_requests.append(recorded);

        ScriptedResponse response;
        bool found = false;
        for (qsizetype i = 0; i < m_queue.size(); ++i) {
            const Scripted& s = m_queue.at(i);
            const bool pathMatches = s.path.endsWith(QLatin1Char('*')) ? recorded.path.startsWith(s.path.chopped(1))
                                                                       : recorded.path == s.path;
            if (s.method == recorded.method && pathMatches) {
                response = m_queue.takeAt(i).response;
                found = true;
                break;
            }
        }
        if (!found)
            response = m_fallback(recorded);
        if (response.never) {
            // Keep the responder (and so the connection) alive without answering, until the server goes.
            m_held.push_back(std::make_shared<QHttpServerResponder>(std::move(responder)));
            return;
        }
        if (response.delayMs > 0) {
            auto kept = std::make_shared<QHttpServerResponder>(std::move(responder));
            m_held.push_back(kept);
            std::weak_ptr<QHttpServerResponder> weak = kept;
            QTimer::singleShot(response.delayMs, this, [weak, response] {
                if (auto held = weak.lock())
                    respond(*held, response);
            });
            return;
        }
        respond(responder, response);
    });
}

bool ScriptedServer::start()
{
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    m_clock.start();
    return m_port != 0;
}

QUrl ScriptedServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void ScriptedServer::enqueue(const QByteArray& method, const QString& path, const ScriptedResponse& response)
{
    m_queue.append({method, path, response});
}

void ScriptedServer::setFallback(std::function<ScriptedResponse(const RecordedRequest&)> handler)
{
    m_fallback = std::move(handler);
}

int ScriptedServer::count(const QByteArray& method, const QString& pathPrefix) const
{
    int n = 0;
    for (const RecordedRequest& r : m_requests)
        n += (r.method == method && r.path.startsWith(pathPrefix)) ? 1 : 0;
    return n;
}

void ScriptedServer::clear()
{
    m_queue.clear();
    m_requests.clear();
}
