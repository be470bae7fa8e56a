// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/FieldChoices.h"
#include "core/MappingIssues.h"
#include "core/MappingModel.h"
#include "model/DraftValidator.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QTest>

namespace {

/** A small xed-full tree: a system map, nested groups, a required field, a date. */
QJsonObject tree()
{
    return QJsonDocument::fromJson(R"json({"type": "object", "properties": {
        "_id": {"title": "Identifier", "type": "string", "format": "uri-reference", "meta:xdmType": "string"},
        "_repo": {"type": "object", "meta:xdmType": "object", "properties": {
            "createDate": {"title": "Created", "type": "string", "format": "date-time", "meta:xdmType": "date-time"}}},
        "identityMap": {"title": "Identity map", "type": "object", "meta:xdmType": "map",
            "additionalProperties": {"type": "array", "items": {"type": "object", "properties": {
                "id": {"title": "Identity value", "type": "string", "meta:xdmType": "string"}}}}},
        "person": {"title": "Person", "type": "object", "meta:xdmType": "object", "properties": {
            "name": {"title": "Name", "type": "object", "meta:xdmType": "object", "required": ["lastName"],
                "properties": {
                    "firstName": {"title": "First name", "type": "string", "meta:xdmType": "string"},
                    "lastName": {"title": "Last name", "type": "string", "meta:xdmType": "string"}}},
            "birthDate": {"title": "Birth date", "type": "string", "format": "date", "meta:xdmType": "date"}}},
        "personalEmail": {"title": "Personal email", "type": "object", "meta:xdmType": "object", "properties": {
            "address": {"title": "Email address", "type": "string", "format": "email", "meta:xdmType": "string"}}}
    }})json")
        .object();
}

QJsonArray columns()
{
    QJsonArray result;
    for (const char* name : {"Vid", "Email", "First", "Last", "Canonical_Vid", "Created"})
        result.append(QJsonObject{{QStringLiteral("name"), QLatin1String(name)}, {QStringLiteral("type"), "string"}});
    return result;
}

MappingRule rule(const char* source, const char* destination)
{
    return MappingRule{QLatin1String(source), QString(), QLatin1String(destination)};
}

QStringList pathsOf(const QList<FieldChoice>& choices)
{
    QStringList paths;
    for (const FieldChoice& choice : choices)
        paths << (choice.isGroup ? QStringLiteral("[%1]").arg(choice.field.path) : choice.field.path);
    return paths;
}

} // namespace

/** The Mapping page's decisions: which rows a problem involves and how it reads; which fields the picker offers. */
class TestMappingRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void duplicateInvolvesEveryRow()
    {
        QList<MappingRule> rules(10, rule("Vid", "_id"));
        for (int i = 0; i < rules.size(); ++i)
            rules[i] = MappingRule{QString(), QStringLiteral("\"%1\"").arg(i), QStringLiteral("_repo.createDate")};
        rules[0] = rule("Vid", "_id");
        rules[2] = rule("Email", "personalEmail.address");
        rules[9] = rule("Canonical_Vid", "personalEmail.address");
        for (int i : {1, 3, 4, 5, 6, 7, 8})
            rules[i].destination.clear();
        const QList<MappingIssue> issues = MappingIssues::describe(DraftValidator::checkMapping(rules), rules);
        const MappingIssue* duplicate = nullptr;
        for (const MappingIssue& issue : issues) {
            if (issue.code == QLatin1String("mapping.duplicateDestination")) {
                QVERIFY2(!duplicate, "one issue for one field, however many rules write it");
                duplicate = &issue;
            }
        }
        QVERIFY(duplicate);
        QCOMPARE(duplicate->rows, QList<int>({2, 9}));
        QCOMPARE(duplicate->firstRow(), 2);
        QVERIFY(duplicate->isError());
        QCOMPARE(duplicate->message,
                 QStringLiteral("Email and Canonical_Vid \u2192 personalEmail.address: 2 rules write this field "
                                "(rows 3 and 10)."));
        QCOMPARE(duplicate->detail, QStringLiteral("2 rules write this field (rows 3 and 10)."));
    }

    void messagesNameTheRule_data()
    {
        QTest::addColumn<MappingRule>("rule");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no field") << rule("Email", "") << QStringLiteral("mapping.noDestination")
                                  << QStringLiteral("Email: Choose the schema field to fill.");
        QTest::newRow("no source") << rule("", "person.name.firstName") << QStringLiteral("mapping.noSource")
                                   << QStringLiteral("person.name.firstName: Choose a source column or write an "
                                                     "expression.");
        QTest::newRow("blank") << rule("", "") << QStringLiteral("mapping.noSource")
                               << QStringLiteral("Row 2: Choose a source column or write an expression.");
        QTest::newRow("bad path") << rule("Email", "person..x") << QStringLiteral("mapping.badDestination")
                                  << QStringLiteral("Email \u2192 person..x: \"person..x\" is not a dotted XDM path "
                                                    "such as person.name.firstName.");
        QTest::newRow("expression")
            << MappingRule{QString(), QStringLiteral("lower(Email)"), QStringLiteral("person..x")}
            << QStringLiteral("mapping.badDestination")
            << QStringLiteral("lower(Email) \u2192 person..x: \"person..x\" is not a dotted XDM path such as "
                              "person.name.firstName.");
    }

    void messagesNameTheRule()
    {
        QFETCH(MappingRule, rule);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const QList<MappingRule> rules{::rule("Vid", "_id"), rule};
        const QList<MappingIssue> issues = MappingIssues::describe(DraftValidator::checkMapping(rules), rules);
        QVERIFY(!issues.isEmpty());
        QCOMPARE(issues.first().code, code);
        QCOMPARE(issues.first().rows, QList<int>{1});
        QCOMPARE(issues.first().message, message);
    }

    void wholeMappingProblemHasNoRow()
    {
        const QList<MappingIssue> issues = MappingIssues::describe(DraftValidator::checkMapping({}), {});
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().firstRow(), -1);
        QCOMPARE(issues.first().message, QStringLiteral("Map at least one column to the schema."));
    }

    void modelMarksBothRowsOfADuplicate()
    {
        MappingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DataflowDraft draft;
        model.setContext(columns(), tree(), draft);
        model.setRules(
            {rule("Vid", "_id"), rule("Email", "personalEmail.address"), rule("First", "person.name.firstName")});
        QVERIFY(!model.hasErrors());
        // Row 3 is edited to the field of row 2: both rows carry the error, the edited one included.
        QVERIFY(
            model.setData(model.index(2, MappingModel::DestinationColumn), QStringLiteral("personalEmail.address")));
        QVERIFY(model.hasErrors());
        for (int row : {1, 2}) {
            const QModelIndex status = model.index(row, MappingModel::StatusColumn);
            QCOMPARE(status.data(MappingModel::SeverityRole).toInt(), 2);
            QCOMPARE(status.data(Qt::ToolTipRole).toString(),
                     QStringLiteral("2 rules write this field (rows 2 and 3)."));
        }
        QCOMPARE(model.index(0, MappingModel::StatusColumn).data(MappingModel::SeverityRole).toInt(), 0);
        QCOMPARE(model.issues().size(), 1);
        QCOMPARE(model.issues().first().rows, QList<int>({1, 2}));
        // Row numbers in the vertical header, as the messages count them.
        QCOMPARE(model.headerData(2, Qt::Vertical).toInt(), 3);
    }

    void pickerOffersGroupsAndFields()
    {
        const QList<XdmField> all = XdmFields::flatten(tree());
        const QList<MappingRule> rules{rule("Vid", "_id"), rule("Email", "personalEmail.address"),
                                       rule("Last", "person.name.lastName")};
        const QList<FieldChoice> choices
            = FieldChoices::offered(all, rules, 1, QStringLiteral("personalEmail.address"));
        // Grouped under their parents in the tree's order (a JSON object's: by name); identityMap (a map) is not
        // offered.
        QCOMPARE(
            pathsOf(choices),
            QStringList({"_id", "[_repo]", "_repo.createDate", "[person]", "person.birthDate", "[person.name]",
                         "person.name.firstName", "person.name.lastName", "[personalEmail]", "personalEmail.address"}));
        const auto find = [&choices](const char* path) {
            for (const FieldChoice& choice : choices) {
                if (choice.field.path == QLatin1String(path))
                    return choice;
            }
            return FieldChoice{};
        };
        QCOMPARE(find("_id").mappedRows, QList<int>{0});
        QVERIFY(find("personalEmail.address").mappedRows.isEmpty()); // the rule's own field is not "taken"
        QVERIFY(find("personalEmail.address").isIdentity);
        QCOMPARE(find("person.name.lastName").mappedRows, QList<int>{2});
        QVERIFY(find("person.name.lastName").field.required);
        QVERIFY(!find("person.name.firstName").field.required);
        QCOMPARE(all.at(3).path, QStringLiteral("identityMap"));
        QVERIFY(!all.at(3).isObject); // a leaf of the tree, but a map: not something a column fills
        QVERIFY(!FieldChoices::isMappable(all.at(3)));
        QVERIFY(FieldChoices::isMappable(all.at(2))); // _repo.createDate
    }

    void pickerModel()
    {
        const QList<MappingRule> rules{rule("Vid", "_id"), rule("Email", "personalEmail.address"),
                                       rule("Last", "person.name.lastName"), rule("Canonical_Vid", "_id")};
        FieldChoiceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChoices(FieldChoices::offered(XdmFields::flatten(tree()), rules, 1));
        QCOMPARE(model.rowCount(), 10);
        const int id = model.rowOf(QStringLiteral("_id"));
        QCOMPARE(id, 0);
        QCOMPARE(model.index(id).data().toString(),
                 QStringLiteral("Identifier \u2014 _id (string, uri-reference) \u00b7 mapped in rows 1 and 4"));
        QCOMPARE(model.index(id).data(Qt::EditRole).toString(), QStringLiteral("_id"));
        const int last = model.rowOf(QStringLiteral("person.name.lastName"));
        QCOMPARE(model.index(last).data().toString(),
                 QStringLiteral("        Last name \u2014 person.name.lastName (string) \u00b7 required \u00b7 mapped "
                                "in row 3"));
        QCOMPARE(model.index(model.rowOf(QStringLiteral("person.birthDate"))).data().toString(),
                 QStringLiteral("    Birth date \u2014 person.birthDate (date)"));
        const QModelIndex group = model.index(3); // [person]
        QVERIFY(group.data(FieldChoiceModel::IsGroupRole).toBool());
        QCOMPARE(group.data().toString(), QStringLiteral("Person \u2014 person"));
        QVERIFY(!(model.flags(group) & Qt::ItemIsSelectable));
        QVERIFY(group.data(Qt::EditRole).toString().isEmpty());
        QVERIFY(model.flags(model.index(id)) & Qt::ItemIsSelectable);
        QCOMPARE(model.rowOf(QStringLiteral("identityMap")), -1);
        QCOMPARE(model.rowOf(QStringLiteral("person")), -1);
    }

    void modelTargetsNoMap()
    {
        MappingModel model;
        model.setContext(columns(), tree(), DataflowDraft());
        QStringList paths;
        for (const XdmField& field : model.targetFields())
            paths << field.path;
        QVERIFY(!paths.contains(QStringLiteral("identityMap")));
        QVERIFY(paths.contains(QStringLiteral("_repo.createDate")));
        QCOMPARE(pathsOf(model.fieldChoices(0)).size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestMappingRules)
#include "TestMappingRules.moc"
