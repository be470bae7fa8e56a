// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceWait.h"
#include "TestRunnerFixture.h"
#include "plan/DraftCheck.h"
#include "services/CatalogService.h"
#include "services/SchemaRegistryService.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QUrl>

using TestSupport::awaitJob;
using Kind = PlatformError::Kind;

namespace {

const QString kRegistry = QStringLiteral("/data/foundation/schemaregistry");
const QString kProfile = QLatin1String(KnownIds::kProfileClass);
const QString kContact = QStringLiteral("https://ns.adobe.com/xdm/context/profile-personal-details");

} // namespace

/** SchemaRegistryService and CatalogService against the emulator: typed answers, every page, errors mapped. */
class TestPlatformServices : public QObject
{
    Q_OBJECT

    RunnerFixture m_fixture;

    PlatformClient* client() const { return m_fixture.session->client(); }

    QString createSchema(const QString& title)
    {
        const QJsonObject body{{QStringLiteral("type"), QStringLiteral("object")},
                               {QStringLiteral("title"), title},
                               {QStringLiteral("description"), QString(QStringLiteral("about ") + title)},
                               {QStringLiteral("allOf"),
                                QJsonArray{QJsonObject{{QStringLiteral("$ref"), kProfile}},
                                           QJsonObject{{QStringLiteral("$ref"), kContact}}}}};
        const TestSupport::CallResult created
            = TestSupport::await(client()->post(kRegistry + QStringLiteral("/tenant/schemas"), QJsonDocument(body)));
        return created.ok() ? created.json.object().value(QLatin1String("$id")).toString() : QString();
    }

    bool enableForProfile(const QString& schemaId)
    {
        const QJsonObject descriptor{{QStringLiteral("@type"), QStringLiteral("xdm:descriptorIdentity")},
                                     {QStringLiteral("xdm:sourceSchema"), schemaId},
                                     {QStringLiteral("xdm:sourceVersion"), 1},
                                     {QStringLiteral("xdm:sourceProperty"), QStringLiteral("/personalEmail/address")},
                                     {QStringLiteral("xdm:namespace"), QStringLiteral("Email")},
                                     {QStringLiteral("xdm:property"), QStringLiteral("xdm:code")},
                                     {QStringLiteral("xdm:isPrimary"), true}};
        if (!TestSupport::await(
                 client()->post(kRegistry + QStringLiteral("/tenant/descriptors"), QJsonDocument(descriptor)))
                 .ok())
            return false;
        const QJsonArray tag{QJsonObject{{QStringLiteral("op"), QStringLiteral("add")},
                                         {QStringLiteral("path"), QStringLiteral("/meta:immutableTags")},
                                         {QStringLiteral("value"), QJsonArray{QStringLiteral("union")}}}};
        return TestSupport::await(client()->patch(kRegistry + QStringLiteral("/tenant/schemas/")
                                                      + QString::fromLatin1(QUrl::toPercentEncoding(schemaId)),
                                                  QJsonDocument(tag)))
            .ok();
    }

    /** The codes of what DraftCheck finds in @p recipe, as "code@field" ("warning code@field" for a warning). */
    QStringList checked(const QJsonObject& recipe)
    {
        QList<DraftProblem> parsed;
        const DataflowDraft draft = DataflowDraft::fromJson(recipe, &parsed);
        if (!parsed.isEmpty())
            return {QStringLiteral("recipe: ") + parsed.first().toString()};
        DraftCheck check(client(), draft);
        QSignalSpy finished(&check, &DraftCheck::finished);
        check.start();
        if (!finished.wait(20000))
            return {QStringLiteral("DraftCheck did not finish")};
        QStringList codes;
        for (const DraftProblem& problem : check.problems())
            codes << (problem.isError() ? QString() : QStringLiteral("warning ")) + problem.code + QLatin1Char('@')
                    + problem.field;
        return codes;
    }

    QString createDataset(const QString& name, const QString& schemaId, bool profile = false)
    {
        QJsonObject body{
            {QStringLiteral("name"), name},
            {QStringLiteral("schemaRef"),
             QJsonObject{{QStringLiteral("id"), schemaId},
                         {QStringLiteral("contentType"), QStringLiteral("application/vnd.adobe.xed+json;version=1")}}}};
        if (profile)
            body.insert(QStringLiteral("tags"),
                        QJsonObject{{QStringLiteral("unifiedProfile"), QJsonArray{QStringLiteral("enabled: true")}}});
        const TestSupport::CallResult created = TestSupport::await(
            client()->post(QStringLiteral("/data/foundation/catalog/dataSets"), QJsonDocument(body)));
        if (!created.ok())
            return {};
        return created.json.array().at(0).toString().section(QLatin1Char('/'), -1);
    }

private Q_SLOTS:
    void initTestCase() { TestSupport::isolateUserFolders(); }
    void init() { QCOMPARE(m_fixture.setUp(), QString()); }
    void cleanup() { m_fixture.tearDown(); }

    void schemasPagedToTheEnd()
    {
        QStringList titles;
        for (const char* title : {"Echo", "Alpha", "Delta", "Bravo", "Charlie"}) {
            QVERIFY(!createSchema(QLatin1String(title)).isEmpty());
            titles << QLatin1String(title);
        }
        titles.sort();
        const SchemaRegistryService registry(client());
        QList<SchemaSummary> all;
        QList<int> pageSizes;
        QString continuation;
        do {
            const auto page = awaitJob(registry.schemas(kProfile, continuation, 2));
            QVERIFY2(page.ok(), qPrintable(page.error.toString()));
            all << page.value.items;
            pageSizes << page.value.items.size();
            continuation = page.value.continuation;
        } while (!continuation.isEmpty() && pageSizes.size() < 10);
        QCOMPARE(pageSizes, (QList<int>{2, 2, 1}));
        QStringList seen;
        for (const SchemaSummary& schema : std::as_const(all)) {
            seen << schema.title;
            QVERIFY(schema.id.startsWith(QLatin1String("https://ns.adobe.com/demotenant/schemas/")));
            QVERIFY(schema.altId.startsWith(QLatin1String("_demotenant.schemas.")));
            QCOMPARE(schema.xdmClass, kProfile);
            QCOMPARE(schema.description, QStringLiteral("about ") + schema.title);
            QVERIFY(!schema.profileEnabled);
        }
        QCOMPARE(seen, titles);
    }

    void schemaProfileEnabledAndExpanded()
    {
        const QString id = createSchema(QStringLiteral("People"));
        QVERIFY(!id.isEmpty());
        QVERIFY(enableForProfile(id));
        const SchemaRegistryService registry(client());
        const auto page = awaitJob(registry.schemas(kProfile));
        QVERIFY(page.ok());
        QCOMPARE(page.value.items.size(), 1);
        QVERIFY(page.value.items.first().profileEnabled);
        QVERIFY(!page.value.hasMore());

        const auto tree = awaitJob(registry.fullSchema(id));
        QVERIFY2(tree.ok(), qPrintable(tree.error.toString()));
        QVERIFY(tree.value.properties().contains(QLatin1String("personalEmail")));
        const auto byAltId = awaitJob(registry.fullSchema(page.value.items.first().altId));
        QVERIFY(byAltId.ok());
        QCOMPARE(byAltId.value.properties(), tree.value.properties());
    }

    void fieldGroupsAndClasses()
    {
        const SchemaRegistryService registry(client());
        const auto oneGo = awaitJob(registry.fieldGroups(kProfile));
        QVERIFY2(oneGo.ok(), qPrintable(oneGo.error.toString()));
        QVERIFY(oneGo.value.size() >= 4);
        const auto paged = awaitJob(registry.fieldGroups(kProfile, 2)); // the same, two by two
        QVERIFY(paged.ok());
        QCOMPARE(paged.value, oneGo.value);
        QStringList titles;
        for (const FieldGroupSummary& group : oneGo.value) {
            titles << group.title;
            QVERIFY(group.intendedToExtend.contains(kProfile));
            QVERIFY2(group.fieldCount > 0, qPrintable(group.title));
        }
        QStringList sorted = titles;
        sorted.sort();
        QCOMPARE(titles, sorted);
        const auto contact = std::find_if(oneGo.value.begin(), oneGo.value.end(),
                                          [](const FieldGroupSummary& group) { return group.id == kContact; });
        QVERIFY(contact != oneGo.value.end());
        QCOMPARE(contact->title, QStringLiteral("Personal Contact Details"));
        QCOMPARE(contact->fieldCount, 9); // email 2, home address 5, mobile and home phone 1 each

        const auto classes = awaitJob(registry.classes(1));
        QVERIFY(classes.ok());
        QVERIFY(std::any_of(classes.value.begin(), classes.value.end(),
                            [](const XdmClassSummary& xdmClass) { return xdmClass.id == kProfile; }));

        const auto profile = awaitJob(registry.fullClass(kProfile));
        QVERIFY(profile.ok());
        QVERIFY(!profile.value.isEmpty());
        const auto group = awaitJob(registry.fullFieldGroup(kContact));
        QVERIFY(group.ok());
        QVERIFY(group.value.properties().contains(QLatin1String("homeAddress")));
        const SchemaTree merged = SchemaTree::merge({profile.value, group.value});
        QVERIFY(merged.properties().contains(QLatin1String("homeAddress")));
        QCOMPARE(merged.properties().size(), profile.value.properties().size() + group.value.properties().size());
    }

    void draftCheckReadsTheSchemaThroughTheRegistry()
    {
        using TestDraftRecipes::with;
        const QStringList clean = checked(m_fixture.recipe());
        QVERIFY2(!clean.join(QLatin1Char(' ')).contains(QLatin1String("schema.")), qPrintable(clean.join(' ')));
        QVERIFY2(!clean.join(QLatin1Char(' ')).contains(QLatin1String("unknownDestination")),
                 qPrintable(clean.join(' ')));

        // A destination of neither the class nor a field group: the merged tree is checked.
        const QStringList wrong = checked(with(m_fixture.recipe(), "mapping[2].destination", "person.name.nope"));
        QVERIFY2(wrong.contains(QStringLiteral("mapping.unknownDestination@mapping[2].destination")),
                 qPrintable(wrong.join(' ')));

        // A field group the registry does not have: said where, and the tree is not checked half-built.
        const QStringList missing = checked(
            with(m_fixture.recipe(), "schema.create.fieldGroups[1]", "https://ns.adobe.com/xdm/context/profile-nope"));
        QVERIFY2(missing.contains(QStringLiteral("schema.notFound@schema.create.fieldGroups[1]")),
                 qPrintable(missing.join(' ')));
        QVERIFY2(!missing.join(QLatin1Char(' ')).contains(QLatin1String("unknownDestination")),
                 qPrintable(missing.join(' ')));
    }

    void draftCheckJudgesTypes_data()
    {
        // A fourth rule onto the recipe's schema to create (profile-person-details has person.birthDate, a date),
        // judged by the Mapping page's rule (TypeCompatibility) against the table's columns (the demo HubSpot
        // contacts).
        QTest::addColumn<QJsonObject>("rule");
        QTest::addColumn<QStringList>("expected");
        const auto rule = [](const char* key, const char* value, const char* destination) {
            return QJsonObject{{QLatin1String(key), QLatin1String(value)},
                               {QStringLiteral("destination"), QLatin1String(destination)}};
        };
        QTest::newRow("boolean into a date") << rule("source", "Is_Contact", "person.birthDate")
                                             << QStringList{"mapping.typeMismatch@mapping[3].source"};
        QTest::newRow("text into a date") << rule("source", "Properties_Firstname_Value", "person.birthDate")
                                          << QStringList{"warning mapping.needsDateFormat@mapping[3].source"};
        QTest::newRow("whole number into a date") << rule("source", "Vid", "person.birthDate")
                                                  << QStringList{"warning mapping.typeMayFail@mapping[3].source"};
        QTest::newRow("date-time into a date") << rule("source", "Added_At", "person.birthDate") << QStringList{};
        QTest::newRow("a boolean result into a date") << rule("expression", "true", "person.birthDate")
                                                      << QStringList{"mapping.typeMismatch@mapping[3].expression"};
        QTest::newRow("a bare column of the wrong kind") << rule("expression", "Is_Contact", "person.birthDate")
                                                         << QStringList{"mapping.typeMismatch@mapping[3].expression"};
        QTest::newRow("unknown column in a calculated field")
            << rule("expression", "upper(Properties_Nosuch_Value)", "person.name.firstName")
            << QStringList{"expression.unknownColumn@mapping[3].expression"};
        QTest::newRow("syntax") << rule("expression", "concat(Vid, \"x\"", "person.name.firstName")
                                << QStringList{"expression.syntax@mapping[3].expression"};
    }
    void draftCheckJudgesTypes()
    {
        QFETCH(QJsonObject, rule);
        QFETCH(QStringList, expected);
        const QStringList found = checked(TestDraftRecipes::with(m_fixture.recipe(), "mapping[3]", rule));
        QStringList mapping; // what is said about the rules (the recipe's own schedule start is not the point here)
        for (const QString& code : found) {
            if (code.contains(QLatin1String("@mapping")))
                mapping << code;
        }
        QCOMPARE(mapping, expected);
    }

    void errorsMapped_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("kind");
        QTest::newRow("not found") << QString() << int(Kind::NotFound);
        QTest::newRow("forbidden") << QStringLiteral("GET:/data/foundation/schemaregistry/*=403")
                                   << int(Kind::Forbidden);
        QTest::newRow("malformed") << QStringLiteral("GET:/data/foundation/schemaregistry/*=malformed")
                                   << int(Kind::BadResponse);
    }
    void errorsMapped()
    {
        QFETCH(QString, fault);
        QFETCH(int, kind);
        if (!fault.isEmpty())
            QVERIFY(m_fixture.platform->addFault(fault));
        const SchemaRegistryService registry(client());
        // Without a fault: a schema that does not exist. With one: the profile class, which does.
        const auto missing = awaitJob(
            fault.isEmpty() ? registry.fullSchema(QStringLiteral("https://ns.adobe.com/demotenant/schemas/0"))
                            : registry.fullClass(kProfile));
        QVERIFY(missing.finished);
        QCOMPARE(int(missing.error.kind), kind);
        QVERIFY(!missing.error.userMessage.isEmpty());
    }

    void catalogErrorsMapped()
    {
        QVERIFY(m_fixture.platform->addFault(QStringLiteral("GET:/data/foundation/catalog/dataSets=400")));
        const auto failed = awaitJob(CatalogService(client()).datasetsOfSchema(QStringLiteral("x")));
        QVERIFY(failed.finished);
        QCOMPARE(failed.error.kind, Kind::Validation);
    }

    void datasetsOfASchemaEveryPage()
    {
        const QString people = createSchema(QStringLiteral("People"));
        const QString others = createSchema(QStringLiteral("Others"));
        QVERIFY(!people.isEmpty() && !others.isEmpty());
        QVERIFY(enableForProfile(people));
        QStringList mine;
        for (int i = 0; i < 5; ++i) {
            const QString id = createDataset(QStringLiteral("People %1").arg(i), people, i == 0);
            QVERIFY(!id.isEmpty());
            mine << id;
            QVERIFY(!createDataset(QStringLiteral("Others %1").arg(i), others).isEmpty());
        }
        const CatalogService catalog(client());
        const auto found = awaitJob(catalog.datasetsOfSchema(people, 3)); // 10 datasets: 4 pages of 3
        QVERIFY2(found.ok(), qPrintable(found.error.toString()));
        QStringList ids;
        for (const DatasetSummary& dataset : found.value) {
            ids << dataset.id;
            QCOMPARE(dataset.schemaId, people);
            QVERIFY(dataset.name.startsWith(QLatin1String("People ")));
            QCOMPARE(dataset.profileEnabled, dataset.name == QLatin1String("People 0"));
        }
        ids.sort();
        mine.sort();
        QCOMPARE(ids, mine);

        const auto first = awaitJob(catalog.datasets({}, 4));
        QVERIFY(first.ok());
        QCOMPARE(first.value.items.size(), 4);
        QCOMPARE(first.value.continuation, QStringLiteral("4"));
        const auto last = awaitJob(catalog.datasets(QStringLiteral("8"), 4));
        QVERIFY(last.ok());
        QCOMPARE(last.value.items.size(), 2);
        QVERIFY(!last.value.hasMore());
    }
};

QTEST_GUILESS_MAIN(TestPlatformServices)
#include "TestPlatformServices.moc"
