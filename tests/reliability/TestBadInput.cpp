// SPDX-License-Identifier: GPL-3.0-or-later
#include "../unit/TestDraftRecipes.h"
#include "ScriptedServer.h"
#include "ServiceWait.h"
#include "StreamServer.h"
#include "TestNetwork.h"
#include "TestSupport.h"
#include "core/CredentialCheck.h"
#include "core/DateFormats.h"
#include "core/MappingCsv.h"
#include "core/RecipeFile.h"
#include "core/SchemaRules.h"
#include "core/Session.h"
#include "model/DraftValidator.h"
#include "plan/DataflowPlan.h"
#include "plan/PlanRunner.h"
#include "platform/ImsAuth.h"
#include "platform/PlatformClient.h"
#include "secrets/MemorySecretStore.h"
#include "services/CatalogService.h"
#include "services/FlowsService.h"
#include "services/SandboxService.h"
#include "services/SchemaRegistryService.h"
#include "services/SourcesService.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace TestDraftRecipes;

namespace {

const QByteArray kToken = R"({"access_token":"tok-1","token_type":"bearer","expires_in":86399})";
const QString kLong = QString(10000, QLatin1Char('a'));
const QString kControl = QStringLiteral("ab\x01\x07\x1b[31mcd\r\n\t");
const QString kRtl = QStringLiteral("\u202e\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627");
const QString kEmoji = QStringLiteral("\U0001F600\U0001F4A5\u200d\U0001F525");

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray recipeWith(const QString& path, const QJsonValue& value)
{
    return compact(with(designRecipe(), path, value));
}

/** The process's resident memory (VmRSS), in kB; 0 where /proc is missing. */
qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace

/**
 * Issue 12, point 8: bad input is answered, never crashed on. One table per kind of input: recipe files, the values
 * the pages' decisions (app/core, app/model) accept, and server answers to the services, ImsAuth and the plan. Every
 * row asserts a message that names what is wrong (and where: the JSON path, the service or the step), no crash (the
 * CI preset runs this under ASan and UBSan), and, where a write could follow, that none was sent.
 */
class TestBadInput : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<TestNetwork> m_network;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<Session> m_session;

    PlatformConfig config(const QUrl& url) const
    {
        PlatformConfig c;
        c.platformUrl = url;
        c.imsUrl = url;
        c.imsOrg = QStringLiteral("0123456789ABCDEF01234567@AdobeOrg");
        c.clientId = QStringLiteral("a1b2c3");
        c.sandbox = QStringLiteral("prod");
        c.timeoutMs = 2000;
        c.retryBaseDelayMs = 10;
        c.maxRetries = 1;
        return c;
    }

    void startSession(const PlatformConfig& c)
    {
        m_session = std::make_unique<Session>(m_network->get(), m_secrets.get());
        m_session->setConfig(c);
        m_session->auth()->setClientSecret(QStringLiteral("s3cret"));
    }

    static void verifyMessage(const QString& message, const QString& expected)
    {
        QVERIFY2(!message.trimmed().isEmpty(), "no message");
        QVERIFY2(message.contains(expected, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("expected \u201c%1\u201d in: %2").arg(expected, message.left(400))));
        QVERIFY2(message.size() < 4000, qPrintable(QStringLiteral("message of %1 characters").arg(message.size())));
        qInfo().noquote() << "message:" << message.left(300);
    }

private Q_SLOTS:
    void initTestCase() { TestSupport::isolateUserFolders(); }

    void init()
    {
        m_server = std::make_unique<ScriptedServer>();
        QVERIFY(m_server->start());
        m_network = std::make_unique<TestNetwork>();
        m_secrets = std::make_unique<MemorySecretStore>();
        startSession(config(m_server->url()));
    }

    void cleanup()
    {
        m_session.reset();
        m_secrets.reset();
        m_network.reset();
        m_server.reset();
    }

    // --- recipe files ----------------------------------------------------------------------------------------

    void recipes_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected"); ///< in the message: what is wrong, and where
        const QByteArray good = compact(designRecipe());
        QTest::newRow("recipe: empty file") << QByteArray() << "JSON";
        QTest::newRow("recipe: not JSON") << QByteArray("recipe = 1\nplatform: prod\n") << "JSON";
        QTest::newRow("recipe: truncated") << good.left(good.size() / 2) << "JSON";
        QTest::newRow("recipe: a JSON array") << QByteArray("[1, 2, 3]") << "object";
        QTest::newRow("recipe: version a string")
            << recipeWith(QStringLiteral("recipe"), QStringLiteral("1")) << "recipe";
        QTest::newRow("recipe: unknown version") << recipeWith(QStringLiteral("recipe"), 99) << "99";
        QTest::newRow("recipe: mapping an object")
            << recipeWith(QStringLiteral("mapping"), QJsonObject{{QStringLiteral("a"), 1}}) << "mapping";
        QTest::newRow("recipe: interval a string")
            << recipeWith(QStringLiteral("dataflow.schedule.interval"), QStringLiteral("one")) << "interval";
        QTest::newRow("recipe: platform a number") << recipeWith(QStringLiteral("platform"), 3) << "platform";
        QTest::newRow("recipe: huge dataflow name")
            << recipeWith(QStringLiteral("dataflow.name"), QString(5 * 1024 * 1024, QLatin1Char('n')))
            << "dataflow.name: At most 256 characters";
        QByteArray deep = R"({"recipe":1,"platform":)";
        deep += QByteArray(10000, '[') + QByteArray(10000, ']') + "}";
        QTest::newRow("recipe: nesting depth 10000") << deep << "JSON";
        QTest::newRow("recipe: bare nesting depth 10000") << QByteArray(10000, '[') + QByteArray(10000, ']') << "JSON";
        QByteArray nul = good;
        nul.insert(good.size() / 3, QByteArray("\0\0\0", 3));
        QTest::newRow("recipe: NUL bytes in the file") << nul << "Control characters";
        QTest::newRow("recipe: NUL in a value")
            << recipeWith(QStringLiteral("dataflow.name"), QStringLiteral("a%1b").arg(QChar(0)))
            << "dataflow.name: Control characters";
        QByteArray badUtf8 = good;
        badUtf8.replace("HubSpot contacts to Platform", "HubSpot \xc3\x28\xff\xfe contacts");
        QTest::newRow("recipe: invalid UTF-8") << badUtf8 << "UTF8";
        QJsonArray rules;
        for (int i = 0; i < 100000; ++i)
            rules.append(QJsonObject{{QStringLiteral("source"), QStringLiteral("Col%1").arg(i)},
                                     {QStringLiteral("destination"), QStringLiteral("_tenant.f%1").arg(i)}});
        QTest::newRow("recipe: 100 000 mapping rules")
            << recipeWith(QStringLiteral("mapping"), rules) << "mapping: A mapping has at most 10000 rules";
        QTest::newRow("recipe: http Platform URL")
            << recipeWith(QStringLiteral("platform.platformUrl"), QStringLiteral("http://platform.example.com"))
            << "platform.platformUrl";
        QTest::newRow("recipe: http IMS URL")
            << recipeWith(QStringLiteral("platform.imsUrl"), QStringLiteral("http://ims.example.com/x"))
            << "platform.imsUrl";
        QTest::newRow("recipe: control characters in the sandbox")
            << recipeWith(QStringLiteral("platform.sandbox"), kControl) << "platform.sandbox";
        QTest::newRow("recipe: emoji destination")
            << recipeWith(QStringLiteral("mapping[0].destination"), kEmoji) << "mapping[0].destination";
        QTest::newRow("recipe: secret key in the recipe")
            << recipeWith(QStringLiteral("platform.clientSecret"), QStringLiteral("p4ss")) << "clientSecret";
    }
    void recipes()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QElapsedTimer clock;
        clock.start();
        // The wizard's Open… and --apply/--validate read recipes differently; both must answer.
        const RecipeFile::Opened opened = RecipeFile::open(content);
        QList<DraftProblem> problems;
        const DataflowDraft draft = DataflowDraft::fromRecipe(content, &problems);
        if (!DraftProblem::hasErrors(problems))
            problems << DraftValidator::validate(draft, FlowSpec::crmToAep(), kNow);
        QStringList lines = opened.problems;
        for (const DraftProblem& problem : std::as_const(problems)) {
            if (problem.isError())
                lines << problem.toString();
        }
        lines.removeDuplicates();
        QVERIFY2(!opened.ok() || DraftProblem::hasErrors(problems), "accepted");
        verifyMessage(lines.join(QLatin1Char('\n')), expected);
        QVERIFY2(clock.elapsed() < 30000, qPrintable(QString::number(clock.elapsed())));
        // The secret of a refused recipe is not repeated in the message.
        QVERIFY(!lines.join(QLatin1Char('\n')).contains(QLatin1String("p4ss")));
    }

    // --- form fields: the decisions behind the pages ------------------------------------------------------

    void fields_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Platform URL: empty") << "platformUrl" << QString() << "Platform";
        QTest::newRow("Platform URL: whitespace") << "platformUrl"
                                                  << "   \t "
                                                  << "Platform";
        QTest::newRow("Platform URL: 10 000 characters") << "platformUrl" << kLong << "Platform";
        QTest::newRow("Platform URL: control characters") << "platformUrl" << kControl << "Platform";
        QTest::newRow("Platform URL: RTL") << "platformUrl" << kRtl << "Platform";
        QTest::newRow("IMS URL: emoji host") << "imsUrl" << QStringLiteral("http://%1.example").arg(kEmoji) << "IMS";
        QTest::newRow("IMS URL: javascript") << "imsUrl"
                                             << "javascript:alert(1)"
                                             << "IMS";
        QTest::newRow("organization: emoji") << "imsOrg" << kEmoji << "platform.imsOrg";
        QTest::newRow("organization: 10 000 characters") << "imsOrg" << kLong << "platform.imsOrg";
        QTest::newRow("client ID: whitespace") << "clientId"
                                               << "   "
                                               << "platform.clientId";
        QTest::newRow("sandbox: RTL") << "sandbox" << kRtl << "platform.sandbox";
        QTest::newRow("sandbox: control characters") << "sandbox" << kControl << "platform.sandbox";
        QTest::newRow("schema title: empty") << "schemaTitle" << QString() << "title";
        QTest::newRow("schema title: whitespace") << "schemaTitle"
                                                  << "  \n "
                                                  << "title";
        QTest::newRow("dataset name: whitespace") << "datasetName"
                                                  << " \t"
                                                  << "name";
        QTest::newRow("date format: emoji") << "dateFormat" << kEmoji << "pattern letters";
        QTest::newRow("date format: 10 000 characters") << "dateFormat" << kLong << "At most 256 characters";
        QTest::newRow("date format: control characters") << "dateFormat" << kControl << "Control characters";
        QTest::newRow("date format: empty quote") << "dateFormat"
                                                  << "yyyy-MM-dd 'T"
                                                  << "quote";
        QTest::newRow("schema title: 10 000 characters") << "schemaTitle" << kLong << "At most 256 characters";
        QTest::newRow("schema title: control characters") << "schemaTitle" << kControl << "Control characters";
        QTest::newRow("dataset name: 10 000 characters") << "datasetName" << kLong << "At most 256 characters";
        QTest::newRow("mapping destination: 10 000 characters")
            << "destination" << kLong << "mapping[0].destination: At most 1024 characters";
        QTest::newRow("mapping destination: RTL") << "destination" << kRtl << "mapping[0]";
        QTest::newRow("mapping expression: 10 000 characters") << "expression" << kLong << "mapping[0]";
        QTest::newRow("dataflow name: control characters")
            << "dataflowName" << kControl << "dataflow.name: Control characters";
        QTest::newRow("dataflow name: whitespace") << "dataflowName"
                                                   << "   "
                                                   << "dataflow.name";
    }
    void fields()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QString message;
        const auto problemsText = [](const QList<DraftProblem>& problems) {
            QStringList lines;
            for (const DraftProblem& problem : problems)
                lines << problem.toString();
            return lines.join(QLatin1Char('\n'));
        };
        PlatformConfig c = config(QUrl(QStringLiteral("https://platform.adobe.io")));
        DraftPlatform platform;
        platform.imsOrg = c.imsOrg;
        platform.clientId = c.clientId;
        if (field == QLatin1String("platformUrl") || field == QLatin1String("imsUrl")) {
            (field == QLatin1String("platformUrl") ? c.platformUrl : c.imsUrl) = QUrl(value);
            message = CredentialCheck::urlProblem(c);
            QVERIFY(!CredentialCheck::isComplete(c, QStringLiteral("s3cret")));
        } else if (field == QLatin1String("imsOrg") || field == QLatin1String("clientId")
                   || field == QLatin1String("sandbox")) {
            if (field == QLatin1String("imsOrg"))
                platform.imsOrg = value;
            else if (field == QLatin1String("clientId"))
                platform.clientId = value;
            else
                platform.sandbox = value;
            message = problemsText(DraftValidator::checkPlatform(platform));
        } else if (field == QLatin1String("schemaTitle")) {
            DraftSchema schema;
            schema.create = DraftSchemaCreate{.title = value,
                                              .xdmClass = QStringLiteral("https://ns.adobe.com/xdm/context/profile")};
            message = SchemaRules::schemaProblem(schema);
        } else if (field == QLatin1String("datasetName")) {
            DraftSchema schema;
            schema.create = DraftSchemaCreate{.title = QStringLiteral("t"),
                                              .xdmClass = QStringLiteral("https://ns.adobe.com/xdm/context/profile")};
            DraftDataset dataset;
            dataset.create = DraftDatasetCreate{.name = value};
            message = SchemaRules::datasetProblem(dataset, schema);
        } else if (field == QLatin1String("dateFormat")) {
            // The Schedule page shows the validator's problem, then the samples' verdict (DateFormats).
            const DateFormats::Check verdict = DateFormats::check(
                value, {QStringLiteral("2026-01-02 10:00:00"), QStringLiteral("2026-03-04 11:30:00")});
            message = problemsText(
                          DraftValidator::checkDateFormat(value, QStringLiteral("dataflow.deltaColumn.dateFormat")))
                + verdict.note;
            QCOMPARE(verdict.suggestion, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        } else if (field == QLatin1String("destination") || field == QLatin1String("expression")) {
            MappingRule rule;
            rule.destination = field == QLatin1String("destination") ? value : QStringLiteral("person.name.fullName");
            if (field == QLatin1String("expression"))
                rule.expression = value;
            else
                rule.source = QStringLiteral("Vid");
            message = problemsText(DraftValidator::checkMapping({rule}));
        } else if (field == QLatin1String("dataflowName")) {
            QList<DraftProblem> problems;
            const DataflowDraft draft
                = DataflowDraft::fromJson(with(designRecipe(), QStringLiteral("dataflow.name"), value), &problems);
            message = problemsText(problems) + QLatin1Char('\n')
                + problemsText(DraftValidator::validate(draft, FlowSpec::crmToAep(), kNow));
        } else {
            QFAIL("unknown field");
        }
        verifyMessage(message, expected);
    }

    // --- server answers ----------------------------------------------------------------------------------------

    void serverBodies_data()
    {
        QTest::addColumn<QString>("call"); ///< which service call (or "ims", "plan") reads the answer
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("expected");
        const QByteArray json = "application/json";
        const QByteArray html = "text/html";
        const QByteArray page502 = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>"
                                   "<hr><center>nginx</center></body></html>";
        QTest::newRow("sandboxes: malformed JSON")
            << "sandboxes" << 200 << QByteArray(R"({"sandboxes": [)") << json << "invalid JSON";
        QTest::newRow("sandboxes: list a string")
            << "sandboxes" << 200 << QByteArray(R"({"sandboxes": "prod"})") << json << "sandboxes";
        QTest::newRow("sandboxes: HTML with 200")
            << "sandboxes" << 200 << QByteArray("<html><body>Sign in</body></html>") << html << "invalid JSON";
        QTest::newRow("sandboxes: HTML 502") << "sandboxes" << 502 << page502 << html << "502";
        QTest::newRow("sandboxes: empty body with 200") << "sandboxes" << 200 << QByteArray() << json << "sandboxes";
        QTest::newRow("accounts: items not an array")
            << "accounts" << 200 << QByteArray(R"({"items": {"id": "a"}})") << json << "items";
        QTest::newRow("accounts: items strings")
            << "accounts" << 200 << QByteArray(R"({"items": ["a", "b"]})") << json << "id";
        QTest::newRow("accounts: a JSON string")
            << "accounts" << 200 << QByteArray(R"("items")") << json << "invalid JSON";
        QTest::newRow("connection specs: missing fields")
            << "connectionSpecs" << 200 << QByteArray(R"({"items": [{}]})") << json << "connection spec";
        QTest::newRow("flow spec: items empty")
            << "flowSpec" << 200 << QByteArray(R"({"items": []})") << json << "flow spec";
        QTest::newRow("flow spec: wrong types")
            << "flowSpec" << 200 << QByteArray(R"({"items": [{"id": 5, "name": []}]})") << json << "flow spec";
        QTest::newRow("schema: a string for an object")
            << "schema" << 200 << QByteArray(R"("schema")") << json << "invalid JSON";
        QTest::newRow("schema: properties an array")
            << "schema" << 200 << QByteArray(R"({"$id":"x","properties":[1]})") << json << "schema";
        QTest::newRow("dataset: an empty object") << "dataset" << 200 << QByteArray("{}") << json << "dataset";
        QTest::newRow("dataset: 404 HTML")
            << "dataset" << 404 << QByteArray("<html><body>Not here</body></html>") << html << "404";
        QTest::newRow("IMS: HTML with 200")
            << "ims" << 200 << QByteArray("<html><body>Sign in</body></html>") << html << "IMS";
        QTest::newRow("IMS: empty body with 200") << "ims" << 200 << QByteArray() << json << "IMS";
        QTest::newRow("IMS: expires_in a word")
            << "ims" << 200 << QByteArray(R"({"access_token":"t","expires_in":"soon"})") << json << "expires_in";
        QTest::newRow("IMS: token a number")
            << "ims" << 200 << QByteArray(R"({"access_token":12,"expires_in":100})") << json << "access_token";
        QTest::newRow("IMS: HTML 502") << "ims" << 502 << page502 << html << "502";
        QTest::newRow("plan: malformed JSON to every read")
            << "plan" << 200 << QByteArray(R"({"items": [{)") << json << "invalid JSON";
        QTest::newRow("plan: HTML with 200 to every read")
            << "plan" << 200 << QByteArray("<html>hi</html>") << html << "invalid JSON";
        QTest::newRow("plan: items a string to every read")
            << "plan" << 200 << QByteArray(R"({"items": "none"})") << json << "items";
        QTest::newRow("plan: empty body to every read") << "plan" << 200 << QByteArray() << json << "flow spec";
        // CSV imports: csvImports_data below.
    }

    /** A mapping CSV file (the Mapping page's Import): each bad line reported with its line, the rest kept. */
    void csvImports_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("line"); // the line the problem names (0: the file as a whole)
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("rules"); // the good rules still read
        const QByteArray header("sourceType,source,destination,description\r\n");
        const QByteArray good("ATTRIBUTE,Email,personalEmail.address,\r\n");
        QTest::newRow("csv: empty file") << QByteArray() << 0 << "No header line" << 0;
        QTest::newRow("csv: not a mapping") << QByteArray("a,b,c\r\n1,2,3\r\n") << 1 << "header must name" << 0;
        QTest::newRow("csv: unknown column") << header + good + "ATTRIBUTE,Nosuch,person.name.firstName,\r\n"
                                             << 3 << "no column \u201cNosuch\u201d" << 1;
        QTest::newRow("csv: unknown field") << header + "ATTRIBUTE,First,person.nickname,\r\n" + good << 2
                                            << "no field \u201cperson.nickname\u201d" << 1;
        QTest::newRow("csv: unknown sourceType")
            << header + "CONSTANT,x,person.name.firstName,\r\n" + good << 2 << "Unknown sourceType" << 1;
        QTest::newRow("csv: two rules to one field") << header + good + "ATTRIBUTE,First,personalEmail.address,\r\n"
                                                     << 3 << "already filled by line 2" << 1;
        QTest::newRow("csv: too many fields") << header + good + "ATTRIBUTE,First,person.name.firstName,d,extra\r\n"
                                              << 3 << "fields where the header has" << 1;
        QTest::newRow("csv: unclosed quote") << header + good + "ATTRIBUTE,\"First,person.name.firstName,\r\n"
                                             << 3 << "not closed" << 1;
        QTest::newRow("csv: stray quote") << header + good + "ATTRIBUTE,Fi\"rst,person.name.firstName,\r\n"
                                          << 3 << "quote inside a field" << 1;
        QTest::newRow("csv: not UTF-8") << header + good + "ATTRIBUTE,\xff\xfe,person.name.firstName,\r\n"
                                        << 0 << "not UTF-8" << 1;
        QTest::newRow("csv: empty calculated field") << header + good + "EXPRESSION,,person.name.firstName,\r\n"
                                                     << 3 << "calculated field is empty" << 1;
        QTest::newRow("csv: a 5000-character calculated field") << header + good + "EXPRESSION," + QByteArray(5000, 'a')
                + ",person.name.firstName,\r\n" << 3 << "4096" << 1;
        static const char withNul[] = "ATTRIBUTE,\0\0,person.name.firstName,\r\n";
        QTest::newRow("csv: NUL bytes") << header + good + QByteArray(withNul, sizeof withNul - 1) << 3 << "no column"
                                        << 1;
    }
    void csvImports()
    {
        QFETCH(QByteArray, file);
        QFETCH(int, line);
        QFETCH(QString, expected);
        QFETCH(int, rules);
        const QStringList columns{QStringLiteral("Email"), QStringLiteral("First")};
        const QSet<QString> fields{QStringLiteral("personalEmail.address"), QStringLiteral("person.name.firstName")};
        const MappingCsv::Import import = MappingCsv::read(file, columns, fields);
        QStringList said;
        bool found = false;
        for (const MappingCsv::Problem& problem : import.problems) {
            said << QStringLiteral("line %1: %2").arg(problem.line).arg(problem.message);
            found = found || (problem.line == line && problem.message.contains(expected));
        }
        QVERIFY2(found, qPrintable(said.join(QLatin1Char('\n'))));
        QCOMPARE(import.rules.size(), rules);
        for (const MappingRule& rule : import.rules)
            QVERIFY(columns.contains(rule.source) && fields.contains(rule.destination));
    }
    void serverBodies()
    {
        QFETCH(QString, call);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, expected);
        const ScriptedResponse bad{status, body, contentType};
        m_server->setFallback([call, bad](const RecordedRequest& r) {
            if (r.path == QLatin1String("/ims/token/v3"))
                return call == QLatin1String("ims") ? bad : ScriptedResponse::json(200, kToken);
            return bad;
        });
        PlatformClient* client = m_session->client();
        QString message;
        if (call == QLatin1String("sandboxes")) {
            message = TestSupport::awaitJob(SandboxService(client).list()).error.toString();
        } else if (call == QLatin1String("accounts")) {
            message
                = TestSupport::awaitJob(SourcesService(client).allAccounts(QStringLiteral("spec"))).error.toString();
        } else if (call == QLatin1String("connectionSpecs")) {
            message = TestSupport::awaitJob(SourcesService(client).connectionSpecs()).error.toString();
        } else if (call == QLatin1String("flowSpec")) {
            message = TestSupport::awaitJob(FlowsService(client).flowSpec()).error.toString();
        } else if (call == QLatin1String("schema")) {
            message = TestSupport::awaitJob(SchemaRegistryService(client).fullSchema(
                                                QStringLiteral("https://ns.adobe.com/tenant/schemas/abc")))
                          .error.toString();
        } else if (call == QLatin1String("dataset")) {
            message = TestSupport::awaitJob(CatalogService(client).dataset(QStringLiteral("ds1"))).error.toString();
        } else if (call == QLatin1String("ims")) {
            const auto token = TestSupport::await(m_session->auth()->token());
            QVERIFY(token.finished);
            QVERIFY(token.token.isEmpty());
            message = token.error.toString();
        } else if (call == QLatin1String("plan")) {
            QTemporaryDir journals;
            QList<DraftProblem> parsed;
            PlanRunner runner(client, DataflowPlan::build(DataflowDraft::fromJson(designRecipe(), &parsed)));
            runner.setJournalFolder(journals.path());
            QSignalSpy finished(&runner, &PlanRunner::finished);
            runner.start();
            QVERIFY(finished.wait(30000) || finished.count() == 1);
            QVERIFY(!runner.ok());
            QStringList lines{runner.failedTitle(), runner.error().toString()};
            for (const DraftProblem& problem : runner.problems())
                lines << problem.toString();
            message = lines.join(QLatin1Char('\n'));
        } else {
            QFAIL("unknown call");
        }
        verifyMessage(message, expected);
        QVERIFY2(!message.contains(QLatin1String("s3cret")), qPrintable(message));
        // Nothing was written because of a bad answer (a plan's new schema goes alongside its checks, before any).
        for (const RecordedRequest& r : m_server->requests())
            QVERIFY2(TestSupport::allowedBeforeTheChecksPass(QString::fromLatin1(r.method), r.path),
                     qPrintable(QStringLiteral("%1 %2 sent").arg(QString::fromLatin1(r.method), r.path)));
    }

    // --- answers too long, endless or stalled -----------------------------------------------------------------

    void streams_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("ims"); ///< the token request reads it, else a Platform read
        QTest::addColumn<QString>("expected");
        QTest::newRow("Platform: 400 MB announced") << int(StreamServer::Mode::Huge) << false << "larger than 8 MB";
        QTest::newRow("Platform: 400 MB streamed, unannounced")
            << int(StreamServer::Mode::HugeUnannounced) << false << "larger than 8 MB";
        QTest::newRow("Platform: endless chunked") << int(StreamServer::Mode::Endless) << false << "larger than 8 MB";
        QTest::newRow("Platform: stalls") << int(StreamServer::Mode::Stall) << false << "did not answer within";
        QTest::newRow("IMS: 400 MB streamed, unannounced")
            << int(StreamServer::Mode::HugeUnannounced) << true << "larger than 1 MB";
        QTest::newRow("IMS: endless chunked") << int(StreamServer::Mode::Endless) << true << "larger than 1 MB";
        QTest::newRow("IMS: stalls") << int(StreamServer::Mode::Stall) << true << "did not answer within";
    }
    void streams()
    {
        QFETCH(int, mode);
        QFETCH(bool, ims);
        QFETCH(QString, expected);
        StreamServer stream(StreamServer::Mode(mode), 400LL * 1024 * 1024);
        QVERIFY(stream.start());
        m_server->setFallback([](const RecordedRequest&) { return ScriptedResponse::json(200, kToken); });
        PlatformConfig c = config(ims ? m_server->url() : stream.url());
        c.imsUrl = ims ? stream.url() : m_server->url();
        c.maxReplyBytes = 8LL * 1024 * 1024;
        // A stall ends with the timeout; the others must end at the cap long before theirs.
        c.timeoutMs = StreamServer::Mode(mode) == StreamServer::Mode::Stall ? 1500 : 30000;
        startSession(c);
        // Resident memory sampled while the answer comes: its peak, not the process's (earlier rows raised that).
        const qint64 before = residentKb();
        qint64 peak = before;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [&peak] { peak = qMax(peak, residentKb()); });
        sampler.start(5);
        QElapsedTimer clock;
        clock.start();
        const auto result
            = TestSupport::await(m_session->client()->get(QStringLiteral("/data/foundation/catalog/dataSets")));
        QVERIFY(result.finished);
        verifyMessage(result.error.toString(), expected);
        QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(result.body.isEmpty());
        // Stopped at the cap: far less than the 400 MB was sent, and far less held.
        QVERIFY2(stream.bytesSent() < 100LL * 1024 * 1024, qPrintable(QString::number(stream.bytesSent())));
        sampler.stop();
        const qint64 grownKb = peak - before;
        qInfo() << "sent" << stream.bytesSent() / 1024 << "kB; peak memory grew by" << grownKb << "kB in"
                << clock.elapsed() << "ms";
        QVERIFY2(grownKb < 100 * 1024, qPrintable(QString::number(grownKb)));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "TestBadInput.moc"
