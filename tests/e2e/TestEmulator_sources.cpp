// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduled runs driven by the emulated clock (POST /__emulator/clock), and the self-serve REST explore of
// Mailchimp Members (objectType=rest, sourceParams with listId; CONTRACT §3.3, §8).
#include "EmulatorClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

namespace {

const QString kFlow = QStringLiteral("/data/foundation/flowservice");
const QString kHubspot = QStringLiteral("cc6a4487-9e91-433e-a3a3-9cf6626c1806");
const QString kMailchimp = QStringLiteral("2e8580db-6489-4726-96de-e33f5f60295f");
const QString kCrmToAep = QStringLiteral("14518937-270c-4525-bdec-c2ba7cce3860");

QJsonObject spec(const QString& id)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("version"), QStringLiteral("1.0")}};
}

} // namespace

class TestEmulatorSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void clockAdvanceRunsAScheduledFlow();
    void onceFlowRunsOnlyOnce();
    void aLateFlowDoesNotReplayTheSlotsBeforeIt();
    void dateHeaderCarriesTheEmulatedClock();
    void mailchimpExploreRest();
    void mailchimpExploreMistakes_data();
    void mailchimpExploreMistakes();

private:
    QString create(const QString& path, const QJsonObject& body, const QString& key = QStringLiteral("id"));
    /** Connection, source, schema, dataset, target and mapping for Hubspot.Contacts; returns the flow body. */
    QJsonObject hubspotFlow(const QJsonObject& schedule);
    qint64 emulatedNowMs();
    int runCount();
    QJsonArray runsOf(const QString& flowId);
    QString mailchimpConnection();

    std::unique_ptr<LocalPlatform> m_platform;
    std::unique_ptr<EmulatorClient> m_client;
};

// moc cannot read raw string literals holding ")": it only needs the class above.
#ifndef Q_MOC_RUN

void TestEmulatorSources::init()
{
    EmulatorOptions options;
    options.rows = 50;
    m_platform = std::make_unique<LocalPlatform>(options);
    QVERIFY(m_platform->listen(0) != 0);
    m_client = std::make_unique<EmulatorClient>(*m_platform);
    QVERIFY(m_client->signIn());
}

QString TestEmulatorSources::create(const QString& path, const QJsonObject& body, const QString& key)
{
    const auto result = m_client->post(path, QJsonDocument(body));
    if (result.status != 201 && result.status != 200) {
        qWarning() << path << result.status << result.body;
        return {};
    }
    return key.isEmpty() ? result.json.array().at(0).toString().mid(11) : result.json.object().value(key).toString();
}

QJsonObject TestEmulatorSources::hubspotFlow(const QJsonObject& schedule)
{
    const QString connection = create(
        kFlow + QStringLiteral("/connections"),
        QJsonDocument::fromJson(R"({"name":"h","auth":{"specName":"Basic Authentication","params":{"clientId":"c",
            "clientSecret":"s","accessToken":"a","refreshToken":"r"}},
            "connectionSpec":{"id":"cc6a4487-9e91-433e-a3a3-9cf6626c1806","version":"1.0"}})")
            .object());
    const QString source = create(
        kFlow + QStringLiteral("/sourceConnections"),
        QJsonObject{
            {QStringLiteral("name"), QStringLiteral("s")},
            {QStringLiteral("baseConnectionId"), connection},
            {QStringLiteral("data"), QJsonObject{{QStringLiteral("format"), QStringLiteral("tabular")}}},
            {QStringLiteral("params"), QJsonObject{{QStringLiteral("path"), QStringLiteral("Hubspot.Contacts")}}},
            {QStringLiteral("connectionSpec"), spec(kHubspot)}});
    const QString schema
        = create(QStringLiteral("/data/foundation/schemaregistry/tenant/schemas"),
                 QJsonDocument::fromJson(R"({"title":"b","allOf":[{"$ref":"https://ns.adobe.com/xdm/context/profile"},
            {"$ref":"https://ns.adobe.com/xdm/context/profile-personal-details"}]})")
                     .object(),
                 QStringLiteral("$id"));
    const QString dataSet = create(
        QStringLiteral("/data/foundation/catalog/dataSets"),
        QJsonObject{
            {QStringLiteral("name"), QStringLiteral("d")},
            {QStringLiteral("schemaRef"),
             QJsonObject{{QStringLiteral("id"), schema},
                         {QStringLiteral("contentType"), QStringLiteral("application/vnd.adobe.xed+json;version=1")}}}},
        {});
    const QString target = create(
        kFlow + QStringLiteral("/targetConnections"),
        QJsonObject{{QStringLiteral("name"), QStringLiteral("t")},
                    {QStringLiteral("data"),
                     QJsonObject{{QStringLiteral("schema"),
                                  QJsonObject{{QStringLiteral("id"), schema},
                                              {QStringLiteral("version"),
                                               QStringLiteral("application/vnd.adobe.xed-full+json;version=1")}}}}},
                    {QStringLiteral("params"), QJsonObject{{QStringLiteral("dataSetId"), dataSet}}},
                    {QStringLiteral("connectionSpec"), spec(QStringLiteral("c604ff05-7f1a-43c0-8e18-33bf874cb11c"))}});
    QJsonObject mapping = QJsonDocument::fromJson(R"({"mappings":[
        {"sourceType":"ATTRIBUTE","source":"Vid","destination":"_id"},
        {"sourceType":"ATTRIBUTE","source":"Properties_City_Value","destination":"homeAddress.city"}]})")
                              .object();
    mapping.insert(QStringLiteral("outputSchema"),
                   QJsonObject{{QStringLiteral("schemaRef"), QJsonObject{{QStringLiteral("id"), schema}}}});
    const QString mappingId = create(QStringLiteral("/data/foundation/conversion/mappingSets"), mapping);
    return QJsonObject{
        {QStringLiteral("name"), QStringLiteral("scheduled")},
        {QStringLiteral("flowSpec"), spec(kCrmToAep)},
        {QStringLiteral("sourceConnectionIds"), QJsonArray{source}},
        {QStringLiteral("targetConnectionIds"), QJsonArray{target}},
        {QStringLiteral("transformations"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Copy")},
                                {QStringLiteral("params"),
                                 QJsonObject{{QStringLiteral("deltaColumn"),
                                              QJsonObject{{QStringLiteral("name"),
                                                           QStringLiteral("Properties_Lastmodifieddate_Value")}}}}}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("Mapping")},
                                {QStringLiteral("params"),
                                 QJsonObject{{QStringLiteral("mappingId"), mappingId},
                                             {QStringLiteral("mappingVersion"), QStringLiteral("0")}}}}}},
        {QStringLiteral("scheduleParams"), schedule}};
}

qint64 TestEmulatorSources::emulatedNowMs()
{
    const auto now = m_client->call("POST", QStringLiteral("/__emulator/clock"), R"({"advanceSeconds": 0})");
    return qint64(now.json.object().value(QStringLiteral("nowMs")).toDouble());
}

int TestEmulatorSources::runCount()
{
    // Admin endpoints never advance the scheduler themselves: a count that moves proves the clock call ran it.
    return m_client->get(QStringLiteral("/__emulator/counts")).json.object().value(QStringLiteral("runs")).toInt();
}

QJsonArray TestEmulatorSources::runsOf(const QString& flowId)
{
    return m_client->get(kFlow + QStringLiteral("/runs?property=flowId==") + flowId)
        .json.object()
        .value(QStringLiteral("items"))
        .toArray();
}

void TestEmulatorSources::clockAdvanceRunsAScheduledFlow()
{
    const qint64 startSecs = emulatedNowMs() / 1000;
    const QJsonObject body = hubspotFlow(QJsonObject{{QStringLiteral("startTime"), startSecs},
                                                     {QStringLiteral("frequency"), QStringLiteral("minute")},
                                                     {QStringLiteral("interval"), 15}});
    const auto created = m_client->post(kFlow + QStringLiteral("/flows"), QJsonDocument(body));
    QCOMPARE(created.status, 201);
    const QString flowId = created.json.object().value(QStringLiteral("id")).toString();
    // The first run (the backfill up to startTime) is due at once.
    QCOMPARE(runCount(), 1);
    // 10 of the 15 minutes: nothing new.
    QCOMPARE(m_client->call("POST", QStringLiteral("/__emulator/clock"), R"({"advanceSeconds": 600})").status, 200);
    QCOMPARE(runCount(), 1);
    // The rest of the interval: the next run happens during the clock call.
    const auto moved = m_client->call("POST", QStringLiteral("/__emulator/clock"), R"({"advanceSeconds": 300})");
    QCOMPARE(moved.status, 200);
    QVERIFY(qint64(moved.json.object().value(QStringLiteral("nowMs")).toDouble()) >= (startSecs + 900) * 1000);
    QCOMPARE(runCount(), 2);

    const QJsonArray runs = runsOf(flowId);
    QCOMPARE(runs.size(), 2);
    QList<qint64> windowStarts;
    QList<qint64> windowEnds;
    for (const QJsonValue& run : runs) {
        const QJsonObject window
            = run[QStringLiteral("activities")][0][QStringLiteral("durationSummary")][QStringLiteral("extensions")]
                  .toObject();
        windowStarts.append(qint64(window.value(QStringLiteral("windowStart")).toDouble()));
        windowEnds.append(qint64(window.value(QStringLiteral("windowEnd")).toDouble()));
        QCOMPARE(run[QStringLiteral("flowId")].toString(), flowId);
    }
    std::sort(windowStarts.begin(), windowStarts.end());
    std::sort(windowEnds.begin(), windowEnds.end());
    // Backfill [0, start), then [start, start + 15 min): consecutive windows, nothing read twice.
    QCOMPARE(windowStarts, (QList<qint64>{0, startSecs * 1000}));
    QCOMPARE(windowEnds, (QList<qint64>{startSecs * 1000, (startSecs + 900) * 1000}));
    // The backfill read the generated history (rows dated before 2025); the new window is empty but still a run.
    int totalInput = 0;
    for (const QJsonValue& run : runs) {
        totalInput
            += run[QStringLiteral("metrics")][QStringLiteral("recordSummary")][QStringLiteral("inputRecordCount")]
                   .toInt();
        QCOMPARE(run[QStringLiteral("state")].toString(), QStringLiteral("success"));
    }
    QCOMPARE(totalInput, 50);
    // Two more intervals at once: two more runs (catch-up), and the flow's last run is the newest.
    QCOMPARE(m_client->call("POST", QStringLiteral("/__emulator/clock"), R"({"advanceSeconds": 1800})").status, 200);
    QCOMPARE(runCount(), 4);
    const auto flow = m_client->get(kFlow + QStringLiteral("/flows/") + flowId);
    QVERIFY(!flow.json.object()[QStringLiteral("items")][0][QStringLiteral("lastRunDetails")][QStringLiteral("id")]
                 .toString()
                 .isEmpty());
    // The C++ control does the same.
    m_platform->advanceClock(900);
    QCOMPARE(runCount(), 5);
}

void TestEmulatorSources::onceFlowRunsOnlyOnce()
{
    const QJsonObject body = hubspotFlow(QJsonObject{{QStringLiteral("startTime"), emulatedNowMs() / 1000},
                                                     {QStringLiteral("frequency"), QStringLiteral("once")}});
    QCOMPARE(m_client->post(kFlow + QStringLiteral("/flows"), QJsonDocument(body)).status, 201);
    QCOMPARE(runCount(), 1);
    QCOMPARE(m_client->call("POST", QStringLiteral("/__emulator/clock"), R"({"advanceSeconds": 604800})").status, 200);
    QCOMPARE(runCount(), 1);
}

void TestEmulatorSources::aLateFlowDoesNotReplayTheSlotsBeforeIt()
{
    // Scheduled hourly from nine and a half hours ago (the wizard's start time, long passed on a fast demo clock).
    const qint64 nowSecs = emulatedNowMs() / 1000;
    const qint64 startSecs = nowSecs - 9 * 3600 - 1800;
    const QJsonObject body = hubspotFlow(QJsonObject{{QStringLiteral("startTime"), startSecs},
                                                     {QStringLiteral("frequency"), QStringLiteral("hour")},
                                                     {QStringLiteral("interval"), 1}});
    const auto created = m_client->post(kFlow + QStringLiteral("/flows"), QJsonDocument(body));
    QCOMPARE(created.status, 201);
    const QString flowId = created.json.object().value(QStringLiteral("id")).toString();
    // One run at once (not nine), never stamped before the start time or before the flow existed.
    QCOMPARE(runCount(), 1);
    const QJsonObject first = runsOf(flowId).at(0).toObject();
    const QJsonObject window
        = first[QStringLiteral("activities")][0][QStringLiteral("durationSummary")][QStringLiteral("extensions")]
              .toObject();
    QCOMPARE(qint64(window.value(QStringLiteral("windowStart")).toDouble()), 0); // the backfill reads all history
    QCOMPARE(qint64(window.value(QStringLiteral("windowEnd")).toDouble()), (startSecs + 9 * 3600) * 1000);
    QVERIFY(qint64(first[QStringLiteral("createdAt")].toDouble()) >= nowSecs * 1000);
    // The schedule goes on from its own slots: the next one is half an hour away.
    QCOMPARE(m_client->call("POST", QStringLiteral("/__emulator/clock"), R"({"advanceSeconds": 1500})").status, 200);
    QCOMPARE(runCount(), 1);
    QCOMPARE(m_client->call("POST", QStringLiteral("/__emulator/clock"), R"({"advanceSeconds": 400})").status, 200);
    QCOMPARE(runCount(), 2);
}

void TestEmulatorSources::dateHeaderCarriesTheEmulatedClock()
{
    QCOMPARE(m_client->call("POST", QStringLiteral("/__emulator/clock"), R"({"advanceSeconds": 86400})").status, 200);
    QVERIFY(m_client->signIn()); // the day expired the token
    const qint64 emulated = emulatedNowMs();
    const auto reply = m_client->get(kFlow + QStringLiteral("/flows"));
    QCOMPARE(reply.status, 200);
    const QByteArray date = reply.header("Date");
    // IMF-fixdate, the form every HTTP server sends: "Tue, 01 Dec 2026 14:42:49 GMT".
    QVERIFY2(date.endsWith(" GMT") && date.size() == 29, date.constData());
    const QString fields = QString::fromLatin1(date.chopped(4));
    const QDateTime parsed(QLocale::c().toDate(fields.left(16), QStringLiteral("ddd, dd MMM yyyy")),
                           QLocale::c().toTime(fields.mid(17), QStringLiteral("HH:mm:ss")), QTimeZone::utc());
    QVERIFY2(parsed.isValid(), date.constData());
    // A day ahead of the real clock, within the second the header keeps.
    QVERIFY2(qAbs(parsed.toMSecsSinceEpoch() - emulated) < 5000, date.constData());
    QVERIFY(parsed.toMSecsSinceEpoch() > QDateTime::currentMSecsSinceEpoch() + 86000 * 1000);
    // Errors carry it too (a client reads the clock from any answer).
    QVERIFY(!m_client->get(kFlow + QStringLiteral("/flows/nope")).header("Date").isEmpty());
}

QString TestEmulatorSources::mailchimpConnection()
{
    return create(kFlow + QStringLiteral("/connections"),
                  QJsonObject{{QStringLiteral("name"), QStringLiteral("Mailchimp")},
                              {QStringLiteral("auth"),
                               QJsonObject{{QStringLiteral("specName"), QStringLiteral("Basic Authentication")},
                                           {QStringLiteral("params"),
                                            QJsonObject{{QStringLiteral("authorizationTestUrl"),
                                                         QStringLiteral("https://us1.api.mailchimp.com/3.0/")},
                                                        {QStringLiteral("username"), QStringLiteral("anystring")},
                                                        {QStringLiteral("password"), QStringLiteral("key-us1")}}}}},
                              {QStringLiteral("connectionSpec"), spec(kMailchimp)}});
}

void TestEmulatorSources::mailchimpExploreRest()
{
    const auto specs = m_client->get(kFlow + QStringLiteral("/connectionSpecs/") + kMailchimp);
    const QJsonObject mailchimp = specs.json.object()[QStringLiteral("items")][0].toObject();
    QCOMPARE(mailchimp[QStringLiteral("exploreSpec")][QStringLiteral("type")].toString(), QStringLiteral("REST"));
    const QString connection = mailchimpConnection();
    QVERIFY(!connection.isEmpty());
    const QString sourceParams = QString::fromLatin1(
        QUrl::toPercentEncoding(QString::fromLatin1(QByteArray(R"({"listId": "10c097ca71"})").toBase64())));
    const QString explore = kFlow + QStringLiteral("/connections/") + connection
        + QStringLiteral("/explore?objectType=rest&object=json&fileType=json&preview=true&sourceParams=")
        + sourceParams;
    const auto answer = m_client->get(explore);
    QCOMPARE(answer.status, 200);
    const QJsonObject body = answer.json.object();
    QCOMPARE(body.value(QStringLiteral("format")).toString(), QStringLiteral("hierarchical"));
    const QJsonObject properties = body[QStringLiteral("schema")][QStringLiteral("properties")].toObject();
    QCOMPARE(properties[QStringLiteral("email_address")][QStringLiteral("format")].toString(), QStringLiteral("email"));
    QCOMPARE(properties[QStringLiteral("merge_fields")][QStringLiteral("type")].toString(), QStringLiteral("object"));
    const QJsonArray data = body.value(QStringLiteral("data")).toArray();
    QCOMPARE(data.size(), 10);
    for (const QJsonValue& member : data) {
        QCOMPARE(member[QStringLiteral("list_id")].toString(), QStringLiteral("10c097ca71"));
        QVERIFY(member[QStringLiteral("email_address")].toString().contains(QLatin1Char('@')));
        QCOMPARE(member[QStringLiteral("id")].toString().size(), 32);
        QVERIFY(member[QStringLiteral("timestamp_signup")].toString().endsWith(QLatin1Char('Z')));
    }
    // Deterministic: the same list gives the same members; without preview, no data.
    QVERIFY(m_client->get(explore).json == answer.json);
    const auto noPreview
        = m_client->get(QString(explore).replace(QStringLiteral("preview=true"), QStringLiteral("preview=false")));
    QCOMPARE(noPreview.status, 200);
    QVERIFY(!noPreview.json.object().contains(QStringLiteral("data")));

    // A JSON source connection naming the list is accepted; the CRMToAEP flow spec does not take Mailchimp.
    const QString source = create(
        kFlow + QStringLiteral("/sourceConnections"),
        QJsonObject{{QStringLiteral("name"), QStringLiteral("Mailchimp members")},
                    {QStringLiteral("baseConnectionId"), connection},
                    {QStringLiteral("data"), QJsonObject{{QStringLiteral("format"), QStringLiteral("json")}}},
                    {QStringLiteral("params"), QJsonObject{{QStringLiteral("listId"), QStringLiteral("10c097ca71")}}},
                    {QStringLiteral("connectionSpec"), spec(kMailchimp)}});
    QVERIFY(!source.isEmpty());
    QJsonObject flow = hubspotFlow(QJsonObject{{QStringLiteral("startTime"), emulatedNowMs() / 1000},
                                               {QStringLiteral("frequency"), QStringLiteral("once")}});
    flow.insert(QStringLiteral("sourceConnectionIds"), QJsonArray{source});
    const auto refused = m_client->post(kFlow + QStringLiteral("/flows"), QJsonDocument(flow));
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.code(), QStringLiteral("1413-400"));
}

void TestEmulatorSources::mailchimpExploreMistakes_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("table object type") << QStringLiteral("objectType=table&object=Members");
    QTest::newRow("root object type") << QStringLiteral("objectType=root");
    QTest::newRow("no sourceParams") << QStringLiteral("objectType=rest&object=json&fileType=json");
    QTest::newRow("sourceParams not base64") << QStringLiteral("objectType=rest&object=json&sourceParams=%25%25%25");
    QTest::newRow("sourceParams without listId") << QStringLiteral("objectType=rest&object=json&sourceParams=")
            + QString::fromLatin1(QUrl::toPercentEncoding(
                QString::fromLatin1(QByteArray(R"({"list": "x"})").toBase64())));
}

void TestEmulatorSources::mailchimpExploreMistakes()
{
    QFETCH(QString, query);
    const QString connection = mailchimpConnection();
    const auto answer
        = m_client->get(kFlow + QStringLiteral("/connections/") + connection + QStringLiteral("/explore?") + query);
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.code().endsWith(QLatin1String("-400")));
}

#endif // Q_MOC_RUN

QTEST_GUILESS_MAIN(TestEmulatorSources)
#include "TestEmulator_sources.moc"
