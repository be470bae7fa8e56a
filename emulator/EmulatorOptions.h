// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/** What the emulator accepts and how it behaves; the defaults are the demo credential shown by --help. */
struct EmulatorOptions
{
    QString clientId = QStringLiteral("demo-client-id");
    QString clientSecret = QStringLiteral("demo-client-secret");
    QString imsOrg = QStringLiteral("DEMO0123456789ABCDEF0123@AdobeOrg");
    QString tenantId = QStringLiteral("demotenant");
    int rows = 1000;
    quint32 seed = 42;
    double clock = 1.0;
    int latencyMs = 0;
    QString xdmDir;
    QStringList faults;
};
