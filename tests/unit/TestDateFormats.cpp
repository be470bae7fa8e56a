// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/DateFormats.h"

#include <QTest>

/** The delta column's date format against the table's values (app/core/DateFormats), without widgets. */
class TestDateFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("expected");
        QTest::newRow("space") << "yyyy-MM-dd HH:mm:ss"
                               << "2023-01-05 21:13:24" << true;
        QTest::newRow("space, T value") << "yyyy-MM-dd HH:mm:ss"
                                        << "2023-01-05T21:13:24" << false;
        QTest::newRow("T quoted") << "yyyy-MM-dd'T'HH:mm:ss"
                                  << "2023-01-05T21:13:24" << true;
        QTest::newRow("T, space value") << "yyyy-MM-dd'T'HH:mm:ss"
                                        << "2023-01-05 21:13:24" << false;
        QTest::newRow("millis and Z (SSSZ)") << "yyyy-MM-dd'T'HH:mm:ss.SSSZ"
                                             << "2023-01-05T21:13:24.123+0000" << true;
        QTest::newRow("SSSZ refuses a Z letter") << "yyyy-MM-dd'T'HH:mm:ss.SSSZ"
                                                 << "2023-01-05T21:13:24.123Z" << false;
        QTest::newRow("XXX takes Z") << "yyyy-MM-dd'T'HH:mm:ss.SSSXXX"
                                     << "2023-01-05T21:13:24.123Z" << true;
        QTest::newRow("XXX takes +01:00") << "yyyy-MM-dd'T'HH:mm:ssXXX"
                                          << "2023-01-05T21:13:24+01:00" << true;
        QTest::newRow("three millis digits") << "yyyy-MM-dd HH:mm:ss.SSS"
                                             << "2023-01-05 21:13:24.12" << false;
        QTest::newRow("optional millis, absent") << "yyyy-MM-dd HH:mm:ss[.SSS]"
                                                 << "2023-01-05 21:13:24" << true;
        QTest::newRow("optional millis, there") << "yyyy-MM-dd HH:mm:ss[.SSS]"
                                                << "2023-01-05 21:13:24.120" << true;
        QTest::newRow("dd/MM against ISO") << "dd/MM"
                                           << "2023-01-05 21:13:24" << false;
        QTest::newRow("dd/MM/yyyy") << "dd/MM/yyyy"
                                    << "31/01/2024" << true;
        QTest::newRow("no 31 April") << "dd/MM/yyyy"
                                     << "31/04/2024" << false;
        QTest::newRow("no month 13") << "MM/dd/yyyy"
                                     << "13/01/2024" << false;
        QTest::newRow("29 February of a leap year") << "yyyy-MM-dd"
                                                    << "2024-02-29" << true;
        QTest::newRow("no 29 February otherwise") << "yyyy-MM-dd"
                                                  << "2023-02-29" << false;
        QTest::newRow("no hour 24") << "yyyy-MM-dd HH:mm"
                                    << "2024-01-01 24:00" << false;
        QTest::newRow("dd is two digits") << "dd/MM/yyyy"
                                          << "5/1/2024" << false;
        QTest::newRow("d is one or two") << "d/M/yyyy"
                                         << "5/12/2024" << true;
        QTest::newRow("month name") << "dd MMM yyyy"
                                    << "05 Jan 2023" << true;
        QTest::newRow("am pm") << "MM/dd/yyyy h:mm a"
                               << "01/05/2023 9:13 PM" << true;
        QTest::newRow("quoted quote") << "HH'h'mm''"
                                      << "21h13'" << true;
        QTest::newRow("surrounding spaces") << "yyyy-MM-dd"
                                            << " 2023-01-05 " << true;
    }

    void matches()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, value);
        QFETCH(bool, expected);
        QCOMPARE(DateFormats::matches(pattern, value), std::optional<bool>(expected));
    }

    void unknownPatternsAreNotJudged()
    {
        QCOMPARE(DateFormats::matches(QStringLiteral("yyyy-'MM"), QStringLiteral("2023-MM")), std::optional<bool>());
        QCOMPARE(DateFormats::matches(QStringLiteral("GGGG yyyy"), QStringLiteral("AD 2023")), std::optional<bool>());
        QCOMPARE(DateFormats::countMatching(QStringLiteral("qqq"), {QStringLiteral("Q1")}), std::optional<int>());
    }

    void detect_data()
    {
        QTest::addColumn<QStringList>("samples");
        QTest::addColumn<bool>("dayFirst");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ISO with a space")
            << QStringList{"2023-01-05 21:13:24", "2024-12-31 00:00:00"} << true << "yyyy-MM-dd HH:mm:ss";
        QTest::newRow("ISO with T") << QStringList{"2023-01-05T21:13:24"} << true << "yyyy-MM-dd'T'HH:mm:ss";
        QTest::newRow("ISO with millis and Z")
            << QStringList{"2023-01-05T21:13:24.123Z", "2023-01-06T08:00:00.000+02:00"} << true
            << "yyyy-MM-dd'T'HH:mm:ss.SSSXXX";
        QTest::newRow("ISO with +0000") << QStringList{"2023-01-05T21:13:24.123+0000"} << true
                                        << "yyyy-MM-dd'T'HH:mm:ss.SSSZ";
        QTest::newRow("ISO with zone, no millis")
            << QStringList{"2023-01-05T21:13:24Z"} << true << "yyyy-MM-dd'T'HH:mm:ssXXX";
        QTest::newRow("date only") << QStringList{"2023-01-05"} << true << "yyyy-MM-dd";
        QTest::newRow("a day above 12 decides: day first")
            << QStringList{"05/02/2024", "13/01/2024"} << false << "dd/MM/yyyy";
        QTest::newRow("a day above 12 decides: month first")
            << QStringList{"02/05/2024", "01/13/2024"} << true << "MM/dd/yyyy";
        QTest::newRow("ambiguous, day-first locale") << QStringList{"05/02/2024", "01/03/2024"} << true << "dd/MM/yyyy";
        QTest::newRow("ambiguous, month-first locale")
            << QStringList{"05/02/2024", "01/03/2024"} << false << "MM/dd/yyyy";
        QTest::newRow("one or two digits")
            << QStringList{"5/1/2024 09:30", "15/10/2024 10:00"} << true << "d/M/yyyy HH:mm";
        QTest::newRow("what most fit, one bad value")
            << QStringList{"2023-01-05 21:13:24", "2023-01-06 10:00:00", "not a date"} << true << "yyyy-MM-dd HH:mm:ss";
        QTest::newRow("empty samples are skipped") << QStringList{"", "2023-01-05", "  "} << true << "yyyy-MM-dd";
        QTest::newRow("no samples") << QStringList{} << true << "";
        QTest::newRow("only empty samples") << QStringList{"", ""} << true << "";
        QTest::newRow("epoch seconds: no pattern") << QStringList{"1672953204", "1672953300"} << true << "";
        QTest::newRow("epoch milliseconds: no pattern") << QStringList{"1672953204000"} << true << "";
    }

    void detect()
    {
        QFETCH(QStringList, samples);
        QFETCH(bool, dayFirst);
        QFETCH(QString, expected);
        QCOMPARE(DateFormats::detect(samples, dayFirst), expected);
    }

    void epoch()
    {
        QCOMPARE(DateFormats::epoch({QStringLiteral("1672953204"), QString()}), DateFormats::Epoch::Seconds);
        QCOMPARE(DateFormats::epoch({QStringLiteral("1672953204000")}), DateFormats::Epoch::Milliseconds);
        QCOMPARE(DateFormats::epoch({QStringLiteral("1672953204"), QStringLiteral("2023-01-05")}),
                 DateFormats::Epoch::None);
        QCOMPARE(DateFormats::epoch({}), DateFormats::Epoch::None);
    }

    void dayFirstFollowsTheLocale()
    {
        QVERIFY(DateFormats::dayFirst(QLocale(QLocale::French, QLocale::France)));
        QVERIFY(DateFormats::dayFirst(QLocale(QLocale::English, QLocale::UnitedKingdom)));
        QVERIFY(!DateFormats::dayFirst(QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void checkSaysHowManyMatch()
    {
        // The marketer's case: dd/MM against a hundred ISO values.
        const QStringList iso(100, QStringLiteral("2023-01-05 21:13:24"));
        const DateFormats::Check wrong = DateFormats::check(QStringLiteral("dd/MM"), iso);
        QCOMPARE(wrong.matching, 0);
        QCOMPARE(wrong.total, 100);
        QVERIFY(wrong.warning);
        QCOMPARE(wrong.note, QStringLiteral("0 of 100 sample values match this format."));
        QCOMPARE(wrong.suggestion, QStringLiteral("yyyy-MM-dd HH:mm:ss"));

        const DateFormats::Check right = DateFormats::check(QStringLiteral("yyyy-MM-dd HH:mm:ss"), iso);
        QCOMPARE(right.matching, 100);
        QVERIFY(!right.warning);
        QCOMPARE(right.note, QStringLiteral("All 100 sample values match this format."));
        QVERIFY(right.suggestion.isEmpty());

        const DateFormats::Check some = DateFormats::check(
            QStringLiteral("yyyy-MM-dd"), {QStringLiteral("2023-01-05"), QStringLiteral("2023-01-05 21:13:24")});
        QCOMPARE(some.note, QStringLiteral("1 of 2 sample values match this format."));
        QVERIFY(some.warning);
        QVERIFY(some.suggestion.isEmpty()); // no other format fits more

        const DateFormats::Check epoch
            = DateFormats::check(QStringLiteral("yyyy-MM-dd HH:mm:ss"), {QStringLiteral("1672953204")});
        QVERIFY(epoch.warning);
        QVERIFY2(epoch.note.contains(QLatin1String("seconds since 1970")), qPrintable(epoch.note));
        QVERIFY(epoch.suggestion.isEmpty());

        // Nothing to compare with, or a pattern this check cannot read: no verdict.
        const DateFormats::Check none = DateFormats::check(QStringLiteral("dd/MM"), {QString(), QString()});
        QCOMPARE(none.total, 0);
        QVERIFY(none.note.isEmpty() && none.suggestion.isEmpty() && !none.warning);
        const DateFormats::Check unknown = DateFormats::check(QStringLiteral("qqq"), iso);
        QVERIFY(unknown.note.isEmpty() && !unknown.warning);
        QCOMPARE(unknown.suggestion, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
};

QTEST_GUILESS_MAIN(TestDateFormats)
#include "TestDateFormats.moc"
