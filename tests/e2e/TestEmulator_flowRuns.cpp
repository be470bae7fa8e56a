// SPDX-License-Identifier: GPL-3.0-or-later
// Second half of the tutorial sequence: the tutorial's own mistakes refused (CONTRACT §10), a flow created, its run's
// records read back and compared field by field, PATCH with etags, connection paging and filters.
#include "TestEmulatorFlow.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

using namespace FlowTest;

// moc cannot read raw string literals holding ")"; it reads the class in TestEmulatorFlow.h.
#ifndef Q_MOC_RUN

void TestEmulatorFlow::flowMistakes_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("code");
    QTest::newRow("once with interval (tutorial)")
        << QStringLiteral("/scheduleParams/interval") << QStringLiteral("15") << QStringLiteral("1100-400");
    QTest::newRow("string startTime (tutorial)") << QStringLiteral("/scheduleParams/startTime")
                                                 << QStringLiteral("\"1591043454\"") << QStringLiteral("1100-400");
    QTest::newRow("minute below 15") << QStringLiteral(
        "/scheduleParams") << QStringLiteral(R"({"startTime": 1591043454, "frequency": "minute", "interval": 5})")
                                     << QStringLiteral("1100-400");
    QTest::newRow("hour without interval")
        << QStringLiteral("/scheduleParams") << QStringLiteral(R"({"startTime": 1591043454, "frequency": "hour"})")
        << QStringLiteral("1100-400");
    QTest::newRow("unknown frequency") << QStringLiteral(
        "/scheduleParams") << QStringLiteral(R"({"startTime": 1591043454, "frequency": "month", "interval": 1})")
                                       << QStringLiteral("1100-400");
    QTest::newRow("state on create") << QStringLiteral("/state") << QStringLiteral("\"enabled\"")
                                     << QStringLiteral("1410-400");
    QTest::newRow("unknown flow spec") << QStringLiteral(
        "/flowSpec") << QStringLiteral(R"({"id": "00000000-0000-4000-8000-000000000000", "version": "1.0"})")
                                       << QStringLiteral("1413-400");
    QTest::newRow("unknown mapping") << QStringLiteral("/transformations/1/params/mappingId")
                                     << QStringLiteral("\"0123456789abcdef0123456789abcdef\"")
                                     << QStringLiteral("1412-400");
    QTest::newRow("future mapping version") << QStringLiteral("/transformations/1/params/mappingVersion")
                                            << QStringLiteral("\"3\"") << QStringLiteral("1412-400");
    QTest::newRow("tutorial delta column updatedAt") << QStringLiteral("/transformations/0/params/deltaColumn/name")
                                                     << QStringLiteral("\"updatedAt\"") << QStringLiteral("1100-400");
    QTest::newRow("tutorial dateFormat YYYY-MM-DD")
        << QStringLiteral("/transformations/0/params/deltaColumn/dateFormat") << QStringLiteral("\"YYYY-MM-DD\"")
        << QStringLiteral("1100-400");
    QTest::newRow("bad partialIngestionPercent")
        << QStringLiteral("/options/partialIngestionPercent") << QStringLiteral("0") << QStringLiteral("1100-400");
    QTest::newRow("unknown source") << QStringLiteral("/sourceConnectionIds/0")
                                    << QStringLiteral("\"00000000-0000-4000-8000-000000000000\"")
                                    << QStringLiteral("1100-400");
    QTest::newRow("target used as source")
        << QStringLiteral("/targetConnectionIds/0") << QStringLiteral("\"00000000-0000-4000-8000-000000000000\"")
        << QStringLiteral("1100-400");
}

void TestEmulatorFlow::flowMistakes()
{
    QFETCH(QString, pointer);
    QFETCH(QString, json);
    QFETCH(QString, code);
    QJsonObject body = flowBody();
    const QJsonValue value = QJsonDocument::fromJson("[" + json.toUtf8() + "]").array().at(0);
    // Apply the one change through the emulator's own JSON-Patch semantics: rebuild by hand.
    QStringList parts = pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    std::function<QJsonValue(QJsonValue, int)> set = [&](QJsonValue node, int i) -> QJsonValue {
        if (i == parts.size()) {
            return value;
        }
        if (node.isArray()) {
            QJsonArray array = node.toArray();
            array.replace(parts.at(i).toInt(), set(array.at(parts.at(i).toInt()), i + 1));
            return array;
        }
        QJsonObject object = node.toObject();
        object.insert(parts.at(i), set(object.value(parts.at(i)), i + 1));
        return object;
    };
    body = set(body, 0).toObject();
    const auto result = m_client->post(kFlow + QStringLiteral("/flows"), QJsonDocument(body));
    QCOMPARE(result.status, 400);
    QCOMPARE(result.code(), code);
    QVERIFY(result.json.object()[QStringLiteral("report")][QStringLiteral("detailed-message")].toString().size() > 10);
}

void TestEmulatorFlow::flowCreateRunAndRecords()
{
    // Mapping schema must equal the dataset's schema: a second schema's mapping is refused.
    const QJsonObject other = parse(R"({"type": "object", "title": "Other", "description": "o",
        "allOf": [{"$ref": "https://ns.adobe.com/xdm/context/profile"}]})");
    const QString otherSchema = create(kSchemas + QStringLiteral("/tenant/schemas"), other, QStringLiteral("$id"));
    QJsonObject otherMapping{
        {QStringLiteral("outputSchema"),
         QJsonObject{{QStringLiteral("schemaRef"), QJsonObject{{QStringLiteral("id"), otherSchema}}}}},
        {QStringLiteral("mappings"),
         QJsonArray{QJsonObject{{QStringLiteral("sourceType"), QStringLiteral("ATTRIBUTE")},
                                {QStringLiteral("source"), QStringLiteral("Vid")},
                                {QStringLiteral("destination"), QStringLiteral("_id")}}}}};
    const QString otherMappingId = create(kPrep + QStringLiteral("/mappingSets"), otherMapping);
    QJsonObject mismatch = flowBody();
    QJsonArray transformations = mismatch.value(QStringLiteral("transformations")).toArray();
    transformations.replace(1,
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("Mapping")},
                                        {QStringLiteral("params"),
                                         QJsonObject{{QStringLiteral("mappingId"), otherMappingId},
                                                     {QStringLiteral("mappingVersion"), 0}}}});
    mismatch.insert(QStringLiteral("transformations"), transformations);
    const auto refused = m_client->post(kFlow + QStringLiteral("/flows"), QJsonDocument(mismatch));
    QCOMPARE(refused.code(), QStringLiteral("1425-400"));

    const auto created = m_client->post(kFlow + QStringLiteral("/flows"), QJsonDocument(flowBody()));
    QCOMPARE(created.status, 201);
    m_flowId = created.json.object().value(QStringLiteral("id")).toString();
    const auto runs = m_client->get(kFlow + QStringLiteral("/runs?property=flowId==") + m_flowId);
    const QJsonArray items = runs.json.object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject run = items.at(0).toObject();
    const QJsonObject summary = run[QStringLiteral("metrics")][QStringLiteral("recordSummary")].toObject();
    const int input = summary.value(QStringLiteral("inputRecordCount")).toInt();
    const int output = summary.value(QStringLiteral("outputRecordCount")).toInt();
    const int failed = summary.value(QStringLiteral("failedRecordCount")).toInt();
    QCOMPARE(input, 300);
    QVERIFY2(failed > 0 && failed < 60, qPrintable(QString::number(failed)));
    QCOMPARE(output + failed, input);
    QCOMPARE(run[QStringLiteral("metrics")][QStringLiteral("statusSummary")][QStringLiteral("status")].toString(),
             QStringLiteral("success"));
    const QString batchId = run[QStringLiteral("activities")][1][QStringLiteral("targetInfo")][0]
                               [QStringLiteral("reference")][QStringLiteral("ids")][0]
                                   .toString();
    QCOMPARE(batchId.size(), 26);
    const auto batch = m_client->get(kCatalog + QStringLiteral("/batches/") + batchId);
    QCOMPARE(batch.json.object()[batchId][QStringLiteral("recordCount")].toInt(), output);
    QCOMPARE(batch.json.object()[batchId][QStringLiteral("failedRecordCount")].toInt(), failed);
    const auto byDataSet = m_client->get(kCatalog + QStringLiteral("/batches?dataSet=") + m_dataSetId);
    QVERIFY(byDataSet.json.object().contains(batchId));

    // Read the written records back and compare each with its source row, field by field.
    const auto written = m_client->get(QStringLiteral("/__emulator/batches/%1/records").arg(batchId));
    const QJsonArray records = written.json.object().value(QStringLiteral("records")).toArray();
    QCOMPARE(records.size(), output);
    const auto preview
        = m_client->get(kFlow + QStringLiteral("/connections/") + m_connectionId
                        + QStringLiteral("/explore?objectType=table&object=Hubspot.Contacts&preview=true"));
    const QJsonArray sample = preview.json.object().value(QStringLiteral("data")).toArray();
    int compared = 0;
    for (const QJsonValue& row : sample) {
        const QString id = QString::number(row[QStringLiteral("Vid")].toInt());
        for (const QJsonValue& record : records) {
            if (record[QStringLiteral("_id")].toString() != id) {
                continue;
            }
            ++compared;
            QCOMPARE(record[QStringLiteral("person")][QStringLiteral("name")][QStringLiteral("firstName")].toString(),
                     row[QStringLiteral("Properties_Firstname_Value")].toString());
            QCOMPARE(record[QStringLiteral("person")][QStringLiteral("name")][QStringLiteral("fullName")].toString(),
                     row[QStringLiteral("Properties_Firstname_Value")].toString() + QLatin1Char(' ')
                         + row[QStringLiteral("Properties_Lastname_Value")].toString().toUpper());
            QCOMPARE(record[QStringLiteral("personalEmail")][QStringLiteral("address")].toString(),
                     row[QStringLiteral("Properties_Email_Value")].toString());
            QCOMPARE(record[QStringLiteral("_repo")][QStringLiteral("createDate")].toString(),
                     row[QStringLiteral("Properties_Createdate_Value")].toString().replace(QLatin1Char(' '),
                                                                                           QLatin1Char('T'))
                         + QLatin1Char('Z'));
        }
    }
    QVERIFY(compared >= 7);
    for (const QJsonValue& record : records) {
        QVERIFY(
            record[QStringLiteral("personalEmail")][QStringLiteral("address")].toString().contains(QLatin1Char('@')));
    }
    // A strict threshold fails the same data.
    QJsonObject strict = flowBody();
    strict.insert(QStringLiteral("options"), QJsonObject{{QStringLiteral("partialIngestionPercent"), 0.5}});
    const QString strictId = create(kFlow + QStringLiteral("/flows"), strict);
    const auto strictRuns = m_client->get(kFlow + QStringLiteral("/runs?property=flowId==") + strictId);
    QCOMPARE(strictRuns.json
                 .object()[QStringLiteral("items")][0][QStringLiteral("metrics")][QStringLiteral("statusSummary")]
                          [QStringLiteral("status")]
                 .toString(),
             QStringLiteral("failed"));
    // The base connection is used by flows now.
    const auto del = m_client->call("DELETE", kFlow + QStringLiteral("/connections/") + m_connectionId);
    QCOMPARE(del.status, 400);
    QCOMPARE(del.code(), QStringLiteral("1418-400"));
}

void TestEmulatorFlow::flowPatchWithEtag()
{
    const QString path = kFlow + QStringLiteral("/flows/") + m_flowId;
    const QByteArray patch = R"([{"op": "replace", "path": "/name", "value": "Renamed"}])";
    const auto missing = m_client->call("PATCH", path, patch);
    QCOMPARE(missing.code(), QStringLiteral("1403-400"));
    const auto stale = m_client->call("PATCH", path, patch, {{"If-Match", "\"stale\""}});
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.code(), QStringLiteral("1404-412"));
    const QByteArray etag
        = m_client->get(path).json.object()[QStringLiteral("items")][0][QStringLiteral("etag")].toString().toUtf8();
    const auto ok = m_client->call("PATCH", path, patch, {{"If-Match", etag}});
    QCOMPARE(ok.status, 200);
    QVERIFY(ok.json.object().value(QStringLiteral("etag")).toString().toUtf8() != etag);
    const QByteArray badSchedule = R"([{"op": "replace", "path": "/scheduleParams/frequency", "value": "minute"}])";
    const QByteArray etag2 = ok.json.object().value(QStringLiteral("etag")).toString().toUtf8();
    QCOMPARE(m_client->call("PATCH", path, badSchedule, {{"If-Match", etag2}}).status, 400);
    QCOMPARE(
        m_client
            ->call("PATCH", path, R"([{"op": "move", "from": "/name", "path": "/description"}])", {{"If-Match", etag2}})
            .code(),
        QStringLiteral("1434-400"));
    QCOMPARE(
        m_client->call("PATCH", path, R"([{"op": "replace", "path": "/nothing", "value": 1}])", {{"If-Match", etag2}})
            .code(),
        QStringLiteral("1455-400"));
    const auto disable
        = m_client->call("POST", path + QStringLiteral("/action?op=disable"), {}, {{"Content-Type", {}}});
    QCOMPARE(disable.status, 200);
    QCOMPARE(m_client->get(path).json.object()[QStringLiteral("items")][0][QStringLiteral("state")].toString(),
             QStringLiteral("disabled"));
    QCOMPARE(m_client->call("DELETE", path).status, 204);
    QCOMPARE(m_client->get(path).code(), QStringLiteral("1439-404"));
}

void TestEmulatorFlow::connectionListPagingAndFilters()
{
    for (int i = 0; i < 7; ++i) {
        const QByteArray body
            = QStringLiteral(
                  R"({"name":"Paged %1","auth":{"specName":"Basic Authentication","params":{"endpoint":"https://e","username":"u","password":"p"}},"connectionSpec":{"id":"35d6c4d8-c9a9-11eb-b8bc-0242ac130003","version":"1.0"}})")
                  .arg(i)
                  .toUtf8();
        QCOMPARE(m_client->call("POST", kFlow + QStringLiteral("/connections"), body).status, 201);
    }
    const QString filter = QStringLiteral("property=connectionSpec.id==35d6c4d8-c9a9-11eb-b8bc-0242ac130003");
    QCOMPARE(m_client->get(kFlow + QStringLiteral("/connections?count=true&") + filter)
                 .json.object()
                 .value(QStringLiteral("count"))
                 .toInt(),
             7);
    QCOMPARE(m_client->get(kFlow + QStringLiteral("/connections?count=true&limit=2")).code(),
             QStringLiteral("1401-400"));
    QString next = kFlow + QStringLiteral("/connections?limit=3&orderby=-name&") + filter;
    QStringList seen;
    int pages = 0;
    while (!next.isEmpty() && pages < 10) {
        const auto page = m_client->get(next);
        QCOMPARE(page.status, 200);
        for (const QJsonValue& item : page.json.object().value(QStringLiteral("items")).toArray()) {
            seen.append(item[QStringLiteral("name")].toString());
        }
        const QString href
            = page.json.object()[QStringLiteral("_links")][QStringLiteral("next")][QStringLiteral("href")].toString();
        if (!href.isEmpty()) {
            QVERIFY(href.startsWith(QLatin1String("/connections?continuationToken=")));
            QVERIFY(!href.contains(QLatin1Char('&')));
        }
        next = href.isEmpty() ? QString() : kFlow + href;
        ++pages;
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), 7);
    QCOMPARE(seen.first(), QStringLiteral("Paged 6"));
    QCOMPARE(seen.last(), QStringLiteral("Paged 0"));
    QCOMPARE(m_client->get(kFlow + QStringLiteral("/connections?property=name==Paged 1,Paged 2"))
                 .json.object()
                 .value(QStringLiteral("items"))
                 .toArray()
                 .size(),
             2);
    QCOMPARE(m_client->get(kFlow + QStringLiteral("/connections?") + filter + QStringLiteral("&property=name!=Paged 1"))
                 .json.object()
                 .value(QStringLiteral("items"))
                 .toArray()
                 .size(),
             6);
    QCOMPARE(m_client->get(kFlow + QStringLiteral("/flows?property=sourceConnectionIds[]==") + m_sourceId)
                 .json.object()
                 .value(QStringLiteral("items"))
                 .toArray()
                 .size(),
             1);
    QCOMPARE(m_client->get(kFlow + QStringLiteral("/connections?property=%3D%3Dx")).code(), QStringLiteral("1440-400"));
}

#endif // Q_MOC_RUN
