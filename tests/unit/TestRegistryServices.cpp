// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScriptedServer.h"
#include "ServiceWait.h"
#include "TestNetwork.h"
#include "TestSupport.h"
#include "platform/ImsAuth.h"
#include "platform/PlatformClient.h"
#include "secrets/MemorySecretStore.h"
#include "services/CatalogService.h"
#include "services/SchemaRegistryService.h"

#include <QTest>

#include <memory>

using TestSupport::awaitJob;
using Kind = PlatformError::Kind;

namespace {

const QString kRegistry = QStringLiteral("/data/foundation/schemaregistry");
const QString kDataSets = QStringLiteral("/data/foundation/catalog/dataSets");

} // namespace

/** The Schema Registry and Catalog services against a scripted server: malformed replies become BadResponse. */
class TestRegistryServices : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<TestNetwork> m_network;
    std::unique_ptr<MemorySecretStore> m_cache;
    std::unique_ptr<ImsAuth> m_auth;
    std::unique_ptr<PlatformClient> m_client;

    void reply(const QString& path, const QByteArray& body, int status = 200)
    {
        m_server->enqueue("GET", path, ScriptedResponse::json(status, body));
    }

private Q_SLOTS:
    void initTestCase() { TestSupport::isolateUserFolders(); }

    void init()
    {
        m_server = std::make_unique<ScriptedServer>();
        QVERIFY(m_server->start());
        m_server->setFallback([](const RecordedRequest& r) {
            if (r.path == QLatin1String("/ims/token/v3"))
                return ScriptedResponse::json(
                    200, "{\"access_token\":\"tok-1\",\"token_type\":\"bearer\",\"expires_in\":86399}");
            return ScriptedResponse::json(404, "{}");
        });
        PlatformConfig config;
        config.platformUrl = m_server->url();
        config.imsUrl = m_server->url();
        config.imsOrg = QStringLiteral("ORG123@AdobeOrg");
        config.clientId = QStringLiteral("client-1");
        config.sandbox = QStringLiteral("dev");
        config.timeoutMs = 3000;
        config.retryBaseDelayMs = 20;
        m_network = std::make_unique<TestNetwork>();
        m_cache = std::make_unique<MemorySecretStore>();
        m_auth = std::make_unique<ImsAuth>(m_network->get(), config, m_cache.get());
        m_auth->setClientSecret(QStringLiteral("s3cret"));
        m_client = std::make_unique<PlatformClient>(m_network->get(), m_auth.get(), config);
    }

    void cleanup()
    {
        m_client.reset();
        m_auth.reset();
        m_cache.reset();
        m_network.reset();
        m_server.reset();
    }

    void schemaListMalformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("an array") << QByteArray("[]");
        QTest::newRow("no results") << QByteArray("{\"_page\": {}}");
        QTest::newRow("results not a list") << QByteArray("{\"results\": 5}");
        QTest::newRow("an item not an object") << QByteArray("{\"results\": [{\"$id\": \"a\"}, 3]}");
    }
    void schemaListMalformed()
    {
        QFETCH(QByteArray, body);
        reply(kRegistry + QStringLiteral("/tenant/schemas"), body);
        const auto page = awaitJob(SchemaRegistryService(m_client.get()).schemas(QStringLiteral("c")));
        QVERIFY(page.finished);
        QCOMPARE(page.error.kind, Kind::BadResponse);
    }

    void schemaListAsked()
    {
        reply(kRegistry + QStringLiteral("/tenant/schemas"),
              R"({"results": [{"$id": "s1", "meta:altId": "_t.schemas.s1", "title": "One", "version": "1.2",
                  "meta:class": "c", "meta:immutableTags": ["union"]}], "_page": {"next": "One"}})");
        const auto page = awaitJob(SchemaRegistryService(m_client.get()).schemas(QStringLiteral("c"), {}, 1));
        QVERIFY(page.ok());
        QCOMPARE(page.value.items.size(), 1);
        const SchemaSummary& one = page.value.items.first();
        QCOMPARE(one.id, QStringLiteral("s1"));
        QCOMPARE(one.version, QStringLiteral("1.2"));
        QVERIFY(one.profileEnabled);
        QCOMPARE(page.value.continuation, QStringLiteral("One"));
        const RecordedRequest& asked = m_server->requests().constLast();
        QCOMPARE(asked.header("accept"), QByteArray("application/vnd.adobe.xed+json"));
        QCOMPARE(asked.query.queryItemValue(QStringLiteral("property")), QStringLiteral("meta:class==c"));
        QCOMPARE(asked.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("1"));
    }

    void fieldGroupPagesThatNeverEnd()
    {
        // A server that answers the same "next" again would be walked for ever: the job stops with BadResponse.
        const QByteArray page = R"({"results": [{"$id": "g", "title": "G"}], "_page": {"next": "G"}})";
        reply(kRegistry + QStringLiteral("/global/fieldgroups"), page);
        reply(kRegistry + QStringLiteral("/global/fieldgroups"), page);
        const auto groups = awaitJob(SchemaRegistryService(m_client.get()).fieldGroups(QStringLiteral("c")));
        QVERIFY(groups.finished);
        QCOMPARE(groups.error.kind, Kind::BadResponse);
        QCOMPARE(m_server->count("GET", kRegistry + QStringLiteral("/global/fieldgroups")), 2);
    }

    void fieldGroupSecondPageFails()
    {
        reply(kRegistry + QStringLiteral("/global/fieldgroups"),
              R"({"results": [{"$id": "g", "title": "G"}], "_page": {"next": "G"}})");
        reply(kRegistry + QStringLiteral("/global/fieldgroups"), "{\"title\": \"Forbidden\"}", 403);
        const auto groups = awaitJob(SchemaRegistryService(m_client.get()).fieldGroups(QStringLiteral("c")));
        QVERIFY(groups.finished);
        QCOMPARE(groups.error.kind, Kind::Forbidden); // not half a list
        QCOMPARE(m_server->requests().constLast().query.queryItemValue(QStringLiteral("start")), QStringLiteral("G"));
    }

    void fullTreeMalformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("an array") << QByteArray("[{\"properties\": {}}]");
        QTest::newRow("properties not an object") << QByteArray("{\"$id\": \"x\", \"properties\": [1]}");
    }
    void fullTreeMalformed()
    {
        QFETCH(QByteArray, body);
        reply(kRegistry + QStringLiteral("/tenant/schemas/*"), body);
        const auto tree = awaitJob(
            SchemaRegistryService(m_client.get()).fullSchema(QStringLiteral("https://ns.adobe.com/t/schemas/1")));
        QVERIFY(tree.finished);
        QCOMPARE(tree.error.kind, Kind::BadResponse);
        QCOMPARE(m_server->requests().constLast().path, kRegistry + QStringLiteral("/tenant/schemas/_t.schemas.1"));
        QCOMPARE(m_server->requests().constLast().header("accept"),
                 QByteArray("application/vnd.adobe.xed-full+json; version=1"));
    }

    void datasetsMalformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("an array") << QByteArray("[\"@/dataSets/1\"]");
        QTest::newRow("a dataset not an object") << QByteArray("{\"d1\": {\"name\": \"A\"}, \"d2\": 7}");
    }
    void datasetsMalformed()
    {
        QFETCH(QByteArray, body);
        reply(kDataSets, body);
        const auto datasets = awaitJob(CatalogService(m_client.get()).datasetsOfSchema(QStringLiteral("s")));
        QVERIFY(datasets.finished);
        QCOMPARE(datasets.error.kind, Kind::BadResponse);
    }

    void datasetsFiltered()
    {
        reply(kDataSets, R"({"d1": {"name": "A", "schemaRef": {"id": "s"}}, "d2": {"name": "B",
              "schemaRef": {"id": "other"}}})");
        reply(kDataSets, R"({"d3": {"name": "C", "schemaRef": {"id": "s"},
              "tags": {"unifiedProfile": ["enabled:true"]}}})");
        const auto datasets = awaitJob(CatalogService(m_client.get()).datasetsOfSchema(QStringLiteral("s"), 2));
        QVERIFY(datasets.ok());
        QCOMPARE(datasets.value.size(), 2);
        QCOMPARE(datasets.value.at(0).name, QStringLiteral("A"));
        QVERIFY(!datasets.value.at(0).profileEnabled);
        QCOMPARE(datasets.value.at(1).id, QStringLiteral("d3"));
        QVERIFY(datasets.value.at(1).profileEnabled);
        QCOMPARE(m_server->requests().constLast().query.queryItemValue(QStringLiteral("start")), QStringLiteral("2"));
    }
};

QTEST_GUILESS_MAIN(TestRegistryServices)
#include "TestRegistryServices.moc"
