// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AccountForm.h"
#include "core/SourceCatalog.h"

#include <QTest>

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
