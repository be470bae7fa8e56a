// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

/**
 * A loopback HTTP server that answers every request the same hostile way, written as it goes (never held whole in
 * memory): an endless chunked body, a body of many megabytes, or headers then silence. For the size caps and the
 * timeouts of PlatformClient and ImsAuth.
 */
class StreamServer : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        Endless, ///< 200, Transfer-Encoding: chunked, chunks of JSON-looking text forever
        Huge, ///< 200 with Content-Length: bytes, written in 64 kB pieces
        HugeUnannounced, ///< 200 without Content-Length (ends with the connection), @p bytes long
        Stall, ///< 200 with Content-Length: 1000, ten bytes, then nothing
    };
    explicit StreamServer(Mode mode, qint64 bytes = 0, QObject* parent = nullptr);
    bool start();
    QUrl url() const;
    /** Requests seen (their heads: request line and headers). */
    const QList<QByteArray>& requestHeads() const { return m_heads; }
    /** Body bytes written so far, over all connections. */
    qint64 bytesSent() const { return m_sent; }

private:
    void onConnection();
    void feed(QTcpSocket* socket);

    QTcpServer m_server;
    Mode m_mode;
    qint64 m_bytes;
    qint64 m_sent = 0;
    QList<QByteArray> m_heads;
};
