// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

/** The connection specs and the CRMToAEP flow spec the emulator serves (CONTRACT §3.1, §3.6, §8). */
class FlowSpecs
{
public:
    static const QJsonArray& connectionSpecs();
    static const QJsonArray& flowSpecs();
    static QJsonObject connectionSpec(const QString& id);
    static QJsonObject flowSpec(const QString& id);

    static inline const QString hubspot = QStringLiteral("cc6a4487-9e91-433e-a3a3-9cf6626c1806");
    static inline const QString salesforceMarketingCloud = QStringLiteral("ea1c2a08-b722-11eb-8529-0242ac130003");
    static inline const QString eloqua = QStringLiteral("35d6c4d8-c9a9-11eb-b8bc-0242ac130003");
    static inline const QString responsys = QStringLiteral("ff4274f2-c9a9-11eb-b8bc-0242ac130003");
    static inline const QString mailchimpMembers = QStringLiteral("2e8580db-6489-4726-96de-e33f5f60295f");
    static inline const QString dataLake = QStringLiteral("c604ff05-7f1a-43c0-8e18-33bf874cb11c");
    static inline const QString crmToAep = QStringLiteral("14518937-270c-4525-bdec-c2ba7cce3860");
};
