// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/MappingCsv.h"

#include <QTest>

using MappingCsv::Problem;
using MappingCsv::Record;

namespace {

const QStringList kColumns{QStringLiteral("Email"), QStringLiteral("  Leading spaces"), QStringLiteral("Prénom, nom"),
                           QStringLiteral("Say \"hi\"")};
const QSet<QString> kFields{QStringLiteral("personalEmail.address"), QStringLiteral("person.name.firstName"),
                            QStringLiteral("person.name.lastName"), QStringLiteral("_demo.note"),
                            QStringLiteral("_demo.multi")};

QByteArray bom(const char* text)
{
    return QByteArray("\xEF\xBB\xBF") + text;
}

} // namespace

/** Mapping rules as CSV (Adobe's template columns): RFC 4180 both ways, an exact round trip, line-numbered problems. */
class TestMappingCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripIsExact()
    {
        const QList<MappingRule> rules{
            {QStringLiteral("Email"), {}, QStringLiteral("personalEmail.address")},
            {QStringLiteral("  Leading spaces"), {}, QStringLiteral("person.name.firstName")},
            {QStringLiteral("Prénom, nom"), {}, QStringLiteral("person.name.lastName")},
            {{},
             QStringLiteral("concat(\"a, b\", \"\u00e9t\u00e9 \u2014 \u65e5\u672c\", \"line\r\nbreak\nand\rmore\")"),
             QStringLiteral("_demo.note")},
            {QStringLiteral("Say \"hi\""), {}, QStringLiteral("_demo.multi")},
        };
        const QByteArray csv = MappingCsv::write(rules);
        QVERIFY(csv.startsWith("\xEF\xBB\xBFsourceType,source,destination,description\r\n"));
        QVERIFY(csv.contains("ATTRIBUTE,\"  Leading spaces\",person.name.firstName,\r\n"));
        QVERIFY(csv.contains("ATTRIBUTE,\"Say \"\"hi\"\"\",_demo.multi,\r\n"));
        const MappingCsv::Import read = MappingCsv::read(csv, kColumns, kFields);
        QVERIFY2(read.problems.isEmpty(), qPrintable(read.problems.value(0).message));
        QCOMPARE(read.rules, rules);
        QCOMPARE(read.lines, (QList<int>{2, 3, 4, 5, 9})); // the expression spans lines 5 to 8 (CRLF, LF, CR)
        QCOMPARE(read.records, 5);
        // Records themselves, written and read back, are the same fields.
        const QList<QStringList> records{{QStringLiteral(" a"), QStringLiteral("b "), QString(), QStringLiteral("\"")},
                                         {QStringLiteral("x\r\ny"), QStringLiteral(",,"), QStringLiteral("\u00fc")}};
        const QList<Record> parsed = MappingCsv::parse(MappingCsv::write(records));
        QCOMPARE(parsed.size(), 2);
        QCOMPARE(parsed.at(0).fields, records.at(0));
        QCOMPARE(parsed.at(1).fields, records.at(1));
        QCOMPARE(parsed.at(1).line, 2);
    }

    void rfc4180_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QList<QStringList>>("fields");
        QTest::addColumn<int>("problems");
        QTest::newRow("plain LF") << QByteArray("a,b\nc,d\n") << QList<QStringList>{{"a", "b"}, {"c", "d"}} << 0;
        QTest::newRow("CRLF, no final break")
            << QByteArray("a,b\r\nc,d") << QList<QStringList>{{"a", "b"}, {"c", "d"}} << 0;
        QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\r\n") << QList<QStringList>{{"a,b", "c"}} << 0;
        QTest::newRow("doubled quote") << QByteArray("\"say \"\"hi\"\"\"\r\n") << QList<QStringList>{{"say \"hi\""}}
                                       << 0;
        QTest::newRow("newline inside") << QByteArray("\"l1\r\nl2\",x\r\n") << QList<QStringList>{{"l1\r\nl2", "x"}}
                                        << 0;
        QTest::newRow("empty fields") << QByteArray(",,\r\n\"\",\r\n") << QList<QStringList>{{"", "", ""}, {"", ""}}
                                      << 0;
        QTest::newRow("leading spaces kept") << QByteArray("  a , b\r\n") << QList<QStringList>{{"  a ", " b"}} << 0;
        QTest::newRow("blank lines skipped") << QByteArray("a\r\n\r\nb\r\n") << QList<QStringList>{{"a"}, {"b"}} << 0;
        QTest::newRow("BOM") << bom("a,b\r\n") << QList<QStringList>{{"a", "b"}} << 0;
        QTest::newRow("UTF-8") << QByteArray("pr\xC3\xA9nom,\xE2\x82\xAC\r\n")
                               << QList<QStringList>{{QStringLiteral("prénom"), QStringLiteral("€")}} << 0;
        QTest::newRow("quote in unquoted field") << QByteArray("a\"b,c\r\nd\r\n") << QList<QStringList>{{"d"}} << 1;
        QTest::newRow("text after closing quote") << QByteArray("\"a\"b,c\r\nd\r\n") << QList<QStringList>{{"d"}} << 1;
        QTest::newRow("unclosed quote") << QByteArray("a\r\n\"b,c\r\nd\r\n") << QList<QStringList>{{"a"}} << 1;
        QTest::newRow("not UTF-8") << QByteArray("a\xFF,b\r\n") << QList<QStringList>{{"a\uFFFD", "b"}} << 1;
    }

    void rfc4180()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QList<QStringList>, fields);
        QFETCH(int, problems);
        QList<Problem> found;
        const QList<Record> records = MappingCsv::parse(csv, &found);
        QList<QStringList> got;
        for (const Record& record : records)
            got << record.fields;
        QCOMPARE(got, fields);
        QCOMPARE(found.size(), problems);
    }

    void problemsNameTheirLines()
    {
        const QByteArray csv = bom("sourceType,source,destination,description,extra\r\n" // 1
                                   "ATTRIBUTE,Email,personalEmail.address,\"the\r\nhome one\",x\r\n" // 2-3
                                   "ATTRIBUTE,Nosuch,person.name.firstName,,\r\n" // 4
                                   "ATTRIBUTE,Email,person.nothing,,\r\n" // 5
                                   "COLUMN,Email,person.name.firstName,,\r\n" // 6
                                   "EXPRESSION,\"lower(Email)\",personalEmail.address,,\r\n" // 7
                                   "ATTRIBUTE,Email\r\n" // 8
                                   "ATTRIBUTE,\"Em\"ail,person.name.lastName,,\r\n" // 9
                                   "expression,\"upper(\"\"x\"\")\",person.name.lastName,,\r\n" // 10
                                   "ATTRIBUTE,,_demo.note,,\r\n"); // 11
        const MappingCsv::Import read = MappingCsv::read(csv, kColumns, kFields);
        QCOMPARE(read.rules,
                 (QList<MappingRule>{{QStringLiteral("Email"), {}, QStringLiteral("personalEmail.address")},
                                     {{}, QStringLiteral("upper(\"x\")"), QStringLiteral("person.name.lastName")}}));
        QCOMPARE(read.lines, (QList<int>{2, 10}));
        QCOMPARE(read.descriptions.first(), QStringLiteral("the\r\nhome one"));
        QList<int> lines;
        QStringList messages;
        for (const Problem& p : read.problems) {
            lines << p.line;
            messages << p.message;
        }
        QCOMPARE(lines, (QList<int>{1, 4, 5, 6, 7, 8, 9, 11}));
        QCOMPARE(messages.at(0), QStringLiteral("Unknown column \u201cextra\u201d in the header: ignored."));
        QCOMPARE(messages.at(1), QStringLiteral("The table has no column \u201cNosuch\u201d."));
        QCOMPARE(messages.at(2),
                 QStringLiteral("The schema has no field \u201cperson.nothing\u201d that a rule can fill."));
        QCOMPARE(messages.at(3),
                 QStringLiteral("Unknown sourceType \u201cCOLUMN\u201d: ATTRIBUTE or EXPRESSION expected."));
        QCOMPARE(messages.at(4), QStringLiteral("personalEmail.address is already filled by line 2: line left out."));
        QCOMPARE(messages.at(5), QStringLiteral("2 fields where the header has 5: line left out."));
        QVERIFY(messages.at(6).startsWith(QLatin1String("Text after a closing quote")));
        QCOMPARE(messages.at(7), QStringLiteral("No source column."));
        QCOMPARE(read.records, 8); // the malformed line 9 is not a record
    }

    void headerProblems()
    {
        QCOMPARE(MappingCsv::read({}, kColumns, kFields).problems.size(), 1);
        const MappingCsv::Import noType
            = MappingCsv::read("source,destination\r\nEmail,personalEmail.address\r\n", kColumns, kFields);
        QVERIFY(noType.rules.isEmpty());
        QCOMPARE(noType.problems.size(), 1);
        QCOMPARE(noType.problems.first().line, 1);
        // Columns in another order and case, without description: read by name.
        const MappingCsv::Import reordered = MappingCsv::read(
            "Destination,SOURCETYPE,Source\nperson.name.firstName,ATTRIBUTE,Email\n", kColumns, kFields);
        QVERIFY(reordered.problems.isEmpty());
        QCOMPARE(reordered.rules.value(0).destination, QStringLiteral("person.name.firstName"));
    }
};

QTEST_GUILESS_MAIN(TestMappingCsv)
#include "TestMappingCsv.moc"
