// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EmulatorOptions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QTcpServer;

/** The local, in-memory Adobe Experience Platform (IMS + Platform services) on a loopback QHttpServer. */
class LocalPlatform : public QObject
{
    Q_OBJECT
public:
    explicit LocalPlatform(const EmulatorOptions& options = {}, QObject* parent = nullptr);
    ~LocalPlatform() override;

    /** Listens on 127.0.0.1; port 0 picks a free one. Returns the bound port, 0 on failure. */
    quint16 listen(quint16 port = 0);
    /**
     * Serves on @p server, which already listens on 127.0.0.1 and becomes the emulator's: a program can so take a
     * port, and say it, before the emulator is made. Returns the port.
     */
    quint16 serve(QTcpServer* server);
    /** http://127.0.0.1:<port>: the IMS and Platform base URL. */
    QUrl baseUrl() const;
    const EmulatorOptions& options() const;

    // Emulator-only controls, the same as the /__emulator/ admin endpoints (see emulator/README.md).
    /** Arms a fault (syntax in emulator/README.md); false and an English reason on a bad spec. */
    bool addFault(const QString& spec, QString* error = nullptr);
    void clearFaults();
    /** Method, path, status and duration of each request so far; never headers, tokens or bodies. */
    QJsonArray requestLog() const;
    /** How many resources of each kind exist (all sandboxes). */
    QJsonObject counts() const;
    /** The records a run wrote into a Catalog batch, as nested XDM objects. */
    QJsonArray batchRecords(const QString& batchId) const;
    /** Moves the emulated clock forward; due scheduled runs happen on the next tick or request. */
    void advanceClock(qint64 seconds);
    /** A valid access token for the configured credential, without the IMS round trip. */
    QString mintToken();
    /** Every access token issued so far (IMS and mintToken()), for tests that look for them where they must not be. */
    QStringList issuedTokens() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
