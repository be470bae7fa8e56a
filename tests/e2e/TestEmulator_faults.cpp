// SPDX-License-Identifier: GPL-3.0-or-later
// Each fault kind as a QNetworkAccessManager client sees it, latency, and the admin endpoints.
#include "EmulatorClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace {
const QString kSpecs = QStringLiteral("/data/foundation/flowservice/connectionSpecs");
}

class TestEmulatorFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void statusWithRetryAfterForNCalls();
    void serverErrors_data();
    void serverErrors();
    void droppedConnection();
    void delayLongerThanClientTimeout();
    void malformedBody();
    void tokenExpiresAfterNCalls();
    void latency();
    void adminEndpoints();
    void badSpecsAreRefused_data();
    void badSpecsAreRefused();

private:
    std::unique_ptr<LocalPlatform> m_platform;
    std::unique_ptr<EmulatorClient> m_client;
};

// moc cannot read raw string literals holding ")": it only needs the class above.
#ifndef Q_MOC_RUN

void TestEmulatorFaults::init()
{
    EmulatorOptions options;
    options.rows = 20;
    m_platform = std::make_unique<LocalPlatform>(options);
    QVERIFY(m_platform->listen(0) != 0);
    m_client = std::make_unique<EmulatorClient>(*m_platform);
    QVERIFY(m_client->signIn());
}

void TestEmulatorFaults::statusWithRetryAfterForNCalls()
{
    QVERIFY(
        m_platform->addFault(QStringLiteral("GET:/data/foundation/flowservice/connection*=429,retry-after=2,count=2")));
    for (int i = 0; i < 2; ++i) {
        const auto result = m_client->get(kSpecs);
        QCOMPARE(result.status, 429);
        QCOMPARE(result.header("Retry-After"), QByteArray("2"));
    }
    QCOMPARE(m_client->get(kSpecs).status, 200);
    // POST does not match a GET fault.
    QVERIFY(m_platform->addFault(QStringLiteral("GET:/data/foundation/flowservice/*=429")));
    QCOMPARE(m_client->call("POST", QStringLiteral("/data/foundation/flowservice/connections"), "{}").status, 400);
}

void TestEmulatorFaults::serverErrors_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("500") << QStringLiteral("*:/data/*=500") << 500 << QByteArray();
    QTest::newRow("503 with header") << QStringLiteral("*:/data/*=503,header=X-Why:maintenance") << 503 << QByteArray();
    QTest::newRow("custom body") << QStringLiteral("*:/data/*=502,body={\"error\":\"bad, gateway\"}") << 502
                                 << QByteArray("{\"error\":\"bad, gateway\"}");
}

void TestEmulatorFaults::serverErrors()
{
    QFETCH(QString, spec);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QString error;
    QVERIFY2(m_platform->addFault(spec, &error), qPrintable(error));
    const auto result = m_client->get(kSpecs);
    QCOMPARE(result.status, status);
    if (!body.isEmpty()) {
        QCOMPARE(result.body, body);
    } else {
        QVERIFY(result.json.isObject());
    }
    if (spec.contains(QLatin1String("X-Why"))) {
        QCOMPARE(result.header("X-Why"), QByteArray("maintenance"));
    }
    QCOMPARE(m_client->get(kSpecs).status, 200);
}

void TestEmulatorFaults::droppedConnection()
{
    // Two drops: QNetworkAccessManager silently resends a GET once when a kept-alive connection closes.
    QVERIFY(m_platform->addFault(QStringLiteral("/data/foundation/flowservice/connectionSpecs=drop,count=2")));
    const auto result = m_client->get(kSpecs);
    QCOMPARE(result.status, 0);
    QVERIFY(result.error != QNetworkReply::NoError);
    QCOMPARE(m_client->get(kSpecs).status, 200);
}

void TestEmulatorFaults::delayLongerThanClientTimeout()
{
    QVERIFY(m_platform->addFault(QStringLiteral("GET:/data/foundation/flowservice/connectionSpecs=delay,ms=1500")));
    QElapsedTimer timer;
    timer.start();
    const auto result = m_client->call("GET", kSpecs, {}, {}, 300);
    QVERIFY(timer.elapsed() < 1400);
    QCOMPARE(result.status, 0);
    QVERIFY(result.error == QNetworkReply::OperationCanceledError || result.error == QNetworkReply::TimeoutError);
    // Let the late answer fire into the closed connection without harm, then work normally.
    QTest::qWait(1400);
    QCOMPARE(m_client->get(kSpecs).status, 200);
}

void TestEmulatorFaults::malformedBody()
{
    QVERIFY(m_platform->addFault(QStringLiteral("GET:/data/foundation/flowservice/*=malformed")));
    const auto result = m_client->get(kSpecs);
    QCOMPARE(result.status, 200);
    QJsonParseError error;
    QJsonDocument::fromJson(result.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestEmulatorFaults::tokenExpiresAfterNCalls()
{
    QVERIFY(m_platform->addFault(QStringLiteral("*:/data/*=expire-token,after=2")));
    QCOMPARE(m_client->get(kSpecs).status, 200);
    QCOMPARE(m_client->get(kSpecs).status, 200);
    const auto expired = m_client->get(kSpecs);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.code(), QStringLiteral("401013"));
    QVERIFY(m_client->signIn());
    QCOMPARE(m_client->get(kSpecs).status, 200);
}

void TestEmulatorFaults::latency()
{
    EmulatorOptions options;
    options.latencyMs = 200;
    LocalPlatform slow(options);
    QVERIFY(slow.listen(0) != 0);
    EmulatorClient client(slow);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(client.signIn());
    QVERIFY(timer.elapsed() >= 190);
}

void TestEmulatorFaults::adminEndpoints()
{
    const auto added = m_client->call("POST", QStringLiteral("/__emulator/faults"),
                                      R"({"spec": "GET:/data/foundation/catalog/*=503,count=1"})");
    QCOMPARE(added.status, 201);
    QCOMPARE(m_client->get(QStringLiteral("/__emulator/faults"))
                 .json.object()
                 .value(QStringLiteral("faults"))
                 .toArray()
                 .size(),
             1);
    QCOMPARE(m_client->get(QStringLiteral("/data/foundation/catalog/dataSets")).status, 503);
    QCOMPARE(m_client->get(QStringLiteral("/data/foundation/catalog/dataSets")).status, 200);
    QCOMPARE(m_client->call("POST", QStringLiteral("/__emulator/faults"), R"({"spec": "nonsense"})").status, 400);
    QVERIFY(m_platform->addFault(QStringLiteral("*=500,count=always")));
    QCOMPARE(m_client->call("DELETE", QStringLiteral("/__emulator/faults")).status, 204);
    QCOMPARE(m_client->get(kSpecs).status, 200);

    const auto log = m_client->get(QStringLiteral("/__emulator/requests"));
    const QJsonArray entries = log.json.object().value(QStringLiteral("requests")).toArray();
    QVERIFY(entries.size() >= 4);
    QVERIFY(!log.body.contains(m_client->token.toUtf8()));
    QVERIFY(!log.body.contains("demo-client-secret"));
    QCOMPARE(entries.last()[QStringLiteral("path")].toString(), kSpecs);
    QCOMPARE(entries.last()[QStringLiteral("status")].toInt(), 200);

    const QByteArray dataSet
        = R"({"name":"x","schemaRef":{"id":"nope","contentType":"application/vnd.adobe.xed+json;version=1"}})";
    m_client->call("POST", QStringLiteral("/data/foundation/catalog/dataSets"), dataSet);
    const auto counts = m_client->get(QStringLiteral("/__emulator/counts"));
    QCOMPARE(counts.json.object().value(QStringLiteral("dataSets")).toInt(), 0);
    QCOMPARE(counts.json.object().value(QStringLiteral("tokens")).toInt(), 1);
    QCOMPARE(m_platform->counts().value(QStringLiteral("flows")).toInt(), 0);
}

void TestEmulatorFaults::badSpecsAreRefused_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("no action") << QStringLiteral("GET:/x");
    QTest::newRow("unknown action") << QStringLiteral("GET:/x=explode");
    QTest::newRow("relative path") << QStringLiteral("GET:x=500");
    QTest::newRow("bad count") << QStringLiteral("/x=500,count=zero");
    QTest::newRow("unknown option") << QStringLiteral("/x=500,colour=red");
}

void TestEmulatorFaults::badSpecsAreRefused()
{
    QFETCH(QString, spec);
    QString error;
    QVERIFY(!m_platform->addFault(spec, &error));
    QVERIFY(!error.isEmpty());
}

#endif // Q_MOC_RUN

QTEST_GUILESS_MAIN(TestEmulatorFaults)
#include "TestEmulator_faults.moc"
