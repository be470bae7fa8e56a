// SPDX-License-Identifier: GPL-3.0-or-later
// The offline evaluator of calculated fields (the Mapping preview): every function, the operators, null handling,
// errors and what only the Platform computes.
#include "model/ExpressionCatalog.h"
#include "model/ExpressionEvaluator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// The rows are in ExpressionEvaluatorRows.cpp: moc cannot read their raw string literals.
namespace EvaluatorRows {
QJsonObject sampleRow();
void addValueRows();
QString json(const QJsonValue& value);
} // namespace EvaluatorRows

using namespace EvaluatorRows;

class TestExpressionEvaluator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void values_data() { addValueRows(); }

    void values()
    {
        QFETCH(QString, expression);
        QFETCH(QString, expected);
        const ExpressionValue value = ExpressionEvaluator::evaluate(expression, sampleRow());
        QVERIFY2(value.ok(), qPrintable(value.message));
        QCOMPARE(json(value.value), expected);
    }

    void failures_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a number") << QStringLiteral("to_integer(Word)")
                                      << QStringLiteral("\"abc\" is not a number.");
        QTest::newRow("arithmetic on text")
            << QStringLiteral("Word * 2") << QStringLiteral("\"abc\" is not a number, so * cannot be computed.");
        QTest::newRow("division by zero") << QStringLiteral("Vid / 0") << QStringLiteral("Division by zero.");
        QTest::newRow("not a date") << QStringLiteral("date(Word)") << QStringLiteral("\"abc\" is not a date.");
        QTest::newRow("not in the format") << QStringLiteral("date(Day, \"yyyy-MM-dd\")")
                                           << QStringLiteral("\"01/05/2024\" is not a date in the format yyyy-MM-dd.");
        QTest::newRow("bad date part") << QStringLiteral("date_part(\"fortnight\", Date)")
                                       << QStringLiteral("\"fortnight\" is not a part of a date: use year, month, "
                                                         "day, hour, minute or second.");
        QTest::newRow("bad regex") << QStringLiteral("matches_regex(Word, \"(\")")
                                   << QStringLiteral("\"(\" is not a valid regular expression: missing closing "
                                                     "parenthesis.");
        QTest::newRow("bad JSON") << QStringLiteral("json_to_object(Word)")
                                  << QStringLiteral("The text is not a JSON object: abc");
        QTest::newRow("syntax") << QStringLiteral("concat(First") << QString();
        QTest::newRow("unknown function") << QStringLiteral("frobnicate(First)") << QString();
        QTest::newRow("empty") << QStringLiteral("  ") << QString();
    }

    void failures()
    {
        QFETCH(QString, expression);
        QFETCH(QString, message);
        const ExpressionValue value = ExpressionEvaluator::evaluate(expression, sampleRow());
        QCOMPARE(value.outcome, ExpressionValue::Outcome::Error);
        QVERIFY(!value.message.isEmpty());
        if (!message.isEmpty())
            QCOMPARE(value.message, message);
        else
            QVERIFY(!ExpressionEvaluator(expression).isValid()); // ExpressionParser's own message
    }

    void computedByPlatform_data()
    {
        QTest::addColumn<QString>("expression");
        for (const char* text :
             {"now()", "timestamp()", "uuid()", "guid()", "concat(\"id-\", uuid())", "set_date_part(\"m\", 4, now())",
              "zone_date_to_utc(date(Date))", "zone_date_to_zone(date(Date), \"Europe/Paris\")",
              "make_date_time(2019, 10, 17, 11, 55, 12, 999, \"America/Los_Angeles\")"})
            QTest::newRow(text) << QString::fromUtf8(text);
    }

    void computedByPlatform()
    {
        QFETCH(QString, expression);
        const ExpressionValue value = ExpressionEvaluator::evaluate(expression, sampleRow());
        QCOMPARE(value.outcome, ExpressionValue::Outcome::ComputedByPlatform);
        QVERIFY(value.message.startsWith(QStringLiteral("Computed by the Platform")));
    }

    void everyCatalogExampleHasAnAnswer()
    {
        // Each documented example reads, and gives a value or says the Platform computes it: never an error.
        for (const ExpressionFunction& function : ExpressionCatalog::functions()) {
            const ExpressionValue value = ExpressionEvaluator::evaluate(function.example, sampleRow());
            QVERIFY2(value.outcome != ExpressionValue::Outcome::Error,
                     qPrintable(function.example + QStringLiteral(": ") + value.message));
        }
    }

    void evaluatedOnEveryRow()
    {
        const ExpressionEvaluator evaluator(QStringLiteral("concat(upper(First), \"-\", Vid)"));
        QVERIFY(evaluator.isValid());
        QCOMPARE(evaluator.evaluate(sampleRow()).value, QJsonValue(QStringLiteral("ADA-1001")));
        const QJsonObject other{{QStringLiteral("First"), QStringLiteral("Bob")}, {QStringLiteral("Vid"), 7}};
        QCOMPARE(evaluator.evaluate(other).value, QJsonValue(QStringLiteral("BOB-7")));
    }

    void dateTexts()
    {
        QCOMPARE(ExpressionEvaluator::parseDateTime(QStringLiteral("2024-05-01 10:20:30")),
                 std::optional<qint64>(1714558830000));
        QCOMPARE(ExpressionEvaluator::parseDateTime(QStringLiteral("2024-05-01T12:20:30+02:00")),
                 std::optional<qint64>(1714558830000));
        QVERIFY(ExpressionEvaluator::parseDateTime(QStringLiteral("2024-05-01")).has_value());
        QVERIFY(!ExpressionEvaluator::parseDateTime(QStringLiteral("31/02/2024")).has_value());
        QVERIFY(!ExpressionEvaluator::parseDateTime(QStringLiteral("2024-02-31 10:00:00")).has_value());
        QCOMPARE(ExpressionEvaluator::isoDateTime(1714558830000), QStringLiteral("2024-05-01T10:20:30Z"));
    }

    void deepNestingDoesNotCrash()
    {
        const QString deep = QString(200, QLatin1Char('(')) + QStringLiteral("1") + QString(200, QLatin1Char(')'));
        QCOMPARE(ExpressionEvaluator::evaluate(deep, {}).outcome, ExpressionValue::Outcome::Error);
    }
};

QTEST_GUILESS_MAIN(TestExpressionEvaluator)
#include "TestExpressionEvaluator.moc"
