// SPDX-License-Identifier: GPL-3.0-or-later
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
};

QTEST_GUILESS_MAIN(TestRecipeFile)
#include "TestRecipeFile.moc"
