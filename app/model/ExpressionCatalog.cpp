// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ExpressionCatalog.h"

#include <algorithm>

namespace {

constexpr int kAny = -1;

ExpressionFunction fn(const char* name, const char* signature, int minArgs, int maxArgs, const char* example,
                      const char* returnType, const char* description, bool isMethod = false)
{
    return ExpressionFunction{QLatin1String(name),        QLatin1String(signature),  minArgs,     maxArgs,
                              QString::fromUtf8(example), QLatin1String(returnType), description, isMethod};
}

QList<ExpressionFunction> build()
{
    // Signatures and examples as Data Prep documents them; upper-case words are placeholders.
    return {
        fn("concat", "concat(STRING_1, STRING_2, ...)", 1, kAny, R"(concat("Hi, ", "there", "!"))", "string",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "Joins its texts into one.")),
        fn("lower", "lower(INPUT)", 1, 1, R"(lower("HeLLo"))", "string",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The text in lower case.")),
        fn("lcase", "lcase(INPUT)", 1, 1, R"(lcase("HeLLo"))", "string",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The text in lower case.")),
        fn("upper", "upper(INPUT)", 1, 1, R"(upper("HeLLo"))", "string",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The text in upper case.")),
        fn("ucase", "ucase(INPUT)", 1, 1, R"(ucase("HeLLo"))", "string",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The text in upper case.")),
        fn("trim", "trim(STRING)", 1, 1, R"(trim(" hello "))", "string",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The text without the spaces at its start and end.")),
        fn("ltrim", "ltrim(STRING)", 1, 1, R"(ltrim(" hello "))", "string",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The text without the spaces at its start.")),
        fn("rtrim", "rtrim(STRING)", 1, 1, R"(rtrim(" hello "))", "string",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The text without the spaces at its end.")),
        fn("substr", "substr(INPUT, START_INDEX, LENGTH)", 3, 3, R"(substr("This is a substring test", 7, 8))",
           "string", QT_TRANSLATE_NOOP("ExpressionCatalog", "Part of the text: LENGTH characters from START_INDEX.")),
        fn("replacestr", "replacestr(INPUT, TO_FIND, TO_REPLACE)", 3, 3, R"(replacestr("a-b-c", "-", "/"))", "string",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The text with every TO_FIND replaced by TO_REPLACE.")),
        fn("split", "split(INPUT, SEPARATOR)", 2, 2, R"(split("Hello world", " "))", "array",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "Cuts the text at each separator into a list.")),
        fn("explode", "explode(STRING, REGEX)", 1, 2, R"(explode("a,b,c"))", "array",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "Cuts the text into a list at a pattern (a comma by default).")),
        fn("left", "left(STRING, COUNT)", 2, 2, R"(left("abcde", 2))", "string",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The first COUNT characters of the text.")),
        fn("right", "right(STRING, COUNT)", 2, 2, R"(right("abcde", 2))", "string",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The last COUNT characters of the text.")),
        fn("lpad", "lpad(INPUT, COUNT, PADDING)", 3, 3, R"(lpad("bat", 8, "yz"))", "string",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The text padded on the left to COUNT characters.")),
        fn("rpad", "rpad(INPUT, COUNT, PADDING)", 3, 3, R"(rpad("bat", 8, "yz"))", "string",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The text padded on the right to COUNT characters.")),
        fn("join", "join(SEPARATOR, [OBJECTS])", 2, kAny, R"(join(" ", to_array(true, "Hello", "world")))", "string",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "Joins the values of a list with a separator between them.")),
        fn("extract_regex", "extract_regex(STRING, REGEX)", 2, 2,
           R"x(extract_regex("E259,E259B_009,1_1", "([^,]+),[^,]*,([^,]+)"))x", "array",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The groups of a regular expression found in the text.")),
        fn("matches_regex", "matches_regex(STRING, REGEX)", 2, 2,
           R"x(matches_regex("E259,E259B_009,1_1", "([^,]+),[^,]*,([^,]+)"))x", "boolean",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "Whether the text matches a regular expression.")),
        fn("sha256", "sha256(INPUT, CHARSET)", 1, 2, R"(sha256("my text", "UTF-8"))", "string",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The SHA-256 hash of the text.")),
        fn("sha1", "sha1(INPUT, CHARSET)", 1, 2, R"(sha1("my text", "UTF-8"))", "string",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The SHA-1 hash of the text.")),
        fn("sha512", "sha512(INPUT, CHARSET)", 1, 2, R"(sha512("my text", "UTF-8"))", "string",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The SHA-512 hash of the text.")),
        fn("md5", "md5(INPUT, CHARSET)", 1, 2, R"(md5("my text", "UTF-8"))", "string",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The MD5 hash of the text.")),
        fn("crc32", "crc32(INPUT, CHARSET)", 1, 2, R"(crc32("my text", "UTF-8"))", "string",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The CRC-32 checksum of the text.")),
        fn("now", "now()", 0, 0, "now()", "date-time",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The date and time when the row is ingested.")),
        fn("timestamp", "timestamp()", 0, 0, "timestamp()", "integer",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The current time in milliseconds since 1970.")),
        fn("date", "date(DATE, FORMAT, DEFAULT_DATE)", 1, 3, R"(date("2019-10-23 11:24", "yyyy-MM-dd HH:mm"))",
           "date-time",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "Reads a date from a text written in the given format.")),
        fn("format", "format(DATE, FORMAT)", 2, 2, R"(format(now(), "yyyy-MM-dd HH:mm:ss"))", "string",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "Writes a date as a text in the given format.")),
        fn("dformat", "dformat(TIMESTAMP_MS, FORMAT)", 2, 2, R"(dformat(1571829875000, "yyyy-MM-dd'T'HH:mm:ss.SSSX"))",
           "string",
           QT_TRANSLATE_NOOP("ExpressionCatalog",
                             "Writes a time in milliseconds since 1970 as a text in the given "
                             "format.")),
        fn("date_part", "date_part(COMPONENT, DATE)", 2, 2, R"(date_part("MM", date("2019-10-17 11:55:12")))",
           "integer", QT_TRANSLATE_NOOP("ExpressionCatalog", "One part of a date: its year, month, day, hour...")),
        fn("set_date_part", "set_date_part(COMPONENT, VALUE, DATE)", 3, 3, R"(set_date_part("m", 4, now()))",
           "date-time", QT_TRANSLATE_NOOP("ExpressionCatalog", "The date with one of its parts changed.")),
        fn("make_date_time", "make_date_time(YEAR, MONTH, DAY, HOUR, MINUTE, SECOND, NANOSECOND, TIMEZONE)", 8, 8,
           R"(make_date_time(2019, 10, 17, 11, 55, 12, 999, "America/Los_Angeles"))", "date-time",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "A date and time made from its parts.")),
        fn("zone_date_to_utc", "zone_date_to_utc(DATE)", 1, 1, "zone_date_to_utc(now())", "date-time",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The date and time in UTC.")),
        fn("zone_date_to_zone", "zone_date_to_zone(DATE, ZONE)", 2, 2, R"(zone_date_to_zone(now(), "Europe/Paris"))",
           "date-time", QT_TRANSLATE_NOOP("ExpressionCatalog", "The date and time in another time zone.")),
        fn("iif", "iif(EXPRESSION, TRUE_VALUE, FALSE_VALUE)", 3, 3,
           R"(iif("s".equalsIgnoreCase("S"), "True", "False"))", "",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "One value when the condition is true, the other when not.")),
        fn("decode", "decode(KEY, K1, V1, K2, V2, ..., DEFAULT)", 3, kAny,
           R"(decode(stateCode, "ca", "California", "N/A"))", "",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The value paired with the key, or the default when none is.")),
        fn("coalesce", "coalesce(V1, V2, ...)", 1, kAny, R"(coalesce(null, "b", "c"))", "",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The first of its values that is not null.")),
        fn("first", "first(V1, V2, ...)", 1, kAny, R"(first("1", "2", "3"))", "",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The first of its values.")),
        fn("last", "last(V1, V2, ...)", 1, kAny, R"(last("1", "2", "3"))", "",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The last of its values.")),
        fn("to_array", "to_array(INCLUDE_NULLS, VALUES...)", 1, kAny, "to_array(false, 1, null, 2)", "array",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "A list of its values, with or without the null ones.")),
        fn("size_of", "size_of(INPUT)", 1, 1, R"(size_of(split("a b", " ")))", "integer",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "How many values the list holds.")),
        fn("is_empty", "is_empty(INPUT)", 1, 1, R"(is_empty(""))", "boolean",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "Whether the text, list or object is empty.")),
        fn("to_object", "to_object(KEY_1, VALUE_1, ...)", 2, kAny, R"(to_object("firstName", "John"))", "object",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "An object made of key and value pairs.")),
        fn("str_to_object", "str_to_object(STRING, VALUE_DELIMITER, FIELD_DELIMITER)", 1, 3,
           R"(str_to_object("firstName=John&lastName=Doe", "=", "&"))", "object",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "An object read from a text of keys and values.")),
        fn("get_values", "get_values(OBJECT, KEY)", 1, 2, R"(get_values(to_object("a", 1), "a"))", "",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The values an object holds.")),
        fn("contains_key", "contains_key(OBJECT, KEY)", 2, 2, R"(contains_key(to_object("a", 1), "a"))", "boolean",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "Whether the object has the key.")),
        fn("to_integer", "to_integer(STRING)", 1, 1, R"(to_integer("12"))", "integer",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The whole number the text holds.")),
        fn("to_bigint", "to_bigint(STRING)", 1, 1, R"(to_bigint("1000000000000"))", "integer",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The (large) whole number the text holds.")),
        fn("to_decimal", "to_decimal(STRING)", 1, 1, R"(to_decimal("12.5"))", "number",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The decimal number the text holds.")),
        fn("to_float", "to_float(STRING)", 1, 1, R"(to_float("12.5"))", "number",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The floating-point number the text holds.")),
        fn("json_to_object", "json_to_object(STRING)", 1, 1, R"(json_to_object("{\"a\": 1}"))", "object",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The object a JSON text describes.")),
        fn("min", "min(OPTIONS...)", 1, kAny, "min(3, 1, 4)", "",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The smallest of its values.")),
        fn("max", "max(OPTIONS...)", 1, kAny, "max(3, 1, 4)", "",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The largest of its values.")),
        fn("uuid", "uuid()", 0, 0, "uuid()", "string",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "A new random identifier (UUID).")),
        fn("guid", "guid()", 0, 0, "guid()", "string",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "A new random identifier (UUID).")),
        fn("nullify", "nullify()", 0, 0, "nullify()", "",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "No value: the field is left empty.")),
        fn("get_url_protocol", "get_url_protocol(URL)", 1, 1, R"(get_url_protocol("https://example.com/a"))", "string",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The protocol of a web address (https...).")),
        fn("get_url_host", "get_url_host(URL)", 1, 1, R"(get_url_host("https://example.com/a"))", "string",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The host of a web address.")),
        fn("get_url_path", "get_url_path(URL, FULL_PATH)", 1, 2, R"(get_url_path("https://example.com/a/b"))", "string",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The path of a web address.")),
        fn("get_url_query_str", "get_url_query_str(URL, ANCHOR)", 2, 2,
           R"(get_url_query_str("https://example.com/?a=1#top", "keep"))", "object",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The query parameters of a web address.")),
        fn("get_url_encoded", "get_url_encoded(URL)", 1, 1, R"(get_url_encoded("a b"))", "string",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The text encoded for a web address.")),
        fn("get_url_decoded", "get_url_decoded(URL)", 1, 1, R"(get_url_decoded("a%20b"))", "string",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "The text of a web address, decoded.")),
        fn("equals", "STRING1.equals(STRING2)", 1, 1, R"("abc".equals("abc"))", "boolean",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "Whether the two texts are the same."), true),
        fn("equalsIgnoreCase", "STRING1.equalsIgnoreCase(STRING2)", 1, 1, R"("s".equalsIgnoreCase("S"))", "boolean",
           QT_TRANSLATE_NOOP("ExpressionCatalog", "Whether the two texts are the same, ignoring case."), true),
    };
}

int distance(const QString& a, const QString& b)
{
    // Levenshtein on two rows; names are short.
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

const QList<ExpressionFunction>& ExpressionCatalog::functions()
{
    static const QList<ExpressionFunction> all = build();
    return all;
}

const ExpressionFunction* ExpressionCatalog::find(const QString& name, bool method)
{
    for (const ExpressionFunction& function : functions()) {
        if (function.isMethod == method && function.name == name)
            return &function;
    }
    return nullptr;
}

QString ExpressionCatalog::description(const ExpressionFunction& function)
{
    return function.description ? tr(function.description) : QString();
}

bool ExpressionCatalog::matches(const ExpressionFunction& function, const QString& filter)
{
    const QString wanted = filter.trimmed();
    return wanted.isEmpty() || function.signature.contains(wanted, Qt::CaseInsensitive)
        || description(function).contains(wanted, Qt::CaseInsensitive);
}

QString ExpressionCatalog::closest(const QString& name, bool method)
{
    if (name.size() > 64)
        return {};
    QString best;
    int bestDistance = name.size() <= 4 ? 1 : 2;
    for (const ExpressionFunction& function : functions()) {
        if (function.isMethod != method)
            continue;
        const int d = distance(name, function.name);
        if (d < bestDistance || (d == bestDistance && best.isEmpty())) {
            best = function.name;
            bestDistance = d;
        }
    }
    return best;
}
