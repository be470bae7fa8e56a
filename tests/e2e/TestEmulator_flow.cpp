// SPDX-License-Identifier: GPL-3.0-or-later
// The whole tutorial sequence with generated ids: connections, explore, schemas, datasets and mapping sets.
// The flows, their mistakes (CONTRACT §10) and runs are in TestEmulator_flowRuns.cpp.
#include "TestEmulatorFlow.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

using namespace FlowTest;

// moc cannot read raw string literals holding ")": it only needs the class above.
#ifndef Q_MOC_RUN

QString TestEmulatorFlow::create(const QString& path, const QJsonObject& body, const QString& key)
{
    const auto result = m_client->post(path, QJsonDocument(body));
    if (result.status != 201 && result.status != 200) {
        qWarning() << path << result.status << result.body;
        return {};
    }
    return result.json.object().value(key).toString();
}

void TestEmulatorFlow::initTestCase()
{
    EmulatorOptions options;
    options.rows = 300;
    m_platform = std::make_unique<LocalPlatform>(options);
    QVERIFY(m_platform->listen(0) != 0);
    m_client = std::make_unique<EmulatorClient>(*m_platform);
    QVERIFY(m_client->signIn());
}

void TestEmulatorFlow::connectionSpecs()
{
    const auto all = m_client->get(kFlow + QStringLiteral("/connectionSpecs"));
    QCOMPARE(all.status, 200);
    const QJsonArray items = all.json.object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 6);
    for (const QJsonValue& spec : items) {
        if (spec[QStringLiteral("sourceSpec")].isObject()) {
            const QJsonObject ui
                = spec[QStringLiteral("sourceSpec")][QStringLiteral("attributes")][QStringLiteral("uiAttributes")]
                      .toObject();
            QVERIFY(!ui.value(QStringLiteral("label")).toString().isEmpty());
            QVERIFY(!ui.value(QStringLiteral("icon")).toString().isEmpty());
        }
    }
    const auto one = m_client->get(kFlow + QStringLiteral("/connectionSpecs/") + kHubspot);
    QCOMPARE(one.json.object().value(QStringLiteral("items")).toArray().size(), 1);
    const auto filtered = m_client->get(kFlow + QStringLiteral("/connectionSpecs?property=name==%22hubspot%22"));
    QCOMPARE(filtered.json.object().value(QStringLiteral("items")).toArray().size(), 1);
    const auto missing = m_client->get(kFlow + QStringLiteral("/connectionSpecs/00000000-0000-0000-0000-000000000000"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.code(), QStringLiteral("1101-404"));
    const auto flowSpec = m_client->get(kFlow + QStringLiteral("/flowSpecs?property=name==%22CRMToAEP%22"));
    const QJsonObject crm = flowSpec.json.object().value(QStringLiteral("items")).toArray().at(0).toObject();
    QCOMPARE(crm.value(QStringLiteral("id")).toString(), QStringLiteral("14518937-270c-4525-bdec-c2ba7cce3860"));
    QVERIFY(crm[QStringLiteral("scheduleSpec")][QStringLiteral("spec")][QStringLiteral("if")].isObject());
}

void TestEmulatorFlow::createConnection_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("ok") << QByteArray(
        R"({"name":"HubSpot","auth":{"specName":"Basic Authentication","params":{"clientId":"c","clientSecret":"s","accessToken":"a","refreshToken":"r"}},"connectionSpec":{"id":"cc6a4487-9e91-433e-a3a3-9cf6626c1806","version":"1.0"}})")
                        << 201 << QString();
    QTest::newRow("missing param") << QByteArray(
        R"({"name":"HubSpot","auth":{"specName":"Basic Authentication","params":{"clientId":"c"}},"connectionSpec":{"id":"cc6a4487-9e91-433e-a3a3-9cf6626c1806","version":"1.0"}})")
                                   << 400 << QStringLiteral("1100-400");
    QTest::newRow("wrong param type") << QByteArray(
        R"({"name":"HubSpot","auth":{"specName":"Basic Authentication","params":{"clientId":1,"clientSecret":"s","accessToken":"a","refreshToken":"r"}},"connectionSpec":{"id":"cc6a4487-9e91-433e-a3a3-9cf6626c1806","version":"1.0"}})")
                                      << 400 << QStringLiteral("1100-400");
    QTest::newRow("unknown auth spec") << QByteArray(
        R"({"name":"HubSpot","auth":{"specName":"OAuth","params":{}},"connectionSpec":{"id":"cc6a4487-9e91-433e-a3a3-9cf6626c1806","version":"1.0"}})")
                                       << 400 << QStringLiteral("1415-400");
    QTest::newRow("unknown spec") << QByteArray(
        R"({"name":"X","auth":{"specName":"Basic Authentication","params":{}},"connectionSpec":{"id":"11111111-1111-1111-1111-111111111111","version":"1.0"}})")
                                  << 400 << QStringLiteral("1413-400");
    QTest::newRow("empty body") << QByteArray("{}") << 400 << QStringLiteral("1405-400");
    QTest::newRow("sfmc ok") << QByteArray(
        R"({"name":"SFMC","auth":{"specName":"Client-Id-Secret Based Authentication","params":{"host":"mc123","clientId":"c","clientSecret":"s"}},"connectionSpec":{"id":"ea1c2a08-b722-11eb-8529-0242ac130003","version":"1.0"}})")
                             << 201 << QString();
}

void TestEmulatorFlow::createConnection()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const auto result = m_client->call("POST", kFlow + QStringLiteral("/connections"), body);
    QCOMPARE(result.status, status);
    if (status != 201) {
        QCOMPARE(result.code(), code);
        return;
    }
    const QString id = result.json.object().value(QStringLiteral("id")).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"))
                .match(id)
                .hasMatch());
    QVERIFY(result.json.object().value(QStringLiteral("etag")).toString().startsWith(QLatin1Char('"')));
    QVERIFY(result.header("Location").endsWith(id.toUtf8()));
    const auto read = m_client->get(kFlow + QStringLiteral("/connections/") + id);
    const QJsonObject connection = read.json.object().value(QStringLiteral("items")).toArray().at(0).toObject();
    const QJsonObject params = connection[QStringLiteral("auth")][QStringLiteral("params")].toObject();
    QVERIFY(!read.body.contains("\"s\""));
    QCOMPARE(params.value(QStringLiteral("clientId")).toString(), QStringLiteral("c"));
    QCOMPARE(params.value(QStringLiteral("clientSecret")).toString(), QStringLiteral("xxxx"));
    QCOMPARE(connection.value(QStringLiteral("state")).toString(), QStringLiteral("enabled"));
    if (QByteArray(QTest::currentDataTag()) == "ok") {
        m_connectionId = id;
        const auto test = m_client->get(kFlow + QStringLiteral("/connections/") + id + QStringLiteral("/test"));
        QCOMPARE(test.json.object().value(QStringLiteral("result")).toBool(), true);
    }
}

void TestEmulatorFlow::explore()
{
    QVERIFY(!m_connectionId.isEmpty());
    const QString base = kFlow + QStringLiteral("/connections/") + m_connectionId + QStringLiteral("/explore");
    const auto root = m_client->get(base + QStringLiteral("?objectType=root"));
    QCOMPARE(root.status, 200);
    QVERIFY(root.json.isArray());
    QStringList names;
    for (const QJsonValue& table : root.json.array()) {
        names.append(table[QStringLiteral("path")].toString());
    }
    QVERIFY(names.contains(QStringLiteral("Hubspot.Contacts")));
    QVERIFY(names.contains(QStringLiteral("Hubspot.Owners")));
    const auto table = m_client->get(base + QStringLiteral("?objectType=table&object=Hubspot.Contacts&preview=true"));
    QCOMPARE(table.status, 200);
    const QJsonArray columns = table.json.object()[QStringLiteral("schema")][QStringLiteral("columns")].toArray();
    bool sawDate = false;
    for (const QJsonValue& column : columns) {
        if (column[QStringLiteral("name")].toString() == QLatin1String("Added_At")) {
            sawDate = column[QStringLiteral("meta:xdmType")].toString() == QLatin1String("date-time")
                && column[QStringLiteral("xdm")][QStringLiteral("format")].toString() == QLatin1String("date-time");
        }
    }
    QVERIFY(sawDate);
    const QJsonArray rows = table.json.object().value(QStringLiteral("data")).toArray();
    QCOMPARE(rows.size(), 10);
    QCOMPARE(rows.at(0)[QStringLiteral("Vid")].toInt(), 1001);
    const auto noPreview = m_client->get(base + QStringLiteral("?objectType=table&object=Hubspot.Contacts"));
    QVERIFY(!noPreview.json.object().contains(QStringLiteral("data")));
    QCOMPARE(m_client->get(base + QStringLiteral("?objectType=table&object=Hubspot.Nope")).status, 404);
}

void TestEmulatorFlow::sourceConnection()
{
    QJsonObject body = parse(R"({"name": "HubSpot source connection", "data": {"format": "tabular"},
        "params": {"path": "Hubspot.Contacts"}, "connectionSpec": {"id": "cc6a4487-9e91-433e-a3a3-9cf6626c1806", "version": "1.0"}})");
    body.insert(QStringLiteral("baseConnectionId"), m_connectionId);
    QJsonObject badTable = body;
    badTable.insert(QStringLiteral("params"), QJsonObject{{QStringLiteral("path"), QStringLiteral("Hubspot.Nope")}});
    QCOMPARE(m_client->post(kFlow + QStringLiteral("/sourceConnections"), QJsonDocument(badTable)).status, 400);
    QJsonObject badBase = body;
    badBase.insert(QStringLiteral("baseConnectionId"), QStringLiteral("00000000-0000-4000-8000-000000000000"));
    QCOMPARE(m_client->post(kFlow + QStringLiteral("/sourceConnections"), QJsonDocument(badBase)).status, 400);
    m_sourceId = create(kFlow + QStringLiteral("/sourceConnections"), body);
    QVERIFY(!m_sourceId.isEmpty());
    const auto read = m_client->get(kFlow + QStringLiteral("/sourceConnections/") + m_sourceId);
    QCOMPARE(read.json
                 .object()[QStringLiteral("items")][0][QStringLiteral("inheritedAttributes")]
                          [QStringLiteral("baseConnection")][QStringLiteral("id")]
                 .toString(),
             m_connectionId);
}

void TestEmulatorFlow::schemaAcceptNegotiation_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("accept");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString classes = kSchemas + QStringLiteral("/global/classes");
    const QString profile = classes + QStringLiteral("/")
        + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("https://ns.adobe.com/xdm/context/profile")));
    QTest::newRow("list no accept") << classes << QByteArray("application/json") << 400 << QStringLiteral("1006-400");
    QTest::newRow("list xed-id") << classes << QByteArray("application/vnd.adobe.xed-id+json") << 200 << QString();
    QTest::newRow("list xed") << classes << QByteArray("application/vnd.adobe.xed+json") << 200 << QString();
    QTest::newRow("list full is 406") << classes << QByteArray("application/vnd.adobe.xed-full+json; version=1") << 406
                                      << QString();
    QTest::newRow("lookup without version")
        << profile << QByteArray("application/vnd.adobe.xed-full+json") << 400 << QStringLiteral("1007-400");
    QTest::newRow("lookup version 2") << profile << QByteArray("application/vnd.adobe.xed-full+json; version=2") << 406
                                      << QString();
    QTest::newRow("lookup full") << profile << QByteArray("application/vnd.adobe.xed-full+json; version=1") << 200
                                 << QString();
    QTest::newRow("lookup xdm alias") << profile << QByteArray("application/vnd.adobe.xdm-full+json; version=1") << 200
                                      << QString();
    QTest::newRow("lookup by altId") << classes + QStringLiteral("/_xdm.context.profile")
                                     << QByteArray("application/vnd.adobe.xed+json; version=1") << 200 << QString();
    QTest::newRow("lookup unknown") << classes + QStringLiteral("/_xdm.context.nothing")
                                    << QByteArray("application/vnd.adobe.xed+json; version=1") << 404
                                    << QStringLiteral("1012-404");
}

void TestEmulatorFlow::schemaAcceptNegotiation()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, accept);
    QFETCH(int, status);
    QFETCH(QString, code);
    const auto result = m_client->get(path, {{"Accept", accept}});
    QCOMPARE(result.status, status);
    if (!code.isEmpty()) {
        QCOMPARE(result.code(), code);
    }
    if (status == 200 && accept.contains("full")) {
        QCOMPARE(
            result.json.object()[QStringLiteral("properties")][QStringLiteral("_id")][QStringLiteral("meta:xdmField")]
                .toString(),
            QStringLiteral("@id"));
        QCOMPARE(result.json
                     .object()[QStringLiteral("properties")][QStringLiteral("_repo")][QStringLiteral("properties")]
                              [QStringLiteral("createDate")][QStringLiteral("meta:xdmType")]
                     .toString(),
                 QStringLiteral("date-time"));
    }
}

void TestEmulatorFlow::schemaAndDescriptors()
{
    const auto groups = m_client->get(
        kSchemas
            + QStringLiteral(
                "/global/fieldgroups?property=meta:intendedToExtend==https://ns.adobe.com/xdm/context/profile"),
        {{"Accept", "application/vnd.adobe.xed-id+json"}});
    QVERIFY(groups.json.object().value(QStringLiteral("results")).toArray().size() >= 4);
    const QJsonObject body = parse(R"({"type": "object", "title": "Target schema for marketing automation",
        "description": "Target schema", "allOf": [{"$ref": "https://ns.adobe.com/xdm/context/profile"},
        {"$ref": "https://ns.adobe.com/xdm/context/profile-person-details"},
        {"$ref": "https://ns.adobe.com/xdm/context/profile-personal-details"}],
        "meta:containerId": "tenant", "meta:resourceType": "schemas", "meta:xdmType": "object",
        "meta:class": "https://ns.adobe.com/xdm/context/profile"})");
    const auto created = m_client->post(kSchemas + QStringLiteral("/tenant/schemas"), QJsonDocument(body));
    QCOMPARE(created.status, 201);
    m_schemaId = created.json.object().value(QStringLiteral("$id")).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^https://ns.adobe.com/demotenant/schemas/[0-9a-f]{32,48}$"))
                .match(m_schemaId)
                .hasMatch());
    const QString altId = created.json.object().value(QStringLiteral("meta:altId")).toString();
    QVERIFY(altId.startsWith(QLatin1String("_demotenant.schemas.")));
    QVERIFY(created.json.object()
                .value(QStringLiteral("meta:extends"))
                .toArray()
                .contains(QStringLiteral("https://ns.adobe.com/xdm/data/record")));
    QJsonObject twoClasses = body;
    QJsonArray allOf = twoClasses.value(QStringLiteral("allOf")).toArray();
    allOf.append(QJsonObject{{QStringLiteral("$ref"), QStringLiteral("https://ns.adobe.com/xdm/context/profile")}});
    twoClasses.insert(QStringLiteral("allOf"), allOf);
    QCOMPARE(m_client->post(kSchemas + QStringLiteral("/tenant/schemas"), QJsonDocument(twoClasses)).status, 400);
    const auto full = m_client->get(kSchemas + QStringLiteral("/tenant/schemas/") + altId,
                                    {{"Accept", "application/vnd.adobe.xed-full+json; version=1"}});
    QCOMPARE(full.status, 200);
    const QJsonObject person = full.json.object()[QStringLiteral("properties")][QStringLiteral("person")].toObject();
    QCOMPARE(person[QStringLiteral("properties")][QStringLiteral("name")][QStringLiteral("properties")]
                   [QStringLiteral("firstName")][QStringLiteral("type")]
                       .toString(),
             QStringLiteral("string"));
    QCOMPARE(full.json
                 .object()[QStringLiteral("properties")][QStringLiteral("personalEmail")][QStringLiteral("properties")]
                          [QStringLiteral("address")][QStringLiteral("format")]
                 .toString(),
             QStringLiteral("email"));
    // Union before a primary identity is refused; then the identity, then the union.
    const QByteArray union_ = R"([{"op": "add", "path": "/meta:immutableTags", "value": ["union"]}])";
    QCOMPARE(m_client->call("PATCH", kSchemas + QStringLiteral("/tenant/schemas/") + altId, union_).status, 400);
    QJsonObject descriptor = parse(R"({"@type": "xdm:descriptorIdentity", "xdm:sourceVersion": 1,
        "xdm:sourceProperty": "/personalEmail/address", "xdm:namespace": "Email", "xdm:property": "xdm:code", "xdm:isPrimary": true})");
    descriptor.insert(QStringLiteral("xdm:sourceSchema"), m_schemaId);
    const auto identity = m_client->post(kSchemas + QStringLiteral("/tenant/descriptors"), QJsonDocument(descriptor));
    QCOMPARE(identity.status, 201);
    QCOMPARE(identity.json.object().value(QStringLiteral("@id")).toString().size(), 40);
    QJsonObject second = descriptor;
    second.insert(QStringLiteral("xdm:sourceProperty"), QStringLiteral("/mobilePhone/number"));
    QCOMPARE(m_client->post(kSchemas + QStringLiteral("/tenant/descriptors"), QJsonDocument(second)).status, 400);
    second.insert(QStringLiteral("xdm:sourceProperty"), QStringLiteral("/nothing/here"));
    second.insert(QStringLiteral("xdm:isPrimary"), false);
    QCOMPARE(m_client->post(kSchemas + QStringLiteral("/tenant/descriptors"), QJsonDocument(second)).status, 400);
    const auto patched = m_client->call("PATCH", kSchemas + QStringLiteral("/tenant/schemas/") + altId, union_);
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.json.object().value(QStringLiteral("version")).toString(), QStringLiteral("1.1"));
    const auto descriptors = m_client->get(kSchemas + QStringLiteral("/tenant/descriptors"),
                                           {{"Accept", "application/vnd.adobe.xdm-id+json"}});
    QCOMPARE(descriptors.json.object().value(QStringLiteral("xdm:descriptorIdentity")).toArray().size(), 1);
    const auto stats = m_client->get(kSchemas + QStringLiteral("/stats"), {{"Accept", "application/json"}});
    QCOMPARE(stats.json.object().value(QStringLiteral("tenantId")).toString(), QStringLiteral("demotenant"));
}

void TestEmulatorFlow::dataSetAndTarget()
{
    QJsonObject body{{QStringLiteral("name"), QStringLiteral("Target dataset")},
                     {QStringLiteral("schemaRef"),
                      QJsonObject{{QStringLiteral("id"), m_schemaId},
                                  {QStringLiteral("contentType"),
                                   QStringLiteral("application/vnd.adobe.xed-full-notext+json; version=1")}}}};
    const auto created
        = m_client->post(kCatalog + QStringLiteral("/dataSets?requestDataSource=true"), QJsonDocument(body));
    QCOMPARE(created.status, 201);
    const QString ref = created.json.array().at(0).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^@/dataSets/[0-9a-f]{24}$")).match(ref).hasMatch());
    m_dataSetId = ref.mid(11);
    const auto read = m_client->get(kCatalog + QStringLiteral("/dataSets/") + m_dataSetId);
    QCOMPARE(
        read.json.object()[m_dataSetId][QStringLiteral("classification")][QStringLiteral("dataBehavior")].toString(),
        QStringLiteral("record"));
    QJsonObject badSchema = body;
    badSchema.insert(
        QStringLiteral("schemaRef"),
        QJsonObject{{QStringLiteral("id"), QStringLiteral("https://ns.adobe.com/demotenant/schemas/0")},
                    {QStringLiteral("contentType"), QStringLiteral("application/vnd.adobe.xed+json;version=1")}});
    QCOMPARE(m_client->post(kCatalog + QStringLiteral("/dataSets"), QJsonDocument(badSchema)).status, 400);
    QJsonObject target{{QStringLiteral("name"), QStringLiteral("HubSpot target connection")},
                       {QStringLiteral("data"),
                        QJsonObject{{QStringLiteral("schema"),
                                     QJsonObject{{QStringLiteral("id"), m_schemaId},
                                                 {QStringLiteral("version"),
                                                  QStringLiteral("application/vnd.adobe.xed-full+json;version=1")}}}}},
                       {QStringLiteral("params"), QJsonObject{{QStringLiteral("dataSetId"), m_dataSetId}}},
                       {QStringLiteral("connectionSpec"),
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("c604ff05-7f1a-43c0-8e18-33bf874cb11c")},
                                    {QStringLiteral("version"), QStringLiteral("1.0")}}}};
    QJsonObject badVersion = target;
    badVersion.insert(QStringLiteral("data"),
                      QJsonObject{{QStringLiteral("schema"),
                                   QJsonObject{{QStringLiteral("id"), m_schemaId},
                                               {QStringLiteral("version"),
                                                QStringLiteral("application/vnd.adobe.xed-full+json;version=2")}}}});
    QCOMPARE(m_client->post(kFlow + QStringLiteral("/targetConnections"), QJsonDocument(badVersion)).status, 400);
    m_targetId = create(kFlow + QStringLiteral("/targetConnections"), target);
    QVERIFY(!m_targetId.isEmpty());
}

void TestEmulatorFlow::mappingSets_data()
{
    QTest::addColumn<QString>("mappings");
    QTest::addColumn<int>("status");
    QTest::newRow("unknown destination") << QString::fromUtf8(
        R"([{"sourceType":"ATTRIBUTE","source":"Vid","destination":"person.nope"}])")
                                         << 400;
    QTest::newRow("duplicate destination") << QString::fromUtf8(
        R"([{"sourceType":"ATTRIBUTE","source":"Vid","destination":"_id"},{"sourceType":"ATTRIBUTE","source":"Portal_Id","destination":"_id"}])")
                                           << 400;
    QTest::newRow("bad expression") << QString::fromUtf8(
        R"([{"sourceType":"EXPRESSION","source":"concat(a, ","destination":"_id"}])")
                                    << 400;
    QTest::newRow("unknown function") << QString::fromUtf8(
        R"J([{"sourceType":"EXPRESSION","source":"frobnicate(a)","destination":"_id"}])J")
                                      << 400;
    QTest::newRow("ok") << QString::fromUtf8(R"J([{"sourceType":"ATTRIBUTE","source":"Vid","destination":"_id"},
        {"sourceType":"ATTRIBUTE","source":"Properties_Firstname_Value","destination":"person.name.firstName"},
        {"sourceType":"ATTRIBUTE","source":"Properties_Email_Value","destination":"personalEmail.address"},
        {"sourceType":"ATTRIBUTE","source":"Properties_Createdate_Value","destination":"_repo.createDate"},
        {"sourceType":"EXPRESSION","source":"concat(Properties_Firstname_Value, \" \", upper(Properties_Lastname_Value))","destination":"person.name.fullName"}])J")
                        << 200;
}

void TestEmulatorFlow::mappingSets()
{
    QFETCH(QString, mappings);
    QFETCH(int, status);
    QJsonObject body{{QStringLiteral("outputSchema"),
                      QJsonObject{{QStringLiteral("schemaRef"),
                                   QJsonObject{{QStringLiteral("id"), m_schemaId},
                                               {QStringLiteral("contentType"),
                                                QStringLiteral("application/vnd.adobe.xed-full+json;version=1")}}}}},
                     {QStringLiteral("mappings"), QJsonDocument::fromJson(mappings.toUtf8()).array()}};
    const auto result = m_client->post(kPrep + QStringLiteral("/mappingSets"), QJsonDocument(body));
    QCOMPARE(result.status, status);
    const auto validation = m_client->post(kPrep + QStringLiteral("/mappingSets/validate"), QJsonDocument(body));
    QCOMPARE(validation.status, 200);
    const QJsonArray statuses = validation.json.object().value(QStringLiteral("validationResponse")).toArray();
    QCOMPARE(statuses.size(), body.value(QStringLiteral("mappings")).toArray().size());
    bool anyFailed = false;
    for (const QJsonValue& entry : statuses) {
        anyFailed = anyFailed || entry[QStringLiteral("status")].toString() == QLatin1String("FAILED");
    }
    QCOMPARE(anyFailed, status != 200);
    if (status == 200) {
        m_mappingId = result.json.object().value(QStringLiteral("id")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(m_mappingId).hasMatch());
        QCOMPARE(result.json.object().value(QStringLiteral("version")).toInt(), 0);
        // The tutorial's legacy format is accepted too.
        QJsonObject legacy = parse(R"({"version": 0, "xdmVersion": "1.0", "id": null, "mappings": [
            {"destinationXdmPath": "_id", "sourceAttribute": "Vid", "identity": false, "identityGroup": null, "namespaceCode": null, "version": 0}]})");
        legacy.insert(QStringLiteral("xdmSchema"), m_schemaId);
        QCOMPARE(m_client->post(kPrep + QStringLiteral("/mappingSets"), QJsonDocument(legacy)).status, 200);
        const auto preview = m_client->post(
            kPrep + QStringLiteral("/mappingSets/preview"),
            QJsonDocument(QJsonObject{
                {QStringLiteral("data"),
                 QJsonArray{QJsonObject{{QStringLiteral("Vid"), 7},
                                        {QStringLiteral("Properties_Firstname_Value"), QStringLiteral("Ada")},
                                        {QStringLiteral("Properties_Lastname_Value"), QStringLiteral("Byron")}}}},
                {QStringLiteral("mappingSet"), body}}));
        QCOMPARE(preview.json.array()
                     .at(0)[QStringLiteral("data")][QStringLiteral("person")][QStringLiteral("name")]
                           [QStringLiteral("fullName")]
                     .toString(),
                 QStringLiteral("Ada BYRON"));
    }
}

QJsonObject TestEmulatorFlow::flowBody() const
{
    QJsonObject body = parse(R"({"name": "HubSpot dataflow", "description": "collecting Hubspot.Contacts",
        "flowSpec": {"id": "14518937-270c-4525-bdec-c2ba7cce3860", "version": "1.0"},
        "scheduleParams": {"frequency": "once"}, "options": {"partialIngestionPercent": 50}})");
    body.insert(QStringLiteral("sourceConnectionIds"), QJsonArray{m_sourceId});
    body.insert(QStringLiteral("targetConnectionIds"), QJsonArray{m_targetId});
    body.insert(
        QStringLiteral("transformations"),
        QJsonArray{
            QJsonObject{
                {QStringLiteral("name"), QStringLiteral("Copy")},
                {QStringLiteral("params"),
                 QJsonObject{{QStringLiteral("deltaColumn"),
                              QJsonObject{{QStringLiteral("name"), QStringLiteral("Properties_Lastmodifieddate_Value")},
                                          {QStringLiteral("dateFormat"), QStringLiteral("yyyy-MM-dd HH:mm:ss")},
                                          {QStringLiteral("timezone"), QStringLiteral("UTC")}}}}}},
            QJsonObject{{QStringLiteral("name"), QStringLiteral("Mapping")},
                        {QStringLiteral("params"),
                         QJsonObject{{QStringLiteral("mappingId"), m_mappingId},
                                     {QStringLiteral("mappingVersion"), QStringLiteral("0")}}}}});
    QJsonObject schedule = body.value(QStringLiteral("scheduleParams")).toObject();
    schedule.insert(QStringLiteral("startTime"), QDateTime::currentSecsSinceEpoch() - 60);
    body.insert(QStringLiteral("scheduleParams"), schedule);
    return body;
}

#endif // Q_MOC_RUN

QTEST_GUILESS_MAIN(TestEmulatorFlow)
