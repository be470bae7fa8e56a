// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamServer.h"

#include <QHostAddress>
#include <QTcpSocket>

namespace {

constexpr qint64 kPiece = 64 * 1024;
constexpr char kLeft[] = "left"; ///< socket property: body bytes still to write (-1: endless)

} // namespace

StreamServer::StreamServer(Mode mode, qint64 bytes, QObject* parent) : QObject(parent), m_mode(mode), m_bytes(bytes)
{
    connect(&m_server, &QTcpServer::newConnection, this, &StreamServer::onConnection);
}

bool StreamServer::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl StreamServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void StreamServer::onConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        auto* head = new QByteArray;
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [head] { delete head; });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, head] {
            if (socket->property(kLeft).isValid())
                return; // answering already; a request body is not read
            head->append(socket->readAll());
            const qsizetype end = head->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            m_heads.append(head->left(end));
            QByteArray answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
            switch (m_mode) {
            case Mode::Endless:
                answer += "Transfer-Encoding: chunked\r\n\r\n";
                socket->setProperty(kLeft, qint64(-1));
                break;
            case Mode::Huge:
                answer += "Content-Length: " + QByteArray::number(m_bytes) + "\r\n\r\n";
                socket->setProperty(kLeft, m_bytes);
                break;
            case Mode::HugeUnannounced:
                answer += "Connection: close\r\n\r\n";
                socket->setProperty(kLeft, m_bytes);
                break;
            case Mode::Stall:
                answer += "Content-Length: 1000\r\n\r\n{\"items\":[";
                socket->setProperty(kLeft, qint64(0));
                break;
            }
            socket->write(answer);
            connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { feed(socket); });
            feed(socket);
        });
    }
}

void StreamServer::feed(QTcpSocket* socket)
{
    // Up to 1 MB queued at a time: fast on loopback, never the whole body in memory.
    while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 16 * kPiece) {
        qint64 left = socket->property(kLeft).toLongLong();
        if (left == 0)
            return;
        const qint64 size = left < 0 ? kPiece : qMin(kPiece, left);
        QByteArray piece(size, ' ');
        for (qint64 i = 0; i + 4 < size; i += 64)
            memcpy(piece.data() + i, "\"x\",", 4);
        if (m_mode == Mode::Endless)
            piece = QByteArray::number(size, 16) + "\r\n" + piece + "\r\n";
        socket->write(piece);
        m_sent += size;
        if (left > 0) {
            left -= size;
            socket->setProperty(kLeft, left);
            if (left == 0 && m_mode == Mode::HugeUnannounced)
                socket->disconnectFromHost();
        }
    }
}
