// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/MappingChecks.h"
#include "core/MappingIssues.h"
#include "core/MappingModel.h"
#include "model/DraftValidator.h"
#include "model/ExpressionCatalog.h"
#include "model/ExpressionParser.h"
#include "model/MappingTypeCheck.h"
#include "model/TypeCompatibility.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using Kind = ExpressionError::Kind;
using TypeCompatibility::Verdict;
using TK = TypeCompatibility::Kind;

Q_DECLARE_METATYPE(ExpressionError::Kind)
Q_DECLARE_METATYPE(TypeCompatibility::Kind)
Q_DECLARE_METATYPE(TypeCompatibility::Verdict)

namespace {

const QStringList kColumns{QStringLiteral("Vid"),        QStringLiteral("Properties_Email_Value"),
                           QStringLiteral("Is_Contact"), QStringLiteral("Added_At"),
                           QStringLiteral("Field Name"), QStringLiteral("address"),
                           QString::fromUtf8("Prénom")};

/** The HubSpot-like columns as the explore call describes them. */
QJsonArray tableColumns()
{
    return QJsonDocument::fromJson(R"json([
        {"name": "Vid", "type": "long", "meta:xdmType": "long", "xdm": {"type": "integer"}},
        {"name": "Portal_Id", "type": "string", "meta:xdmType": "string", "xdm": {"type": "string"}},
        {"name": "Is_Contact", "type": "boolean", "meta:xdmType": "boolean", "xdm": {"type": "boolean"}},
        {"name": "Added_At", "type": "string", "meta:xdmType": "date-time",
         "xdm": {"type": "string", "format": "date-time"}},
        {"name": "Score", "type": "double", "meta:xdmType": "number", "xdm": {"type": "number"}},
        {"name": "Email", "type": "string", "meta:xdmType": "string", "xdm": {"type": "string"}}
    ])json")
        .array();
}

QJsonObject schemaTree()
{
    return QJsonDocument::fromJson(R"json({"type": "object", "properties": {
        "_id": {"title": "Identifier", "type": "string", "meta:xdmType": "string"},
        "person": {"type": "object", "meta:xdmType": "object", "properties": {
            "name": {"type": "object", "meta:xdmType": "object", "required": ["lastName"], "properties": {
                "firstName": {"type": "string", "meta:xdmType": "string"},
                "lastName": {"type": "string", "meta:xdmType": "string"}}},
            "birthDate": {"type": "string", "format": "date", "meta:xdmType": "date"}}},
        "loyalty": {"type": "object", "meta:xdmType": "object", "properties": {
            "points": {"type": "integer", "meta:xdmType": "int"},
            "member": {"type": "boolean", "meta:xdmType": "boolean"},
            "joined": {"type": "string", "format": "date-time", "meta:xdmType": "date-time"}}},
        "crmId": {"type": "string", "meta:xdmType": "string"}
    }, "required": ["crmId"]})json")
        .object();
}

MappingRule column(const char* source, const char* destination)
{
    return MappingRule{QLatin1String(source), {}, QLatin1String(destination)};
}

MappingRule expression(const char* text, const char* destination)
{
    return MappingRule{{}, QString::fromUtf8(text), QLatin1String(destination)};
}

QStringList codes(const QList<DraftProblem>& problems)
{
    QStringList result;
    for (const DraftProblem& problem : problems)
        result << problem.code + QLatin1Char('@') + problem.field;
    return result;
}

} // namespace

/** The calculated-field reader, its function list, the type table and the Mapping page's checks (no widgets). */
class TestExpressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("type");
        const auto row = [](const char* name, const char* text, const char* type) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromLatin1(type);
        };
        row("column", "Vid", "column");
        row("string", R"("Hello")", "string");
        row("single quotes", "'it\\'s'", "string");
        row("escapes", "concat(\"a\\\"b\", '\\\\', \"\\n\")", "string");
        row("integer", "42", "integer");
        row("decimal", "1.5", "number");
        row("boolean", "true", "boolean");
        row("null", "null", "");
        row("concat", R"(concat(Vid, " ", Properties_Email_Value))", "string");
        row("nested", R"(upper(trim(lower(Properties_Email_Value))))", "string");
        row("no arguments", "now()", "date-time");
        row("uuid", "uuid()", "string");
        row("date with format", R"(date(Added_At, "yyyy-MM-dd HH:mm:ss"))", "date-time");
        row("date with default", R"(date(Added_At, "yyyy-MM-dd", "2000-01-01"))", "date-time");
        row("to_integer", R"(to_integer("12"))", "integer");
        row("arithmetic", R"(to_integer("12") * 2 - -1)", "integer");
        row("division", "Vid / 2", "");
        row("comparison", "Vid >= 10", "boolean");
        row("word operators", "Vid gt 1 and not Is_Contact or Vid eq 3", "boolean");
        row("logic", "!Is_Contact && (Vid == 1 || Vid != 2)", "boolean");
        row("modulo", "Vid % 2 == 0", "boolean");
        row("ternary", R"(Is_Contact ? "yes" : "no")", "string");
        row("iif with method", R"(iif("s".equalsIgnoreCase("S"), "True", "False"))", "");
        row("method on a column", R"(Properties_Email_Value.equals("a@b.c"))", "boolean");
        row("method on a call", R"(lower(Vid).equals("x"))", "boolean");
        row("escaped name", "${Field Name}", "column");
        row("nested field", "address.city", "column");
        row("dot in a name", R"(address.street\.name)", "column");
        row("unicode column", R"(concat("é", Prénom))", "string");
        row("list", R"(join(" ", [Vid, "a"]))", "string");
        row("decode", R"(decode(Vid, "1", "one", "2", "two", "many"))", "");
        row("plus strings", R"("a" + Vid)", "string");
        row("spaces", "  concat ( Vid , \"x\" )  ", "string");
        row("make_date_time", R"(make_date_time(2019, 10, 17, 11, 55, 12, 999, "UTC"))", "date-time");
        row("sha256 charset", R"(sha256(Vid, "UTF-8"))", "string");
        row("exactly 4096", QByteArray("\"" + QByteArray(4094, 'a') + "\"").constData(), "string");
    }

    void valid()
    {
        QFETCH(QString, text);
        QFETCH(QString, type);
        const ExpressionCheck check = ExpressionParser::check(text, kColumns);
        QVERIFY2(check.ok(), qPrintable(check.errors.isEmpty() ? QString() : check.errors.first().message));
        QCOMPARE(check.resultType, type);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("message");
        const auto row = [](const char* name, const QString& text, Kind kind, int position, const char* message) {
            QTest::newRow(name) << text << kind << position << QString::fromUtf8(message);
        };
        const auto u = [](const char* s) { return QString::fromUtf8(s); };
        row("unclosed call", u("concat(Vid, \"x\""), Kind::Syntax, 6,
            "The parenthesis opened at character 7 is not closed: add \")\".");
        row("unclosed inner call", u("concat(upper(Vid), lower(Vid)"), Kind::Syntax, 6,
            "The parenthesis opened at character 7 is not closed: add \")\".");
        row("unclosed nested", u("concat(upper(Vid, \"x\")"), Kind::Syntax, 6,
            "The parenthesis opened at character 7 is not closed: add \")\".");
        row("unclosed group", u("(Vid + 1"), Kind::Syntax, 0,
            "The parenthesis opened at character 1 is not closed: add \")\".");
        row("unclosed double quote", u("concat(\"abc, Vid)"), Kind::Syntax, 7,
            "The text opened by \" at character 8 is not closed: add a closing \".");
        row("unclosed single quote", u("concat(Vid, 'abc)"), Kind::Syntax, 12,
            "The text opened by ' at character 13 is not closed: add a closing '.");
        row("escaped quote does not close", u("\"abc\\\""), Kind::Syntax, 0,
            "The text opened by \" at character 1 is not closed: add a closing \".");
        row("unclosed ${", u("concat(${Field Name, Vid)"), Kind::Syntax, 7,
            "The column name opened by ${ at character 8 is not closed: add \"}\".");
        row("stray parenthesis", u("lower(Vid))"), Kind::Syntax, 10, "This \")\" closes nothing: remove it.");
        row("only a parenthesis", u(")"), Kind::Syntax, 0, "This \")\" closes nothing: remove it.");
        row("stray bracket", u("Vid]"), Kind::Syntax, 3, "This \"]\" closes nothing: remove it.");
        row("unclosed list", u("join(\",\", [Vid, Vid)"), Kind::Syntax, 10,
            "The list opened at character 11 is not closed: add \"]\".");
        row("missing argument", u("concat(Vid,)"), Kind::Syntax, 11,
            "A value is missing before \")\": write a column, a text in quotes or a number.");
        row("leading comma", u("concat(, Vid)"), Kind::Syntax, 7,
            "A value is missing before \",\": write a column, a text in quotes or a number.");
        row("missing comma", u("concat(Vid \"x\")"), Kind::Syntax, 11,
            "\"\"x\"\" cannot follow a value here: put a comma or an operator before it.");
        row("two operators", u("1 + * 2"), Kind::Syntax, 4,
            "A value is missing before \"*\": write a column, a text in quotes or a number.");
        row("ends with an operator", u("Vid +"), Kind::Syntax, 5,
            "The expression ends where a value is expected: complete it.");
        row("ternary without colon", u("Is_Contact ? \"a\""), Kind::Syntax, 11,
            "The condition ? at character 12 needs its \":\" and a value for when it is false: add them.");
        row("bad character", u("Vid @ 2"), Kind::Syntax, 4, "The character \"@\" has no meaning here: remove it.");
        row("reserved word", u("if"), Kind::Syntax, 0,
            "\"if\" is a reserved word: write ${if} for a column of that name.");
        row("dot without method", u("lower(Vid).(1)"), Kind::Syntax, 11,
            "A method name is expected after the dot, e.g. .equals(\"x\").");
        row("method without call", u("lower(Vid).size"), Kind::Syntax, 11,
            "A method is called with parentheses: write size(...).");
        row("empty", u("   "), Kind::Empty, 0,
            "The expression is empty: write a column, a text in quotes, a number or a function.");
        row("unknown function", u("frobnicate(Vid)"), Kind::UnknownFunction, 0,
            "There is no function \"frobnicate\": choose one from the function list.");
        row("typo in a function", u("lowr(Vid)"), Kind::UnknownFunction, 0,
            "There is no function \"lowr\": did you mean \"lower\"?");
        row("function in an argument", u("concat(Vid, uper(Vid))"), Kind::UnknownFunction, 12,
            "There is no function \"uper\": did you mean \"upper\"?");
        row("unknown method", u("Vid.frob(1)"), Kind::UnknownFunction, 4,
            "There is no method \"frob\": use equals or equalsIgnoreCase.");
        row("too few", u("substr(Vid, 1)"), Kind::ArgumentCount, 0,
            "substr takes 3 argument(s), here 2: write substr(INPUT, START_INDEX, LENGTH).");
        row("none given", u("upper()"), Kind::ArgumentCount, 0,
            "upper takes 1 argument(s), here 0: write upper(INPUT).");
        row("at least", u("concat()"), Kind::ArgumentCount, 0,
            "concat takes at least 1 argument(s), here 0: write concat(STRING_1, STRING_2, ...).");
        row("at most", u("date(Vid, \"a\", \"b\", \"c\")"), Kind::ArgumentCount, 0,
            "date takes at most 3 argument(s), here 4: write date(DATE, FORMAT, DEFAULT_DATE).");
        row("none allowed", u("now(1)"), Kind::ArgumentCount, 0, "now takes 0 argument(s), here 1: write now().");
        row("count inside", u("lower(concat(Vid), 2)"), Kind::ArgumentCount, 0,
            "lower takes 1 argument(s), here 2: write lower(INPUT).");
        row("unknown column", u("lower(Nosuch)"), Kind::UnknownColumn, 6,
            "The table has no column \"Nosuch\": choose one of its columns.");
        row("misspelt column", u("Properties_Emial_Value"), Kind::UnknownColumn, 0,
            "The table has no column \"Properties_Emial_Value\": did you mean \"Properties_Email_Value\"?");
        row("unknown escaped column", u("${Other Name}"), Kind::UnknownColumn, 0,
            "The table has no column \"Other Name\": choose one of its columns.");
        row("column of a method", u("Nosuch.equals(\"a\")"), Kind::UnknownColumn, 0,
            "The table has no column \"Nosuch\": choose one of its columns.");
        row("too long", u("\"") + QString(4200, QLatin1Char('a')) + u("\""), Kind::TooLong, 4096,
            "An expression has at most 4096 characters; this one has 4202: shorten it.");
        row("too deep", QString(150, QLatin1Char('(')) + u("1") + QString(150, QLatin1Char(')')), Kind::Syntax, 100,
            "The expression is nested more than 100 levels deep: simplify it.");
        row("unicode position", u("concat(\"é\", Préno)"), Kind::UnknownColumn, 12,
            "The table has no column \"Préno\": did you mean \"Prénom\"?");
    }

    void invalid()
    {
        QFETCH(QString, text);
        QFETCH(Kind, kind);
        QFETCH(int, position);
        QFETCH(QString, message);
        const ExpressionCheck check = ExpressionParser::check(text, kColumns);
        QVERIFY(!check.ok());
        const ExpressionError& error = check.errors.first();
        QCOMPARE(error.message, message);
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.position, position);
        QVERIFY(error.length >= 1);
        QVERIFY(check.resultType.isEmpty() || kind != Kind::Syntax);
    }

    void everyMistakeOfTheIssue()
    {
        // The issue's example: an unknown function around an unknown column, both named with their places.
        const ExpressionCheck check
            = ExpressionParser::check(QStringLiteral("frobnicate(Properties_Nosuch_Value)"), kColumns);
        QCOMPARE(check.errors.size(), 2);
        QCOMPARE(check.errors.at(0).kind, Kind::UnknownFunction);
        QCOMPARE(check.errors.at(0).position, 0);
        QCOMPARE(check.errors.at(0).length, 10);
        QCOMPARE(check.errors.at(0).name, QStringLiteral("frobnicate"));
        QCOMPARE(check.errors.at(1).kind, Kind::UnknownColumn);
        QCOMPARE(check.errors.at(1).position, 11);
        QCOMPARE(check.errors.at(1).length, 23);
        QCOMPARE(check.columns, QStringList{QStringLiteral("Properties_Nosuch_Value")});
        // A syntax error stops the reading: only it is reported.
        const ExpressionCheck unclosed = ExpressionParser::check(QStringLiteral("concat(frob(x), "), kColumns);
        QCOMPARE(unclosed.errors.size(), 1);
        QCOMPARE(unclosed.errors.first().kind, Kind::Syntax);
        // Too long and wrong: both said.
        const ExpressionCheck both = ExpressionParser::check(QString(5000, QLatin1Char('(')), kColumns);
        QCOMPARE(both.errors.first().kind, Kind::Syntax);
        QCOMPARE(both.errors.last().kind, Kind::TooLong);
        // Without a column list, names are not checked.
        QVERIFY(ExpressionParser::check(QStringLiteral("lower(Anything)"), {}, false).ok());
    }

    void readsWhatItUses()
    {
        const ExpressionCheck check
            = ExpressionParser::check(QStringLiteral("concat(lower(Vid), \" \", ${Field Name}, lower(Vid))"), kColumns);
        QVERIFY(check.ok());
        QCOMPARE(check.columns, (QStringList{QStringLiteral("Vid"), QStringLiteral("Field Name")}));
        QCOMPARE(check.functions, (QStringList{QStringLiteral("lower"), QStringLiteral("concat")}));
    }

    void columnReferences()
    {
        QCOMPARE(ExpressionParser::columnReference(QStringLiteral("Vid")), QStringLiteral("Vid"));
        QCOMPARE(ExpressionParser::columnReference(QStringLiteral("Field Name")), QStringLiteral("${Field Name}"));
        QCOMPARE(ExpressionParser::columnReference(QStringLiteral("and")), QStringLiteral("${and}"));
        QCOMPARE(ExpressionParser::columnReference(QStringLiteral("1st")), QStringLiteral("${1st}"));
        for (const QString& name : {QStringLiteral("Field Name"), QStringLiteral("null"), QStringLiteral("a-b")})
            QVERIFY(ExpressionParser::check(ExpressionParser::columnReference(name), {name}).ok());
    }

    void catalogueIsComplete()
    {
        // The functions the documentation lists, each with its signature, example and sentence.
        const QStringList documented
            = QStringLiteral(
                  "concat lower lcase upper ucase trim ltrim rtrim substr replacestr split explode left right lpad "
                  "rpad join "
                  "extract_regex matches_regex sha256 sha1 sha512 md5 crc32 now timestamp date format dformat "
                  "date_part "
                  "set_date_part make_date_time zone_date_to_utc zone_date_to_zone iif decode coalesce first last "
                  "to_array "
                  "size_of is_empty to_object str_to_object get_values contains_key to_integer to_decimal to_float "
                  "to_bigint json_to_object min max uuid guid nullify get_url_protocol get_url_host get_url_path "
                  "get_url_query_str get_url_encoded get_url_decoded")
                  .split(QLatin1Char(' '));
        QSet<QString> names;
        for (const ExpressionFunction& function : ExpressionCatalog::functions()) {
            const QString key = function.name + (function.isMethod ? QStringLiteral("()") : QString());
            QVERIFY2(!names.contains(key), qPrintable(function.name));
            names.insert(key);
            QVERIFY2(function.signature.contains(function.name + QLatin1Char('(')), qPrintable(function.name));
            QVERIFY2(!ExpressionCatalog::description(function).isEmpty(), qPrintable(function.name));
            QVERIFY2(ExpressionCatalog::description(function).endsWith(QLatin1Char('.')), qPrintable(function.name));
            QVERIFY(function.maxArgs == -1 || function.maxArgs >= function.minArgs);
            // Every example reads, and passes the function's own argument counts.
            const ExpressionCheck example = ExpressionParser::check(function.example, {}, false);
            QVERIFY2(example.ok(),
                     qPrintable(function.name + QStringLiteral(": ") + function.example + QStringLiteral(" ")
                                + (example.ok() ? QString() : example.errors.first().message)));
            QVERIFY2(example.functions.contains(function.name), qPrintable(function.name));
        }
        for (const QString& name : documented)
            QVERIFY2(ExpressionCatalog::find(name), qPrintable(name));
        QVERIFY(ExpressionCatalog::find(QStringLiteral("equals"), true));
        QVERIFY(!ExpressionCatalog::find(QStringLiteral("equals")));
        QCOMPARE(ExpressionCatalog::closest(QStringLiteral("concta")), QStringLiteral("concat"));
        QCOMPARE(ExpressionCatalog::closest(QStringLiteral("frobnicate")), QString());
    }

    void compatibility_data()
    {
        QTest::addColumn<TK>("from");
        QTest::addColumn<TK>("to");
        QTest::addColumn<Verdict>("verdict");
        const auto row = [](TK from, TK to, Verdict verdict) {
            QTest::addRow("%s into %s", qPrintable(TypeCompatibility::name(from)),
                          qPrintable(TypeCompatibility::name(to)))
                << from << to << verdict;
        };
        row(TK::String, TK::String, Verdict::Fits);
        row(TK::String, TK::Integer, Verdict::MayFail);
        row(TK::String, TK::Number, Verdict::MayFail);
        row(TK::String, TK::Boolean, Verdict::MayFail);
        row(TK::String, TK::Date, Verdict::NeedsFormat);
        row(TK::String, TK::DateTime, Verdict::NeedsFormat);
        row(TK::String, TK::Array, Verdict::Never);
        row(TK::Integer, TK::String, Verdict::Fits);
        row(TK::Integer, TK::Number, Verdict::Fits);
        row(TK::Integer, TK::Boolean, Verdict::Never);
        row(TK::Integer, TK::DateTime, Verdict::MayFail);
        row(TK::Number, TK::Integer, Verdict::MayFail);
        row(TK::Number, TK::Date, Verdict::Never);
        row(TK::Boolean, TK::String, Verdict::Fits);
        row(TK::Boolean, TK::Date, Verdict::Never);
        row(TK::Boolean, TK::DateTime, Verdict::Never);
        row(TK::Boolean, TK::Integer, Verdict::Never);
        row(TK::DateTime, TK::Date, Verdict::Fits);
        row(TK::Date, TK::DateTime, Verdict::Fits);
        row(TK::DateTime, TK::String, Verdict::Fits);
        row(TK::DateTime, TK::Integer, Verdict::Never);
        row(TK::Array, TK::String, Verdict::Never);
        row(TK::Array, TK::Array, Verdict::Fits);
        row(TK::Object, TK::Object, Verdict::Fits);
        row(TK::Unknown, TK::Date, Verdict::Fits);
        row(TK::Boolean, TK::Unknown, Verdict::Fits);
    }

    void compatibility()
    {
        QFETCH(TK, from);
        QFETCH(TK, to);
        QFETCH(Verdict, verdict);
        QCOMPARE(TypeCompatibility::verdict(from, to), verdict);
    }

    void kindsOfColumnsAndFields()
    {
        const QJsonArray columns = tableColumns();
        const QList<TK> expected{TK::Integer, TK::String, TK::Boolean, TK::DateTime, TK::Number, TK::String};
        for (qsizetype i = 0; i < columns.size(); ++i)
            QCOMPARE(TypeCompatibility::ofColumn(columns.at(i).toObject()), expected.at(i));
        QCOMPARE(TypeCompatibility::ofColumn(QJsonObject{{"name", "x"}, {"type", "string"}}), TK::String);
        QCOMPARE(TypeCompatibility::ofColumn(QJsonObject{{"name", "x"}}), TK::Unknown);
        QCOMPARE(TypeCompatibility::kindOf(QStringLiteral("int")), TK::Integer);
        QCOMPARE(TypeCompatibility::kindOf(QStringLiteral("long")), TK::Integer);
        QCOMPARE(TypeCompatibility::kindOf(QStringLiteral("double")), TK::Number);
        QCOMPARE(TypeCompatibility::kindOf(QStringLiteral("string"), QStringLiteral("date")), TK::Date);
        QCOMPARE(TypeCompatibility::kindOf(QStringLiteral("map")), TK::Object);
        QCOMPARE(TypeCompatibility::kindOf(QStringLiteral("whatever")), TK::Unknown);
    }

    void checks_data()
    {
        QTest::addColumn<QList<MappingRule>>("rules");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char* name, const QList<MappingRule>& rules, const QStringList& expected) {
            QTest::newRow(name) << rules << expected;
        };
        const MappingRule crm = column("Email", "crmId");
        row("fine", {crm, column("Vid", "_id"), column("Added_At", "loyalty.joined"), column("Vid", "loyalty.points")},
            {});
        row("boolean into a date", {crm, column("Is_Contact", "person.birthDate")},
            {"mapping.typeMismatch@mapping[1].source"});
        row("text into a whole number", {crm, column("Portal_Id", "loyalty.points")},
            {"mapping.typeMayFail@mapping[1].source"});
        row("text into a date", {crm, column("Portal_Id", "person.birthDate")},
            {"mapping.needsDateFormat@mapping[1].source"});
        row("date-time into a date", {crm, column("Added_At", "person.birthDate")}, {});
        row("date with its format", {crm, expression(R"(date(Portal_Id, "yyyy-MM-dd"))", "person.birthDate")}, {});
        row("expression result", {crm, expression(R"(concat(Vid, "x"))", "loyalty.member")},
            {"mapping.typeMayFail@mapping[1].expression"});
        row("true into a date", {crm, expression("true", "loyalty.joined")},
            {"mapping.typeMismatch@mapping[1].expression"});
        row("unknown function", {crm, expression("frobnicate(Properties_Nosuch_Value)", "person.name.firstName")},
            {"expression.unknownFunction@mapping[1].expression", "expression.unknownColumn@mapping[1].expression",
             "mapping.requiredUnmapped@mapping"});
        row("unclosed", {crm, expression("concat(Vid, \"x\"", "_id")}, {"expression.syntax@mapping[1].expression"});
        row("typed column", {crm, expression("Propertis_Email", "_id")},
            {"expression.unknownColumn@mapping[1].expression"});
        row("argument count", {crm, expression("upper()", "_id")}, {"expression.argumentCount@mapping[1].expression"});
        row("required top-level field", {column("Vid", "_id")}, {"mapping.requiredUnmapped@mapping"});
        row("required inside a filled group", {crm, column("Email", "person.name.firstName")},
            {"mapping.requiredUnmapped@mapping"});
        row("required inside an empty group", {crm, column("Added_At", "person.birthDate")}, {});
    }

    void checks()
    {
        QFETCH(QList<MappingRule>, rules);
        QFETCH(QStringList, expected);
        DataflowDraft draft;
        draft.mapping = rules;
        const QList<XdmField> fields = XdmFields::flatten(schemaTree());
        QCOMPARE(codes(MappingChecks::check(draft, tableColumns(), fields)), expected);
    }

    void sameVerdictFromTheSchemaTree_data() { checks_data(); }
    void sameVerdictFromTheSchemaTree()
    {
        // DraftCheck (the checks before --apply) reads the field kinds from the xed-full tree, the Mapping page from
        // its flattened fields: one rule, the same problems.
        QFETCH(QList<MappingRule>, rules);
        const QList<XdmField> fields = XdmFields::flatten(schemaTree());
        QCOMPARE(codes(MappingTypeCheck::checkTypes(rules, tableColumns(), MappingTypeCheck::fieldKinds(schemaTree()))),
                 codes(MappingChecks::checkTypes(rules, tableColumns(), fields)));
        QCOMPARE(codes(MappingTypeCheck::checkExpressions(rules, tableColumns())),
                 codes(MappingChecks::checkExpressions(rules, tableColumns())));
    }

    void checkMessagesSayWhatToDo()
    {
        const QList<XdmField> fields = XdmFields::flatten(schemaTree());
        const QList<MappingRule> rules{column("Is_Contact", "person.birthDate"), column("Portal_Id", "loyalty.joined"),
                                       column("Portal_Id", "loyalty.points")};
        const QList<DraftProblem> problems = MappingChecks::checkTypes(rules, tableColumns(), fields);
        QCOMPARE(problems.size(), 3);
        QCOMPARE(problems.at(0).message,
                 QStringLiteral("\"Is_Contact\" holds true/false values but person.birthDate takes dates: choose a "
                                "column of that kind, or another field."));
        QVERIFY(problems.at(0).isError());
        QCOMPARE(problems.at(1).message,
                 QStringLiteral("\"Portal_Id\" holds text but loyalty.joined takes dates and times: say how the text "
                                "writes them with a calculated field such as date(Portal_Id, \"yyyy-MM-dd "
                                "HH:mm:ss\")."));
        QVERIFY(!problems.at(1).isError());
        QVERIFY(problems.at(2).message.contains(QLatin1String("rows whose value does not convert will fail")));
        const QList<DraftProblem> required = MappingChecks::checkRequired({}, fields);
        QCOMPARE(required.size(), 1);
        QCOMPARE(required.first().message,
                 QStringLiteral("Nothing fills the required field crmId: rows without it will be rejected. Map a "
                                "column to it."));
        QVERIFY(!required.first().isError());
        // The primary identity of a new schema is skipped (its own warning says so), and needs a namespace.
        QVERIFY(MappingChecks::checkRequired({}, fields, QStringLiteral("crmId")).isEmpty());
        DataflowDraft draft;
        draft.schema.create = DraftSchemaCreate{};
        draft.schema.create->primaryIdentity = DraftIdentity{QStringLiteral("crmId"), QString()};
        QCOMPARE(codes(MappingChecks::checkIdentity(draft)),
                 QStringList{"mapping.identityNoNamespace@schema.create.primaryIdentity.namespace"});
        draft.schema.create->primaryIdentity->namespaceCode = QStringLiteral("CRMID");
        QVERIFY(MappingChecks::checkIdentity(draft).isEmpty());
    }

    void modelShowsEachBrokenRuleOnItsRow()
    {
        // The four rules of the issue, each an error on its own row, on the cell it is about.
        MappingModel model;
        DataflowDraft draft;
        model.setContext(tableColumns(), schemaTree(), draft);
        model.setRules({column("Email", "crmId"), expression("frobnicate(Properties_Nosuch_Value)", "_id"),
                        expression("concat(Vid, \"x\"", "person.name.firstName"), column("Vid", "loyalty.points"),
                        column("Is_Contact", "person.birthDate")});
        // Typed by hand: a name the table does not have becomes a calculated field, and says so.
        QVERIFY(model.setData(model.index(3, MappingModel::SourceColumn), QStringLiteral("Propertis_Emial")));
        QVERIFY(model.hasErrors());
        for (int row = 1; row <= 4; ++row) {
            const QModelIndex status = model.index(row, MappingModel::StatusColumn);
            QVERIFY2(status.data(MappingModel::SeverityRole).toInt() == 2, qPrintable(QString::number(row)));
            QVERIFY(status.data().toString() != QLatin1String("OK"));
            QVERIFY(!model.index(row, MappingModel::SourceColumn).data(MappingModel::ProblemRole).isNull());
        }
        QVERIFY(model.index(1, MappingModel::StatusColumn).data().toString().contains(QLatin1String("frobnicate")));
        QVERIFY(model.index(2, MappingModel::StatusColumn).data().toString().contains(QLatin1String("add \")\"")));
        QVERIFY(model.index(3, MappingModel::StatusColumn).data().toString().contains(QLatin1String("no column")));
        QVERIFY(model.index(4, MappingModel::StatusColumn).data().toString().contains(QLatin1String("dates")));
        QCOMPARE(model.index(0, MappingModel::StatusColumn).data().toString(), QStringLiteral("OK"));
        QVERIFY(model.index(0, MappingModel::SourceColumn).data(MappingModel::ProblemRole).isNull());
        // Fixed one by one; the last fix leaves no error.
        model.setData(model.index(1, MappingModel::SourceColumn), QStringLiteral("lower(Email)"));
        model.setData(model.index(2, MappingModel::SourceColumn), QStringLiteral("concat(Vid, \"x\")"));
        model.setData(model.index(3, MappingModel::SourceColumn), QStringLiteral("Vid"));
        QVERIFY(model.hasErrors());
        model.setData(model.index(4, MappingModel::SourceColumn), QStringLiteral("Added_At"));
        QVERIFY2(!model.hasErrors(), qPrintable(model.problems().first().toString()));
    }

    void staleDestinationSaysWhatToDo()
    {
        const QList<MappingRule> rules{column("Email", "person.gone")};
        DataflowDraft draft;
        draft.mapping = rules;
        const QList<MappingIssue> issues
            = MappingIssues::describe(DraftValidator::checkAgainstSchema(draft, schemaTree()), rules);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().detail,
                 QStringLiteral("The schema has no field \"person.gone\". The schema may have changed since this rule "
                                "was made: choose one of its fields, or remove the rule."));
        QCOMPARE(issues.first().field, QStringLiteral("mapping[0].destination"));
        QVERIFY(MappingIssues::onPart(issues, 0, false));
        QVERIFY(!MappingIssues::onPart(issues, 0, true));
    }
};

QTEST_GUILESS_MAIN(TestExpressions)
#include "TestExpressions.moc"
