// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EmulatorClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <memory>

/** Paths and helpers shared by the two halves of the tutorial-sequence test. */
namespace FlowTest {
inline const QString kFlow = QStringLiteral("/data/foundation/flowservice");
inline const QString kSchemas = QStringLiteral("/data/foundation/schemaregistry");
inline const QString kCatalog = QStringLiteral("/data/foundation/catalog");
inline const QString kPrep = QStringLiteral("/data/foundation/conversion");
inline const QString kHubspot = QStringLiteral("cc6a4487-9e91-433e-a3a3-9cf6626c1806");

inline QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(json).object();
}
} // namespace FlowTest

/** The whole tutorial sequence on the emulator, one object after the other (the slots share the ids made). */
class TestEmulatorFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void connectionSpecs();
    void createConnection_data();
    void createConnection();
    void explore();
    void sourceConnection();
    void schemaAcceptNegotiation_data();
    void schemaAcceptNegotiation();
    void schemaAndDescriptors();
    void dataSetAndTarget();
    void mappingSets_data();
    void mappingSets();
    void flowMistakes_data();
    void flowMistakes();
    void flowCreateRunAndRecords();
    void flowPatchWithEtag();
    void connectionListPagingAndFilters();

private:
    QString create(const QString& path, const QJsonObject& body, const QString& key = QStringLiteral("id"));
    QJsonObject flowBody() const;

    std::unique_ptr<LocalPlatform> m_platform;
    std::unique_ptr<EmulatorClient> m_client;
    QString m_connectionId;
    QString m_sourceId;
    QString m_schemaId;
    QString m_dataSetId;
    QString m_targetId;
    QString m_mappingId;
    QString m_flowId;
};
