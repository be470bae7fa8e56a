// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/IdentityRules.h"
#include "core/SchemaRules.h"
#include "model/SchemaTree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

SchemaTree tree(const char* json)
{
    return SchemaTree(QJsonDocument::fromJson(QByteArray(json)).object());
}

/** The Individual Profile class with the person and contact field groups, as the registry expands them. */
SchemaTree profileTree()
{
    const SchemaTree profile = tree(R"({"properties": {
        "_id": {"title": "Identifier", "type": "string", "format": "uri-reference", "meta:xdmType": "string"},
        "createdAt": {"title": "Created", "type": "string", "format": "date-time", "meta:xdmType": "date-time"}}})");
    const SchemaTree person = tree(R"({"properties": {"person": {"type": "object", "properties": {
        "name": {"type": "object", "properties": {"firstName": {"title": "First name", "type": "string"}}},
        "gender": {"title": "Gender", "type": "string", "meta:xdmType": "string"}}}}})");
    const SchemaTree contact = tree(R"({"properties": {
        "homeAddress": {"type": "object", "properties": {
            "city": {"title": "City", "type": "string"}, "country": {"title": "Country", "type": "string"}}},
        "mobilePhone": {"type": "object", "properties": {"number": {"title": "Number", "type": "string"}}},
        "personalEmail": {"type": "object", "properties": {
            "address": {"title": "Email address", "type": "string", "format": "email"},
            "primary": {"title": "Preferred", "type": "boolean"}}},
        "_demotenant": {"type": "object", "properties": {
            "crmId": {"title": "CRM id", "type": "string"}, "ecid": {"title": "ECID", "type": "string"},
            "tier": {"title": "Tier", "type": "string"}, "points": {"title": "Points", "type": "integer"}}}}})");
    return SchemaTree::merge({profile, person, contact});
}

QStringList paths(const QList<XdmField>& fields)
{
    QStringList result;
    for (const XdmField& field : fields)
        result << field.path;
    return result;
}

} // namespace

/** The Schema and Dataset steps' decisions and the one schema-tree merge, without widgets. */
class TestSchemaRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergeJoinsObjectsAndKeepsFirstDefinition()
    {
        const SchemaTree a = tree(R"({"properties": {"person": {"type": "object", "properties": {
            "name": {"type": "object", "properties": {"firstName": {"type": "string"}}}}},
            "id": {"type": "string", "title": "A"}}})");
        const SchemaTree b = tree(R"({"properties": {"person": {"type": "object", "properties": {
            "name": {"type": "object", "properties": {"lastName": {"type": "string"}}},
            "gender": {"type": "string"}}}, "id": {"type": "string", "title": "B"}}})");
        const SchemaTree merged = SchemaTree::merge({a, b});
        QCOMPARE(merged.json().value(QLatin1String("type")).toString(), QStringLiteral("object"));
        const QJsonObject person = merged.properties().value(QLatin1String("person")).toObject();
        const QJsonObject name
            = person.value(QLatin1String("properties")).toObject().value(QLatin1String("name")).toObject();
        QCOMPARE(name.value(QLatin1String("properties")).toObject().keys(),
                 (QStringList{QStringLiteral("firstName"), QStringLiteral("lastName")}));
        QVERIFY(person.value(QLatin1String("properties")).toObject().contains(QLatin1String("gender")));
        QCOMPARE(merged.properties().value(QLatin1String("id")).toObject().value(QLatin1String("title")).toString(),
                 QStringLiteral("A"));
        // A leaf met twice stays a leaf (no empty "properties" added).
        QVERIFY(!merged.properties().value(QLatin1String("id")).toObject().contains(QLatin1String("properties")));
        QVERIFY(SchemaTree::merge({}).isEmpty());
        QVERIFY(SchemaTree::merge({SchemaTree(), a}) == SchemaTree::merge({a}));
    }

    void identityCandidates()
    {
        const IdentityRules::Choices choices = IdentityRules::choices(profileTree(), {}, false, {});
        const QStringList offered = paths(choices.fields);
        QCOMPARE(offered.value(0), QStringLiteral("personalEmail.address")); // the proposal first
        for (const char* identity : {"mobilePhone.number", "_demotenant.crmId", "_demotenant.ecid"})
            QVERIFY2(offered.contains(QLatin1String(identity)), identity);
        for (const char* not_ : {"homeAddress.city", "homeAddress.country", "person.gender", "person.name.firstName",
                                 "_id", "createdAt", "personalEmail.primary", "_demotenant.tier", "_demotenant.points"})
            QVERIFY2(!offered.contains(QLatin1String(not_)), not_);
        QCOMPARE(choices.selected, QStringLiteral("personalEmail.address"));
    }

    void identityProposal_data()
    {
        QTest::addColumn<QString>("current");
        QTest::addColumn<bool>("userChose");
        QTest::addColumn<QString>("drafted");
        QTest::addColumn<QString>("selected");
        QTest::newRow("default") << QString() << false << QString() << QStringLiteral("personalEmail.address");
        QTest::newRow("drafted") << QString() << false << QStringLiteral("_demotenant.crmId")
                                 << QStringLiteral("_demotenant.crmId");
        QTest::newRow("drafted, gone") << QString() << false << QStringLiteral("workEmail.address")
                                       << QStringLiteral("personalEmail.address");
        QTest::newRow("kept") << QStringLiteral("mobilePhone.number") << false << QString()
                              << QStringLiteral("mobilePhone.number");
        QTest::newRow("user chose none") << QString() << true << QStringLiteral("_demotenant.crmId") << QString();
        QTest::newRow("user choice kept")
            << QStringLiteral("_demotenant.ecid") << true << QString() << QStringLiteral("_demotenant.ecid");
        QTest::newRow("user choice gone") << QStringLiteral("homeAddress.city") << true << QString() << QString();
    }
    void identityProposal()
    {
        QFETCH(QString, current);
        QFETCH(bool, userChose);
        QFETCH(QString, drafted);
        QFETCH(QString, selected);
        const IdentityRules::Choices choices = IdentityRules::choices(profileTree(), current, userChose, drafted);
        QCOMPARE(choices.selected, selected);
        if (!drafted.isEmpty() && paths(choices.fields).contains(drafted))
            QCOMPARE(choices.fields.first().path, drafted); // the proposal is listed first
    }

    void identityProposalWithoutPersonalEmail()
    {
        const SchemaTree work = tree(R"({"properties": {
            "workPhone": {"type": "object", "properties": {"number": {"title": "Number", "type": "string"}}},
            "workEmail": {"type": "object", "properties": {
                "address": {"title": "Email address", "type": "string", "format": "email"}}}}})");
        const IdentityRules::Choices choices = IdentityRules::choices(work, {}, false, {});
        QCOMPARE(choices.selected, QStringLiteral("workEmail.address"));
        QCOMPARE(paths(choices.fields),
                 (QStringList{QStringLiteral("workEmail.address"), QStringLiteral("workPhone.number")}));
        QCOMPARE(
            IdentityRules::choices(tree(R"({"properties": {"city": {"type": "string"}}})"), {}, false, {}).selected,
            QString());
        QCOMPARE(IdentityRules::namespaces().first(), QStringLiteral("Email"));
    }

    void eachIdentityItsNamespace_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("personal e-mail") << QStringLiteral("personalEmail.address") << QStringLiteral("Email");
        QTest::newRow("work e-mail") << QStringLiteral("workEmail.address") << QStringLiteral("Email");
        QTest::newRow("mobile phone") << QStringLiteral("mobilePhone.number") << QStringLiteral("Phone");
        QTest::newRow("CRM id") << QStringLiteral("_demotenant.crmId") << QStringLiteral("CRMID");
        QTest::newRow("ECID") << QStringLiteral("_demotenant.ecid") << QStringLiteral("ECID");
    }
    void eachIdentityItsNamespace()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        SchemaTree work = SchemaTree::merge({profileTree(), tree(R"({"properties": {
            "workEmail": {"type": "object", "properties": {"address": {"title": "Email", "type": "string"}}}}})")});
        XdmField field;
        for (const XdmField& candidate : IdentityRules::choices(work, {}, false, {}).fields) {
            if (candidate.path == path)
                field = candidate;
        }
        QCOMPARE(field.path, path); // offered
        const QStringList namespaces = IdentityRules::namespacesFor(field);
        QCOMPARE(namespaces.value(0), expected);
        for (const QString& code : namespaces)
            QVERIFY2(IdentityRules::namespaces().contains(code), qPrintable(code)); // standard ones only
        // Selected, its namespaces come with it; the drafted namespace of the drafted field first.
        QCOMPARE(IdentityRules::choices(work, path, true, {}).namespaces, namespaces);
        const QStringList drafted
            = IdentityRules::choices(work, {}, false, path, QStringLiteral("LoyaltyNS")).namespaces;
        QCOMPARE(drafted.value(0), QStringLiteral("LoyaltyNS"));
        QVERIFY(drafted.contains(expected));
    }

    void proposedIdentityComesWithItsNamespace()
    {
        const IdentityRules::Choices choices = IdentityRules::choices(profileTree(), {}, false, {});
        QCOMPARE(choices.namespaces, QStringList{QStringLiteral("Email")});
        QVERIFY(IdentityRules::choices(profileTree(), {}, true, {}).namespaces.isEmpty()); // none chosen
    }

    void noIdentityIsSaidBesideTheField()
    {
        DraftSchema existing;
        existing.id = QStringLiteral("https://ns.adobe.com/demotenant/schemas/1");
        QCOMPARE(SchemaRules::identityNote(existing), QString()); // its identity is the Platform's business
        DraftSchema schema;
        schema.create = DraftSchemaCreate{};
        schema.create->title = QStringLiteral("Contacts");
        schema.create->xdmClass = QLatin1String(KnownIds::kProfileClass);
        const QString plain = SchemaRules::identityNote(schema);
        QVERIFY(plain.contains(QLatin1String("Profile")));
        QCOMPARE(SchemaRules::schemaProblem(schema), QString()); // a warning, not an error: Next stays open
        schema.create->profileEnabled = true;
        // The validator's error, and what it means for the dataset; said once, beside the field, not below.
        const QString validator = SchemaRules::schemaProblem(schema);
        QCOMPARE(validator, QStringLiteral("A schema enabled for Profile needs a primary identity."));
        QCOMPARE(SchemaRules::identityNote(schema),
                 QStringLiteral("A schema enabled for Profile needs a primary identity. Without one, the dataset "
                                "cannot feed Profile."));
        QCOMPARE(SchemaRules::problemBelowIdentity(schema), QString());
        schema.create->title.clear();
        QCOMPARE(SchemaRules::problemBelowIdentity(schema), QStringLiteral("Give the schema a title."));
        schema.create->title = QStringLiteral("Contacts");
        schema.create->primaryIdentity
            = DraftIdentity{QStringLiteral("personalEmail.address"), QStringLiteral("Email")};
        QCOMPARE(SchemaRules::identityNote(schema), QString());
        QVERIFY(plain != SchemaRules::identityNote(schema));
    }

    void schemaProblemIsTheValidators()
    {
        DraftSchema schema;
        QCOMPARE(SchemaRules::schemaProblem(schema), QStringLiteral("Choose a schema, or create one."));
        schema.id = QStringLiteral("https://ns.adobe.com/demotenant/schemas/1");
        QCOMPARE(SchemaRules::schemaProblem(schema), QString());
        DraftSchemaCreate create;
        create.xdmClass = QLatin1String(KnownIds::kProfileClass);
        schema = DraftSchema{};
        schema.create = create;
        QCOMPARE(SchemaRules::schemaProblem(schema), QStringLiteral("Give the schema a title."));
        schema.create->title = QStringLiteral("Contacts");
        schema.create->profileEnabled = true;
        QCOMPARE(SchemaRules::schemaProblem(schema),
                 QStringLiteral("A schema enabled for Profile needs a primary identity."));
        schema.create->primaryIdentity
            = DraftIdentity{QStringLiteral("personalEmail.address"), QStringLiteral("Email")};
        QCOMPARE(SchemaRules::schemaProblem(schema), QString()); // "not mapped yet" is the mapping step's warning
    }

    void defaultNames()
    {
        QCOMPARE(SchemaRules::defaultSchemaTitle(QStringLiteral("HubSpot"), QStringLiteral("Hubspot.Contacts")),
                 QStringLiteral("HubSpot Contacts"));
        QCOMPARE(SchemaRules::defaultSchemaTitle(QString(), QStringLiteral("Contacts")), QStringLiteral("Contacts"));
        DraftDataset dataset;
        QCOMPARE(SchemaRules::defaultDatasetName(dataset, QStringLiteral("HubSpot Contacts")),
                 QStringLiteral("HubSpot Contacts"));
        dataset.create = DraftDatasetCreate{QStringLiteral("Mine"), {}, false};
        QCOMPARE(SchemaRules::defaultDatasetName(dataset, QStringLiteral("HubSpot Contacts")), QStringLiteral("Mine"));
    }

    void datasetRules()
    {
        DraftSchema existing;
        existing.id = QStringLiteral("https://ns.adobe.com/demotenant/schemas/1");
        DraftSchema fresh;
        fresh.create = DraftSchemaCreate{};
        fresh.create->title = QStringLiteral("Contacts");
        QVERIFY(SchemaRules::canUseExistingDataset(existing));
        QVERIFY(!SchemaRules::canUseExistingDataset(fresh)); // created with the dataflow: no dataset uses it yet

        QVERIFY(SchemaRules::canFeedProfile(existing, true));
        QVERIFY(!SchemaRules::canFeedProfile(existing, false));
        fresh.create->profileEnabled = true;
        QVERIFY(!SchemaRules::canFeedProfile(fresh, true)); // no primary identity
        fresh.create->primaryIdentity = DraftIdentity{QStringLiteral("personalEmail.address"), QStringLiteral("Email")};
        QVERIFY(SchemaRules::canFeedProfile(fresh, true));

        DraftDataset dataset;
        QCOMPARE(SchemaRules::datasetProblem(dataset, existing), QStringLiteral("Choose a dataset, or create one."));
        dataset.create = DraftDatasetCreate{QStringLiteral(" "), {}, false};
        QCOMPARE(SchemaRules::datasetProblem(dataset, existing), QStringLiteral("Give the dataset a name."));
        dataset.create->name = QStringLiteral("Contacts");
        QCOMPARE(SchemaRules::datasetProblem(dataset, existing), QString());
    }
};

QTEST_GUILESS_MAIN(TestSchemaRules)
#include "TestSchemaRules.moc"
