// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDraftRecipes.h"
#include "model/DataflowDraft.h"
#include "model/JsonSchemaCheck.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace TestDraftRecipes;

namespace {

const QString kSchemaFile = QStringLiteral("docs/recipe-v1.schema.json");

QString sourcePath(const QString& relative)
{
    return QStringLiteral(AEP_SOURCE_DIR) + QLatin1Char('/') + relative;
}

QByteArray bytesOf(const QJsonObject& recipe)
{
    return QJsonDocument(recipe).toJson();
}

/** A recipe whose account is to be created, with @p params as its non-secret parameters. */
QJsonObject withAccount(const QJsonObject& params)
{
    QJsonObject account{{QStringLiteral("name"), QStringLiteral("My HubSpot")},
                        {QStringLiteral("authSpecName"), QStringLiteral("Basic Authentication")}};
    if (!params.isEmpty())
        account.insert(QStringLiteral("params"), params);
    return with(without(designRecipe(), QStringLiteral("source.baseConnectionId")), QStringLiteral("source.newAccount"),
                account);
}

/** The ```json blocks of a Markdown file that are whole recipes (an object with the key "recipe"), by line. */
QList<QPair<int, QByteArray>> fullRecipeBlocks(const QString& markdown)
{
    QList<QPair<int, QByteArray>> blocks;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed() != QLatin1String("```json"))
            continue;
        const int start = int(i) + 1;
        QStringList body;
        for (++i; i < lines.size() && lines.at(i).trimmed() != QLatin1String("```"); ++i)
            body << lines.at(i);
        const QByteArray text = body.join(QLatin1Char('\n')).toUtf8();
        const QJsonDocument document = QJsonDocument::fromJson(text);
        if (document.isObject() && document.object().contains(QLatin1String("recipe")))
            blocks.append({start, text});
    }
    return blocks;
}

QString describe(const QList<DraftProblem>& problems)
{
    QStringList lines;
    for (const DraftProblem& problem : problems)
        lines << problem.code + QLatin1Char('@') + problem.field;
    return lines.join(QStringLiteral(", "));
}

} // namespace

/**
 * docs/recipe-v1.schema.json against the reader (DataflowDraft::fromRecipe): every recipe the docs show and every good
 * recipe of the other tests is accepted by both, every bad one is refused by both.
 */
class TestRecipeSchema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QFile file(sourcePath(kSchemaFile));
        QVERIFY2(file.open(QIODevice::ReadOnly),
                 qPrintable(file.fileName() + QStringLiteral(": ") + file.errorString()));
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(document.isObject());
        m_schema = document.object();
        QCOMPARE(m_schema.value(QLatin1String("$schema")).toString(),
                 QStringLiteral("http://json-schema.org/draft-07/schema#"));
        // An unusable schema refuses everything; the refused rows would then pass for the wrong reason.
        const QList<JsonSchemaCheck::Error> errors = JsonSchemaCheck::validate(m_schema, designRecipe());
        QVERIFY2(errors.isEmpty(), qPrintable(JsonSchemaCheck::describe(errors)));
    }

    /** The docs show whole recipes, so that the accepted rows below really hold them. */
    void docsShowFullRecipes()
    {
        QFile file(sourcePath(QStringLiteral("docs/recipe.md")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(fullRecipeBlocks(QString::fromUtf8(file.readAll())).size() >= 3);
    }

    void accepted_data()
    {
        QTest::addColumn<QByteArray>("recipe");
        auto row = [](const QString& name, const QJsonObject& recipe) {
            QTest::newRow(qPrintable(name)) << bytesOf(recipe);
        };

        // Every full recipe of the docs.
        const QStringList docs = QDir(sourcePath(QStringLiteral("docs"))).entryList({QStringLiteral("*.md")});
        for (const QString& name : docs) {
            QFile file(sourcePath(QStringLiteral("docs/") + name));
            if (!file.open(QIODevice::ReadOnly)) {
                QTest::newRow(qPrintable(QStringLiteral("docs/%1 unreadable").arg(name))) << QByteArray();
                continue;
            }
            for (const auto& [line, text] : fullRecipeBlocks(QString::fromUtf8(file.readAll())))
                QTest::newRow(qPrintable(QStringLiteral("docs/%1 line %2").arg(name).arg(line))) << text;
        }

        const QJsonObject base = designRecipe();
        const QString sched = QStringLiteral("dataflow.schedule");
        auto schedule = [](const char* frequency, const QJsonValue& interval,
                           const QJsonValue& backfill = QJsonValue::Undefined) {
            QJsonObject json{{QStringLiteral("frequency"), QLatin1String(frequency)},
                             {QStringLiteral("startTime"), 1798761600}};
            if (!interval.isUndefined())
                json.insert(QStringLiteral("interval"), interval);
            if (!backfill.isUndefined())
                json.insert(QStringLiteral("backfill"), backfill);
            return json;
        };
        const QJsonObject existing = with(
            with(base, QStringLiteral("schema"),
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("https://ns.adobe.com/acme/schemas/abc")}}),
            QStringLiteral("dataset"), QJsonObject{{QStringLiteral("id"), QStringLiteral("5ed5639d798a22191b6987b2")}});

        // TestDraft: the design recipe and its round-trip variants.
        row("draft: design recipe", base);
        row("draft: once, no interval, no backfill",
            with(base, sched,
                 QJsonObject{{QStringLiteral("frequency"), QStringLiteral("once")},
                             {QStringLiteral("startTime"), 1798761600}}));
        row("draft: existing schema and dataset", existing);
        row("draft: new account without secrets",
            withAccount(QJsonObject{{QStringLiteral("clientId"), QStringLiteral("hs-client")}}));
        QJsonObject minimal = without(base, QStringLiteral("platform.scopes"));
        minimal = without(minimal, QStringLiteral("platform.platformUrl"));
        minimal = without(minimal, QStringLiteral("platform.imsUrl"));
        minimal = without(minimal, QStringLiteral("dataflow.partialIngestionPercent"));
        minimal = without(minimal, QStringLiteral("dataflow.deltaColumn.timezone"));
        row("draft: optional keys left out", with(minimal, QStringLiteral("dataflow.errorDiagnostics"), false));
        QJsonObject profile = with(base, QStringLiteral("schema.create.profileEnabled"), true);
        profile = with(profile, QStringLiteral("dataset.create.profileEnabled"), true);
        row("draft: profile enabled", with(profile, QStringLiteral("dataset.create.description"), "for Profile"));

        // TestValidation: read without a problem, then judged by DraftValidator (not by the format).
        row("validation: once without interval", with(base, sched, schedule("once", QJsonValue::Undefined)));
        row("validation: once + interval", with(base, sched, schedule("once", 15)));
        row("validation: once + backfill", with(base, sched, schedule("once", QJsonValue::Undefined, true)));
        row("validation: minute + 10", with(base, sched, schedule("minute", 10)));
        row("validation: minute + 15", with(base, sched, schedule("minute", 15, false)));
        row("validation: hour + 0", with(base, sched, schedule("hour", 0)));
        row("validation: day without interval", with(base, sched, schedule("day", QJsonValue::Undefined)));
        row("validation: monthly", with(base, sched, schedule("month", 1)));
        row("validation: start time passed", with(base, QStringLiteral("dataflow.schedule.startTime"), 1591043454));
        row("validation: start time in ms", with(base, QStringLiteral("dataflow.schedule.startTime"), 1798761600000.0));
        row("validation: duplicate destination",
            with(base, QStringLiteral("mapping[3]"),
                 QJsonObject{{QStringLiteral("source"), QStringLiteral("Canonical_Vid")},
                             {QStringLiteral("destination"), QStringLiteral("_id")}}));
        for (const char* format :
             {"YYYY-MM-DD", "yyyy-MM-DD", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd T HH", "yyyy-MM-dd'T"})
            row(QStringLiteral("validation: date format %1").arg(QLatin1String(format)),
                with(base, QStringLiteral("dataflow.deltaColumn.dateFormat"), QLatin1String(format)));
        row("validation: unknown time zone",
            with(base, QStringLiteral("dataflow.deltaColumn.timezone"), "Mars/Olympus"));
        row("validation: no delta column", without(base, QStringLiteral("dataflow.deltaColumn")));
        row("validation: expression too long",
            with(base, QStringLiteral("mapping[2].expression"),
                 QStringLiteral("concat(%1)").arg(QString(4100, QLatin1Char('a')))));
        row("validation: bad destination", with(base, QStringLiteral("mapping[0].destination"), "person..name"));
        row("validation: no mapping", with(base, QStringLiteral("mapping"), QJsonArray()));
        row("validation: partial ingestion 0", with(base, QStringLiteral("dataflow.partialIngestionPercent"), 0));
        row("validation: partial ingestion 150", with(base, QStringLiteral("dataflow.partialIngestionPercent"), 150));
        row("validation: org without @AdobeOrg", with(base, QStringLiteral("platform.imsOrg"), "0123"));
        row("validation: sandbox in capitals", with(base, QStringLiteral("platform.sandbox"), "Prod"));
        row("validation: plain http to a remote host",
            with(base, QStringLiteral("platform.platformUrl"), "http://platform.adobe.io"));
        row("validation: http on loopback",
            with(base, QStringLiteral("platform.platformUrl"), "http://127.0.0.1:8080"));
        row("validation: source outside CRMToAEP",
            with(base, QStringLiteral("source.connectionSpecId"), "2e8580db-6489-4726-96de-e33f5f60295f"));
        row("validation: profile schema without identity",
            without(with(base, QStringLiteral("schema.create.profileEnabled"), true),
                    QStringLiteral("schema.create.primaryIdentity")));
        row("validation: profile dataset on a plain schema",
            with(base, QStringLiteral("dataset.create.profileEnabled"), true));

        // TestPlan, and the e2e tests (TestRunnerFixture::recipe(), TestCli).
        row("plan: new account, existing schema and dataset",
            with(with(withAccount({}), QStringLiteral("schema"), QJsonObject{{QStringLiteral("id"), "s"}}),
                 QStringLiteral("dataset"), QJsonObject{{QStringLiteral("id"), "d"}}));
        QJsonObject emulator = with(base, QStringLiteral("platform.imsOrg"), "DEMO0123456789ABCDEF0123@AdobeOrg");
        emulator = with(emulator, QStringLiteral("platform.clientId"), "demo-client-id");
        emulator = with(emulator, QStringLiteral("platform.platformUrl"), "http://127.0.0.1:45678");
        emulator = with(emulator, QStringLiteral("platform.imsUrl"), "http://127.0.0.1:45678");
        emulator = with(emulator, QStringLiteral("source.baseConnectionId"), "0f3c2a4e-1b7d-4c55-9e21-6a8b9c0d1e2f");
        row("e2e: the fixture's recipe on the emulator", emulator);
        row("cli: default addresses (overridden on the command line)",
            with(with(emulator, QStringLiteral("platform.platformUrl"), "https://platform.adobe.io"),
                 QStringLiteral("platform.imsUrl"), "https://ims-na1.adobelogin.com"));
        row("cli: once + interval (refused by validation)",
            with(base, QStringLiteral("dataflow.schedule.frequency"), "once"));
        row("cli: unknown column and destination (refused online)",
            with(with(emulator, QStringLiteral("mapping[0].source"), "No_Such_Column"),
                 QStringLiteral("mapping[1].destination"), "personalEmail.nope"));

        // The writer: what DataflowDraft::toJson() saves reads back.
        DataflowDraft full = DataflowDraft::fromJson(base, nullptr);
        full.platform.scopes = QStringLiteral("openid,AdobeID");
        full.source.baseConnectionId.clear();
        full.source.newAccount = DraftNewAccount{QStringLiteral("HubSpot"), QStringLiteral("the sales team's"),
                                                 QStringLiteral("OAuth 2 Refresh Code"),
                                                 QJsonObject{{QStringLiteral("clientId"), QStringLiteral("c")},
                                                             {QStringLiteral("refreshToken"), QStringLiteral("r")}}};
        full.schema.create->description = QStringLiteral("Contacts from HubSpot");
        full.schema.create->profileEnabled = true;
        full.dataset.create->description = QStringLiteral("Contacts");
        full.dataset.create->profileEnabled = true;
        full.dataflow.description = QStringLiteral("Hourly");
        row("writer: every optional key (a secret param is dropped)", full.toJson());

        // Edges of the format that the reader takes.
        row("edge: recipe 1.0", with(base, QStringLiteral("recipe"), 1.0));
        row("edge: start time after 2038", with(base, QStringLiteral("dataflow.schedule.startTime"), 4102444800.0));
        row("edge: start time 9e15", with(base, QStringLiteral("dataflow.schedule.startTime"), 9e15));
        row("edge: negative start time", with(base, QStringLiteral("dataflow.schedule.startTime"), -1));
        row("edge: interval 1.0", with(base, QStringLiteral("dataflow.schedule.interval"), 1.0));
        row("edge: empty schema id", with(existing, QStringLiteral("schema.id"), QString()));
        row("edge: empty dataset id", with(existing, QStringLiteral("dataset.id"), QString()));
        row("edge: empty optional strings",
            with(with(with(base, QStringLiteral("platform.scopes"), QString()), QStringLiteral("dataflow.description"),
                      QString()),
                 QStringLiteral("dataflow.deltaColumn.dateFormat"), QString()));
        row("edge: empty source column", with(base, QStringLiteral("mapping[0].source"), QString()));
        row("edge: no field groups", without(base, QStringLiteral("schema.create.fieldGroups")));
        row("edge: empty field groups", with(base, QStringLiteral("schema.create.fieldGroups"), QJsonArray()));
        row("edge: negative partial ingestion", with(base, QStringLiteral("dataflow.partialIngestionPercent"), -3.5));
        row("edge: name with inner spaces", with(base, QStringLiteral("dataflow.name"), "  HubSpot  "));
        row("edge: non-ASCII name",
            with(base, QStringLiteral("dataflow.name"), QStringLiteral("Contacts \u00e9t\u00e9")));
        row("edge: any parameter values",
            withAccount(QJsonObject{{QStringLiteral("region"), QJsonArray{1, true, QJsonValue::Null}},
                                    {QStringLiteral("options"),
                                     QJsonObject{{QStringLiteral("depth"), QJsonObject{{QStringLiteral("x"), 1}}}}}}));
    }

    void accepted()
    {
        QFETCH(QByteArray, recipe);
        QList<DraftProblem> problems;
        DataflowDraft::fromRecipe(recipe, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("the reader refuses: ") + describe(problems)));
        const QList<JsonSchemaCheck::Error> errors = schemaErrors(recipe);
        QVERIFY2(errors.isEmpty(),
                 qPrintable(QStringLiteral("the schema refuses:\n") + JsonSchemaCheck::describe(errors)));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("recipe");
        QTest::addColumn<QString>("code"); // the reader's problem
        QTest::addColumn<QString>("field");
        auto row = [](const QString& name, const QJsonObject& recipe, const char* code, const QString& field) {
            QTest::newRow(qPrintable(name)) << bytesOf(recipe) << QString::fromLatin1(code) << field;
        };
        const QJsonObject base = designRecipe();

        // TestDraft::badRecipes, one for one.
        row("draft: unknown key at the top", with(base, QStringLiteral("colour"), "blue"), "recipe.unknownKey",
            "colour");
        row("draft: unknown key in the schedule", with(base, QStringLiteral("dataflow.schedule.every"), 2),
            "recipe.unknownKey", "dataflow.schedule.every");
        row("draft: unknown key in a rule", with(base, QStringLiteral("mapping[1].identity"), true),
            "recipe.unknownKey", "mapping[1].identity");
        row("draft: boolean as string", with(base, QStringLiteral("dataflow.errorDiagnostics"), "yes"),
            "recipe.wrongType", "dataflow.errorDiagnostics");
        row("draft: string start time", with(base, QStringLiteral("dataflow.schedule.startTime"), "1591043454"),
            "recipe.wrongType", "dataflow.schedule.startTime");
        row("draft: string interval", with(base, QStringLiteral("dataflow.schedule.interval"), "15"),
            "recipe.wrongType", "dataflow.schedule.interval");
        row("draft: fractional interval", with(base, QStringLiteral("dataflow.schedule.interval"), 1.5),
            "recipe.wrongType", "dataflow.schedule.interval");
        row("draft: mapping not an array", with(base, QStringLiteral("mapping"), QJsonObject()), "recipe.wrongType",
            "mapping");
        row("draft: field groups not strings", with(base, QStringLiteral("schema.create.fieldGroups"), QJsonArray{1}),
            "recipe.wrongType", "schema.create.fieldGroups[0]");
        row("draft: secret present", with(base, QStringLiteral("platform.clientSecret"), "p8e-S3CR3T"), "recipe.secret",
            "platform.clientSecret");
        row("draft: token present", with(base, QStringLiteral("platform.accessToken"), "p8e-S3CR3T"), "recipe.secret",
            "platform.accessToken");
        row("draft: missing org", without(base, QStringLiteral("platform.imsOrg")), "recipe.missingKey",
            "platform.imsOrg");
        row("draft: missing start time", without(base, QStringLiteral("dataflow.schedule.startTime")),
            "recipe.missingKey", "dataflow.schedule.startTime");
        row("draft: missing dataflow", without(base, QStringLiteral("dataflow")), "recipe.missingKey", "dataflow");
        row("draft: empty flow name", with(base, QStringLiteral("dataflow.name"), QString()), "recipe.empty",
            "dataflow.name");
        row("draft: schema id and create", with(base, QStringLiteral("schema.id"), "x"), "recipe.idOrCreate", "schema");
        row("draft: dataset neither id nor create", with(base, QStringLiteral("dataset"), QJsonObject()),
            "recipe.idOrCreate", "dataset");
        row("draft: rule with source and expression", with(base, QStringLiteral("mapping[0].expression"), "lower(Vid)"),
            "recipe.sourceOrExpression", "mapping[0]");
        row("draft: recipe version 2", with(base, QStringLiteral("recipe"), 2), "recipe.version", "recipe");
        // TestDraft::notJson, the part that is JSON (text that is not JSON has nothing for a schema to judge).
        QTest::newRow("draft: an array, not an object")
            << QByteArray("[1]") << QStringLiteral("recipe.invalidJson") << QString();
        // TestDraft::wrongTypeSaysWhatWasFound and secretInAccountParamsIsNotKept.
        const QString interval = QStringLiteral("dataflow.schedule.interval");
        row("draft: interval true", with(base, interval, true), "recipe.wrongType", interval);
        row("draft: interval null", with(base, interval, QJsonValue::Null), "recipe.wrongType", interval);
        row("draft: interval array", with(base, interval, QJsonArray{15}), "recipe.wrongType", interval);
        row("draft: secret in the account's params",
            withAccount(QJsonObject{{QStringLiteral("clientId"), "c"}, {QStringLiteral("refreshToken"), "S3CR3T"}}),
            "recipe.secret", "source.newAccount.params.refreshToken");
        // TestCli::badRecipes (the two the reader refuses) and TestWizardFailures::recipeRoundTrip.
        row("cli: unknown key", with(base, QStringLiteral("dataflow.colour"), "red"), "recipe.unknownKey",
            "dataflow.colour");
        row("cli: secret", with(base, QStringLiteral("platform.clientSecret"), "S3CR3T"), "recipe.secret",
            "platform.clientSecret");
        row("gui: misspelt key", with(base, QStringLiteral("dataflow.frequence"), 1), "recipe.unknownKey",
            "dataflow.frequence");

        // Every required key.
        for (const char* key : {"recipe",
                                "platform",
                                "source",
                                "schema",
                                "dataset",
                                "mapping",
                                "platform.clientId",
                                "platform.sandbox",
                                "source.connectionSpecId",
                                "source.path",
                                "source.baseConnectionId",
                                "schema.create.title",
                                "schema.create.class",
                                "schema.create.primaryIdentity.path",
                                "schema.create.primaryIdentity.namespace",
                                "dataset.create.name",
                                "mapping[1].destination",
                                "dataflow.name",
                                "dataflow.schedule",
                                "dataflow.schedule.frequency",
                                "dataflow.deltaColumn.name"}) {
            const QString path = QLatin1String(key);
            row(QStringLiteral("missing %1").arg(path), without(base, path), "recipe.missingKey", path);
        }
        row("missing source.newAccount.name", without(withAccount({}), QStringLiteral("source.newAccount.name")),
            "recipe.missingKey", QStringLiteral("source.newAccount.name"));
        row("missing source.newAccount.authSpecName",
            without(withAccount({}), QStringLiteral("source.newAccount.authSpecName")), "recipe.missingKey",
            QStringLiteral("source.newAccount.authSpecName"));

        // Unknown keys in every object.
        for (const char* object :
             {"platform", "source", "schema", "schema.create", "schema.create.primaryIdentity", "dataset",
              "dataset.create", "mapping[0]", "dataflow", "dataflow.deltaColumn", "dataflow.schedule"}) {
            const QString path = QLatin1String(object) + QStringLiteral(".extra");
            row(QStringLiteral("unknown %1").arg(path), with(base, path, 1), "recipe.unknownKey", path);
        }
        row("unknown source.newAccount.extra", with(withAccount({}), QStringLiteral("source.newAccount.extra"), 1),
            "recipe.unknownKey", QStringLiteral("source.newAccount.extra"));
        row("unknown schema.extra beside an id",
            with(with(base, QStringLiteral("schema"), QJsonObject{{QStringLiteral("id"), "s"}}),
                 QStringLiteral("schema.extra"), 1),
            "recipe.unknownKey", QStringLiteral("schema.extra"));

        // Blank required strings.
        for (const char* key :
             {"platform.imsOrg", "platform.clientId", "platform.sandbox", "source.connectionSpecId",
              "source.baseConnectionId", "source.path", "schema.create.title", "schema.create.class",
              "schema.create.primaryIdentity.path", "schema.create.primaryIdentity.namespace", "dataset.create.name",
              "mapping[2].destination", "dataflow.deltaColumn.name", "dataflow.schedule.frequency"}) {
            const QString path = QLatin1String(key);
            row(QStringLiteral("empty %1").arg(path), with(base, path, QString()), "recipe.empty", path);
        }
        const QString name = QStringLiteral("dataflow.name");
        row("blank name: spaces and a tab", with(base, name, " \t "), "recipe.empty", name);
        row("blank name: a line break", with(base, name, "\n"), "recipe.empty", name);
        row("blank name: no-break space", with(base, name, QStringLiteral("\u00a0")), "recipe.empty", name);
        row("blank name: ideographic space", with(base, name, QStringLiteral("\u3000 \u2003")), "recipe.empty", name);
        row("blank account name", with(withAccount({}), QStringLiteral("source.newAccount.name"), " "), "recipe.empty",
            QStringLiteral("source.newAccount.name"));

        // Wrong types.
        const std::pair<const char*, QJsonValue> wrong[] = {
            {"recipe", QStringLiteral("1")},
            {"platform", QStringLiteral("prod")},
            {"platform.scopes", QJsonArray{QStringLiteral("openid")}},
            {"platform.platformUrl", 443},
            {"source", QJsonArray()},
            {"schema", QStringLiteral("https://ns.adobe.com/acme/schemas/abc")},
            {"schema.create", true},
            {"schema.create.description", 1},
            {"schema.create.fieldGroups", QStringLiteral("https://ns.adobe.com/xdm/context/profile-person-details")},
            {"schema.create.primaryIdentity", QStringLiteral("personalEmail.address")},
            {"schema.create.profileEnabled", QStringLiteral("true")},
            {"dataset", QJsonValue::Null},
            {"dataset.create.profileEnabled", 1},
            {"mapping[0]", QStringLiteral("Vid")},
            {"mapping[0].source", QJsonObject()},
            {"mapping[2].expression", 1},
            {"mapping[0].destination", QJsonArray{QStringLiteral("_id")}},
            {"dataflow", QJsonArray()},
            {"dataflow.deltaColumn", QStringLiteral("Properties_Lastmodifieddate_Value")},
            {"dataflow.deltaColumn.timezone", 0},
            {"dataflow.schedule", QStringLiteral("hourly")},
            {"dataflow.schedule.frequency", 1},
            {"dataflow.schedule.startTime", 1798761600.5},
            {"dataflow.schedule.startTime", 9.1e15},
            {"dataflow.schedule.backfill", QStringLiteral("no")},
            {"dataflow.partialIngestionPercent", QStringLiteral("5%")},
        };
        for (const auto& [key, value] : wrong) {
            const QString path = QLatin1String(key);
            const QString found = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
            row(QStringLiteral("wrong type %1 = %2").arg(path, found.mid(1, found.size() - 2)), with(base, path, value),
                "recipe.wrongType", path);
        }
        row("wrong type source.newAccount",
            with(without(base, QStringLiteral("source.baseConnectionId")), QStringLiteral("source.newAccount"),
                 "My HubSpot"),
            "recipe.wrongType", QStringLiteral("source.newAccount"));
        row("wrong type source.newAccount.params",
            with(withAccount({}), QStringLiteral("source.newAccount.params"), QJsonArray{QStringLiteral("clientId")}),
            "recipe.wrongType", QStringLiteral("source.newAccount.params"));

        // Exactly one of two keys.
        row("account id and new account",
            with(withAccount({}), QStringLiteral("source.baseConnectionId"), "c6d4ee17-6752-4e83-94ee-1767522e83fa"),
            "recipe.idOrCreate", QStringLiteral("source"));
        row("schema neither id nor create", with(base, QStringLiteral("schema"), QJsonObject()), "recipe.idOrCreate",
            QStringLiteral("schema"));
        row("dataset id and create", with(base, QStringLiteral("dataset.id"), "d"), "recipe.idOrCreate",
            QStringLiteral("dataset"));
        row("rule without source nor expression", without(base, QStringLiteral("mapping[0].source")),
            "recipe.sourceOrExpression", QStringLiteral("mapping[0]"));

        // Secrets, wherever they are.
        row("secret: password in the account",
            with(withAccount({}), QStringLiteral("source.newAccount.password"), "S3CR3T"), "recipe.secret",
            QStringLiteral("source.newAccount.password"));
        row("secret: nested in a param",
            withAccount(QJsonObject{
                {QStringLiteral("oauth"), QJsonObject{{QStringLiteral("client_secret"), QStringLiteral("S3CR3T")}}}}),
            "recipe.secret", QStringLiteral("source.newAccount.params.oauth.client_secret"));
        row("secret: in an array of a param",
            withAccount(QJsonObject{{QStringLiteral("keys"),
                                     QJsonArray{QJsonObject{{QStringLiteral("API_KEY"), QStringLiteral("S3CR3T")}}}}}),
            "recipe.secret", QStringLiteral("source.newAccount.params.keys[0].API_KEY"));
        row("secret: in a rule", with(base, QStringLiteral("mapping[0].token"), "S3CR3T"), "recipe.secret",
            QStringLiteral("mapping[0].token"));
        row("secret: at the top", with(base, QStringLiteral("privateKey"), "S3CR3T"), "recipe.secret",
            QStringLiteral("privateKey"));
        row("recipe version 0", with(base, QStringLiteral("recipe"), 0), "recipe.version", QStringLiteral("recipe"));
    }

    void refused()
    {
        QFETCH(QByteArray, recipe);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QList<DraftProblem> problems;
        DataflowDraft::fromRecipe(recipe, &problems);
        bool found = false;
        for (const DraftProblem& problem : std::as_const(problems))
            found = found || (problem.code == code && problem.field == field);
        QVERIFY2(
            found,
            qPrintable(
                QStringLiteral("the reader should report %1@%2, it reports: %3").arg(code, field, describe(problems))));
        const QList<JsonSchemaCheck::Error> errors = schemaErrors(recipe);
        QVERIFY2(!errors.isEmpty(), "the schema accepts it");
        for (const JsonSchemaCheck::Error& error : errors)
            QVERIFY2(!error.description.startsWith(QLatin1String("unusable")), qPrintable(error.description));
    }

    /** Keys of an account's params: secret or not, the reader and the schema tell alike. */
    void accountParamKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("secret");
        for (const char* key : {"clientSecret", "client_secret", "SECRET", "password", "Password2", "passwd",
                                "accessToken", "refresh_token", "TOKEN", "apiKey", "api_key", "api-key", "APIKEY",
                                "privateKey", "private_key", "Private Key", "privatekey", "hubspotApiKey"})
            QTest::newRow(key) << QString::fromLatin1(key) << true;
        for (const char* key : {"clientId", "accessTokenUrl", "tokenURL", "secretUrl", "deltaColumn", "host",
                                "api__key", "private__key", "pass", "username", "authSpecName", ""})
            QTest::newRow(key[0] ? key : "(empty key)") << QString::fromLatin1(key) << false;
    }

    void accountParamKeys()
    {
        QFETCH(QString, key);
        QFETCH(bool, secret);
        QCOMPARE(DataflowDraft::isSecretKey(key), secret);
        const QByteArray recipe = bytesOf(withAccount(QJsonObject{{key, QStringLiteral("S3CR3T")}}));
        QList<DraftProblem> problems;
        DataflowDraft::fromRecipe(recipe, &problems);
        QCOMPARE(problems.isEmpty(), !secret);
        const QList<JsonSchemaCheck::Error> errors = schemaErrors(recipe);
        QVERIFY2(errors.isEmpty() == !secret, qPrintable(JsonSchemaCheck::describe(errors)));
    }

private:
    QList<JsonSchemaCheck::Error> schemaErrors(const QByteArray& recipe) const
    {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(recipe, &error);
        if (error.error != QJsonParseError::NoError)
            return {{QString(), QStringLiteral("not JSON: ") + error.errorString()}};
        const QJsonValue value = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        return JsonSchemaCheck::validate(m_schema, value);
    }

    QJsonObject m_schema;
};

QTEST_GUILESS_MAIN(TestRecipeSchema)
#include "TestRecipeSchema.moc"
