// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandLine.h"

#include <QTest>

/** The command line of DESIGN.md: every option parses, bad combinations are refused with a message. */
class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("recipe");
        QTest::newRow("blank wizard") << QStringList{} << int(CommandLine::Mode::Wizard) << QString();
        QTest::newRow("recipe") << QStringList{"r.json"} << int(CommandLine::Mode::Wizard) << "r.json";
        QTest::newRow("demo") << QStringList{"--demo"} << int(CommandLine::Mode::Demo) << QString();
        QTest::newRow("apply") << QStringList{"--apply", "a.json"} << int(CommandLine::Mode::Apply) << "a.json";
        QTest::newRow("validate") << QStringList{"--validate=v.json"} << int(CommandLine::Mode::Validate) << "v.json";
        QTest::newRow("export") << QStringList{"--export-curl", "e.json"} << int(CommandLine::Mode::ExportCurl)
                                << "e.json";
        QTest::newRow("help") << QStringList{"--help"} << int(CommandLine::Mode::Help) << QString();
        QTest::newRow("help-all") << QStringList{"--help-all"} << int(CommandLine::Mode::Help) << QString();
        QTest::newRow("version") << QStringList{"--version"} << int(CommandLine::Mode::Version) << QString();
    }
    void modes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, mode);
        QFETCH(QString, recipe);
        CommandLine cli;
        QVERIFY2(cli.parse(QStringList{"aep-dataflow-wizard"} + args), qPrintable(cli.errorText));
        QCOMPARE(int(cli.mode), mode);
        QCOMPARE(cli.recipePath, recipe);
    }

    void helpListsEveryOption()
    {
        CommandLine cli;
        QVERIFY(cli.parse({"aep-dataflow-wizard", "--help"}));
        for (const char* option : {"--demo", "--apply", "--validate", "--export-curl", "--platform-url", "--ims-url",
                                   "--lang", "--version", "--help", "--help-all"})
            QVERIFY2(cli.helpText.contains(QLatin1String(option)), option);
        QVERIFY(!cli.helpText.contains(QLatin1String("-platform <name>")));
    }

    void helpAllAddsQtOptions()
    {
        CommandLine cli;
        QVERIFY2(cli.parse({"aep-dataflow-wizard", "--help-all"}), qPrintable(cli.errorText));
        QCOMPARE(int(cli.mode), int(CommandLine::Mode::Help));
        QVERIFY(cli.helpText.contains(QLatin1String("--apply")));
        QVERIFY(cli.helpText.contains(QLatin1String("-platform <name>")));
        QVERIFY(CommandLine::isHeadless({"w", "--help-all"}));
    }

    void urlsAndLanguage()
    {
        CommandLine cli;
        QVERIFY(cli.parse(
            {"w", "--apply", "a.json", "--platform-url", "http://127.0.0.1:1", "--ims-url=https://i", "--lang", "fr"}));
        QCOMPARE(cli.platformUrl, QStringLiteral("http://127.0.0.1:1"));
        QCOMPARE(cli.imsUrl, QStringLiteral("https://i"));
        QCOMPARE(cli.language, QStringLiteral("fr"));
        QCOMPARE(CommandLine::scanLanguage({"w", "--lang=fr"}), QStringLiteral("fr"));
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown option") << QStringList{"--frobnicate"};
        QTest::newRow("bad language") << QStringList{"--lang", "de"};
        QTest::newRow("two modes") << QStringList{"--demo", "--apply", "a.json"};
        QTest::newRow("two recipes") << QStringList{"a.json", "b.json"};
        QTest::newRow("apply without file") << QStringList{"--apply"};
        QTest::newRow("apply and positional") << QStringList{"--apply", "a.json", "b.json"};
    }
    void refused()
    {
        QFETCH(QStringList, args);
        CommandLine cli;
        QVERIFY(!cli.parse(QStringList{"w"} + args));
        QVERIFY(!cli.errorText.isEmpty());
    }

    void headlessDetection()
    {
        QVERIFY(CommandLine::isHeadless({"w", "--apply", "a"}));
        QVERIFY(CommandLine::isHeadless({"w", "--version"}));
        QVERIFY(!CommandLine::isHeadless({"w", "--demo"}));
        QVERIFY(!CommandLine::isHeadless({"w", "r.json"}));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
