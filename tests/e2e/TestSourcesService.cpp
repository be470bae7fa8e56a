// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalPlatform.h"
#include "ScriptedServer.h"
#include "ServiceWait.h"
#include "TestNetwork.h"
#include "TestSupport.h"
#include "core/Session.h"
#include "platform/ImsAuth.h"
#include "platform/PlatformClient.h"
#include "secrets/MemorySecretStore.h"
#include "services/SourcesService.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

const QString kHubSpot = QStringLiteral("cc6a4487-9e91-433e-a3a3-9cf6626c1806");

DraftNewAccount hubSpotAccount(const QString& name)
{
    DraftNewAccount account;
    account.name = name;
    account.authSpecName = QStringLiteral("Basic Authentication");
    account.params = QJsonObject{{QStringLiteral("clientId"), QStringLiteral("app")}};
    return account;
}

const QJsonObject kSecrets{{QStringLiteral("clientSecret"), QStringLiteral("s")},
                           {QStringLiteral("accessToken"), QStringLiteral("a")},
                           {QStringLiteral("refreshToken"), QStringLiteral("r")}};

} // namespace

/** SourcesService against the emulator (typed answers, paging, errors) and a scripted server (malformed replies). */
class TestSourcesService : public QObject
{
    Q_OBJECT

    std::unique_ptr<LocalPlatform> m_platform;
    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<TestNetwork> m_network;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<Session> m_session;

    void connectTo(const QUrl& url)
    {
        m_session = std::make_unique<Session>(m_network->get(), m_secrets.get());
        PlatformConfig config;
        config.platformUrl = url;
        config.imsUrl = url;
        config.imsOrg = EmulatorOptions().imsOrg;
        config.clientId = EmulatorOptions().clientId;
        config.sandbox = QStringLiteral("prod");
        config.maxRetries = 0;
        m_session->setConfig(config);
        m_session->auth()->setClientSecret(EmulatorOptions().clientSecret);
    }

    SourcesService service() const { return SourcesService(m_session->client()); }

private Q_SLOTS:
    void initTestCase() { TestSupport::isolateUserFolders(); }

    void init()
    {
        m_network = std::make_unique<TestNetwork>();
        m_secrets = std::make_unique<MemorySecretStore>();
        m_platform = std::make_unique<LocalPlatform>();
        QVERIFY(m_platform->listen(0) != 0);
        connectTo(m_platform->baseUrl());
    }

    void cleanup()
    {
        m_session.reset();
        m_platform.reset();
        m_server.reset();
        m_secrets.reset();
        m_network.reset();
    }

    void connectionSpecsAreTyped()
    {
        const auto specs = TestSupport::awaitJob(service().connectionSpecs());
        QVERIFY2(specs.ok(), qPrintable(specs.error.toString()));
        const ConnectionSpec* hubSpot = nullptr;
        for (const ConnectionSpec& spec : specs.value) {
            if (spec.id == kHubSpot)
                hubSpot = &spec;
        }
        QVERIFY(hubSpot);
        QCOMPARE(hubSpot->label, QStringLiteral("HubSpot"));
        QCOMPARE(hubSpot->version, QStringLiteral("1.0"));
        QCOMPARE(hubSpot->category, QStringLiteral("Marketing Automation"));
        QCOMPARE(hubSpot->uiCategory, QStringLiteral("marketingAutomation"));
        QVERIFY(hubSpot->isSource);
        const AuthSpec* basic = hubSpot->authSpec(QStringLiteral("Basic Authentication"));
        QVERIFY(basic);
        QCOMPARE(basic->parameters.size(), 4);
        for (const AuthParameter& parameter : basic->parameters) {
            QCOMPARE(parameter.secret, parameter.name != QLatin1String("clientId"));
            QVERIFY(!parameter.description.isEmpty());
        }

        const auto one = TestSupport::awaitJob(service().connectionSpec(kHubSpot));
        QVERIFY(one.ok());
        QCOMPARE(one.value.label, QStringLiteral("HubSpot"));
        const auto missing = TestSupport::awaitJob(service().connectionSpec(QStringLiteral("no-such-spec")));
        QCOMPARE(missing.error.kind, PlatformError::Kind::NotFound);
    }

    void accountsPageToTheEnd()
    {
        constexpr int total = SourcesService::kAccountPageSize + 7;
        for (int i = 0; i < total; ++i) {
            const auto created = TestSupport::awaitJob(
                service().createAccount(kHubSpot, hubSpotAccount(QStringLiteral("Account %1").arg(i)), kSecrets));
            QVERIFY2(created.ok(), qPrintable(created.error.toString()));
            QVERIFY(!created.value.isEmpty());
        }
        const auto first = TestSupport::awaitJob(service().accounts(kHubSpot));
        QVERIFY(first.ok());
        QCOMPARE(first.value.items.size(), SourcesService::kAccountPageSize);
        QVERIFY(first.value.hasMore());
        QCOMPARE(first.value.items.first().connectionSpecId, kHubSpot);
        const auto second = TestSupport::awaitJob(service().accounts(kHubSpot, first.value.continuation));
        QVERIFY(second.ok());
        QCOMPARE(second.value.items.size(), 7);
        QVERIFY(!second.value.hasMore());

        const auto all = TestSupport::awaitJob(service().allAccounts(kHubSpot));
        QVERIFY(all.ok());
        QCOMPARE(all.value.size(), total);
        QSet<QString> ids;
        for (const Account& account : all.value)
            ids.insert(account.id);
        QCOMPARE(ids.size(), total);
        // Another source has none of them.
        const auto other
            = TestSupport::awaitJob(service().allAccounts(QStringLiteral("2e8580db-6489-4726-96de-e33f5f60295f")));
        QVERIFY(other.ok());
        QVERIFY(other.value.isEmpty());
    }

    void createTestExploreDelete()
    {
        const auto created = TestSupport::awaitJob(
            service().createAccount(kHubSpot, hubSpotAccount(QStringLiteral("Mine")), kSecrets));
        QVERIFY(created.ok());
        const QString id = created.value;
        const auto works = TestSupport::awaitJob(service().testConnection(id));
        QVERIFY(works.ok());
        QVERIFY(works.value);
        const auto tables = TestSupport::awaitJob(service().tables(id));
        QVERIFY(tables.ok());
        QVERIFY(tables.value.size() >= 4);
        QString contacts;
        for (const SourceObject& table : tables.value) {
            QCOMPARE(table.type, QStringLiteral("table"));
            if (table.name == QLatin1String("Hubspot.Contacts"))
                contacts = table.path;
        }
        QVERIFY(!contacts.isEmpty());
        const auto preview = TestSupport::awaitJob(service().preview(id, contacts));
        QVERIFY2(preview.ok(), qPrintable(preview.error.toString()));
        QCOMPARE(preview.value.path, contacts);
        QVERIFY(!preview.value.columns.isEmpty());
        QVERIFY(!preview.value.rows.isEmpty());
        QCOMPARE(preview.value.columnsJson().size(), preview.value.columns.size());
        bool dateTime = false;
        for (const SourceColumn& column : preview.value.columns)
            dateTime = dateTime || column.xdmType == QLatin1String("date-time");
        QVERIFY(dateTime);
        QCOMPARE(m_platform->counts().value(QLatin1String("connections")).toInt(), 1);
        QVERIFY(TestSupport::awaitJob(service().deleteAccount(id)).ok());
        QCOMPARE(m_platform->counts().value(QLatin1String("connections")).toInt(), 0);
    }

    void refusedKeysAndErrors()
    {
        QJsonObject invalid = kSecrets;
        invalid.insert(QStringLiteral("accessToken"), QStringLiteral("invalid")); // the emulator's refused key
        const auto created
            = TestSupport::awaitJob(service().createAccount(kHubSpot, hubSpotAccount(QStringLiteral("Bad")), invalid));
        QVERIFY(created.ok());
        const auto refused = TestSupport::awaitJob(service().testConnection(created.value));
        QVERIFY(refused.ok());
        QVERIFY(!refused.value);
        // Errors are PlatformErrors of the right kind.
        QCOMPARE(TestSupport::awaitJob(service().testConnection(QStringLiteral("nope"))).error.kind,
                 PlatformError::Kind::NotFound);
        QCOMPARE(TestSupport::awaitJob(service().tables(QStringLiteral("nope"))).error.kind,
                 PlatformError::Kind::NotFound);
        const auto incomplete
            = TestSupport::awaitJob(service().createAccount(kHubSpot, hubSpotAccount(QStringLiteral("No keys")), {}));
        QCOMPARE(incomplete.error.kind, PlatformError::Kind::Validation);
        QVERIFY(
            m_platform->addFault(QStringLiteral("GET:/data/foundation/flowservice/connectionSpecs=500,count=always")));
        QCOMPARE(TestSupport::awaitJob(service().connectionSpecs()).error.kind, PlatformError::Kind::Server);
    }

    void malformedReplies_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("specs without items") << "specs" << QByteArray("{\"list\":[]}");
        QTest::newRow("specs not an object") << "specs" << QByteArray("[1,2]");
        QTest::newRow("spec without id") << "specs" << QByteArray("{\"items\":[{\"name\":\"x\"}]}");
        QTest::newRow("accounts without items") << "accounts" << QByteArray("{}");
        QTest::newRow("account without id") << "accounts" << QByteArray("{\"items\":[{\"name\":\"x\"}]}");
        QTest::newRow("test without result") << "test" << QByteArray("{\"ok\":true}");
        QTest::newRow("test result not a bool") << "test" << QByteArray("{\"result\":\"yes\"}");
        QTest::newRow("tables not a list") << "tables" << QByteArray("{\"items\":[]}");
        QTest::newRow("preview without columns") << "preview" << QByteArray("{\"data\":[]}");
        QTest::newRow("column without name")
            << "preview" << QByteArray("{\"schema\":{\"columns\":[{\"type\":\"string\"}]}}");
        QTest::newRow("created without id") << "create" << QByteArray("{\"etag\":\"1\"}");
    }

    void malformedReplies()
    {
        QFETCH(QString, call);
        QFETCH(QByteArray, body);
        m_server = std::make_unique<ScriptedServer>();
        QVERIFY(m_server->start());
        m_server->setFallback([body](const RecordedRequest& r) {
            if (r.path == QLatin1String("/ims/token/v3"))
                return ScriptedResponse::json(
                    200, "{\"access_token\":\"t\",\"token_type\":\"bearer\",\"expires_in\":86399}");
            return ScriptedResponse::json(r.method == "POST" ? 201 : 200, body);
        });
        connectTo(m_server->url());
        PlatformError error;
        if (call == QLatin1String("specs"))
            error = TestSupport::awaitJob(service().connectionSpecs()).error;
        else if (call == QLatin1String("accounts"))
            error = TestSupport::awaitJob(service().allAccounts(kHubSpot)).error;
        else if (call == QLatin1String("test"))
            error = TestSupport::awaitJob(service().testConnection(QStringLiteral("c"))).error;
        else if (call == QLatin1String("tables"))
            error = TestSupport::awaitJob(service().tables(QStringLiteral("c"))).error;
        else if (call == QLatin1String("preview"))
            error = TestSupport::awaitJob(service().preview(QStringLiteral("c"), QStringLiteral("T"))).error;
        else
            error = TestSupport::awaitJob(
                        service().createAccount(kHubSpot, hubSpotAccount(QStringLiteral("x")), kSecrets))
                        .error;
        QCOMPARE(error.kind, PlatformError::Kind::BadResponse);
        // The request carried what the service sends, and a secret never shows in the error.
        QVERIFY(!error.toString().contains(QLatin1String("\"s\"")));
    }

    void accountBodyMergesSecretsOnlyThere()
    {
        const QJsonObject body = SourcesService::accountBody(kHubSpot, hubSpotAccount(QStringLiteral("A")), kSecrets);
        const QJsonObject params = body.value("auth").toObject().value("params").toObject();
        QCOMPARE(params.size(), 4);
        QCOMPARE(params.value("clientId").toString(), QStringLiteral("app"));
        QCOMPARE(params.value("clientSecret").toString(), QStringLiteral("s"));
        QCOMPARE(body.value("connectionSpec").toObject().value("id").toString(), kHubSpot);
        QCOMPARE(body.value("description").toString(), QStringLiteral("Created by Dataflow Wizard"));
        QCOMPARE(SourcesService::columnXdmType(
                     QJsonObject{{"type", "string"}, {"xdm", QJsonObject{{"format", "date-time"}}}}),
                 QStringLiteral("date-time"));
    }
};

QTEST_GUILESS_MAIN(TestSourcesService)
#include "TestSourcesService.moc"
