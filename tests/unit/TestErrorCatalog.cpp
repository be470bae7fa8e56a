// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmulatorErrorCodes.h"
#include "core/RunErrorText.h"
#include "platform/ErrorCatalog.h"
#include "platform/PlatformError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTest>

/** The Platform's error codes in plain words (platform/ErrorCatalog), in English: no widgets. */
class TestErrorCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyEmulatorCodeHasAnEntry()
    {
        QStringList problems;
        const QList<EmulatorErrorCodes::Code> codes
            = EmulatorErrorCodes::scan(QStringLiteral(AEP_EMULATOR_DIR), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // The scan itself works: every family is there, and far more than a handful of codes.
        QVERIFY2(codes.size() >= 60, qPrintable(QString::number(codes.size())));
        QStringList families;
        for (const auto& c : codes)
            families << c.code.section(QLatin1Char('-'), 0, 0);
        for (const char* family : {"FLOW", "XDM", "CAT", "DPREP", "SMS", "CONNECTOR", "MAPPER", "401013", "403003",
                                   "invalid_client", "invalid_scope", "BadRequestError"})
            QVERIFY2(families.contains(QLatin1String(family)), family);

        QStringList missing;
        for (const auto& c : codes) {
            const ErrorCatalog::Match match = ErrorCatalog::match(c.code);
            if (!match.isValid())
                missing << QStringLiteral("%1 (%2)").arg(c.code, c.where);
            else if (!match.byStatus && ErrorCatalog::message(match).what.isEmpty())
                missing << QStringLiteral("%1 (%2): no words").arg(c.code, c.where);
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("codes without an entry in platform/ErrorCatalog:\n")
                            + missing.join(QLatin1Char('\n'))));
        QMap<QString, QStringList> byFamily;
        for (const auto& c : codes)
            byFamily[c.code.contains(QLatin1Char('-')) ? c.code.section(QLatin1Char('-'), 0, 0)
                                                       : QStringLiteral("gateway/IMS")]
                << c.code;
        for (auto it = byFamily.cbegin(); it != byFamily.cend(); ++it)
            qInfo().noquote() << it.key() << it.value().size() << ":" << it.value().join(QLatin1Char(' '));
        qInfo().noquote() << codes.size() << "emulator codes covered";
    }

    void everyCodeReadsAsPlainWordsThroughPlatformError()
    {
        QStringList problems;
        for (const auto& c : EmulatorErrorCodes::scan(QStringLiteral(AEP_EMULATOR_DIR), &problems)) {
            if (c.code.startsWith(QLatin1String("CONNECTOR-")) || c.code.startsWith(QLatin1String("MAPPER-")))
                continue; // run errors: not an HTTP answer
            const QByteArray body = bodyFor(c.code);
            const PlatformError e = PlatformError::fromHttp(statusOf(c.code), body, "application/json");
            QVERIFY2(!e.userMessage.isEmpty(), qPrintable(c.code));
            // The Platform's own text stays out of the plain words of a known code, and is kept for Details.
            QVERIFY2(!e.userMessage.contains(QLatin1String("platform text")),
                     qPrintable(c.code + ": " + e.userMessage));
            QVERIFY2(e.details().contains(QLatin1String("platform text")), qPrintable(c.code + ": " + e.details()));
            QVERIFY2(!e.userMessage.contains(c.code), qPrintable(c.code + ": " + e.userMessage));
        }
    }

    void placeholdersComeFromThePlatformsText_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("platformText");
        QTest::addColumn<int>("count");
        QTest::addColumn<QStringList>("contains");
        QTest::newRow("required field empty")
            << "MAPPER-3700-400"
            << "personalEmail.address: the required field is empty" << 43
            << QStringList{"43 record", "\u201cpersonalEmail.address\u201d", "skipped", "fill the value"};
        QTest::newRow("one record") << "MAPPER-3700-400"
                                    << "personalEmail.address: the required field is empty" << 1
                                    << QStringList{"1 record", "personalEmail.address"};
        QTest::newRow("not an e-mail") << "MAPPER-3700-400"
                                       << "workEmail.address: 'bob@' is not a valid email address" << 3
                                       << QStringList{"3 record", "workEmail.address", "\u201cbob@\u201d"};
        QTest::newRow("not a date") << "MAPPER-3700-400"
                                    << "birthDate: '31/02' is not a valid date" << 2
                                    << QStringList{"2 record", "birthDate", "date", "31/02"};
        QTest::newRow("not mapped") << "MAPPER-3700-400"
                                    << "_tenant.id: the required field is not mapped" << 10
                                    << QStringList{"\u201c_tenant.id\u201d", "not mapped"};
        QTest::newRow("threshold") << "CONNECTOR-2001-500"
                                   << "12 of 40 records failed, above the 5% partial ingestion threshold." << 1
                                   << QStringList{"12 of the 40 records", "5%", "Schedule page"};
        QTest::newRow("ingest: required value")
            << "INGEST-1555-400"
            << "Required field is null" << 7 << QStringList{"7 record", "requires", "Mapping page"};
        QTest::newRow("ingest: any other") << "INGEST-1212-400"
                                           << "Invalid record" << 2 << QStringList{"2 record", "dataset", "Details"};
        QTest::newRow("ingest: one record") << "INGEST-1401-400"
                                            << "" << 1 << QStringList{"1 record", "refused"};
        QTest::newRow("sandbox") << "FLOW-2100-404"
                                 << "The sandbox dev-2 is not found." << 1 << QStringList{"\u201cdev-2\u201d"};
        QTest::newRow("scope") << "invalid_scope"
                               << "invalid scope (read_nothing)" << 1 << QStringList{"\u201cread_nothing\u201d"};
        QTest::newRow("table") << "FLOW-1100-400"
                               << "The table 'Deals' does not exist in this source." << 1
                               << QStringList{"\u201cDeals\u201d", "Table page"};
        QTest::newRow("data prep alias") << "DATAPREP-1402-400"
                                         << "" << 1 << QStringList{"Mapping page"};
        QTest::newRow("lower case") << "flow-1439-404"
                                    << "" << 1 << QStringList{"dataflow"};
    }

    void placeholdersComeFromThePlatformsText()
    {
        QFETCH(QString, code);
        QFETCH(QString, platformText);
        QFETCH(int, count);
        QFETCH(QStringList, contains);
        const QString text = ErrorCatalog::message(code, platformText, count).text();
        for (const QString& part : contains)
            QVERIFY2(text.contains(part), qPrintable(text + QStringLiteral(" <- ") + part));
        QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("%[0-9n]"))), qPrintable(text));
    }

    void unknownCodesGetTheStatusWordsAndThePlatformsText()
    {
        const PlatformError e = PlatformError::fromHttp(
            400,
            json(
                {{"type", "http://ns.adobe.com/aep/errors/SMS-2074-400"}, {"title", "Sandbox busy"}, {"status", 400}}));
        QVERIFY(!ErrorCatalog::knows(e.code));
        QVERIFY2(e.userMessage.startsWith(QLatin1String("The Platform refused the request.")),
                 qPrintable(e.userMessage));
        QVERIFY2(e.userMessage.contains(QStringLiteral("\u201cSandbox busy\u201d")), qPrintable(e.userMessage));
        // A code that stands for its status alone (an injected 503) gets the status's words, not the text.
        const PlatformError busy = PlatformError::fromHttp(503, bodyFor(QStringLiteral("FLOW-1103-503")));
        QCOMPARE(busy.userMessage, QStringLiteral("The Platform had an internal problem. Try again in a moment."));
        const PlatformError slow
            = PlatformError::fromHttp(429, json({{"error_code", "429050"}, {"message", "Too many"}}), {}, "12");
        QVERIFY2(slow.userMessage.contains(QLatin1String("12 second")), qPrintable(slow.userMessage));
    }

    void detailsAreThePlatformsOwnWords()
    {
        const PlatformError e = PlatformError::fromHttp(
            404,
            json({{"type", "https://ns.adobe.com/aep/errors/FLOW-1439-404"},
                  {"title", "Resource not found"},
                  {"status", 404},
                  {"report",
                   QJsonObject{{"detailed-message", "The requested flows resource 84 is not found."},
                               {"request-id", "req-1"}}}}));
        QCOMPARE(e.userMessage, ErrorCatalog::message(QStringLiteral("FLOW-1439-404")).text());
        QCOMPARE(e.details(),
                 QStringLiteral("FLOW-1439-404, HTTP 404: The requested flows resource 84 is not found. (request id "
                                "req-1)"));
        QVERIFY(PlatformError::cancelled().details().isEmpty());
    }

    void runErrorsAreGroupedByFieldAndCounted()
    {
        QList<RunError> errors;
        for (int i = 0; i < 4; ++i)
            errors << RunError{QStringLiteral("MAPPER-3700-400"),
                               QStringLiteral("personalEmail.address: the required field is empty"),
                               {}};
        errors << RunError{QStringLiteral("MAPPER-3700-400"), QStringLiteral("birthDate: '1' is not a valid date"), {}}
               << RunError{QStringLiteral("MAPPER-3700-400"), QStringLiteral("birthDate: '2' is not a valid date"), 5}
               << RunError{QStringLiteral("MAPPER-3700-400"), QStringLiteral("Mapper Transform Error"), {}};
        const QList<RunErrorGroup> groups = RunErrorText::group(errors);
        QCOMPARE(groups.size(), 3);
        QCOMPARE(groups.at(0).count, 4);
        QVERIFY2(groups.at(0).text.startsWith(QLatin1String("4 record")), qPrintable(groups.at(0).text));
        QCOMPARE(groups.at(1).count, 6);
        QVERIFY2(groups.at(1).text.contains(QStringLiteral("\u201c1\u201d")),
                 qPrintable(groups.at(1).text)); // the first example
        QCOMPARE(groups.at(1).platformText.size(), 2);
        QCOMPARE(groups.at(2).text, RunErrorText::explanation(QStringLiteral("MAPPER-3700-400")));
    }

    void everyTextOfTheTableIsWritten()
    {
        const QList<ErrorCatalog::Source> sources = ErrorCatalog::sources();
        QVERIFY(sources.size() > 80);
        for (const ErrorCatalog::Source& s : sources) {
            const QString text = QString::fromUtf8(s.text);
            QVERIFY2(text.endsWith(QLatin1Char('.')) || text.endsWith(QChar(0x201d)), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1Char('"')), qPrintable(text)); // “typographic” quotes only
            QCOMPARE(text.contains(QLatin1String("%n")), s.plural);
        }
    }

private:
    static int statusOf(const QString& code)
    {
        if (code.contains(QLatin1Char('-')))
            return code.section(QLatin1Char('-'), -1).toInt();
        if (code.size() == 6 && code.at(0).isDigit())
            return code.left(3).toInt();
        if (code == QLatin1String("invalid_client"))
            return 401;
        return 400;
    }

    static QByteArray json(const QJsonObject& object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); }

    /** The body the emulator sends for @p code (emulator/ApiReply.cpp), with "platform text" as its message. */
    static QByteArray bodyFor(const QString& code)
    {
        const QString text = QStringLiteral("platform text");
        if (code.size() == 6 && code.at(0).isDigit())
            return json({{"error_code", code}, {"message", text}});
        if (code == QLatin1String("BadRequestError"))
            return json({{"type", "/placeholder/type/uri"}, {"status", 400}, {"title", code}, {"detail", text}});
        if (!code.contains(QLatin1Char('-')))
            return json({{"error", code}, {"error_description", text}});
        return json({{"type", QString(QStringLiteral("https://ns.adobe.com/aep/errors/") + code)},
                     {"title", "t"},
                     {"status", statusOf(code)},
                     {"report", QJsonObject{{"detailed-message", text}}}});
    }
};

QTEST_MAIN(TestErrorCatalog)
#include "TestErrorCatalog.moc"
