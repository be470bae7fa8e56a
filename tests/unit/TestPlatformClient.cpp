// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScriptedServer.h"
#include "TestNetwork.h"
#include "TestSupport.h"
#include "platform/ImsAuth.h"
#include "platform/PlatformClient.h"
#include "secrets/MemorySecretStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using TestSupport::await;
using Kind = PlatformError::Kind;

namespace {

QByteArray tokenBody(int n)
{
    return QStringLiteral("{\"access_token\":\"tok-%1\",\"token_type\":\"bearer\",\"expires_in\":86399}")
        .arg(n)
        .toUtf8();
}

const QByteArray kInvalidToken = "{\"error_code\":\"401013\",\"message\":\"Oauth token is not valid\"}";
const QString kConnections = QStringLiteral("/data/foundation/flowservice/connections");

} // namespace

/** PlatformClient against a scripted loopback server: headers, timeouts, retries, errors, token renewal. */
class TestPlatformClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<TestNetwork> m_network;
    std::unique_ptr<MemorySecretStore> m_cache;
    std::unique_ptr<ImsAuth> m_auth;
    std::unique_ptr<PlatformClient> m_client;
    int m_minted = 0;

    PlatformConfig config() const
    {
        PlatformConfig c;
        c.platformUrl = m_server->url();
        c.imsUrl = m_server->url();
        c.imsOrg = QStringLiteral("ORG123@AdobeOrg");
        c.clientId = QStringLiteral("client-1");
        c.sandbox = QStringLiteral("dev");
        c.timeoutMs = 3000;
        c.retryBaseDelayMs = 20;
        c.maxRetries = 3;
        return c;
    }

    void rebuild(const PlatformConfig& c)
    {
        m_client.reset();
        m_auth = std::make_unique<ImsAuth>(m_network->get(), c, m_cache.get());
        m_auth->setClientSecret(QStringLiteral("s3cret"));
        m_client = std::make_unique<PlatformClient>(m_network->get(), m_auth.get(), c);
    }

private Q_SLOTS:
    void initTestCase() { TestSupport::isolateUserFolders(); }

    void init()
    {
        m_minted = 0;
        m_server = std::make_unique<ScriptedServer>();
        QVERIFY(m_server->start());
        m_server->setFallback([this](const RecordedRequest& r) {
            if (r.path == QLatin1String("/ims/token/v3"))
                return ScriptedResponse::json(200, tokenBody(++m_minted));
            return ScriptedResponse::json(200, "{\"items\":[]}");
        });
        m_network = std::make_unique<TestNetwork>();
        m_cache = std::make_unique<MemorySecretStore>();
        rebuild(config());
    }

    void cleanup()
    {
        m_client.reset();
        m_auth.reset();
        m_cache.reset();
        m_network.reset();
        m_server.reset();
    }

    void headersOnEveryCall_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::newRow("GET") << QByteArray("GET");
        QTest::newRow("POST") << QByteArray("POST");
        QTest::newRow("PUT") << QByteArray("PUT");
        QTest::newRow("PATCH") << QByteArray("PATCH");
        QTest::newRow("DELETE") << QByteArray("DELETE");
    }
    void headersOnEveryCall()
    {
        QFETCH(QByteArray, method);
        const QJsonDocument body(QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}});
        PlatformCall* call = nullptr;
        if (method == "GET")
            call = m_client->get(kConnections);
        else if (method == "POST")
            call = m_client->post(kConnections, body);
        else if (method == "PUT")
            call = m_client->put(kConnections + QStringLiteral("/1"), body);
        else if (method == "PATCH")
            call = m_client->patch(kConnections + QStringLiteral("/1"), body, "\"etag-1\"");
        else
            call = m_client->deleteResource(kConnections + QStringLiteral("/1"));
        const auto result = await(call);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));

        const RecordedRequest& r = m_server->requests().constLast();
        QCOMPARE(r.method, method);
        QCOMPARE(r.header("Authorization"), QByteArray("Bearer tok-1"));
        QCOMPARE(r.header("x-api-key"), QByteArray("client-1"));
        QCOMPARE(r.header("x-gw-ims-org-id"), QByteArray("ORG123@AdobeOrg"));
        QCOMPARE(r.header("x-sandbox-name"), QByteArray("dev"));
        QCOMPARE(r.header("Accept"), QByteArray("application/json"));
        const bool write = method == "POST" || method == "PUT" || method == "PATCH";
        QCOMPARE(r.header("Content-Type"), write ? QByteArray("application/json") : QByteArray());
        if (write)
            QCOMPARE(r.body, QByteArray("{\"name\":\"x\"}"));
        if (method == "PATCH")
            QCOMPARE(r.header("If-Match"), QByteArray("\"etag-1\""));
    }

    void schemaRegistryAccept_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("accept");
        const QString sr = QLatin1String(Platform::kSchemaRegistry);
        QTest::newRow("schemas list") << sr + "/tenant/schemas" << QByteArray(Platform::kXedId);
        QTest::newRow("trailing slash") << sr + "/tenant/schemas/" << QByteArray(Platform::kXedId);
        QTest::newRow("classes") << sr + "/global/classes" << QByteArray(Platform::kXedId);
        QTest::newRow("field groups") << sr + "/global/fieldgroups" << QByteArray(Platform::kXedId);
        QTest::newRow("schema lookup") << sr + "/tenant/schemas/_t.schemas.abc" << QByteArray(Platform::kXedFull);
        QTest::newRow("descriptors") << sr + "/tenant/descriptors" << QByteArray(Platform::kXdmId);
        QTest::newRow("descriptor") << sr + "/tenant/descriptors/abc" << QByteArray(Platform::kJson);
        QTest::newRow("stats") << sr + "/stats" << QByteArray(Platform::kJson);
        QTest::newRow("flow") << kConnections << QByteArray(Platform::kJson);
    }
    void schemaRegistryAccept()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, accept);
        QCOMPARE(PlatformClient::defaultAccept(path), accept);
        QVERIFY(await(m_client->get(path)).ok());
        QCOMPARE(m_server->requests().constLast().header("Accept"), accept);
        // An explicit Accept wins.
        QVERIFY(await(m_client->get(path, {}, Platform::kXed)).ok());
        QCOMPARE(m_server->requests().constLast().header("Accept"), QByteArray(Platform::kXed));
    }

    void sandboxListHasNoSandboxHeader()
    {
        PlatformRequest request;
        request.path = QLatin1String(Platform::kSandboxes) + QLatin1Char('/');
        request.sandboxHeader = false;
        QVERIFY(await(m_client->send(request)).ok());
        QCOMPARE(m_server->requests().constLast().header("x-sandbox-name"), QByteArray());
        QCOMPARE(m_server->requests().constLast().path, QStringLiteral("/data/foundation/sandbox-management/"));
    }

    void timeout()
    {
        PlatformConfig c = config();
        c.timeoutMs = 400;
        c.maxRetries = 0;
        rebuild(c);
        QVERIFY(await(m_auth->token()).finished); // token first, so only the GET is timed
        m_server->enqueue("GET", kConnections, ScriptedResponse{.never = true});
        QElapsedTimer clock;
        clock.start();
        const auto result = await(m_client->get(kConnections));
        QCOMPARE(result.error.kind, Kind::Timeout);
        QVERIFY2(clock.elapsed() >= 380 && clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(result.attempts, 1);
    }

    void timeoutIsRetriedForGet()
    {
        PlatformConfig c = config();
        c.timeoutMs = 300;
        c.maxRetries = 2;
        rebuild(c);
        m_server->enqueue("GET", kConnections, ScriptedResponse{.delayMs = 1500});
        const auto result = await(m_client->get(kConnections));
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.attempts, 2);
    }

    void getRetriedOnTransient_data()
    {
        QTest::addColumn<int>("status");
        for (int s : {429, 500, 502, 503, 504})
            QTest::addRow("%d", s) << s;
    }
    void getRetriedOnTransient()
    {
        QFETCH(int, status);
        // Always failing: 1 attempt + maxRetries retries, then the error.
        m_server->setFallback([this, status](const RecordedRequest& r) {
            if (r.path == QLatin1String("/ims/token/v3"))
                return ScriptedResponse::json(200, tokenBody(++m_minted));
            return ScriptedResponse::json(status, "{\"title\":\"busy\"}");
        });
        const auto failed = await(m_client->get(kConnections));
        QCOMPARE(failed.error.httpStatus, status);
        QCOMPARE(failed.attempts, 4);
        QCOMPARE(m_server->count("GET", kConnections), 4);

        // Failing twice, then answering: the caller sees the success.
        m_server->clear();
        m_server->setFallback([this](const RecordedRequest& r) {
            if (r.path == QLatin1String("/ims/token/v3"))
                return ScriptedResponse::json(200, tokenBody(++m_minted));
            return ScriptedResponse::json(200, "{\"items\":[1]}");
        });
        m_server->enqueue("GET", kConnections, ScriptedResponse::json(status, "{}"));
        m_server->enqueue("GET", kConnections, ScriptedResponse::json(status, "{}"));
        const auto recovered = await(m_client->get(kConnections));
        QVERIFY2(recovered.ok(), qPrintable(recovered.error.toString()));
        QCOMPARE(recovered.attempts, 3);
        QCOMPARE(recovered.json.object().value("items").toArray().size(), 1);
    }

    void backoffGrows()
    {
        for (int i = 0; i < 3; ++i)
            m_server->enqueue("GET", kConnections, ScriptedResponse::json(503, "{}"));
        QVERIFY(await(m_client->get(kConnections)).ok());
        QList<qint64> at;
        for (const RecordedRequest& r : m_server->requests())
            if (r.path == kConnections)
                at << r.receivedAtMs;
        QCOMPARE(at.size(), 4);
        // base 20 ms, half of it random (jitter): waits of 10-20, 20-40 and 40-80 ms.
        QVERIFY(at[1] - at[0] >= 8);
        QVERIFY(at[2] - at[1] >= 18);
        QVERIFY(at[3] - at[2] >= 38);
    }

    void nonTransientNotRetried_data()
    {
        QTest::addColumn<int>("status");
        for (int s : {400, 404, 409, 501})
            QTest::addRow("%d", s) << s;
    }
    void nonTransientNotRetried()
    {
        QFETCH(int, status);
        m_server->enqueue("GET", kConnections, ScriptedResponse::json(status, "{}"));
        const auto result = await(m_client->get(kConnections));
        QCOMPARE(result.error.httpStatus, status);
        QCOMPARE(result.attempts, 1);
    }

    void writesRefusedUnprocessedAreRetried_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("status");
        for (const char* m : {"POST", "PUT", "PATCH", "DELETE"}) {
            QTest::addRow("%s 503", m) << QByteArray(m) << 503;
            QTest::addRow("%s 429", m) << QByteArray(m) << 429;
        }
    }
    void writesRefusedUnprocessedAreRetried()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, status);
        m_server->enqueue(method, kConnections + "*", ScriptedResponse::json(status, "{}"));
        m_server->enqueue(method, kConnections + "*", ScriptedResponse::json(200, "{\"id\":\"c1\"}"));
        PlatformRequest request;
        request.method = method;
        request.path = kConnections + QStringLiteral("/1");
        request.body = "{}";
        PlatformCall* call = m_client->send(request);
        QSignalSpy retrying(call, &PlatformCall::retrying);
        const auto result = await(call);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.attempts, 2);
        QCOMPARE(m_server->count(method, kConnections), 2);
        QCOMPARE(retrying.count(), 1);
        QCOMPARE(retrying.first().at(0).toInt(), 2);
        QCOMPARE(retrying.first().at(2).value<PlatformError>().httpStatus, status);
    }

    void writeWithUnknownOutcomeIsNotRepeated_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("status"); // 0: no answer in time; 200: an answer that cannot be read
        for (const char* m : {"POST", "PUT", "PATCH"}) {
            for (int s : {500, 502, 504, 0, 200})
                QTest::addRow("%s %d", m, s) << QByteArray(m) << s;
        }
    }
    void writeWithUnknownOutcomeIsNotRepeated()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, status);
        PlatformConfig c = config();
        c.timeoutMs = 400;
        rebuild(c);
        if (status == 0)
            m_server->enqueue(method, kConnections + "*", ScriptedResponse{.never = true});
        else
            m_server->enqueue(method, kConnections + "*",
                              ScriptedResponse::json(status, status == 200 ? "{\"id\": " : "{}"));
        PlatformRequest request;
        request.method = method;
        request.path = kConnections + QStringLiteral("/1");
        request.body = "{}";
        const auto result = await(m_client->send(request));
        QVERIFY(result.error.isError());
        QVERIFY(result.error.outcomeUnknown);
        QVERIFY2(result.error.userMessage.contains(QLatin1String("outcome is unknown")),
                 qPrintable(result.error.userMessage));
        QCOMPARE(result.attempts, 1);
        QCOMPARE(m_server->count(method, kConnections), 1);
    }

    void refusedWriteIsNotUnknown()
    {
        // Validation (400), a 503 after the last retry, a 501: the Platform did nothing, and says so.
        PlatformConfig c = config();
        c.maxRetries = 0;
        rebuild(c);
        for (int status : {400, 503, 501}) {
            m_server->enqueue("POST", kConnections, ScriptedResponse::json(status, "{}"));
            const auto result = await(m_client->post(kConnections, QJsonDocument(QJsonObject{})));
            QCOMPARE(result.error.httpStatus, status);
            QVERIFY2(!result.error.outcomeUnknown, qPrintable(QString::number(status)));
        }
    }

    void retriedDeleteAnswered404IsDone()
    {
        m_server->enqueue("DELETE", kConnections + "*", ScriptedResponse::json(504, "{}"));
        m_server->enqueue("DELETE", kConnections + "*", ScriptedResponse::json(404, "{}"));
        const auto result = await(m_client->deleteResource(kConnections + QStringLiteral("/1")));
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.attempts, 2);
        // A first 404 is an error, as always.
        m_server->enqueue("DELETE", kConnections + "*", ScriptedResponse::json(404, "{}"));
        QCOMPARE(await(m_client->deleteResource(kConnections + QStringLiteral("/1"))).error.kind, Kind::NotFound);
    }

    void answerLargerThanTheCapIsCutOff()
    {
        PlatformConfig c = config();
        c.maxReplyBytes = 1024 * 1024;
        rebuild(c);
        QByteArray huge = "{\"items\": [\"";
        huge += QByteArray(3 * 1024 * 1024, 'x');
        huge += "\"]}";
        m_server->enqueue("GET", kConnections, ScriptedResponse::json(200, huge));
        const auto result = await(m_client->get(kConnections));
        QCOMPARE(result.error.kind, Kind::BadResponse);
        QVERIFY2(result.error.userMessage.contains(QLatin1String("larger than 1 MB")),
                 qPrintable(result.error.userMessage));
        QVERIFY(result.body.isEmpty());
        QCOMPARE(result.attempts, 1); // not retried: it would be as large again
        // Under the cap, the same client reads it.
        m_server->enqueue("GET", kConnections, ScriptedResponse::json(200, "{\"items\": [1]}"));
        QVERIFY(await(m_client->get(kConnections)).ok());
        // A write answered beyond the cap may have been done: its outcome is unknown.
        m_server->enqueue("POST", kConnections, ScriptedResponse::json(201, huge));
        const auto write = await(m_client->post(kConnections, QJsonDocument(QJsonObject{})));
        QVERIFY(write.error.outcomeUnknown);
    }

    void abortDuringTheRetryWait()
    {
        m_server->enqueue("GET", kConnections,
                          ScriptedResponse{.status = 429, .body = "{}", .headers = {{"Retry-After", "30"}}});
        PlatformCall* call = m_client->get(kConnections);
        connect(call, &PlatformCall::retrying, call, [call] { call->abort(); });
        QElapsedTimer clock;
        clock.start();
        const auto result = await(call);
        QCOMPARE(result.error.kind, Kind::Cancelled);
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(m_server->count("GET", kConnections), 1);
    }

    void retriesBoundedInTotalTime()
    {
        PlatformConfig c = config();
        c.maxRetries = 10;
        c.maxRetryTotalMs = 1500;
        rebuild(c);
        m_server->setFallback([this](const RecordedRequest& r) {
            if (r.path == QLatin1String("/ims/token/v3"))
                return ScriptedResponse::json(200, tokenBody(++m_minted));
            return ScriptedResponse{.status = 503, .body = "{}", .headers = {{"Retry-After", "1"}}};
        });
        const auto result = await(m_client->get(kConnections));
        QCOMPARE(result.error.httpStatus, 503);
        QCOMPARE(result.attempts, 2); // the second wait of 1 s would end after 1.5 s
    }

    void retryAfterHonoured()
    {
        // The back-off base is 20 ms: a 1 s gap can only come from Retry-After.
        m_server->enqueue("GET", kConnections,
                          ScriptedResponse{.status = 429, .body = "{}", .headers = {{"Retry-After", "1"}}});
        const auto result = await(m_client->get(kConnections));
        QVERIFY(result.ok());
        QCOMPARE(result.attempts, 2);
        QList<qint64> at;
        for (const RecordedRequest& r : m_server->requests())
            if (r.path == kConnections)
                at << r.receivedAtMs;
        QVERIFY2(at[1] - at[0] >= 950, qPrintable(QString::number(at[1] - at[0])));
    }

    void retryAfterTooLongIsReported()
    {
        m_server->enqueue("GET", kConnections,
                          ScriptedResponse{.status = 429, .body = "{}", .headers = {{"Retry-After", "3600"}}});
        const auto result = await(m_client->get(kConnections));
        QCOMPARE(result.error.kind, Kind::RateLimited);
        QCOMPARE(result.error.retryAfterSeconds, 3600);
        QCOMPARE(result.attempts, 1);
    }

    void networkErrorRetried()
    {
        QVERIFY(await(m_auth->token()).finished); // IMS stays reachable: only the Platform goes away
        PlatformConfig c = config();
        c.platformUrl = QUrl(QStringLiteral("http://127.0.0.1:1")); // nothing listens on port 1
        m_client->setConfig(c);
        const auto result = await(m_client->get(kConnections));
        QCOMPARE(result.error.kind, Kind::Network);
        QCOMPARE(result.attempts, 4);
        QCOMPARE(m_minted, 1);
    }

    void httpsRule()
    {
        PlatformConfig c = config();
        c.platformUrl = QUrl(QStringLiteral("http://platform.example.com"));
        rebuild(c);
        const auto result = await(m_client->get(kConnections));
        QCOMPARE(result.error.kind, Kind::InsecureUrl);
        QVERIFY(result.error.userMessage.contains(QLatin1String("platform.example.com")));
        QCOMPARE(m_server->requests().size(), 0); // not even a token was asked for

        c = config();
        c.imsUrl = QUrl(QStringLiteral("http://ims.example.com"));
        rebuild(c);
        const auto ims = await(m_client->get(kConnections));
        QCOMPARE(ims.error.kind, Kind::InsecureUrl);
        QCOMPARE(m_server->requests().size(), 0);
    }

    void tokenRenewedOnceOn401013()
    {
        m_server->enqueue("GET", kConnections, ScriptedResponse::json(401, kInvalidToken));
        const auto result = await(m_client->get(kConnections));
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.attempts, 2);
        QCOMPARE(m_minted, 2);
        const QList<RecordedRequest>& r = m_server->requests();
        QList<QByteArray> bearers;
        for (const RecordedRequest& request : r)
            if (request.path == kConnections)
                bearers << request.header("Authorization");
        QCOMPARE(bearers, (QList<QByteArray>{"Bearer tok-1", "Bearer tok-2"}));
    }

    void tokenRenewedOnlyOnce()
    {
        m_server->setFallback([this](const RecordedRequest& r) {
            if (r.path == QLatin1String("/ims/token/v3"))
                return ScriptedResponse::json(200, tokenBody(++m_minted));
            return ScriptedResponse::json(401, kInvalidToken);
        });
        const auto result = await(m_client->get(kConnections));
        QCOMPARE(result.error.kind, Kind::Authentication);
        QCOMPARE(result.error.code, QStringLiteral("401013"));
        QCOMPARE(result.attempts, 2);
        QCOMPARE(m_minted, 2);
    }

    void writeReplayedOnceAfterRenewal()
    {
        m_server->enqueue("POST", kConnections, ScriptedResponse::json(401, kInvalidToken));
        m_server->enqueue("POST", kConnections, ScriptedResponse::json(201, "{\"id\":\"c1\",\"etag\":\"\\\"e\\\"\"}"));
        const auto result = await(m_client->post(kConnections, QJsonDocument(QJsonObject{})));
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.status, 201);
        QCOMPARE(m_server->count("POST", kConnections), 2);
    }

    void concurrentCallsShareOneToken()
    {
        QList<PlatformCall*> calls;
        for (int i = 0; i < 6; ++i)
            calls << m_client->get(kConnections);
        for (const auto& result : TestSupport::awaitAll(calls))
            QVERIFY(result.ok());
        QCOMPARE(m_minted, 1);
        // And concurrent renewals after a 401013 mint one token, not one per call.
        for (int i = 0; i < 3; ++i)
            m_server->enqueue("GET", kConnections, ScriptedResponse::json(401, kInvalidToken));
        calls.clear();
        for (int i = 0; i < 3; ++i)
            calls << m_client->get(kConnections);
        for (const auto& result : TestSupport::awaitAll(calls))
            QVERIFY(result.ok());
        QCOMPARE(m_minted, 2);
    }

    void badJsonOnSuccess()
    {
        m_server->enqueue("GET", kConnections, ScriptedResponse::json(200, "{\"items\": [1,]}"));
        const auto result = await(m_client->get(kConnections));
        QCOMPARE(result.error.kind, Kind::BadResponse);
        QCOMPARE(result.error.httpStatus, 200);
    }

    void emptyBodyIsFine()
    {
        m_server->enqueue("DELETE", kConnections + "*", ScriptedResponse{.status = 204, .contentType = {}});
        const auto result = await(m_client->deleteResource(kConnections + QStringLiteral("/1")));
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.status, 204);
        QVERIFY(result.json.isNull());
    }

    void abortReportsCancelled()
    {
        m_server->enqueue("GET", kConnections, ScriptedResponse{.never = true});
        PlatformCall* call = m_client->get(kConnections);
        QTimer::singleShot(200, call, [call] { call->abort(); });
        const auto result = await(call);
        QCOMPARE(result.error.kind, Kind::Cancelled);
    }

    void errorBodyReachesCaller()
    {
        m_server->enqueue(
            "GET", kConnections,
            ScriptedResponse::json(404,
                                   "{\"type\":\"https://ns.adobe.com/aep/errors/FLOW-1439-404\",\"title\":\"Resource"
                                   " not found\",\"status\":404,\"report\":{\"detailed-message\":\"gone\"}}"));
        const auto result = await(m_client->get(kConnections));
        QCOMPARE(result.error.kind, Kind::NotFound);
        QCOMPARE(result.error.code, QStringLiteral("FLOW-1439-404"));
        QCOMPARE(result.error.detail, QStringLiteral("gone"));
        QCOMPARE(result.status, 404);
    }
};

QTEST_GUILESS_MAIN(TestPlatformClient)
#include "TestPlatformClient.moc"
