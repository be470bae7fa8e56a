// SPDX-License-Identifier: GPL-3.0-or-later
// Schema Registry: tenant schema paging walked to the end (CONTRACT §4.3) and union schemas (§4.7).
#include "EmulatorClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace {

const QString kSchemas = QStringLiteral("/data/foundation/schemaregistry");
const QString kProfile = QStringLiteral("https://ns.adobe.com/xdm/context/profile");
const EmulatorClient::Headers kIdList{{"Accept", "application/vnd.adobe.xed-id+json"}};
const EmulatorClient::Headers kFull{{"Accept", "application/vnd.adobe.xed-full+json; version=1"}};

QJsonObject schemaBody(const QString& title, const QStringList& fieldGroups)
{
    QJsonArray allOf{QJsonObject{{QStringLiteral("$ref"), kProfile}}};
    for (const QString& group : fieldGroups) {
        allOf.append(QJsonObject{{QStringLiteral("$ref"), group}});
    }
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("description"), QStringLiteral("test schema")},
                       {QStringLiteral("allOf"), allOf}};
}

} // namespace

class TestEmulatorRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void schemaPagingWalkedToTheEnd_data();
    void schemaPagingWalkedToTheEnd();
    void pagingRefusesABadLimit();
    void unionsOfProfileEnabledSchemas();

private:
    QString createSchema(const QString& title, const QStringList& fieldGroups);
    bool enableForProfile(const QString& schemaId, const QString& identityPath);

    std::unique_ptr<LocalPlatform> m_platform;
    std::unique_ptr<EmulatorClient> m_client;
};

// moc cannot read raw string literals holding ")": it only needs the class above.
#ifndef Q_MOC_RUN

void TestEmulatorRegistry::init()
{
    EmulatorOptions options;
    options.rows = 20;
    m_platform = std::make_unique<LocalPlatform>(options);
    QVERIFY(m_platform->listen(0) != 0);
    m_client = std::make_unique<EmulatorClient>(*m_platform);
    QVERIFY(m_client->signIn());
}

QString TestEmulatorRegistry::createSchema(const QString& title, const QStringList& fieldGroups)
{
    const auto created
        = m_client->post(kSchemas + QStringLiteral("/tenant/schemas"), QJsonDocument(schemaBody(title, fieldGroups)));
    if (created.status != 201) {
        qWarning() << created.status << created.body;
        return {};
    }
    return created.json.object().value(QStringLiteral("$id")).toString();
}

bool TestEmulatorRegistry::enableForProfile(const QString& schemaId, const QString& identityPath)
{
    const QJsonObject descriptor{{QStringLiteral("@type"), QStringLiteral("xdm:descriptorIdentity")},
                                 {QStringLiteral("xdm:sourceSchema"), schemaId},
                                 {QStringLiteral("xdm:sourceVersion"), 1},
                                 {QStringLiteral("xdm:sourceProperty"), identityPath},
                                 {QStringLiteral("xdm:namespace"), QStringLiteral("Email")},
                                 {QStringLiteral("xdm:property"), QStringLiteral("xdm:code")},
                                 {QStringLiteral("xdm:isPrimary"), true}};
    if (m_client->post(kSchemas + QStringLiteral("/tenant/descriptors"), QJsonDocument(descriptor)).status != 201) {
        return false;
    }
    const QByteArray tag = R"([{"op": "add", "path": "/meta:immutableTags", "value": ["union"]}])";
    return m_client
               ->call("PATCH", kSchemas + QStringLiteral("/tenant/schemas/") + QUrl::toPercentEncoding(schemaId), tag)
               .status
        == 200;
}

void TestEmulatorRegistry::schemaPagingWalkedToTheEnd_data()
{
    QTest::addColumn<QString>("orderby");
    QTest::addColumn<int>("limit");
    QTest::newRow("title, pages of 7") << QStringLiteral("title") << 7;
    QTest::newRow("-title, pages of 5") << QStringLiteral("-title") << 5;
    QTest::newRow("title, one item per page") << QStringLiteral("title") << 1;
    QTest::newRow("title, exact fit") << QStringLiteral("title") << 23;
    QTest::newRow("title, one page") << QStringLiteral("title") << 300;
}

void TestEmulatorRegistry::schemaPagingWalkedToTheEnd()
{
    QFETCH(QString, orderby);
    QFETCH(int, limit);
    constexpr int kSchemaCount = 23;
    QSet<QString> created;
    for (int i = 0; i < kSchemaCount; ++i) {
        // Created out of title order, so the listing must sort.
        const QString id
            = createSchema(QStringLiteral("Paging schema %1").arg((i * 7) % kSchemaCount, 2, 10, QLatin1Char('0')),
                           {QStringLiteral("https://ns.adobe.com/xdm/context/profile-person-details")});
        QVERIFY(!id.isEmpty());
        created.insert(id);
    }
    QStringList seen;
    QStringList titles;
    QString start;
    int pages = 0;
    do {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("orderby"), orderby);
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        if (!start.isEmpty()) {
            query.addQueryItem(QStringLiteral("start"), start);
        }
        const auto page = m_client->get(
            kSchemas + QStringLiteral("/tenant/schemas?") + query.toString(QUrl::FullyEncoded), kIdList);
        QCOMPARE(page.status, 200);
        const QJsonObject body = page.json.object();
        const QJsonArray results = body.value(QStringLiteral("results")).toArray();
        QVERIFY(results.size() <= limit);
        QCOMPARE(body[QStringLiteral("_page")][QStringLiteral("count")].toInt(), int(results.size()));
        QCOMPARE(body[QStringLiteral("_page")][QStringLiteral("orderby")].toString(), orderby);
        for (const QJsonValue& result : results) {
            seen.append(result[QStringLiteral("$id")].toString());
            titles.append(result[QStringLiteral("title")].toString());
            QVERIFY(result[QStringLiteral("meta:altId")].toString().startsWith(QLatin1String("_demotenant.schemas.")));
        }
        const QJsonValue next = body[QStringLiteral("_page")][QStringLiteral("next")];
        const QJsonValue link = body[QStringLiteral("_links")][QStringLiteral("next")];
        if (next.isNull()) {
            QVERIFY(link.isNull());
            start.clear();
        } else {
            // The next link carries the same start and sort.
            QVERIFY(next.isString());
            start = next.toString();
            const QUrlQuery linkQuery(QUrl(link[QStringLiteral("href")].toString()));
            QCOMPARE(linkQuery.queryItemValue(QStringLiteral("start"), QUrl::FullyDecoded), start);
            QCOMPARE(linkQuery.queryItemValue(QStringLiteral("orderby")), orderby);
        }
        QVERIFY2(++pages <= kSchemaCount + 1, "paging does not end");
    } while (!start.isEmpty());
    QCOMPARE(pages, (kSchemaCount + limit - 1) / limit);
    QCOMPARE(seen.size(), kSchemaCount);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()), created);
    QStringList sorted = titles;
    sorted.sort();
    if (orderby.startsWith(QLatin1Char('-'))) {
        std::reverse(sorted.begin(), sorted.end());
    }
    QCOMPARE(titles, sorted);
}

void TestEmulatorRegistry::pagingRefusesABadLimit()
{
    for (const char* limit : {"501", "-1", "ten"}) {
        const auto page = m_client->get(
            kSchemas + QStringLiteral("/tenant/schemas?orderby=title&limit=") + QLatin1String(limit), kIdList);
        QCOMPARE(page.status, 400);
    }
}

void TestEmulatorRegistry::unionsOfProfileEnabledSchemas()
{
    const auto none = m_client->get(kSchemas + QStringLiteral("/tenant/unions"), kIdList);
    QCOMPARE(none.status, 200);
    QCOMPARE(none.json.object().value(QStringLiteral("results")).toArray().size(), 0);

    const QString personal = QStringLiteral("https://ns.adobe.com/xdm/context/profile-personal-details");
    const QString people
        = createSchema(QStringLiteral("People"),
                       {QStringLiteral("https://ns.adobe.com/xdm/context/profile-person-details"), personal});
    const QString loyal
        = createSchema(QStringLiteral("Loyal"),
                       {personal, QStringLiteral("https://ns.adobe.com/xdm/mixins/profile/profile-loyalty-details")});
    const QString notEnabled = createSchema(QStringLiteral("Work"),
                                            {QStringLiteral("https://ns.adobe.com/xdm/context/profile-work-details")});
    QVERIFY(!people.isEmpty() && !loyal.isEmpty() && !notEnabled.isEmpty());
    QVERIFY(enableForProfile(people, QStringLiteral("/personalEmail/address")));
    QVERIFY(enableForProfile(loyal, QStringLiteral("/personalEmail/address")));

    const auto list = m_client->get(kSchemas + QStringLiteral("/tenant/unions"), kIdList);
    QCOMPARE(list.status, 200);
    const QJsonArray results = list.json.object().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.at(0)[QStringLiteral("$id")].toString(), kProfile + QStringLiteral("__union"));
    QCOMPARE(results.at(0)[QStringLiteral("meta:altId")].toString(), QStringLiteral("_xdm.context.profile__union"));
    QVERIFY(!results.at(0).toObject().contains(QStringLiteral("allOf"))); // xed-id: summaries only

    const auto full = m_client->get(kSchemas + QStringLiteral("/tenant/unions/_xdm.context.profile__union"), kFull);
    QCOMPARE(full.status, 200);
    const QJsonObject union_ = full.json.object();
    QCOMPARE(union_.value(QStringLiteral("meta:class")).toString(), kProfile);
    QCOMPARE(union_.value(QStringLiteral("meta:resourceType")).toString(), QStringLiteral("unions"));
    QVERIFY(union_.value(QStringLiteral("meta:immutableTags")).toArray().contains(QStringLiteral("union")));
    const QJsonArray members = union_.value(QStringLiteral("meta:unionSchemas")).toArray();
    QCOMPARE(members.size(), 2);
    QVERIFY(members.contains(people) && members.contains(loyal) && !members.contains(notEnabled));
    // The merged tree: fields of both members, none of the schema that is not Profile-enabled.
    const QJsonObject properties = union_.value(QStringLiteral("properties")).toObject();
    QVERIFY(properties.contains(QStringLiteral("person")));
    QVERIFY(properties.contains(QStringLiteral("personalEmail")));
    QVERIFY(properties.contains(QStringLiteral("loyalty")));
    QVERIFY(!properties.contains(QStringLiteral("workEmail")));
    // By $id (percent-encoded), with the raw view.
    const auto raw
        = m_client->get(kSchemas + QStringLiteral("/tenant/unions/")
                            + QString::fromLatin1(QUrl::toPercentEncoding(kProfile + QStringLiteral("__union"))),
                        {{"Accept", "application/vnd.adobe.xed+json; version=1"}});
    QCOMPARE(raw.status, 200);
    QVERIFY(raw.json.object().value(QStringLiteral("allOf")).toArray().size() >= 4);

    // Errors: unknown union, list without a vendor Accept, lookup without a version; other sandboxes see nothing.
    const auto missing = m_client->get(kSchemas + QStringLiteral("/tenant/unions/_xdm.context.nothing__union"), kFull);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.code(), QStringLiteral("1012-404"));
    QCOMPARE(m_client->get(kSchemas + QStringLiteral("/tenant/unions"), {{"Accept", "application/json"}}).status, 400);
    QCOMPARE(m_client
                 ->get(kSchemas + QStringLiteral("/tenant/unions/_xdm.context.profile__union"),
                       {{"Accept", "application/vnd.adobe.xed-full+json"}})
                 .status,
             400);
    m_client->sandbox = QStringLiteral("dev");
    const auto dev = m_client->get(kSchemas + QStringLiteral("/tenant/unions"), kIdList);
    QCOMPARE(dev.json.object().value(QStringLiteral("results")).toArray().size(), 0);
}

#endif // Q_MOC_RUN

QTEST_GUILESS_MAIN(TestEmulatorRegistry)
#include "TestEmulator_registry.moc"
