// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>

/**
 * A loopback TLS server presenting the test-only self-signed certificate of tests/support/tls (CN and SAN
 * "localhost"). It records whether a handshake completed and every byte it could decrypt: a client that refuses the
 * certificate leaves both at zero.
 */
class TlsServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit TlsServer(QObject* parent = nullptr);
    /** False when the certificate or key cannot be read, or no port is free. */
    bool start();
    quint16 port() const { return serverPort(); }
    /** https://localhost:port (the certificate's name) or https://<host>:port. */
    QUrl url(const QString& host = QStringLiteral("localhost")) const;
    int handshakes() const { return m_handshakes; }
    int connections() const { return m_connections; }
    const QByteArray& decrypted() const { return m_decrypted; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    int m_handshakes = 0;
    int m_connections = 0;
    QByteArray m_decrypted;
};
