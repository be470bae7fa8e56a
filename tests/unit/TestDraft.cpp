// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDraftRecipes.h"
#include "model/DataflowDraft.h"

#include <QTest>

using namespace TestDraftRecipes;

/** DataflowDraft: the recipe v1 round trip and the strict reading of bad recipes. */
class TestDraft : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void designRecipeRoundTrips()
    {
        QList<DraftProblem> problems;
        const DataflowDraft draft = DataflowDraft::fromJson(designRecipe(), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
        QCOMPARE(draft.platform.imsOrg, QStringLiteral("0123456789ABCDEF01234567@AdobeOrg"));
        QCOMPARE(draft.source.path, QStringLiteral("Hubspot.Contacts"));
        QVERIFY(draft.schema.create);
        QCOMPARE(draft.schema.create->xdmClass, QStringLiteral("https://ns.adobe.com/xdm/context/profile"));
        QCOMPARE(draft.schema.create->primaryIdentity->namespaceCode, QStringLiteral("Email"));
        QCOMPARE(draft.mapping.size(), 3);
        QVERIFY(draft.mapping.at(2).isExpression());
        QCOMPARE(draft.dataflow.schedule.startTime.value_or(0), 1798761600);
        QCOMPARE(draft.dataflow.schedule.interval.value_or(0), 1);
        QCOMPARE(draft.toJson(), designRecipe());

        QList<DraftProblem> again;
        QCOMPARE(DataflowDraft::fromJson(draft.toJson(), &again), draft);
        QVERIFY(again.isEmpty());
    }

    void variantsRoundTrip_data()
    {
        QTest::addColumn<QJsonObject>("recipe");
        const QJsonObject base = designRecipe();
        QJsonObject once = with(base, QStringLiteral("dataflow.schedule"),
                                QJsonObject{{QStringLiteral("frequency"), QStringLiteral("once")},
                                            {QStringLiteral("startTime"), 1798761600}});
        QTest::newRow("once: no interval, no backfill") << once;
        QJsonObject existing
            = with(base, QStringLiteral("schema"),
                   QJsonObject{{QStringLiteral("id"), QStringLiteral("https://ns.adobe.com/acme/schemas/abc")}});
        existing = with(existing, QStringLiteral("dataset"),
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("5ed5639d798a22191b6987b2")}});
        QTest::newRow("existing schema and dataset") << existing;
        QJsonObject account = without(base, QStringLiteral("source.baseConnectionId"));
        account = with(account, QStringLiteral("source.newAccount"),
                       QJsonObject{{QStringLiteral("name"), QStringLiteral("My HubSpot")},
                                   {QStringLiteral("authSpecName"), QStringLiteral("Basic Authentication")},
                                   {QStringLiteral("params"),
                                    QJsonObject{{QStringLiteral("clientId"), QStringLiteral("hs-client")}}}});
        QTest::newRow("new account without secrets") << account;
        QJsonObject minimal = without(base, QStringLiteral("platform.scopes"));
        minimal = without(minimal, QStringLiteral("platform.platformUrl"));
        minimal = without(minimal, QStringLiteral("platform.imsUrl"));
        minimal = without(minimal, QStringLiteral("dataflow.partialIngestionPercent"));
        minimal = without(minimal, QStringLiteral("dataflow.deltaColumn.timezone"));
        minimal = with(minimal, QStringLiteral("dataflow.errorDiagnostics"), false);
        QTest::newRow("optional keys left out") << minimal;
        QJsonObject profile = with(base, QStringLiteral("schema.create.profileEnabled"), true);
        profile = with(profile, QStringLiteral("dataset.create.profileEnabled"), true);
        profile = with(profile, QStringLiteral("dataset.create.description"), QStringLiteral("for Profile"));
        QTest::newRow("profile enabled") << profile;
    }

    void variantsRoundTrip()
    {
        QFETCH(QJsonObject, recipe);
        QList<DraftProblem> problems;
        const DataflowDraft draft = DataflowDraft::fromJson(recipe, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
        QCOMPARE(draft.toJson(), recipe);
    }

    void badRecipes_data()
    {
        QTest::addColumn<QJsonObject>("recipe");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const QJsonObject base = designRecipe();
        auto row = [](const char* name, const QJsonObject& recipe, const char* code, const char* field) {
            QTest::newRow(name) << recipe << QString::fromLatin1(code) << QString::fromLatin1(field);
        };
        row("unknown key at the top", with(base, QStringLiteral("colour"), QStringLiteral("blue")), "recipe.unknownKey",
            "colour");
        row("unknown key in the schedule", with(base, QStringLiteral("dataflow.schedule.every"), 2),
            "recipe.unknownKey", "dataflow.schedule.every");
        row("unknown key in a rule", with(base, QStringLiteral("mapping[1].identity"), true), "recipe.unknownKey",
            "mapping[1].identity");
        row("wrong type: boolean as string",
            with(base, QStringLiteral("dataflow.errorDiagnostics"), QStringLiteral("yes")), "recipe.wrongType",
            "dataflow.errorDiagnostics");
        row("string start time",
            with(base, QStringLiteral("dataflow.schedule.startTime"), QStringLiteral("1591043454")), "recipe.wrongType",
            "dataflow.schedule.startTime");
        row("string interval", with(base, QStringLiteral("dataflow.schedule.interval"), QStringLiteral("15")),
            "recipe.wrongType", "dataflow.schedule.interval");
        row("fractional interval", with(base, QStringLiteral("dataflow.schedule.interval"), 1.5), "recipe.wrongType",
            "dataflow.schedule.interval");
        row("mapping not an array", with(base, QStringLiteral("mapping"), QJsonObject()), "recipe.wrongType",
            "mapping");
        row("field groups not strings", with(base, QStringLiteral("schema.create.fieldGroups"), QJsonArray{1}),
            "recipe.wrongType", "schema.create.fieldGroups[0]");
        row("secret present", with(base, QStringLiteral("platform.clientSecret"), QStringLiteral("p8e-S3CR3T")),
            "recipe.secret", "platform.clientSecret");
        row("token present", with(base, QStringLiteral("platform.accessToken"), QStringLiteral("p8e-S3CR3T")),
            "recipe.secret", "platform.accessToken");
        row("missing org", without(base, QStringLiteral("platform.imsOrg")), "recipe.missingKey", "platform.imsOrg");
        row("missing start time", without(base, QStringLiteral("dataflow.schedule.startTime")), "recipe.missingKey",
            "dataflow.schedule.startTime");
        row("missing dataflow", without(base, QStringLiteral("dataflow")), "recipe.missingKey", "dataflow");
        row("empty flow name", with(base, QStringLiteral("dataflow.name"), QString()), "recipe.empty", "dataflow.name");
        row("schema id and create", with(base, QStringLiteral("schema.id"), QStringLiteral("x")), "recipe.idOrCreate",
            "schema");
        row("dataset neither id nor create", with(base, QStringLiteral("dataset"), QJsonObject()), "recipe.idOrCreate",
            "dataset");
        row("rule with source and expression",
            with(base, QStringLiteral("mapping[0].expression"), QStringLiteral("lower(Vid)")),
            "recipe.sourceOrExpression", "mapping[0]");
        row("recipe version 2", with(base, QStringLiteral("recipe"), 2), "recipe.version", "recipe");
    }

    void badRecipes()
    {
        QFETCH(QJsonObject, recipe);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QList<DraftProblem> problems;
        const DataflowDraft draft = DataflowDraft::fromJson(recipe, &problems);
        QStringList seen;
        bool found = false;
        for (const DraftProblem& problem : problems) {
            seen << problem.code + QLatin1Char('@') + problem.field;
            found = found || (problem.code == code && problem.field == field);
            QVERIFY(!problem.message.isEmpty());
            QVERIFY2(!problem.message.contains(QLatin1String("S3CR3T")), "a message repeats the secret");
        }
        QVERIFY2(
            found,
            qPrintable(QStringLiteral("expected %1@%2, got: %3").arg(code, field, seen.join(QStringLiteral(", ")))));
        QVERIFY(!QJsonDocument(draft.toJson()).toJson().contains("S3CR3T"));
    }

    /** A wrong type is told in words (translatable), and true, false and null as the recipe writes them. */
    void wrongTypeSaysWhatWasFound_data()
    {
        QTest::addColumn<QJsonValue>("interval");
        QTest::addColumn<QString>("message");
        QTest::newRow("string") << QJsonValue(QStringLiteral("15")) << "Expected an integer, found a string.";
        QTest::newRow("boolean") << QJsonValue(true) << "Expected an integer, found true.";
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << "Expected an integer, found null.";
        QTest::newRow("array") << QJsonValue(QJsonArray{15}) << "Expected an integer, found an array.";
    }

    void wrongTypeSaysWhatWasFound()
    {
        QFETCH(QJsonValue, interval);
        QFETCH(QString, message);
        QList<DraftProblem> problems;
        DataflowDraft::fromJson(with(designRecipe(), QStringLiteral("dataflow.schedule.interval"), interval),
                                &problems);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().code, QStringLiteral("recipe.wrongType"));
        QCOMPARE(problems.first().message, message);
    }

    void secretInAccountParamsIsNotKept()
    {
        QJsonObject recipe = without(designRecipe(), QStringLiteral("source.baseConnectionId"));
        recipe = with(recipe, QStringLiteral("source.newAccount"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("HubSpot")},
                                  {QStringLiteral("authSpecName"), QStringLiteral("Basic Authentication")},
                                  {QStringLiteral("params"),
                                   QJsonObject{{QStringLiteral("clientId"), QStringLiteral("c")},
                                               {QStringLiteral("refreshToken"), QStringLiteral("S3CR3T")}}}});
        QList<DraftProblem> problems;
        const DataflowDraft draft = DataflowDraft::fromJson(recipe, &problems);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().code, QStringLiteral("recipe.secret"));
        QCOMPARE(problems.first().field, QStringLiteral("source.newAccount.params.refreshToken"));
        QVERIFY(draft.source.newAccount);
        QVERIFY(!draft.source.newAccount->params.contains(QLatin1String("refreshToken")));
        QCOMPARE(draft.source.newAccount->params.value(QLatin1String("clientId")).toString(), QStringLiteral("c"));
    }

    void notJson()
    {
        QList<DraftProblem> problems;
        DataflowDraft::fromRecipe("{\"recipe\": 1,}", &problems);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().code, QStringLiteral("recipe.invalidJson"));
        problems.clear();
        DataflowDraft::fromRecipe("[1]", &problems);
        QCOMPARE(problems.first().code, QStringLiteral("recipe.invalidJson"));
    }

    void secretKeyNames_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("secret");
        QTest::newRow("clientSecret") << QStringLiteral("clientSecret") << true;
        QTest::newRow("client_secret") << QStringLiteral("client_secret") << true;
        QTest::newRow("password") << QStringLiteral("password") << true;
        QTest::newRow("accessToken") << QStringLiteral("accessToken") << true;
        QTest::newRow("apiKey") << QStringLiteral("apiKey") << true;
        QTest::newRow("accessTokenUrl") << QStringLiteral("accessTokenUrl") << false;
        QTest::newRow("clientId") << QStringLiteral("clientId") << false;
        QTest::newRow("deltaColumn") << QStringLiteral("deltaColumn") << false;
    }

    void secretKeyNames()
    {
        QFETCH(QString, key);
        QFETCH(bool, secret);
        QCOMPARE(DataflowDraft::isSecretKey(key), secret);
    }
};

QTEST_GUILESS_MAIN(TestDraft)
#include "TestDraft.moc"
