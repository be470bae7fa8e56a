// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LocalPlatform.h"
#include "ResourceStore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QString>

class DemoData;
class RunEngine;
class XdmLibrary;

/** State shared by the services: options, the emulated clock, id makers, tokens and the resource stores. */
class EmulatorContext
{
public:
    struct Token
    {
        QString clientId;
        qint64 expiresAtMs = 0;
        int callsLeft = -1;
    };

    explicit EmulatorContext(const EmulatorOptions& options);

    /** Emulated epoch milliseconds: real time sped up by --clock, plus any manual advance. */
    qint64 nowMs() const;
    void advance(qint64 ms) { m_offsetMs += ms; }

    static QString uuid();
    static QString hex(int length);
    /** Flow Service etags are JSON strings that themselves contain quotes. */
    static QString etag();

    EmulatorOptions options;
    QHash<QString, Token> tokens;

    ResourceStore connections;
    ResourceStore sourceConnections;
    ResourceStore targetConnections;
    ResourceStore flows;
    ResourceStore runs;
    ResourceStore schemas;
    ResourceStore descriptors;
    ResourceStore dataSets;
    ResourceStore batches;
    ResourceStore mappingSets;

    XdmLibrary* xdm = nullptr;
    DemoData* demo = nullptr;
    RunEngine* runEngine = nullptr;

private:
    qint64 m_startMs = 0;
    qint64 m_offsetMs = 0;
    QElapsedTimer m_elapsed;
};
