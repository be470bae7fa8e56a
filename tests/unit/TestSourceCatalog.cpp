// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AccountForm.h"
#include "core/SourceCatalog.h"

#include <QTest>
#include <QTranslator>

namespace {

ConnectionSpec spec(const QString& id, const QString& label, const QString& category, const QString& uiCategory = {})
{
    ConnectionSpec s;
    s.id = id;
    s.name = label.toLower();
    s.label = label;
    s.category = category;
    s.uiCategory = uiCategory;
    return s;
}

AuthSpec hubSpotAuth()
{
    AuthSpec auth;
    auth.name = QStringLiteral("Basic Authentication");
    auth.type = QStringLiteral("BasicAuthentication");
    auth.parameters
        = {{QStringLiteral("clientId"), QStringLiteral("App client id"), QStringLiteral("string"), true, false},
           {QStringLiteral("clientSecret"), QStringLiteral("App client secret"), QStringLiteral("string"), true, true},
           {QStringLiteral("accessToken"), QString(), QStringLiteral("string"), true, true},
           {QStringLiteral("host"), QString(), QStringLiteral("string"), false, false},
           {QStringLiteral("apiPassphrase"), QString(), QStringLiteral("string"), false, true}};
    return auth;
}

const QString kHubSpot = QStringLiteral("cc6a4487-9e91-433e-a3a3-9cf6626c1806");
const QString kMailchimp = QStringLiteral("2e8580db-6489-4726-96de-e33f5f60295f");

/** Marks every SourceCatalog translation: what goes through tr() shows it, the Platform's words do not. */
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char*, int) const override
    {
        return qstrcmp(context, "SourceCatalog") == 0 ? QStringLiteral("FR ") + QString::fromUtf8(sourceText)
                                                      : QString();
    }
    bool isEmpty() const override { return false; }
};

} // namespace

/** The Source page's decisions, without widgets: which sources, their order and words, and the new-account form. */
class TestSourceCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void marketingSourcesHubSpotFirstThenByName()
    {
        const QList<ConnectionSpec> all{
            spec("m", "Mailchimp", "Marketing Automation"),          spec("s3", "Amazon S3", "Cloud Storage"),
            spec("e", "Oracle Eloqua", "marketing automation"),      spec("h", "HubSpot", "CRM", "marketingAutomation"),
            spec("a", "Acoustic", QString(), "marketingAutomation"), spec("c", "CRM thing", "CRM", "crm")};
        const QList<ConnectionSpec> shown = SourceCatalog::marketingSources(all);
        QStringList labels;
        for (const ConnectionSpec& s : shown)
            labels << s.label;
        QCOMPARE(labels, (QStringList{"HubSpot", "Acoustic", "Mailchimp", "Oracle Eloqua"}));
        QCOMPARE(SourceCatalog::indexOf(shown, "m"), 2);
        QCOMPARE(SourceCatalog::indexOf(shown, "s3"), -1);
        QVERIFY(!SourceCatalog::isMarketingAutomation(spec("x", "X", "Marketing")));
    }

    void descriptions_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("expected");
        QTest::newRow("HubSpot") << "cc6a4487-9e91-433e-a3a3-9cf6626c1806"
                                 << "Contacts, companies, deals and owners of your HubSpot portal.";
        QTest::newRow("Marketing Cloud") << "ea1c2a08-b722-11eb-8529-0242ac130003"
                                         << "Subscribers and journeys of Salesforce Marketing Cloud.";
        QTest::newRow("Eloqua") << "35d6c4d8-c9a9-11eb-b8bc-0242ac130003"
                                << "Contacts and accounts of Oracle Eloqua.";
        QTest::newRow("Responsys") << "ff4274f2-c9a9-11eb-b8bc-0242ac130003"
                                   << "Profile lists of Oracle Responsys.";
        QTest::newRow("Mailchimp") << "2e8580db-6489-4726-96de-e33f5f60295f"
                                   << "Audience members of Mailchimp.";
        QTest::newRow("unknown: the Platform's words") << "other"
                                                       << "Server text";
    }
    void descriptions()
    {
        QFETCH(QString, id);
        QFETCH(QString, expected);
        QCOMPARE(SourceCatalog::description(id, QStringLiteral("Server text")), expected);
    }

    void authFieldNames_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("known") << "clientSecret"
                               << "Client secret";
        QTest::newRow("known URL") << "authorizationTestUrl"
                                   << "Authorization test URL";
        QTest::newRow("user name") << "username"
                                   << "User name";
        QTest::newRow("unknown, words") << "accountSubdomainName"
                                        << "Account subdomain name";
        QTest::newRow("unknown, id") << "tenantId"
                                     << "Tenant ID";
        QTest::newRow("unknown, url") << "baseUrl"
                                      << "Base URL";
        QTest::newRow("one word") << "region"
                                  << "Region";
    }
    void authFieldNames()
    {
        QFETCH(QString, key);
        QFETCH(QString, expected);
        QCOMPARE(SourceCatalog::authFieldName(key), expected);
    }

    void formFromAuthSpec()
    {
        const AccountForm form(hubSpotAuth());
        QCOMPARE(form.authSpecName(), QStringLiteral("Basic Authentication"));
        QCOMPARE(form.fields().size(), 5);
        const AccountField& secret = form.fields().at(1);
        QCOMPARE(secret.key, QStringLiteral("clientSecret"));
        QCOMPARE(secret.name, QStringLiteral("Client secret"));
        QCOMPARE(secret.label, QStringLiteral("Client secret (required):"));
        QCOMPARE(secret.hint, QStringLiteral("App client secret"));
        QVERIFY(secret.required && secret.password);
        QCOMPARE(form.fields().at(3).label, QStringLiteral("Host:"));
        QVERIFY(!form.fields().at(0).password);
        QVERIFY(form.fields().at(4).password);
    }

    void missingFieldsThenDraftAndSecrets()
    {
        AccountForm form(hubSpotAuth());
        QCOMPARE(form.missing(), (QStringList{"account name", "Client ID", "Client secret", "Access token"}));
        form.setName(QStringLiteral("  HubSpot account "));
        form.setValue(QStringLiteral("clientId"), QStringLiteral("app"));
        form.setValue(QStringLiteral("clientSecret"), QStringLiteral("s3cret"));
        QCOMPARE(form.missing(), QStringList{"Access token"});
        QVERIFY(!form.isComplete());
        form.setValue(QStringLiteral("accessToken"), QStringLiteral("tok"));
        form.setValue(QStringLiteral("host"), QStringLiteral("eu1"));
        QVERIFY(form.isComplete());

        const DraftNewAccount account = form.draftAccount();
        QCOMPARE(account.name, QStringLiteral("HubSpot account"));
        QCOMPARE(account.authSpecName, QStringLiteral("Basic Authentication"));
        QCOMPARE(account.params, (QJsonObject{{"clientId", "app"}, {"host", "eu1"}}));
        QCOMPARE(form.secrets(), (QJsonObject{{"clientSecret", "s3cret"}, {"accessToken", "tok"}}));

        // Filled again (Back, an opened recipe): the draft's params and the secrets kept in memory.
        AccountForm again(hubSpotAuth());
        again.fill(account, form.secrets());
        QCOMPARE(again.name(), account.name);
        QCOMPARE(again.value(QStringLiteral("clientSecret")), QStringLiteral("s3cret"));
        QCOMPARE(again.value(QStringLiteral("host")), QStringLiteral("eu1"));
        QVERIFY(again.isComplete());
        AccountForm withoutSecrets(hubSpotAuth());
        withoutSecrets.fill(account, {});
        QCOMPARE(withoutSecrets.missing(), (QStringList{"Client secret", "Access token"}));
    }

    void authHints_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("HubSpot client id") << kHubSpot << "clientId"
                                           << "App client ID";
        QTest::newRow("HubSpot access token") << kHubSpot << "accessToken"
                                              << "OAuth access token";
        QTest::newRow("HubSpot refresh token") << kHubSpot << "refreshToken"
                                               << "OAuth refresh token";
        QTest::newRow("Marketing Cloud host") << "ea1c2a08-b722-11eb-8529-0242ac130003"
                                              << "host"
                                              << "Subdomain of your Marketing Cloud instance";
        QTest::newRow("Eloqua user") << "35d6c4d8-c9a9-11eb-b8bc-0242ac130003"
                                     << "username"
                                     << "Company\\User name";
        QTest::newRow("Responsys endpoint") << "ff4274f2-c9a9-11eb-b8bc-0242ac130003"
                                            << "endpoint"
                                            << "Responsys login endpoint";
        QTest::newRow("Mailchimp password") << kMailchimp << "password"
                                            << "API key";
        QTest::newRow("known source, unknown field: the Platform's words") << kHubSpot << "portalId"
                                                                           << "Server text";
        QTest::newRow("unknown source: the Platform's words") << "other"
                                                              << "clientId"
                                                              << "Server text";
    }
    void authHints()
    {
        QFETCH(QString, id);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        QCOMPARE(SourceCatalog::authHint(id, key, QStringLiteral("Server text")), expected);
    }

    void authNames_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("expected");
        QTest::newRow("HubSpot") << kHubSpot << "BasicAuthentication"
                                 << "With the keys of a HubSpot private app";
        QTest::newRow("Marketing Cloud") << "ea1c2a08-b722-11eb-8529-0242ac130003"
                                         << "ClientIdSecret"
                                         << "With the client ID and secret of an installed package";
        QTest::newRow("Eloqua") << "35d6c4d8-c9a9-11eb-b8bc-0242ac130003"
                                << "BasicAuthentication"
                                << "With an Eloqua user name and password";
        QTest::newRow("Responsys") << "ff4274f2-c9a9-11eb-b8bc-0242ac130003"
                                   << "BasicAuthentication"
                                   << "With the client ID and secret of a Responsys API user";
        QTest::newRow("Mailchimp basic") << kMailchimp << "BasicAuthentication"
                                         << "With a user name and an API key";
        QTest::newRow("Mailchimp OAuth") << kMailchimp << "OAuth2RefreshCode"
                                         << "With an OAuth access token";
        QTest::newRow("known source, unknown type: the Platform's words") << kHubSpot << "OAuth2RefreshCode"
                                                                          << "Basic Authentication";
        QTest::newRow("unknown source: the Platform's words") << "other"
                                                              << "BasicAuthentication"
                                                              << "Basic Authentication";
    }
    void authNames()
    {
        QFETCH(QString, id);
        QFETCH(QString, type);
        QFETCH(QString, expected);
        QCOMPARE(SourceCatalog::authName(id, type, QStringLiteral("Basic Authentication")), expected);
    }

    void knownSourceFormIsTranslated()
    {
        // The French interface: a known source's placeholders and sign-in are ours (tr()), the others the Platform's.
        MarkingTranslator translator;
        QCoreApplication::installTranslator(&translator);
        const AccountForm hubSpot(hubSpotAuth(), kHubSpot);
        const AccountForm other(hubSpotAuth(), QStringLiteral("other"));
        const QString signIn = SourceCatalog::authName(kHubSpot, hubSpotAuth().type, hubSpotAuth().name);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(hubSpot.fields().at(0).hint, QStringLiteral("FR App client ID"));
        QCOMPARE(hubSpot.fields().at(1).hint, QStringLiteral("FR App client secret"));
        QCOMPARE(hubSpot.fields().at(2).hint, QStringLiteral("FR OAuth access token"));
        QCOMPARE(hubSpot.fields().at(3).hint, QString()); // HubSpot's spec has no "host": nothing to say
        QCOMPARE(hubSpot.fields().at(1).name, QStringLiteral("FR Client secret"));
        QCOMPARE(hubSpot.authSpecName(), QStringLiteral("Basic Authentication")); // the Platform's key, untranslated
        QCOMPARE(signIn, QStringLiteral("FR With the keys of a HubSpot private app"));
        QCOMPARE(other.fields().at(1).hint, QStringLiteral("App client secret"));
    }

    void environmentVariables()
    {
        QCOMPARE(AccountForm::environmentVariable("clientSecret"), QStringLiteral("AEP_ACCOUNT_CLIENTSECRET"));
        QCOMPARE(AccountForm::environmentVariable("api-key.v2"), QStringLiteral("AEP_ACCOUNT_API_KEY_V2"));
        QHash<QString, QString> env{{"AEP_ACCOUNT_CLIENTSECRET", "from-env"}, {"AEP_ACCOUNT_APIPASSPHRASE", "p"}};
        const auto lookup = [&env](const QString& name) { return env.value(name); };
        QStringList missing;
        QJsonObject secrets
            = AccountForm::secretsFromEnvironment(hubSpotAuth(), QJsonObject{{"clientId", "app"}}, &missing, lookup);
        QCOMPARE(missing, QStringList{"AEP_ACCOUNT_ACCESSTOKEN"});
        QCOMPARE(secrets, (QJsonObject{{"clientSecret", "from-env"}, {"apiPassphrase", "p"}}));
        env.insert("AEP_ACCOUNT_ACCESSTOKEN", "t");
        missing.clear();
        secrets = AccountForm::secretsFromEnvironment(hubSpotAuth(), {}, &missing, lookup);
        QVERIFY(missing.isEmpty());
        QCOMPARE(secrets.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSourceCatalog)
#include "TestSourceCatalog.moc"
