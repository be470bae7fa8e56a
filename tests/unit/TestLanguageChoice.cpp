// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "base/Translator.h"
#include "core/LanguageChoice.h"
#include "core/ProposedText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTest>

/** The language menu's decisions (no widgets): the choice saved and read back, the start language, the switch. */
class TestLanguageChoice : public QObject
{
    Q_OBJECT

    static QString text(const char* context, const char* source, int n = -1)
    {
        return QCoreApplication::translate(context, source, nullptr, n);
    }

private Q_SLOTS:
    void initTestCase() { TestSupport::isolateUserFolders(); }

    void languageFor_data()
    {
        QTest::addColumn<LanguageChoice::Choice>("choice");
        QTest::addColumn<QStringList>("system");
        QTest::addColumn<QString>("expected");
        using C = LanguageChoice::Choice;
        QTest::newRow("French on an English system") << C::French << QStringList{"en-US"} << "fr";
        QTest::newRow("English on a French system") << C::English << QStringList{"fr-FR"} << "en";
        QTest::newRow("system: French") << C::System << QStringList{"fr-CA", "en-US"} << "fr";
        QTest::newRow("system: first supported") << C::System << QStringList{"de-DE", "fr-FR"} << "fr";
        QTest::newRow("system: none supported") << C::System << QStringList{"de-DE", "it"} << "en";
        QTest::newRow("system: underscore form") << C::System << QStringList{"fr_BE"} << "fr";
    }

    void languageFor()
    {
        QFETCH(LanguageChoice::Choice, choice);
        QFETCH(QStringList, system);
        QFETCH(QString, expected);
        QCOMPARE(LanguageChoice::languageFor(choice, system), expected);
    }

    void savedAndReadBack()
    {
        QSettings().remove(QStringLiteral("ui/language"));
        QCOMPARE(LanguageChoice::load(), LanguageChoice::Choice::System); // nothing saved yet
        for (const auto choice :
             {LanguageChoice::Choice::French, LanguageChoice::Choice::English, LanguageChoice::Choice::System}) {
            LanguageChoice::save(choice);
            QCOMPARE(LanguageChoice::load(), choice);
        }
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
        QCOMPARE(LanguageChoice::load(), LanguageChoice::Choice::System);
    }

    void startLanguage()
    {
        LanguageChoice::save(LanguageChoice::Choice::French);
        QCOMPARE(LanguageChoice::startLanguage(QString(), {"en-US"}), QStringLiteral("fr")); // the saved choice
        QCOMPARE(LanguageChoice::startLanguage(QStringLiteral("en"), {"fr-FR"}), QStringLiteral("en")); // --lang
        QCOMPARE(LanguageChoice::startLanguage(QStringLiteral("xx"), {"en-US"}), QStringLiteral("fr"));
        LanguageChoice::save(LanguageChoice::Choice::System);
        QCOMPARE(LanguageChoice::startLanguage(QString(), {"fr-FR"}), QStringLiteral("fr"));
        QCOMPARE(LanguageChoice::startLanguage(QString(), {"de-DE"}), QStringLiteral("en"));
    }

    /** The old translators go, the new ones come, QLocale follows, and nothing is left of the other language. */
    void switchesAtRuntime()
    {
        QVERIFY(Translator::install(QStringLiteral("fr")));
        QCOMPARE(Translator::current(), QStringLiteral("fr"));
        QCOMPARE(text("DatasetPage", "Dataset"), QStringLiteral("Jeu de donn\u00e9es"));
        QCOMPARE(QLocale().language(), QLocale::French);
        QCOMPARE(QLocale().toString(0.5, 'f', 1), QStringLiteral("0,5"));
        QVERIFY(Translator::install(QStringLiteral("en")));
        QCOMPARE(text("DatasetPage", "Dataset"), QStringLiteral("Dataset"));
        QCOMPARE(QLocale().language(), QLocale::English);
        QVERIFY(!Translator::install(QStringLiteral("xx")));
        QCOMPARE(Translator::current(), QStringLiteral("en"));
        QCOMPARE(text("DatasetPage", "Dataset"), QStringLiteral("Dataset"));
    }

    /** A text shown in one language, given again in the other: exactly, with its arguments, with %n. */
    void retranslatesWhatWasShown()
    {
        QVERIFY(Translator::install(QStringLiteral("fr")));
        const QString title = text("DatasetPage", "Dataset");
        const QString note = text("DatasetPage", "Datasets built on the schema \u201c%1\u201d:").arg("Contacts");
        const QString runs = text("RunsPage", "%n run(s), updated at %1.", 3).arg(QStringLiteral("14:05"));
        const QString data = QStringLiteral("Hubspot.Contacts");
        // Two catalogue texts put side by side, the first holding the second's plural.
        const QString columns = text("TablePage", "%n column(s)", 20);
        const QString summary = text("TablePage", "%1, of which %n hold(s) a date and time.", 3).arg(columns)
            + QLatin1Char(' ') + text("TablePage", "First %n row(s) shown.", 10);
        QVERIFY(Translator::install(QStringLiteral("en")));
        QCOMPARE(Translator::retranslate(title), QStringLiteral("Dataset"));
        QCOMPARE(Translator::retranslate(note), QStringLiteral("Datasets built on the schema \u201cContacts\u201d:"));
        QCOMPARE(Translator::retranslate(runs), QStringLiteral("3 runs, updated at 14:05."));
        QCOMPARE(Translator::retranslate(data), data); // not ours: as it was
        QCOMPARE(Translator::retranslate(summary),
                 QStringLiteral("20 columns, of which 3 hold a date and time. First 10 rows shown."));
        QVERIFY(Translator::install(QStringLiteral("fr")));
        QCOMPARE(Translator::retranslate(QStringLiteral("Dataset")), title);
        QCOMPARE(Translator::retranslate(Translator::retranslate(note)), note);
        // Another count in a form shown before: the French has the count's own form.
        QCOMPARE(Translator::retranslate(QStringLiteral("12 runs, updated at 09:00.")),
                 text("RunsPage", "%n run(s), updated at %1.", 12).arg(QStringLiteral("09:00")));
    }

    void proposedTextFollowsOnlyWhenUntouched()
    {
        ProposedText name;
        QCOMPARE(name.propose(QStringLiteral("HubSpot account")), QStringLiteral("HubSpot account"));
        QVERIFY(name.isUntouched(QStringLiteral("HubSpot account")));
        QCOMPARE(name.follow(QStringLiteral("HubSpot account"), QStringLiteral("Compte HubSpot")),
                 QStringLiteral("Compte HubSpot"));
        QCOMPARE(name.last(), QStringLiteral("Compte HubSpot"));
        QCOMPARE(name.follow(QStringLiteral("Our HubSpot"), QStringLiteral("HubSpot account")),
                 QStringLiteral("Our HubSpot"));
        QCOMPARE(name.follow(QString(), QStringLiteral("HubSpot account")), QStringLiteral("HubSpot account"));
        QVERIFY(!ProposedText().isUntouched(QString()));
    }
};

QTEST_GUILESS_MAIN(TestLanguageChoice)
#include "TestLanguageChoice.moc"
