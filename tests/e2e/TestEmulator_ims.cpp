// SPDX-License-Identifier: GPL-3.0-or-later
// IMS token endpoint, the gateway's header checks in their documented order, and the sandbox list.
#include "EmulatorClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

class TestEmulatorIms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void token_data();
    void token();
    void tokenIsOpaqueAndUsable();
    void gatewayOrder_data();
    void gatewayOrder();
    void writesNeedJsonContentType();
    void trailingCommaIsRejectedInServiceShape_data();
    void trailingCommaIsRejectedInServiceShape();
    void sandboxes();
    void sandboxPaging_data();
    void sandboxPaging();
    void expiredTokenIsRejected();

private:
    std::unique_ptr<LocalPlatform> m_platform;
    std::unique_ptr<EmulatorClient> m_client;
};

void TestEmulatorIms::initTestCase()
{
    EmulatorOptions options;
    options.rows = 50;
    m_platform = std::make_unique<LocalPlatform>(options);
    QVERIFY(m_platform->listen(0) != 0);
    m_client = std::make_unique<EmulatorClient>(*m_platform);
    QVERIFY(m_client->signIn());
}

void TestEmulatorIms::token_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QString good = QStringLiteral("client_id=demo-client-id&client_secret=demo-client-secret");
    QTest::newRow("ok") << good + QStringLiteral("&grant_type=client_credentials&scope=openid,AdobeID") << 200
                        << QString();
    QTest::newRow("all allowed scopes") << good
            + QStringLiteral("&grant_type=client_credentials&scope=openid,AdobeID,read_organizations,"
                             "additional_info.projectedProductContext,additional_info.roles,session,read_pc.dma_aep")
                                        << 200 << QString();
    QTest::newRow("missing grant_type") << good + QStringLiteral("&scope=openid") << 400
                                        << QStringLiteral("invalid_request");
    QTest::newRow("missing scope") << good + QStringLiteral("&grant_type=client_credentials") << 400
                                   << QStringLiteral("invalid_request");
    QTest::newRow("missing secret") << QStringLiteral(
        "client_id=demo-client-id&grant_type=client_credentials&scope=openid")
                                    << 400 << QStringLiteral("invalid_request");
    QTest::newRow("wrong grant") << good + QStringLiteral("&grant_type=authorization_code&scope=openid") << 400
                                 << QStringLiteral("unsupported_grant_type");
    QTest::newRow("unknown client") << QStringLiteral(
        "client_id=nobody&client_secret=demo-client-secret&grant_type=client_credentials&scope=openid")
                                    << 400 << QStringLiteral("invalid_client");
    QTest::newRow("wrong secret") << QStringLiteral(
        "client_id=demo-client-id&client_secret=nope&grant_type=client_credentials&scope=openid")
                                  << 401 << QStringLiteral("invalid_client");
    QTest::newRow("bad scope") << good + QStringLiteral("&grant_type=client_credentials&scope=openid,admin") << 400
                               << QStringLiteral("invalid_scope");
}

void TestEmulatorIms::token()
{
    QFETCH(QString, form);
    QFETCH(int, status);
    QFETCH(QString, error);
    const auto result = m_client->raw("POST", QStringLiteral("/ims/token/v3"), form.toUtf8(),
                                      {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(result.status, status);
    const QJsonObject body = result.json.object();
    if (status == 200) {
        QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
        QCOMPARE(body.value(QStringLiteral("expires_in")).toInt(), 86399);
        QVERIFY(body.value(QStringLiteral("access_token")).toString().size() > 20);
    } else {
        QCOMPARE(body.value(QStringLiteral("error")).toString(), error);
        QVERIFY(!body.value(QStringLiteral("error_description")).toString().isEmpty());
    }
    if (error == QLatin1String("invalid_client")) {
        QVERIFY(body.value(QStringLiteral("error_description"))
                    .toString()
                    .contains(status == 401 ? QLatin1String("client_secret") : QLatin1String("client_id")));
    }
}

void TestEmulatorIms::tokenIsOpaqueAndUsable()
{
    EmulatorClient other(*m_platform);
    QVERIFY(other.signIn());
    QVERIFY(other.token != m_client->token);
    QCOMPARE(other.get(QStringLiteral("/data/foundation/sandbox-management/")).status, 200);
}

void TestEmulatorIms::gatewayOrder_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    // An empty value removes the header. Each row breaks one header and keeps the ones checked before it.
    QTest::newRow("no token") << QByteArray("Authorization") << QByteArray() << 403 << QStringLiteral("403010");
    QTest::newRow("unknown token") << QByteArray("Authorization") << QByteArray("Bearer abc") << 401
                                   << QStringLiteral("401013");
    QTest::newRow("not bearer") << QByteArray("Authorization") << QByteArray("Basic abc") << 401
                                << QStringLiteral("401013");
    QTest::newRow("no api key") << QByteArray("x-api-key") << QByteArray() << 403 << QStringLiteral("403000");
    QTest::newRow("other api key") << QByteArray("x-api-key") << QByteArray("someone-else") << 403
                                   << QStringLiteral("403003");
    QTest::newRow("no org") << QByteArray("x-gw-ims-org-id") << QByteArray() << 400 << QStringLiteral("400003");
    QTest::newRow("other org") << QByteArray("x-gw-ims-org-id") << QByteArray("0000@AdobeOrg") << 403
                               << QStringLiteral("403027");
    QTest::newRow("flow without sandbox")
        << QByteArray("x-sandbox-name") << QByteArray() << 400 << QStringLiteral("2105-400");
    QTest::newRow("flow unknown sandbox")
        << QByteArray("x-sandbox-name") << QByteArray("qa") << 404 << QStringLiteral("2100-404");
}

void TestEmulatorIms::gatewayOrder()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(int, status);
    QFETCH(QString, code);
    const auto result
        = m_client->call("GET", QStringLiteral("/data/foundation/flowservice/connectionSpecs"), {}, {{header, value}});
    QCOMPARE(result.status, status);
    QCOMPARE(result.code(), code);
    if (code.size() == 6) {
        QVERIFY(!result.json.object().value(QStringLiteral("message")).toString().isEmpty());
    }
}

void TestEmulatorIms::writesNeedJsonContentType()
{
    const QByteArray body = R"({"name":"x"})";
    const auto result = m_client->call("POST", QStringLiteral("/data/foundation/catalog/dataSets"), body,
                                       {{"Content-Type", "text/plain"}});
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json.object().value(QStringLiteral("title")).toString(), QStringLiteral("BadRequestError"));
    QCOMPARE(result.json.object().value(QStringLiteral("detail")).toString(),
             QStringLiteral("A valid content-type must be specified"));
    // The token is checked before the content type.
    const auto unauthenticated = m_client->call("POST", QStringLiteral("/data/foundation/catalog/dataSets"), body,
                                                {{"Content-Type", "text/plain"}, {"Authorization", {}}});
    QCOMPARE(unauthenticated.code(), QStringLiteral("403010"));
}

void TestEmulatorIms::trailingCommaIsRejectedInServiceShape_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("typePrefix");
    QTest::newRow("flow") << QStringLiteral("/data/foundation/flowservice/sourceConnections")
                          << QStringLiteral("https://ns.adobe.com/aep/errors/FLOW-");
    QTest::newRow("schema") << QStringLiteral("/data/foundation/schemaregistry/tenant/schemas")
                            << QStringLiteral("http://ns.adobe.com/aep/errors/XDM-");
    QTest::newRow("catalog") << QStringLiteral("/data/foundation/catalog/dataSets")
                             << QStringLiteral("http://ns.adobe.com/aep/errors/CAT-");
}

void TestEmulatorIms::trailingCommaIsRejectedInServiceShape()
{
    QFETCH(QString, path);
    QFETCH(QString, typePrefix);
    // The tutorial's own source-connection body (CONTRACT §10 #7).
    const QByteArray body = R"({"name": "HubSpot source connection", "data": {"format": "tabular",}})";
    const auto result = m_client->call("POST", path, body);
    QCOMPARE(result.status, 400);
    QVERIFY2(result.json.object().value(QStringLiteral("type")).toString().startsWith(typePrefix), result.body);
}

void TestEmulatorIms::sandboxes()
{
    // The sandbox list needs no x-sandbox-name.
    const auto result
        = m_client->call("GET", QStringLiteral("/data/foundation/sandbox-management/"), {}, {{"x-sandbox-name", {}}});
    QCOMPARE(result.status, 200);
    const QJsonArray list = result.json.object().value(QStringLiteral("sandboxes")).toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0)[QStringLiteral("name")].toString(), QStringLiteral("prod"));
    QCOMPARE(list.at(0)[QStringLiteral("type")].toString(), QStringLiteral("production"));
    QCOMPARE(list.at(0)[QStringLiteral("isDefault")].toBool(), true);
    QCOMPARE(list.at(1)[QStringLiteral("name")].toString(), QStringLiteral("dev"));
    QVERIFY(list.at(0)[QStringLiteral("eTag")].isDouble());
}

void TestEmulatorIms::sandboxPaging_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("limit alone") << QStringLiteral("?limit=1") << 400 << QStringList();
    QTest::newRow("offset alone") << QStringLiteral("?offset=1") << 400 << QStringList();
    QTest::newRow("first page") << QStringLiteral("?limit=1&offset=0") << 200 << QStringList{QStringLiteral("prod")};
    QTest::newRow("second page") << QStringLiteral("?limit=1&offset=1") << 200 << QStringList{QStringLiteral("dev")};
    QTest::newRow("past the end") << QStringLiteral("?limit=1&offset=2") << 200 << QStringList();
}

void TestEmulatorIms::sandboxPaging()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QStringList, names);
    const auto result = m_client->get(QStringLiteral("/data/foundation/sandbox-management/") + query);
    QCOMPARE(result.status, status);
    if (status != 200) {
        QVERIFY(result.json.object().value(QStringLiteral("type")).toString().contains(QLatin1String("SMS-")));
        return;
    }
    QStringList got;
    for (const QJsonValue& sandbox : result.json.object().value(QStringLiteral("sandboxes")).toArray()) {
        got.append(sandbox[QStringLiteral("name")].toString());
    }
    QCOMPARE(got, names);
}

void TestEmulatorIms::expiredTokenIsRejected()
{
    EmulatorClient other(*m_platform);
    QVERIFY(other.signIn());
    QCOMPARE(other.get(QStringLiteral("/data/foundation/sandbox-management/")).status, 200);
    m_platform->advanceClock(86400);
    const auto result = other.get(QStringLiteral("/data/foundation/sandbox-management/"));
    QCOMPARE(result.status, 401);
    QCOMPARE(result.code(), QStringLiteral("401013"));
    QVERIFY(other.signIn());
    QCOMPARE(other.get(QStringLiteral("/data/foundation/sandbox-management/")).status, 200);
    // The main client's token is now expired too; give it a fresh one.
    QVERIFY(m_client->signIn());
}

QTEST_GUILESS_MAIN(TestEmulatorIms)
#include "TestEmulator_ims.moc"
