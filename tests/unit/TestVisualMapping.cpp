// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/Translator.h"
#include "core/MappingFilter.h"
#include "core/MappingMarks.h"
#include "core/MappingModel.h"
#include "core/SchemaFieldsModel.h"
#include "core/SourceColumnsModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

namespace {

QJsonObject leaf(const char* title, const char* type = "string")
{
    return QJsonObject{{QStringLiteral("title"), QString::fromUtf8(title)},
                       {QStringLiteral("type"), QStringLiteral("string")},
                       {QStringLiteral("meta:xdmType"), QLatin1String(type)}};
}

QJsonObject group(const char* title, const QJsonObject& properties, const QJsonArray& required = {})
{
    return QJsonObject{{QStringLiteral("title"), QLatin1String(title)},
                       {QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("properties"), properties},
                       {QStringLiteral("required"), required}};
}

/** _id, person.name.{firstName (required), lastName}, personalEmail.address, person.gender (enum), identityMap. */
QJsonObject schema()
{
    QJsonObject gender = leaf("Gender");
    gender.insert(QStringLiteral("enum"), QJsonArray{QStringLiteral("male"), QStringLiteral("female")});
    const QJsonObject identityMap{{QStringLiteral("title"), QStringLiteral("Identity map")},
                                  {QStringLiteral("type"), QStringLiteral("object")},
                                  {QStringLiteral("meta:xdmType"), QStringLiteral("map")}};
    return group("Contacts",
                 {{QStringLiteral("_id"), leaf("Identifier")},
                  {QStringLiteral("identityMap"), identityMap},
                  {QStringLiteral("person"),
                   group("Person",
                         {{QStringLiteral("name"),
                           group("Name",
                                 {{QStringLiteral("firstName"), leaf("Prénom")},
                                  {QStringLiteral("lastName"), leaf("Last name")}},
                                 {QStringLiteral("firstName")})},
                          {QStringLiteral("gender"), gender}})},
                  {QStringLiteral("personalEmail"),
                   group("Personal email", {{QStringLiteral("address"), leaf("Email address")}})}});
}

QJsonArray columns()
{
    QJsonArray result;
    for (const char* name : {"Vid", "Properties_Email_Value", "First", "Last", "Optin"})
        result.append(QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                                  {QStringLiteral("type"), QLatin1String(name[0] == 'O' ? "boolean" : "string")}});
    return result;
}

QJsonArray rows()
{
    return QJsonArray{QJsonObject{{QStringLiteral("Vid"), 1001}, {QStringLiteral("First"), QStringLiteral("Inès")}},
                      QJsonObject{{QStringLiteral("Vid"), 1002}, {QStringLiteral("First"), QStringLiteral("Inès")}},
                      QJsonObject{{QStringLiteral("Vid"), 1003}, {QStringLiteral("First"), QStringLiteral("Kenji")}}};
}

DataflowDraft draft()
{
    DataflowDraft result;
    result.schema.create = DraftSchemaCreate{};
    result.schema.create->primaryIdentity
        = DraftIdentity{QStringLiteral("personalEmail.address"), QStringLiteral("Email")};
    return result;
}

/** The paths (or names) a filtered pane shows, depth first, groups included. */
QStringList shown(const QAbstractItemModel& model, const QModelIndex& parent = {})
{
    QStringList result;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        result << index.data(MappingRoles::NameRole).toString() << shown(model, index);
    }
    return result;
}

} // namespace

class TestVisualMapping : public QObject
{
    Q_OBJECT

    MappingModel m_rules;
    SourceColumnsModel m_columns;
    SchemaFieldsModel m_fields;

    void load(const QList<MappingRule>& rules)
    {
        m_rules.setContext(columns(), schema(), draft());
        m_rules.setRules(rules);
        m_columns.setColumns(columns(), rows());
        m_fields.setFields(m_rules.allFields(), m_rules.identityPath());
        const MappingMarks marks = MappingMarks::compute(m_rules.rules(), m_rules.issues(), {}, m_rules.targetFields(),
                                                         m_rules.identityPath());
        m_columns.setMarks(marks);
        m_fields.setMarks(marks);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(Translator::install(QStringLiteral("en"))); // the English plural forms
    }

    void columnsPaneShowsTypesAndSamples()
    {
        QAbstractItemModelTester tester(&m_columns, QAbstractItemModelTester::FailureReportingMode::QtTest);
        load({{QStringLiteral("Vid"), {}, QStringLiteral("_id")}});
        QCOMPARE(m_columns.rowCount(), 5);
        QCOMPARE(m_columns.index(0, SourceColumnsModel::TypeColumn).data().toString(), QStringLiteral("string"));
        // Distinct sample values, numbers as text, in the rows' order.
        QCOMPARE(m_columns.index(0, SourceColumnsModel::SampleColumn).data().toString(),
                 QStringLiteral("1001, 1002, 1003"));
        QCOMPARE(m_columns.index(2, SourceColumnsModel::SampleColumn).data().toString(), QStringLiteral("Inès, Kenji"));
        QVERIFY(m_columns.index(0, 0).data(MappingRoles::MappedRole).toBool());
        QVERIFY(!m_columns.index(1, 0).data(MappingRoles::MappedRole).toBool());
        QVERIFY(m_columns.index(1, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("Not mapped")));
        QCOMPARE(m_columns.rowOf(QStringLiteral("Last")), 3);
        // A dragged column carries its name.
        std::unique_ptr<QMimeData> data(m_columns.mimeData({m_columns.index(3, 0)}));
        QVERIFY(data);
        QCOMPARE(data->data(QString::fromLatin1(SourceColumnsModel::kMimeType)), QByteArray("Last"));
        QVERIFY(m_columns.flags(m_columns.index(3, 0)).testFlag(Qt::ItemIsDragEnabled));
    }

    void fieldsPaneIsTheSchemaTree()
    {
        QAbstractItemModelTester tester(&m_fields, QAbstractItemModelTester::FailureReportingMode::QtTest);
        load({});
        // Groups with their fields, in the schema's order; the identity map (filled by descriptors) left out.
        QCOMPARE(shown(m_fields),
                 (QStringList{"_id", "person", "person.gender", "person.name", "person.name.firstName",
                              "person.name.lastName", "personalEmail", "personalEmail.address"}));
        const QModelIndex first = m_fields.indexOf(QStringLiteral("person.name.firstName"));
        QVERIFY(first.isValid());
        QCOMPARE(m_fields.pathOf(first.parent()), QStringLiteral("person.name"));
        QCOMPARE(first.data().toString(), QStringLiteral("Prénom *"));
        QVERIFY(first.data(MappingRoles::RequiredRole).toBool());
        QCOMPARE(first.data(MappingRoles::SeverityRole).toInt(), 2); // required and not mapped
        const QModelIndex email = m_fields.indexOf(QStringLiteral("personalEmail.address"));
        QCOMPARE(email.data().toString(), QStringLiteral("Email address (primary identity)"));
        QVERIFY(email.data(MappingRoles::IdentityRole).toBool());
        const QString gender = m_fields.indexOf(QStringLiteral("person.gender")).data(Qt::ToolTipRole).toString();
        QVERIFY2(gender.contains(QLatin1String("Allowed values: male, female")), qPrintable(gender));
        QVERIFY(gender.contains(QLatin1String("XDM type: string")));
        QVERIFY(!m_fields.flags(first.parent()).testFlag(Qt::ItemIsDropEnabled));
        QVERIFY(m_fields.flags(first).testFlag(Qt::ItemIsDropEnabled));
    }

    void aColumnDroppedOnAFieldAsksForARule()
    {
        load({});
        QSignalSpy dropped(&m_fields, &SchemaFieldsModel::columnDropped);
        std::unique_ptr<QMimeData> data(m_columns.mimeData({m_columns.index(2, 0)}));
        const QModelIndex first = m_fields.indexOf(QStringLiteral("person.name.firstName"));
        QVERIFY(m_fields.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, first));
        QVERIFY(!m_fields.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, first.parent())); // a group
        QVERIFY(!m_fields.canDropMimeData(data.get(), Qt::CopyAction, 0, 0, first)); // between rows
        QMimeData other;
        other.setText(QStringLiteral("First"));
        QVERIFY(!m_fields.canDropMimeData(&other, Qt::CopyAction, -1, -1, first));
        QVERIFY(m_fields.dropMimeData(data.get(), Qt::CopyAction, -1, -1, first));
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.at(0).at(0).toString(), QStringLiteral("First"));
        QCOMPARE(dropped.at(0).at(1).toString(), QStringLiteral("person.name.firstName"));
    }

    void mapColumnFillsReplacesOrAdds()
    {
        load({{QStringLiteral("Vid"), {}, QStringLiteral("_id")},
              {QStringLiteral("Last"), {}, QString()},
              {{}, QStringLiteral("lower(First)"), QStringLiteral("person.name.firstName")}});
        // A rule of the column without a field gets the field.
        QCOMPARE(m_rules.mapColumn(QStringLiteral("Last"), QStringLiteral("person.name.lastName")), 1);
        QCOMPARE(m_rules.rules().at(1),
                 (MappingRule{QStringLiteral("Last"), {}, QStringLiteral("person.name.lastName")}));
        // The field of a calculated field takes the column instead.
        QCOMPARE(m_rules.mapColumn(QStringLiteral("First"), QStringLiteral("person.name.firstName")), 2);
        QCOMPARE(m_rules.rules().at(2),
                 (MappingRule{QStringLiteral("First"), {}, QStringLiteral("person.name.firstName")}));
        // Otherwise a new rule; the same again changes nothing.
        QCOMPARE(m_rules.mapColumn(QStringLiteral("Properties_Email_Value"), QStringLiteral("personalEmail.address")),
                 3);
        QSignalSpy changed(&m_rules, &QAbstractItemModel::dataChanged);
        QCOMPARE(m_rules.mapColumn(QStringLiteral("Properties_Email_Value"), QStringLiteral("personalEmail.address")),
                 3);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(m_rules.rules().size(), 4);
        QCOMPARE(m_rules.rowsFilling(QStringLiteral("_id")), QList<int>{0});
        QCOMPARE(m_rules.rowsReading(QStringLiteral("Last")), QList<int>{1});
        QCOMPARE(m_rules.removeRules({3, 0, 3}), 2);
        QCOMPARE(m_rules.rules().size(), 2);
        QCOMPARE(m_rules.rules().at(0).source, QStringLiteral("Last"));
    }

    void marksAndCounters()
    {
        load({{QStringLiteral("Vid"), {}, QStringLiteral("_id")},
              {QStringLiteral("First"), {}, QStringLiteral("_id")},
              {{}, QStringLiteral("concat(First, \" \", Last)"), QStringLiteral("person.name.lastName")}});
        const QList<AutoMap::Suggestion> waiting{
            {QStringLiteral("Properties_Email_Value"), QStringLiteral("personalEmail.address"), 70, {}}};
        const MappingMarks marks = MappingMarks::compute(m_rules.rules(), m_rules.issues(), waiting,
                                                         m_rules.targetFields(), m_rules.identityPath());
        QCOMPARE(marks.mappedFields, 2); // _id (twice) and person.name.lastName
        QCOMPARE(marks.requiredLeft, 1); // person.name.firstName
        QCOMPARE(marks.identityFields, 1);
        QCOMPARE(marks.identityMapped, 0);
        QVERIFY(marks.problems >= 2); // two rules to _id, the required field, the identity
        QCOMPARE(marks.problems, int(m_rules.issues().size()));
        QCOMPARE(marks.field(QStringLiteral("_id")).rules, 2);
        QCOMPARE(marks.field(QStringLiteral("_id")).severity, 2);
        QCOMPARE(marks.column(QStringLiteral("Last")).rules, 1); // read by the calculated field
        QVERIFY(marks.column(QStringLiteral("Properties_Email_Value")).suggested);
        QVERIFY(marks.field(QStringLiteral("personalEmail.address")).suggested);
        QCOMPARE(marks.mappedText(), QStringLiteral("2 fields mapped"));
        QCOMPARE(marks.requiredText(), QStringLiteral("1 required field left"));
        QCOMPARE(marks.identityText(), QStringLiteral("identity not mapped"));
        QCOMPARE(marks.problemsText(), QStringLiteral("%1 problems").arg(marks.problems));
        const MappingMarks none = MappingMarks::compute({}, {}, {}, {}, {});
        QCOMPARE(none.requiredText(), QStringLiteral("0 required fields left"));
        QCOMPARE(none.problemsText(), QStringLiteral("no problem"));
        QCOMPARE(none.identityText(), QStringLiteral("no identity field"));
    }

    void findAndFilter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<MappingFilter::Show>("show");
        QTest::addColumn<QStringList>("fields");
        const QString first = QStringLiteral("person.name.firstName");
        QTest::newRow("all") << QString() << MappingFilter::Show::All
                             << QStringList{"_id",           "person",
                                            "person.gender", "person.name",
                                            first,           "person.name.lastName",
                                            "personalEmail", "personalEmail.address"};
        // Accents and case folded; a group shows with the field that matches.
        QTest::newRow("title, accents") << QStringLiteral("PRENOM") << MappingFilter::Show::All
                                        << QStringList{"person", "person.name", first};
        QTest::newRow("path") << QStringLiteral("email.addr") << MappingFilter::Show::All
                              << QStringList{"personalEmail", "personalEmail.address"};
        QTest::newRow("no match") << QStringLiteral("zzz") << MappingFilter::Show::All << QStringList{};
        QTest::newRow("required") << QString() << MappingFilter::Show::Required
                                  << QStringList{"person", "person.name", first};
        QTest::newRow("identity") << QString() << MappingFilter::Show::Identity
                                  << QStringList{"personalEmail", "personalEmail.address"};
        QTest::newRow("mapped") << QString() << MappingFilter::Show::Mapped
                                << QStringList{"_id", "person", "person.name", "person.name.lastName"};
        QTest::newRow("unmapped") << QString() << MappingFilter::Show::Unmapped
                                  << QStringList{"person", "person.gender", "person.name",
                                                 first,    "personalEmail", "personalEmail.address"};
        QTest::newRow("unmapped, text") << QStringLiteral("name") << MappingFilter::Show::Unmapped
                                        << QStringList{"person", "person.name", first};
        QTest::newRow("with problems") << QString() << MappingFilter::Show::WithProblems
                                       << QStringList{"person", "person.name", first, "personalEmail",
                                                      "personalEmail.address"};
    }

    void findAndFilter()
    {
        QFETCH(QString, text);
        QFETCH(MappingFilter::Show, show);
        QFETCH(QStringList, fields);
        load({{QStringLiteral("Vid"), {}, QStringLiteral("_id")},
              {QStringLiteral("Last"), {}, QStringLiteral("person.name.lastName")}});
        MappingFilter filter;
        filter.setSourceModel(&m_fields);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setText(text);
        filter.setShow(show);
        QCOMPARE(shown(filter), fields);
    }

    void aFieldMappedLeavesTheUnmappedFilter()
    {
        load({});
        MappingFilter filter;
        filter.setSourceModel(&m_fields);
        filter.setShow(MappingFilter::Show::Unmapped);
        QVERIFY(shown(filter).contains(QStringLiteral("_id")));
        m_rules.mapColumn(QStringLiteral("Vid"), QStringLiteral("_id"));
        m_fields.setMarks(MappingMarks::compute(m_rules.rules(), m_rules.issues(), {}, m_rules.targetFields(),
                                                m_rules.identityPath()));
        QVERIFY(!shown(filter).contains(QStringLiteral("_id")));
    }

    void columnFilters()
    {
        load({{QStringLiteral("Vid"), {}, QStringLiteral("_id")}});
        MappingFilter filter;
        filter.setSourceModel(&m_columns);
        filter.setShow(MappingFilter::Show::Mapped);
        QCOMPARE(shown(filter), QStringList{"Vid"});
        filter.setShow(MappingFilter::Show::Unmapped);
        filter.setText(QStringLiteral("email"));
        QCOMPARE(shown(filter), QStringList{"Properties_Email_Value"});
        QCOMPARE(MappingFilter::columnChoices().size(), 5);
        QCOMPARE(MappingFilter::fieldChoices().size(), 7);
        QCOMPARE(MappingFilter::label(MappingFilter::Show::WithProblems), QStringLiteral("With problems"));
    }
};

QTEST_GUILESS_MAIN(TestVisualMapping)
#include "TestVisualMapping.moc"
