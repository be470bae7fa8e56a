// SPDX-License-Identifier: GPL-3.0-or-later
// The Mapping preview: the sample rows mapped offline as the first run maps them (records, failures in the run's
// terms, the failed share against the partial-ingestion threshold and its sentence).
#include "core/MappingPreview.h"
#include "core/WizardState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// moc cannot read raw string literals holding ")": the JSON helpers are out of its sight.
#ifndef Q_MOC_RUN
namespace {

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

/** A profile-like tree: what the demo maps, plus typed fields for the conversions. */
QJsonObject schemaTree()
{
    return parse(R"json({"type": "object", "properties": {
        "_id": {"type": "string", "meta:xdmType": "string"},
        "personalEmail": {"type": "object", "meta:xdmType": "object", "properties": {
            "address": {"type": "string", "format": "email", "meta:xdmType": "string"}}},
        "person": {"type": "object", "meta:xdmType": "object", "properties": {
            "name": {"type": "object", "meta:xdmType": "object", "properties": {
                "fullName": {"type": "string", "meta:xdmType": "string"},
                "firstName": {"type": "string", "meta:xdmType": "string"},
                "lastName": {"type": "string", "meta:xdmType": "string"}}},
            "birthDate": {"type": "string", "format": "date", "meta:xdmType": "date"},
            "gender": {"type": "string", "meta:xdmType": "string", "enum": ["male", "female", "not_specified"]}}},
        "loyalty": {"type": "object", "meta:xdmType": "object", "properties": {
            "points": {"type": "integer", "meta:xdmType": "int", "minimum": 0, "maximum": 1000000},
            "ratio": {"type": "number", "meta:xdmType": "number"},
            "member": {"type": "boolean", "meta:xdmType": "boolean"},
            "joined": {"type": "string", "format": "date-time", "meta:xdmType": "date-time"},
            "tags": {"type": "array", "meta:xdmType": "array", "items": {"type": "string"}}}}
    }})json");
}

QJsonArray demoRows()
{
    return QJsonDocument::fromJson(R"json([
        {"Vid": 1001, "Email": "ada.lovelace1@example.com", "First": "Ada", "Last": "Lovelace"},
        {"Vid": 1002, "Email": "", "First": "Alan", "Last": "Turing"},
        {"Vid": 1003, "Email": "Grace at example.com", "First": "Grace", "Last": "Hopper"},
        {"Vid": 1004, "Email": "katherine@example.com", "First": "Katherine", "Last": "Johnson"}
    ])json")
        .array();
}

MappingPreview::Input demoInput()
{
    MappingPreview::Input input;
    input.rows = demoRows();
    input.schemaTree = schemaTree();
    input.identityPath = QStringLiteral("personalEmail.address");
    input.partialIngestionPercent = 5;
    input.rules
        = {MappingRule{QStringLiteral("Vid"), {}, QStringLiteral("_id")},
           MappingRule{QStringLiteral("Email"), {}, QStringLiteral("personalEmail.address")},
           MappingRule{{}, QStringLiteral("concat(First, \" \", Last)"), QStringLiteral("person.name.fullName")}};
    return input;
}

} // namespace
#endif

class TestMappingPreview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoMapping()
    {
        const MappingPreview::Result result = MappingPreview::run(demoInput());
        QCOMPARE(result.total, 4);
        QCOMPARE(result.failed, 2);
        QCOMPARE(result.failedPercent, 50.0);
        QVERIFY(result.exceedsThreshold);
        QCOMPARE(result.threshold, std::optional<double>(5));
        QCOMPARE(result.rows.at(0).record, parse(R"({"_id": "1001", "personalEmail": {"address":
            "ada.lovelace1@example.com"}, "person": {"name": {"fullName": "Ada Lovelace"}}})"));
        QVERIFY(result.rows.at(0).ok());
        QCOMPARE(result.rows.at(0).identity, QStringLiteral("ada.lovelace1@example.com"));
        QCOMPARE(result.rows.at(1).reasons,
                 QStringList{QStringLiteral("personalEmail.address: the required field is empty")});
        QCOMPARE(result.rows.at(1).identity, QString());
        QCOMPARE(
            result.rows.at(2).reasons,
            QStringList{QStringLiteral("personalEmail.address: 'Grace at example.com' is not a valid email address")});
        QVERIFY(result.rows.at(3).ok());
        QCOMPARE(result.types.value(QStringLiteral("loyalty.points")), QStringLiteral("int"));
        QCOMPARE(result.summary, QStringLiteral("2 of 4 sample row(s) would fail; the threshold is 5%."));
    }

    void conversions_data()
    {
        QTest::addColumn<QString>("destination");
        QTest::addColumn<QString>("value"); // JSON of the source value, in a list
        QTest::addColumn<QString>("expected"); // JSON of the written value in a list, or the reason
        const auto row = [](const char* name, const char* destination, const char* value, const char* expected) {
            QTest::newRow(name) << QString::fromUtf8(destination) << QString::fromUtf8(value)
                                << QString::fromUtf8(expected);
        };
        row("number to string", "_id", "[1001]", R"(["1001"])");
        row("decimal to string", "_id", "[2.5]", R"(["2.5"])");
        row("boolean to string", "_id", "[true]", R"(["true"])");
        row("list to string", "_id", "[[1]]", "_id: expected a string");
        row("email", "personalEmail.address", R"(["a@b.co"])", R"(["a@b.co"])");
        row("bad email", "personalEmail.address", R"(["a@b"])",
            "personalEmail.address: 'a@b' is not a valid email address");
        row("allowed value", "person.gender", R"(["female"])", R"(["female"])");
        row("not allowed", "person.gender", R"(["F"])", "person.gender: 'F' is not one of the allowed values");
        row("date-time text", "loyalty.joined", R"(["2024-05-01 10:20:30"])", R"(["2024-05-01T10:20:30Z"])");
        row("date-time ISO offset", "loyalty.joined", R"(["2024-05-01T12:20:30+02:00"])",
            R"(["2024-05-01T10:20:30Z"])");
        row("date-time milliseconds", "loyalty.joined", "[1714558830000]", R"(["2024-05-01T10:20:30Z"])");
        row("bad date-time", "loyalty.joined", R"(["31/02/2024"])",
            "loyalty.joined: '31/02/2024' is not a valid date-time");
        row("date", "person.birthDate", R"(["1990-03-04 08:00:00"])", R"(["1990-03-04"])");
        row("bad date", "person.birthDate", R"(["yesterday"])", "person.birthDate: 'yesterday' is not a valid date");
        row("integer", "loyalty.points", "[42]", "[42]");
        row("integer text", "loyalty.points", R"([" 42 "])", "[42]");
        row("decimal into integer", "loyalty.points", "[4.5]", "loyalty.points: 'value' is not a valid int");
        row("text into integer", "loyalty.points", R"(["many"])", "loyalty.points: 'many' is not a valid int");
        row("below minimum", "loyalty.points", "[-1]", "loyalty.points: -1 is out of range");
        row("number", "loyalty.ratio", R"(["0.25"])", "[0.25]");
        row("boolean", "loyalty.member", "[false]", "[false]");
        row("boolean text", "loyalty.member", R"(["true"])", "[true]");
        row("bad boolean", "loyalty.member", R"(["yes"])", "loyalty.member: expected a boolean");
        row("array", "loyalty.tags", R"([["a"]])", R"([["a"]])");
        row("not an array", "loyalty.tags", R"(["a"])", "loyalty.tags: expected array");
        row("empty is left out", "loyalty.ratio", R"([""])", "[]");
        row("null is left out", "loyalty.ratio", "[null]", "[]");
    }

    void conversions()
    {
        QFETCH(QString, destination);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        MappingPreview::Input input;
        input.schemaTree = schemaTree();
        input.rows = {QJsonObject{{QStringLiteral("V"), QJsonDocument::fromJson(value.toUtf8()).array().at(0)}}};
        input.rules = {MappingRule{QStringLiteral("V"), {}, destination}};
        const MappingPreview::Result result = MappingPreview::run(input);
        QCOMPARE(result.rows.size(), 1);
        const MappingPreview::Row& row = result.rows.at(0);
        if (!expected.startsWith(QLatin1Char('['))) {
            QCOMPARE(row.reasons, QStringList{expected});
            QCOMPARE(result.failed, 1);
            return;
        }
        QVERIFY2(row.ok(), qPrintable(row.reasons.join(QLatin1Char('\n'))));
        const QJsonArray wanted = QJsonDocument::fromJson(expected.toUtf8()).array();
        QJsonValue written = row.record;
        for (const QString& part : destination.split(QLatin1Char('.')))
            written = written.toObject().value(part);
        QCOMPARE(written, wanted.isEmpty() ? QJsonValue(QJsonValue::Undefined) : wanted.at(0));
        if (wanted.isEmpty())
            QVERIFY(row.record.isEmpty());
    }

    void deltaColumnFormat()
    {
        // The run reads ISO dates; a date field filled from the delta column in another format fails, and says how.
        MappingPreview::Input input;
        input.schemaTree = schemaTree();
        input.deltaColumn = DeltaColumn{QStringLiteral("Changed"), QStringLiteral("dd/MM/yyyy HH:mm"), {}};
        input.rows = {QJsonObject{{QStringLiteral("Changed"), QStringLiteral("01/05/2024 10:00")}},
                      QJsonObject{{QStringLiteral("Changed"), QStringLiteral("2024-05-01 10:00:00")}}};
        input.rules = {MappingRule{QStringLiteral("Changed"), {}, QStringLiteral("loyalty.joined")}};
        const MappingPreview::Result result = MappingPreview::run(input);
        QCOMPARE(result.rows.at(0).reasons,
                 QStringList{QStringLiteral("loyalty.joined: '01/05/2024 10:00' is not a valid date-time (the delta "
                                            "column's format dd/MM/yyyy HH:mm only finds the changed rows: map "
                                            "date(Changed, \"dd/MM/yyyy HH:mm\") to read it)")});
        QVERIFY(result.rows.at(1).ok());
        input.rules = {
            MappingRule{{}, QStringLiteral("date(Changed, \"dd/MM/yyyy HH:mm\")"), QStringLiteral("loyalty.joined")}};
        const MappingPreview::Result converted = MappingPreview::run(input);
        QCOMPARE(converted.rows.at(0).record.value(QStringLiteral("loyalty"))[QStringLiteral("joined")].toString(),
                 QStringLiteral("2024-05-01T10:00:00Z"));
    }

    void expressionsOnRows()
    {
        MappingPreview::Input input = demoInput();
        input.rules << MappingRule{{}, QStringLiteral("to_integer(Last)"), QStringLiteral("loyalty.points")}
                    << MappingRule{{}, QStringLiteral("uuid()"), QStringLiteral("loyalty.ratio")};
        input.partialIngestionPercent.reset();
        const MappingPreview::Result result = MappingPreview::run(input);
        QCOMPARE(result.failed, 4);
        QCOMPARE(result.rows.at(0).reasons,
                 QStringList{QStringLiteral("loyalty.points: \"Lovelace\" is not a number.")});
        QCOMPARE(result.rows.at(0).computedByPlatform, QStringList{QStringLiteral("loyalty.ratio")});
        QCOMPARE(result.rows.at(1).reasons.size(), 2); // every failing field, the run's first one first
        QVERIFY(result.exceedsThreshold);
        QCOMPARE(result.summary,
                 QStringLiteral("4 of 4 sample row(s) would fail; without partial ingestion, one "
                                "failed row fails the run."));
    }

    void invalidExpressionFailsEveryRow()
    {
        MappingPreview::Input input = demoInput();
        input.rules[2].expression = QStringLiteral("concat(First, ");
        const MappingPreview::Result result = MappingPreview::run(input);
        QCOMPARE(result.failed, 4);
        QVERIFY(result.rows.at(0).reasons.at(0).startsWith(
            QStringLiteral("person.name.fullName: the expression is not valid: ")));
    }

    void requiredFields()
    {
        MappingPreview::Input input = demoInput();
        QJsonObject tree = input.schemaTree;
        QJsonObject person = tree[QStringLiteral("properties")][QStringLiteral("person")].toObject();
        QJsonObject name = person[QStringLiteral("properties")][QStringLiteral("name")].toObject();
        name.insert(QStringLiteral("required"), QJsonArray{QStringLiteral("lastName")});
        QJsonObject personFields = person[QStringLiteral("properties")].toObject();
        personFields.insert(QStringLiteral("name"), name);
        person.insert(QStringLiteral("properties"), personFields);
        QJsonObject fields = tree[QStringLiteral("properties")].toObject();
        fields.insert(QStringLiteral("person"), person);
        tree.insert(QStringLiteral("properties"), fields);
        input.schemaTree = tree;
        input.rules.removeAt(1); // the identity is not mapped
        input.rules << MappingRule{QStringLiteral("First"), {}, QStringLiteral("person.name.firstName")};
        const MappingPreview::Result result = MappingPreview::run(input);
        QCOMPARE(result.failed, 4);
        QCOMPARE(result.rows.at(0).reasons,
                 (QStringList{QStringLiteral("personalEmail.address: the required field is not mapped"),
                              QStringLiteral("person.name.lastName: the required field is empty")}));
    }

    void withinThreshold()
    {
        MappingPreview::Input input = demoInput();
        input.partialIngestionPercent = 50;
        const MappingPreview::Result result = MappingPreview::run(input);
        QVERIFY(!result.exceedsThreshold); // 50% is at the threshold, not above: the run succeeds
        input.rows = {};
        QCOMPARE(MappingPreview::run(input).summary, QStringLiteral("No sample rows to preview."));
        QVERIFY(!MappingPreview::run(input).exceedsThreshold);
    }

    void summarySentence_data()
    {
        QTest::addColumn<int>("failed");
        QTest::addColumn<int>("total");
        QTest::addColumn<double>("threshold"); // < 0: none
        QTest::addColumn<QString>("sentence");
        QTest::newRow("issue") << 3 << 100 << 5.0 << "3 of 100 sample row(s) would fail; the threshold is 5%.";
        QTest::newRow("decimal threshold")
            << 0 << 10 << 2.5 << "0 of 10 sample row(s) would fail; the threshold is 2.5%.";
        QTest::newRow("no threshold") << 1 << 10 << -1.0
                                      << "1 of 10 sample row(s) would fail; without partial ingestion, one failed row "
                                         "fails the run.";
        QTest::newRow("no rows") << 0 << 0 << 5.0 << "No sample rows to preview.";
    }

    void summarySentence()
    {
        QFETCH(int, failed);
        QFETCH(int, total);
        QFETCH(double, threshold);
        QFETCH(QString, sentence);
        QCOMPARE(MappingPreview::summary(failed, total, threshold < 0 ? std::nullopt : std::optional(threshold)),
                 sentence);
    }

    void fromState()
    {
        WizardState state;
        DraftSchema schema;
        schema.create = DraftSchemaCreate{};
        schema.create->primaryIdentity
            = DraftIdentity{QStringLiteral("personalEmail.address"), QStringLiteral("Email")};
        state.setTable(QStringLiteral("Hubspot.Contacts"), {}, demoRows());
        state.setSchema(schema, schemaTree(), QStringLiteral("Contacts"), false);
        const MappingPreview::Input input = MappingPreview::Input::fromState(state, demoInput().rules);
        QCOMPARE(input.identityPath, QStringLiteral("personalEmail.address"));
        QCOMPARE(input.rows.size(), 4);
        QCOMPARE(MappingPreview::run(input).failed, 2);
    }
};

QTEST_GUILESS_MAIN(TestMappingPreview)
#include "TestMappingPreview.moc"
