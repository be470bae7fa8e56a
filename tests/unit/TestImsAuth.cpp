// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScriptedServer.h"
#include "TestNetwork.h"
#include "TestSupport.h"
#include "platform/ImsAuth.h"
#include "secrets/MemorySecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using TestSupport::await;
using Kind = PlatformError::Kind;

/** IMS sign-in: the form sent, each failure, and the token cache across runs. */
class TestImsAuth : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScriptedServer> m_server;
    TestNetwork m_network;
    MemorySecretStore m_cache;

    PlatformConfig config() const
    {
        PlatformConfig c;
        c.imsUrl = m_server->url();
        c.platformUrl = m_server->url();
        c.imsOrg = QStringLiteral("ORG@AdobeOrg");
        c.clientId = QStringLiteral("client id");
        c.scopes = QStringLiteral("openid, AdobeID,read_organizations");
        c.timeoutMs = 2000;
        return c;
    }

    std::unique_ptr<ImsAuth> makeAuth(const PlatformConfig& c, SecretStore* cache)
    {
        auto auth = std::make_unique<ImsAuth>(m_network.get(), c, cache);
        auth->setClientSecret(QStringLiteral("p+ss/w=rd&é"));
        return auth;
    }

    static ScriptedResponse token(const QByteArray& value, int expiresIn = 86399)
    {
        return ScriptedResponse::json(200,
                                      R"({"access_token":")" + value + R"(","token_type":"bearer","expires_in":)"
                                          + QByteArray::number(expiresIn) + "}");
    }

private Q_SLOTS:
    void initTestCase() { TestSupport::isolateUserFolders(); }
    void init()
    {
        m_server = std::make_unique<ScriptedServer>();
        QVERIFY(m_server->start());
        const QString base = m_server->url().toString();
        m_cache.remove(SecretStore::tokenKey(base, QStringLiteral("ORG@AdobeOrg"), QStringLiteral("client id")));
        QTest::qWait(1);
    }
    void cleanup() { m_server.reset(); }

    void success()
    {
        m_server->enqueue("POST", "/ims/token/v3", token("tok-A"));
        auto auth = makeAuth(config(), nullptr);
        const auto result = await(auth->token());
        QVERIFY2(!result.error.isError(), qPrintable(result.error.toString()));
        QCOMPARE(result.token, QStringLiteral("tok-A"));
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(auth->expiresAt());
        QVERIFY(left > 86000 && left <= 86399);

        const RecordedRequest& r = m_server->requests().constFirst();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(r.header("Authorization"), QByteArray());
        const QUrlQuery form(QString::fromUtf8(r.body));
        QCOMPARE(form.queryItemValue("grant_type", QUrl::FullyDecoded), QStringLiteral("client_credentials"));
        QCOMPARE(form.queryItemValue("client_id", QUrl::FullyDecoded), QStringLiteral("client id"));
        // '+' must arrive as '+', not as a space.
        QVERIFY(r.body.contains("client_secret=p%2Bss%2Fw%3Drd%26%C3%A9"));
        QCOMPARE(form.queryItemValue("scope", QUrl::FullyDecoded), QStringLiteral("openid,AdobeID,read_organizations"));
    }

    void failures_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("bad secret") << 401
                                    << QByteArray(R"({"error":"invalid_client","error_description":"invalid )"
                                                  R"(client_secret parameter"})")
                                    << QByteArray("application/json") << int(Kind::Authentication) << "invalid_client";
        QTest::newRow("bad client id") << 400
                                       << QByteArray(R"({"error":"invalid_client","error_description":"invalid )"
                                                     R"(client_id parameter"})")
                                       << QByteArray("application/json") << int(Kind::Authentication)
                                       << "invalid_client";
        QTest::newRow("bad scope") << 400
                                   << QByteArray(R"({"error":"invalid_scope","error_description":"invalid scope"})")
                                   << QByteArray("application/json") << int(Kind::Authentication) << "invalid_scope";
        QTest::newRow("html error page") << 502 << QByteArray("<html><body>Bad gateway</body></html>")
                                         << QByteArray("text/html") << int(Kind::Server) << QString();
        QTest::newRow("html with 200") << 200 << QByteArray("<html><body>Sign in</body></html>")
                                       << QByteArray("text/html") << int(Kind::BadResponse) << QString();
        QTest::newRow("json without token") << 200 << QByteArray(R"({"token_type":"bearer"})")
                                            << QByteArray("application/json") << int(Kind::BadResponse) << QString();
    }
    void failures()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, kind);
        QFETCH(QString, code);
        m_server->enqueue("POST", "/ims/token/v3", ScriptedResponse{status, body, contentType});
        auto auth = makeAuth(config(), nullptr);
        const auto result = await(auth->token());
        QVERIFY(result.finished);
        QCOMPARE(PlatformError::kindName(result.error.kind), PlatformError::kindName(Kind(kind)));
        QCOMPARE(result.error.code, code);
        QVERIFY(!result.error.userMessage.isEmpty());
        QVERIFY(result.token.isEmpty());
        QVERIFY(!result.error.toString().contains(QLatin1String("p+ss")));
    }

    void timeout()
    {
        PlatformConfig c = config();
        c.timeoutMs = 300;
        m_server->enqueue("POST", "/ims/token/v3", ScriptedResponse{.never = true});
        auto auth = makeAuth(c, nullptr);
        QElapsedTimer clock;
        clock.start();
        const auto result = await(auth->token());
        QCOMPARE(result.error.kind, Kind::Timeout);
        QVERIFY(clock.elapsed() < 3000);
    }

    void missingSecretSendsNothing()
    {
        auto auth = std::make_unique<ImsAuth>(m_network.get(), config(), nullptr);
        const auto result = await(auth->token());
        QCOMPARE(result.error.kind, Kind::Authentication);
        QCOMPARE(m_server->requests().size(), 0);
    }

    void tokenReusedAcrossRuns()
    {
        m_server->enqueue("POST", "/ims/token/v3", token("tok-run1"));
        {
            auto first = makeAuth(config(), &m_cache);
            QCOMPARE(await(first->token()).token, QStringLiteral("tok-run1"));
            QCOMPARE(first->mintCount(), 1);
            QTest::qWait(20); // the cache write is asynchronous
        }
        // A new ImsAuth (the next run) finds the token in the store and asks IMS for nothing.
        auto second = makeAuth(config(), &m_cache);
        const auto again = await(second->token());
        QCOMPARE(again.token, QStringLiteral("tok-run1"));
        QCOMPARE(second->mintCount(), 0);
        QCOMPARE(m_server->count("POST", "/ims/token/v3"), 1);
        // The cached value holds the token and its expiry, nothing else.
        const QString key = SecretStore::tokenKey(m_server->url().toString(), QStringLiteral("ORG@AdobeOrg"),
                                                  QStringLiteral("client id"));
        QVERIFY(m_cache.contains(key));
    }

    void nearExpiryIsRenewed()
    {
        // A token with less than the renewal margin left is not used: a new one is minted.
        m_server->enqueue("POST", "/ims/token/v3", token("short", ImsAuth::kRenewMarginSeconds - 60));
        m_server->enqueue("POST", "/ims/token/v3", token("fresh"));
        auto auth = makeAuth(config(), &m_cache);
        QCOMPARE(await(auth->token()).token, QStringLiteral("short"));
        QCOMPARE(await(auth->token()).token, QStringLiteral("fresh"));
        QCOMPARE(auth->mintCount(), 2);
        QCOMPARE(await(auth->token()).token, QStringLiteral("fresh"));
        QCOMPARE(auth->mintCount(), 2);
    }

    void verifyAlwaysAsksIms()
    {
        m_server->enqueue("POST", "/ims/token/v3", token("t1"));
        m_server->enqueue("POST", "/ims/token/v3", ScriptedResponse::json(401, R"({"error":"invalid_client"})"));
        auto auth = makeAuth(config(), &m_cache);
        QCOMPARE(await(auth->token()).token, QStringLiteral("t1"));
        // The user typed a wrong secret: verify() must not answer from the cache.
        auth->setClientSecret(QStringLiteral("wrong"));
        const auto result = await(auth->verify());
        QCOMPARE(result.error.code, QStringLiteral("invalid_client"));
        QCOMPARE(auth->mintCount(), 2);
    }

    void renewReplacesRejectedToken()
    {
        m_server->enqueue("POST", "/ims/token/v3", token("old"));
        m_server->enqueue("POST", "/ims/token/v3", token("new"));
        auto auth = makeAuth(config(), &m_cache);
        QCOMPARE(await(auth->token()).token, QStringLiteral("old"));
        QCOMPARE(await(auth->renew(QStringLiteral("old"))).token, QStringLiteral("new"));
        // A second caller that also saw "old" rejected gets "new" without another mint.
        QCOMPARE(await(auth->renew(QStringLiteral("old"))).token, QStringLiteral("new"));
        QCOMPARE(auth->mintCount(), 2);
    }

    void staticToken()
    {
        auto auth = makeAuth(config(), &m_cache);
        auth->setStaticToken(QStringLiteral("ready"));
        QCOMPARE(await(auth->token()).token, QStringLiteral("ready"));
        const auto renewed = await(auth->renew(QStringLiteral("ready")));
        QCOMPARE(renewed.error.code, QStringLiteral("401013"));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void unreachableIms()
    {
        PlatformConfig c = config();
        c.imsUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
        auto auth = makeAuth(c, nullptr);
        const auto result = await(auth->token());
        QCOMPARE(result.error.kind, Kind::Network);
    }
};

QTEST_GUILESS_MAIN(TestImsAuth)
#include "TestImsAuth.moc"
