// SPDX-License-Identifier: GPL-3.0-or-later
#include "TlsServer.h"

#include <QFile>
#include <QHostAddress>
#include <QSslSocket>

namespace {

QByteArray readSupportFile(const QString& name)
{
    QFile file(QStringLiteral(AEP_TEST_SUPPORT_DIR "/tls/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TlsServer::TlsServer(QObject* parent) : QTcpServer(parent) { }

bool TlsServer::start()
{
    m_certificate = QSslCertificate(readSupportFile(QStringLiteral("localhost.crt")), QSsl::Pem);
    m_key = QSslKey(readSupportFile(QStringLiteral("localhost.key")), QSsl::Rsa, QSsl::Pem);
    if (m_certificate.isNull() || m_key.isNull())
        return false;
    return listen(QHostAddress::LocalHost, 0);
}

QUrl TlsServer::url(const QString& host) const
{
    return QUrl(QStringLiteral("https://%1:%2").arg(host).arg(serverPort()));
}

void TlsServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    ++m_connections;
    socket->setLocalCertificate(m_certificate);
    socket->setPrivateKey(m_key);
    connect(socket, &QSslSocket::encrypted, this, [this] { ++m_handshakes; });
    connect(socket, &QSslSocket::readyRead, this, [this, socket] { m_decrypted += socket->readAll(); });
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    // The client's refusal shows here as a failed handshake; the test looks at the counters, not at this.
    connect(socket, &QSslSocket::sslErrors, socket, [](const QList<QSslError>&) {});
    socket->startServerEncryption();
}
