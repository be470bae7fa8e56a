// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalPlatform.h"
#include "ScriptedServer.h"
#include "ServiceWait.h"
#include "TestNetwork.h"
#include "TestSupport.h"
#include "core/NewAccount.h"
#include "core/Session.h"
#include "platform/ImsAuth.h"
#include "platform/PlatformClient.h"
#include "secrets/MemorySecretStore.h"
#include "services/DataPrepService.h"
#include "services/SchemaRegistryService.h"
#include "services/SourcesService.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

const QString kHubSpot = QStringLiteral("cc6a4487-9e91-433e-a3a3-9cf6626c1806");

QList<MappingRule> rules()
{
    return {MappingRule{QStringLiteral("Vid"), {}, QStringLiteral("_id")},
            MappingRule{QStringLiteral("Properties_Email_Value"), {}, QStringLiteral("personalEmail.address")},
            MappingRule{{}, QStringLiteral("concat(First, \" \", Last)"), QStringLiteral("person.name.fullName")}};
}

/** A draft source naming a new HubSpot account, whose keys @p account holds as the form would hand them. */
DraftSource newHubSpotAccount(NewAccount* account)
{
    DraftSource source;
    source.connectionSpecId = kHubSpot;
    source.newAccount = DraftNewAccount{
        QStringLiteral("Marketing"), {}, QStringLiteral("Basic Authentication"), QJsonObject{{"clientId", "app"}}};
    account->setKeys({kHubSpot, *source.newAccount,
                      QJsonObject{{"clientSecret", "s"}, {"accessToken", "a"}, {"refreshToken", "r"}}});
    return source;
}

} // namespace

/**
 * DataPrepService (mapping sets, validate, preview) and the wizard's new account (NewAccount: made once for the
 * tables, reused, replaced when the form changes, discarded when no plan took it) against the emulator; malformed
 * Data Prep replies against a scripted server.
 */
class TestDataPrepService : public QObject
{
    Q_OBJECT

    std::unique_ptr<LocalPlatform> m_platform;
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

    /** A tenant schema of the Profile class with the person and personal-details field groups; its $id. */
    QString createSchema()
    {
        DraftSchemaCreate create;
        create.title = QStringLiteral("Contacts");
        create.xdmClass = QStringLiteral("https://ns.adobe.com/xdm/context/profile");
        create.fieldGroups = {QStringLiteral("https://ns.adobe.com/xdm/context/profile-person-details"),
                              QStringLiteral("https://ns.adobe.com/xdm/context/profile-personal-details")};
        PlatformCall* call = m_session->client()->send(SchemaRegistryService::createSchemaRequest(create, {}));
        QSignalSpy done(call, &PlatformCall::finished);
        QString id;
        QString altId;
        QString why;
        connect(call, &PlatformCall::finished, this, [&](PlatformCall* finished) {
            SchemaRegistryService::parseCreatedSchema(finished->json(), &id, &altId, &why);
        });
        (void)done.wait(20000);
        return id;
    }

    int accountCount()
    {
        const auto all = TestSupport::awaitJob(SourcesService(m_session->client()).allAccounts(kHubSpot));
        return all.ok() ? int(all.value.size()) : -1;
    }

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
        m_secrets.reset();
        m_network.reset();
    }

    void validateAnswersOneVerdictPerRule()
    {
        const QString schemaId = createSchema();
        QVERIFY(!schemaId.isEmpty());
        QList<MappingRule> mapping = rules();
        mapping << MappingRule{QStringLiteral("Phone"), {}, QStringLiteral("person.noSuchField")};
        const auto checks = TestSupport::awaitJob(DataPrepService(m_session->client()).validate(schemaId, mapping));
        QVERIFY2(checks.ok(), qPrintable(checks.error.toString()));
        QCOMPARE(checks.value.size(), mapping.size());
        for (int i = 0; i < 3; ++i)
            QVERIFY2(checks.value.at(i).ok, qPrintable(checks.value.at(i).errors.join(QLatin1Char('\n'))));
        QVERIFY(!checks.value.at(3).ok);
        QVERIFY(!checks.value.at(3).errors.isEmpty());
    }

    void previewMapsSampleRows()
    {
        const QString schemaId = createSchema();
        const QJsonArray rows{QJsonObject{
            {"Vid", "101"}, {"Properties_Email_Value", "ada@example.com"}, {"First", "Ada"}, {"Last", "Lovelace"}}};
        const auto preview
            = TestSupport::awaitJob(DataPrepService(m_session->client()).preview(schemaId, rules(), rows));
        QVERIFY2(preview.ok(), qPrintable(preview.error.toString()));
        QCOMPARE(preview.value.size(), 1);
        const QJsonObject record = preview.value.first().record;
        QCOMPARE(record.value("_id").toString(), QStringLiteral("101"));
        QCOMPARE(record.value("personalEmail").toObject().value("address").toString(),
                 QStringLiteral("ada@example.com"));
        QCOMPARE(record.value("person").toObject().value("name").toObject().value("fullName").toString(),
                 QStringLiteral("Ada Lovelace"));
    }

    void aCreatedMappingSetIsReadBack()
    {
        const QString schemaId = createSchema();
        PlatformCall* call = m_session->client()->send(DataPrepService::createMappingSetRequest(schemaId, rules()));
        QString id;
        QString version;
        QString why;
        bool parsed = false;
        connect(call, &PlatformCall::finished, this, [&](PlatformCall* done) {
            parsed = DataPrepService::parseCreatedMappingSet(done->json(), &id, &version, &why);
        });
        QTRY_VERIFY_WITH_TIMEOUT(parsed, 20000);
        QCOMPARE(version, QStringLiteral("0"));
        PlatformCall* get = m_session->client()->send(DataPrepService::mappingSetRequest(id));
        int mappings = -1;
        connect(get, &PlatformCall::finished, this,
                [&](PlatformCall* done) { mappings = int(done->json().object().value("mappings").toArray().size()); });
        QTRY_COMPARE_WITH_TIMEOUT(mappings, 3, 20000);
    }

    void malformedRepliesAreBadResponses()
    {
        PlatformError error;
        QVERIFY(DataPrepService::parseValidation(QJsonDocument(QJsonObject{}), 1, &error).isEmpty());
        QCOMPARE(error.kind, PlatformError::Kind::BadResponse);
        error = {};
        // one verdict for two rules
        const QJsonObject one{{"validationResponse", QJsonArray{QJsonObject{{"status", "SUCCESS"}}}}};
        QVERIFY(DataPrepService::parseValidation(QJsonDocument(one), 2, &error).isEmpty());
        QCOMPARE(error.kind, PlatformError::Kind::BadResponse);
        error = {};
        QVERIFY(DataPrepService::parsePreview(QJsonDocument(QJsonObject{{"x", 1}}), &error).isEmpty());
        QCOMPARE(error.kind, PlatformError::Kind::BadResponse);
        // the spec's single-object answer is read as one row
        error = {};
        const QJsonObject single{{"data", QJsonObject{{"_id", "1"}}}, {"errors", QJsonValue::Null}};
        QCOMPARE(DataPrepService::parsePreview(QJsonDocument(single), &error).size(), 1);
        QVERIFY(!error.isError());

        ScriptedServer server;
        QVERIFY(server.start());
        server.setFallback([](const RecordedRequest& r) {
            if (r.path == QLatin1String("/ims/token/v3"))
                return ScriptedResponse::json(
                    200, "{\"access_token\":\"t\",\"token_type\":\"bearer\",\"expires_in\":86399}");
            return ScriptedResponse::json(200, "{\"validationResponse\": \"yes\"}");
        });
        connectTo(server.url());
        const auto checks
            = TestSupport::awaitJob(DataPrepService(m_session->client()).validate(QStringLiteral("s"), rules()));
        QCOMPARE(checks.error.kind, PlatformError::Kind::BadResponse);
    }

    void theNewAccountIsMadeOnceAndDiscardedWhenUnused()
    {
        NewAccount account;
        DraftSource source = newHubSpotAccount(&account);
        QVERIFY(account.needsCreating(source));
        const auto made = TestSupport::awaitJob(account.ensure(m_session->client(), source));
        QVERIFY2(made.ok(), qPrintable(made.error.toString()));
        QCOMPARE(account.madeId(), made.value);
        QCOMPARE(account.connectionFor(source), made.value);
        QVERIFY(!account.needsCreating(source));
        QCOMPARE(accountCount(), 1);

        // The same form again: the same account, nothing new on the Platform.
        const auto again = TestSupport::awaitJob(account.ensure(m_session->client(), source));
        QCOMPARE(again.value, made.value);
        QCOMPARE(accountCount(), 1);

        // Another name typed: the first one is deleted, a new one made.
        source.newAccount->name = QStringLiteral("Marketing 2");
        account.setKeys({kHubSpot, *source.newAccount, account.keys().secrets});
        const auto replaced = TestSupport::awaitJob(account.ensure(m_session->client(), source));
        QVERIFY(replaced.ok());
        QVERIFY(replaced.value != made.value);
        QTRY_COMPARE_WITH_TIMEOUT(accountCount(), 1, 20000);

        // The wizard closes without creating the dataflow: nothing is left behind.
        const auto discarded = TestSupport::awaitJob(account.discardUnused(m_session->client()));
        QVERIFY2(discarded.ok(), qPrintable(discarded.error.toString()));
        QCOMPARE(accountCount(), 0);
        QVERIFY(account.madeId().isEmpty());
        QCOMPARE(account.discardUnused(m_session->client()), nullptr);
    }

    void theNewAccountChosenAsExistingIsKept()
    {
        NewAccount account;
        DraftSource source = newHubSpotAccount(&account);
        const auto made = TestSupport::awaitJob(account.ensure(m_session->client(), source));
        QVERIFY2(made.ok(), qPrintable(made.error.toString()));

        // Back on the Source page, the user picks that account among the existing ones: it stays on the Platform.
        source.newAccount.reset();
        source.baseConnectionId = made.value;
        const auto chosen = TestSupport::awaitJob(account.ensure(m_session->client(), source));
        QVERIFY2(chosen.ok(), qPrintable(chosen.error.toString()));
        QCOMPARE(chosen.value, made.value);
        QVERIFY(account.madeId().isEmpty()); // the user's now: the wizard's closing does not delete it
        QCOMPARE(account.discardUnused(m_session->client()), nullptr);
        QCOMPARE(accountCount(), 1);
        const auto tested = TestSupport::awaitJob(SourcesService(m_session->client()).testConnection(made.value));
        QVERIFY2(tested.ok() && tested.value, qPrintable(tested.error.toString()));
    }
};

QTEST_MAIN(TestDataPrepService)
#include "TestDataPrepService.moc"
