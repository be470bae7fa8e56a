// SPDX-License-Identifier: GPL-3.0-or-later
// The data rows of TestExpressionEvaluator (a file of its own: moc cannot read raw string literals holding ")").
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace EvaluatorRows {

QJsonObject sampleRow();
void addValueRows();
QString json(const QJsonValue& value);

QJsonObject sampleRow()
{
    return QJsonDocument::fromJson(R"json({
        "Vid": 1001, "First": "Ada", "Last": "Lovelace", "Email": "Ada@Example.com", "Empty": "", "Flag": true,
        "Off": false, "Score": 12.5, "Num": "42", "Word": "abc", "Date": "2024-05-01 10:20:30",
        "Iso": "2024-05-01T10:20:30Z", "Day": "01/05/2024", "Ms": 1571829875000, "address": {"city": "Paris"},
        "Field Name": "spaced", "Url": "https://example.com/a/b?x=1&y=two#top", "Json": "{\"a\": 1}",
        "Csv": "a,b,c", "Pairs": "firstName=John&lastName=Doe", "Pad": " hi ", "Nothing": null
    })json")
        .object();
}

/** The compact JSON of a value, wrapped in a list so that scalars print too. */
QString json(const QJsonValue& value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

void addValueRows()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("expected"); // [value] as compact JSON
    const auto row = [](const char* name, const char* expression, const char* expected) {
        QTest::newRow(name) << QString::fromUtf8(expression) << QString::fromUtf8(expected);
    };
    // Literals, columns, operators
    row("string literal", R"("a\"b")", R"(["a\"b"])");
    row("single quotes", "'x'", R"(["x"])");
    row("integer", "42", "[42]");
    row("decimal", "2.5", "[2.5]");
    row("true", "true", "[true]");
    row("null", "null", "[null]");
    row("column number", "Vid", "[1001]");
    row("quoted column", "${Field Name}", R"(["spaced"])");
    row("nested column", "address.city", R"(["Paris"])");
    row("missing column", "Unknown", "[null]");
    row("empty text is null", "Empty", "[null]");
    row("sum", "Vid + 1", "[1002]");
    row("text plus number", R"("n" + Vid)", R"(["n1001"])");
    row("difference", "Vid - 1", "[1000]");
    row("product", "Score * 2", "[25]");
    row("quotient", "Vid / 2", "[500.5]");
    row("remainder", "Vid % 10", "[1]");
    row("word operators", "Vid div 7 gt 100 and not false", "[true]");
    row("precedence", "1 + 2 * 3", "[7]");
    row("parentheses", "(1 + 2) * 3", "[9]");
    row("unary minus", "-Score", "[-12.5]");
    row("numeric text arithmetic", "Num * 2", "[84]");
    row("equal", "Vid == 1001", "[true]");
    row("not equal", R"(First != "Ada")", "[false]");
    row("less", "Score < 13", "[true]");
    row("greater or equal", "Score >= 13", "[false]");
    row("text order", R"(First < "Bob")", "[true]");
    row("or short-circuits", "true || 1 / 0", "[true]");
    row("and", "Flag && Off", "[false]");
    row("not", "!Flag", "[false]");
    row("ternary", R"(Flag ? "yes" : "no")", R"(["yes"])");
    row("list literal", R"([1, "a", Flag])", R"([[1,"a",true]])");
    // Methods
    row("equals", R"("Ada".equals(First))", "[true]");
    row("equalsIgnoreCase", R"(Email.equalsIgnoreCase("ada@example.com"))", "[true]");
    row("equals is case-sensitive", R"(Email.equals("ada@example.com"))", "[false]");
    // Text functions
    row("concat", R"(concat(First, " ", Last))", R"(["Ada Lovelace"])");
    row("concat with null", R"(concat(First, Empty, Vid))", R"(["Ada1001"])");
    row("lower", "lower(Email)", R"(["ada@example.com"])");
    row("lcase", "lcase(First)", R"(["ada"])");
    row("upper", "upper(First)", R"(["ADA"])");
    row("ucase", "ucase(Last)", R"(["LOVELACE"])");
    row("lower of null", "lower(Empty)", "[null]");
    row("trim", "trim(Pad)", R"(["hi"])");
    row("ltrim", "ltrim(Pad)", R"(["hi "])");
    row("rtrim", "rtrim(Pad)", R"([" hi"])");
    row("substr", R"(substr("This is a substring test", 7, 8))", R"([" a subst"])");
    row("replacestr", R"(replacestr("a-b-c", "-", "/"))", R"(["a/b/c"])");
    row("split", R"(split("Hello world", " "))", R"([["Hello","world"]])");
    row("explode default comma", "explode(Csv)", R"([["a","b","c"]])");
    row("explode regex", R"(explode("a1b22c", "[0-9]+"))", R"([["a","b","c"]])");
    row("left", R"(left("abcde", 2))", R"(["ab"])");
    row("right", R"(right("abcde", 2))", R"(["de"])");
    row("lpad", R"(lpad("bat", 8, "yz"))", R"(["yzyzybat"])");
    row("rpad", R"(rpad("bat", 8, "yz"))", R"(["batyzyzy"])");
    row("join list", R"(join(" ", to_array(true, "Hello", "world")))", R"(["Hello world"])");
    row("join values", R"(join("-", First, Empty, Last))", R"(["Ada-Lovelace"])");
    row("extract_regex", R"x(extract_regex("E259,E259B_009,1_1", "([^,]+),[^,]*,([^,]+)"))x",
        R"([["E259,E259B_009,1_1","E259","1_1"]])");
    row("extract_regex no match", R"(extract_regex("abc", "[0-9]"))", "[null]");
    row("matches_regex", R"(matches_regex(Email, "^[^@]+@[^@]+$"))", "[true]");
    row("sha256", R"(sha256("my text", "UTF-8"))",
        R"(["7330d2b39ca35eaf4cb95fc846c21ee6a39af698154a83a586ee270a0d372104"])");
    row("sha1", R"(sha1("abc"))", R"(["a9993e364706816aba3e25717850c26c9cd0d89d"])");
    row("md5", R"(md5("abc"))", R"(["900150983cd24fb0d6963f7d28e17f72"])");
    row("sha512 length", R"(size_of(sha512("abc")))", "[128]");
    row("crc32", R"(crc32("123456789"))", R"(["cbf43926"])");
    // Dates
    row("date ISO", "date(Date)", R"(["2024-05-01T10:20:30Z"])");
    row("date with format", R"(date(Day, "dd/MM/yyyy"))", R"(["2024-05-01T00:00:00Z"])");
    row("date default", R"(date("nope", "yyyy-MM-dd", "2000-01-01T00:00:00Z"))", R"(["2000-01-01T00:00:00Z"])");
    row("format", R"(format(Iso, "yyyy/MM/dd HH:mm"))", R"(["2024/05/01 10:20"])");
    row("dformat", R"(dformat(Ms, "yyyy-MM-dd'T'HH:mm:ss"))", R"(["2019-10-23T11:24:35"])");
    row("date_part month", R"(date_part("MM", date("2019-10-17 11:55:12")))", "[10]");
    row("date_part year", R"(date_part("year", Date))", "[2024]");
    row("date_part hour", R"(date_part("hour", Date))", "[10]");
    // Choices and lists
    row("iif", R"(iif("s".equalsIgnoreCase("S"), "True", "False"))", R"(["True"])");
    row("iif is lazy", R"(iif(true, 1, to_integer("x")))", "[1]");
    row("decode", R"(decode("ca", "ca", "California", "N/A"))", R"(["California"])");
    row("decode default", R"(decode("zz", "ca", "California", "N/A"))", R"(["N/A"])");
    row("decode no default", R"(decode("zz", "ca", "California"))", "[null]");
    row("coalesce", R"(coalesce(null, Empty, "b", "c"))", R"(["b"])");
    row("first", R"(first(Empty, "2", "3"))", R"(["2"])");
    row("last", R"(last("1", "2", Empty))", R"(["2"])");
    row("to_array without nulls", "to_array(false, 1, null, 2)", "[[1,2]]");
    row("to_array with nulls", "to_array(true, 1, null)", "[[1,null]]");
    row("size_of list", R"(size_of(split("a b", " ")))", "[2]");
    row("size_of text", "size_of(First)", "[3]");
    row("is_empty text", R"(is_empty(""))", "[true]");
    row("is_empty list", "is_empty(to_array(false, null))", "[true]");
    row("is_empty not", "is_empty(First)", "[false]");
    row("to_object", R"(to_object("firstName", First))", R"([{"firstName":"Ada"}])");
    row("str_to_object", R"(str_to_object(Pairs, "=", "&"))", R"([{"firstName":"John","lastName":"Doe"}])");
    row("str_to_object defaults", "str_to_object(Pairs)", R"([{"firstName":"John","lastName":"Doe"}])");
    row("get_values key", R"(get_values(to_object("a", 1), "a"))", "[1]");
    row("get_values all", R"(get_values(to_object("a", 1, "b", 2)))", "[[1,2]]");
    row("contains_key", R"(contains_key(to_object("a", 1), "a"))", "[true]");
    row("contains_key not", R"(contains_key(to_object("a", 1), "b"))", "[false]");
    row("json_to_object", "json_to_object(Json)", R"([{"a":1}])");
    // Numbers
    row("to_integer", R"(to_integer("12"))", "[12]");
    row("to_integer truncates", R"(to_integer("12.9"))", "[12]");
    row("to_bigint", R"(to_bigint("1000000000000"))", "[1000000000000]");
    row("to_decimal", R"(to_decimal("12.5"))", "[12.5]");
    row("to_float", "to_float(Num)", "[42]");
    row("to_integer of null", "to_integer(Empty)", "[null]");
    row("min", "min(3, 1, 4)", "[1]");
    row("max", "max(3, Num, 4)", R"(["42"])");
    row("nullify", "nullify()", "[null]");
    // Web addresses
    row("get_url_protocol", "get_url_protocol(Url)", R"(["https"])");
    row("get_url_host", "get_url_host(Url)", R"(["example.com"])");
    row("get_url_path", "get_url_path(Url)", R"(["/a/b"])");
    row("get_url_query_str", R"(get_url_query_str(Url, "keep"))", R"([{"x":"1","y":"two"}])");
    row("get_url_encoded", R"(get_url_encoded("a b&c"))", R"(["a%20b%26c"])");
    row("get_url_decoded", R"(get_url_decoded("a%20b"))", R"(["a b"])");
}

} // namespace EvaluatorRows
