// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDraftRecipes.h"
#include "core/RecipeFile.h"

#include <QTest>

/** How the wizard names a saved recipe and what a demo session keeps of its addresses. */
class TestRecipeFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNameWithoutSuffixGetsJson_data()
    {
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QString>("saved");
        QTest::newRow("no suffix") << "/home/m/recipe-dataset-en"
                                   << "/home/m/recipe-dataset-en.json";
        QTest::newRow("json") << "/home/m/r.json"
                              << "/home/m/r.json";
        QTest::newRow("JSON") << "/home/m/R.JSON"
                              << "/home/m/R.JSON";
        QTest::newRow("other suffix") << "/home/m/r.txt"
                                      << "/home/m/r.txt.json";
        QTest::newRow("a dot in the name") << "/home/m/v1.2"
                                           << "/home/m/v1.2.json";
        QTest::newRow("cancelled") << ""
                                   << "";
    }

    void aNameWithoutSuffixGetsJson()
    {
        QFETCH(QString, chosen);
        QFETCH(QString, saved);
        QCOMPARE(RecipeFile::withSuffix(chosen), saved);
    }

    void aDemoRecipeNamesNoEmulator()
    {
        DataflowDraft draft;
        draft.platform.platformUrl = QStringLiteral("http://127.0.0.1:40123");
        draft.platform.imsUrl = QStringLiteral("http://127.0.0.1:40123");
        draft.platform.sandbox = QStringLiteral("prod");
        draft.dataflow.name = QStringLiteral("Contacts");
        const DataflowDraft demo = RecipeFile::forSession(draft, true);
        QVERIFY(demo.platform.platformUrl.isEmpty());
        QVERIFY(demo.platform.imsUrl.isEmpty());
        QCOMPARE(demo.platform.sandbox, QStringLiteral("prod"));
        QCOMPARE(demo.dataflow.name, QStringLiteral("Contacts"));
        QVERIFY(RecipeFile::forSession(draft, false) == draft); // a real Platform's addresses are kept
    }

    void theCredentialGoesInWithoutDefaults()
    {
        PlatformConfig config;
        config.imsOrg = QStringLiteral("0123456789ABCDEF01234567@AdobeOrg");
        config.clientId = QStringLiteral("a1b2c3");
        config.sandbox = QStringLiteral("dev");
        config.scopes = PlatformConfig::defaultScopes();
        config.platformUrl = PlatformConfig::defaultPlatformUrl();
        config.imsUrl = PlatformConfig::defaultImsUrl();
        DraftPlatform platform = RecipeFile::platformOf(config);
        QCOMPARE(platform.imsOrg, config.imsOrg);
        QCOMPARE(platform.clientId, config.clientId);
        QCOMPARE(platform.sandbox, QStringLiteral("dev"));
        QVERIFY(platform.scopes.isEmpty());
        QVERIFY(platform.platformUrl.isEmpty());
        QVERIFY(platform.imsUrl.isEmpty());
        config.scopes = QStringLiteral("openid");
        config.platformUrl = QUrl(QStringLiteral("https://staging.example.com"));
        platform = RecipeFile::platformOf(config);
        QCOMPARE(platform.scopes, QStringLiteral("openid"));
        QCOMPARE(platform.platformUrl, QStringLiteral("https://staging.example.com"));
        QVERIFY(platform.imsUrl.isEmpty());
    }

    void theWizardOpensARecipeSavedHalfWay_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("incomplete");
        QTest::addColumn<QString>("problem"); // a path the refusal must name

        const QJsonObject full = TestDraftRecipes::designRecipe();
        QTest::newRow("complete") << QJsonDocument(full).toJson() << true << false << QString();
        // Saved on the Source page: platform and source chosen, the table and everything after not yet.
        QJsonObject onSource{{QStringLiteral("recipe"), 1}, {QStringLiteral("platform"), full.value("platform")}};
        onSource.insert(QStringLiteral("source"),
                        QJsonObject{{QStringLiteral("connectionSpecId"), QStringLiteral("cc6a4487")},
                                    {QStringLiteral("path"), QString()}});
        QTest::newRow("saved on the Source page") << QJsonDocument(onSource).toJson() << true << true << QString();
        QJsonObject unknownKey = full;
        QJsonObject dataflow = full.value("dataflow").toObject();
        dataflow.insert(QStringLiteral("frequence"), 1);
        unknownKey.insert(QStringLiteral("dataflow"), dataflow);
        QTest::newRow("unknown key") << QJsonDocument(unknownKey).toJson() << false << false
                                     << QStringLiteral("dataflow.frequence");
        QJsonObject wrongType = full;
        wrongType.insert(QStringLiteral("source"), 3);
        QTest::newRow("wrong type") << QJsonDocument(wrongType).toJson() << false << false << QStringLiteral("source");
        QTest::newRow("not JSON") << QByteArray("{ not json") << false << false << QString();
        QTest::newRow("a newer format") << QByteArray(R"({"recipe": 9})") << false << false << QStringLiteral("recipe");
    }

    void theWizardOpensARecipeSavedHalfWay()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, ok);
        QFETCH(bool, incomplete);
        QFETCH(QString, problem);
        const RecipeFile::Opened opened = RecipeFile::open(content);
        QVERIFY2(opened.ok() == ok, qPrintable(opened.problems.join(QLatin1Char('\n'))));
        if (ok)
            QCOMPARE(opened.incomplete, incomplete);
        if (!problem.isEmpty())
            QVERIFY2(opened.problems.join(QLatin1Char(' ')).contains(problem),
                     qPrintable(opened.problems.join(QLatin1Char(' '))));
        if (ok && incomplete)
            QCOMPARE(opened.draft.source.connectionSpecId, QStringLiteral("cc6a4487"));
    }
};

QTEST_GUILESS_MAIN(TestRecipeFile)
#include "TestRecipeFile.moc"
