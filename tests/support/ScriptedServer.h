// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <vector>

class QHttpServerResponder;

/** A request as the test server saw it. */
struct RecordedRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 receivedAtMs = 0; ///< since the server started

    QByteArray header(const QByteArray& name) const;
};

/** What the test server answers. */
struct ScriptedResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0; ///< answer late (longer than a client's timeout to test timeouts)
    bool never = false; ///< never answer

    static ScriptedResponse json(int status, const QByteArray& body) { return {status, body}; }
};

/**
 * A loopback HTTP server for client tests: answers from a queue of scripted responses (then from a fallback
 * handler) and records every request, so tests can check headers, bodies, retry counts and timing.
 */
class ScriptedServer : public QObject
{
    Q_OBJECT
public:
    explicit ScriptedServer(QObject* parent = nullptr);
    /** Listens on 127.0.0.1 on a free port; false on failure. */
    bool start();
    QUrl url() const;

    /** The next request whose method and path match (path may end with '*') gets @p response. */
    void enqueue(const QByteArray& method, const QString& path, const ScriptedResponse& response);
    /** Answers requests no queued response matches (default: 404 with an empty JSON object). */
    void setFallback(std::function<ScriptedResponse(const RecordedRequest&)> handler);

    const QList<RecordedRequest>& requests() const { return m_requests; }
    int count(const QByteArray& method, const QString& pathPrefix) const;
    void clear();

private:
    struct Scripted
    {
        QByteArray method;
        QString path;
        ScriptedResponse response;
    };
    QHttpServer m_server;
    // Responders answered late or never; declared after m_server so they go before the server does.
    std::vector<std::shared_ptr<QHttpServerResponder>> m_held;
    quint16 m_port = 0;
    QElapsedTimer m_clock;
    QList<Scripted> m_queue;
    QList<RecordedRequest> m_requests;
    std::function<ScriptedResponse(const RecordedRequest&)> m_fallback;
};
