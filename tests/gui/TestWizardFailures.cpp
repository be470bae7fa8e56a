// SPDX-License-Identifier: GPL-3.0-or-later
#include "InlineMessage.h"
#include "TestSupport.h"
#include "WizardDriver.h"
#include "core/RecipeFile.h"
#include "core/WizardState.h"
#include "platform/ImsAuth.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTreeWidget>

/** What the user sees when the Platform fails: banners with the Platform's words, Retry, Clean up, token renewal. */
class TestWizardFailures : public QObject
{
    Q_OBJECT

    static QString stepStatus(WizardDriver& d, const QString& stepId)
    {
        auto* steps = d.find<QTreeWidget>("planTreeWidget");
        for (int i = 0; i < steps->topLevelItemCount(); ++i) {
            if (steps->topLevelItem(i)->data(0, Qt::UserRole).toString() == stepId)
                return steps->topLevelItem(i)->text(1);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { TestSupport::isolateUserFolders(); }

    void unauthorizedOnSourcePage()
    {
        WizardDriver d;
        QVERIFY(d.platform.addFault(QStringLiteral("GET:/data/foundation/flowservice/connectionSpecs=401,count=1")));
        QVERIFY(d.goTo(PageId::Source));
        auto* banner = d.find<InlineMessage>("sourceMessage");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && banner->type() == InlineMessage::Type::Error, 10000);
        QVERIFY(!banner->text().isEmpty());
        QVERIFY(banner->details().contains(QLatin1String("401")));
        QVERIFY(!d.next()->isEnabled());
        // Retry once the Platform answers again: the sources appear, nothing else to redo.
        QTest::mouseClick(banner->findChild<QPushButton*>(QStringLiteral("retryButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(d.find<QListWidget>("sourceList")->count() >= 5, 10000);
        QVERIFY(!banner->isVisible());
    }

    void recipeRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("contacts.json"));
        WizardDriver d;
        d.walkTo(PageId::Review);
        QString error;
        QVERIFY2(d.wizard->saveRecipe(path, &error), qPrintable(error));
        const DataflowDraft saved = d.wizard->state()->draft();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains("hub-key")); // the account's keys never reach a recipe
        QVERIFY(!text.contains("demo-client-secret"));

        // A bad recipe says what is wrong and where, and changes nothing.
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        QJsonObject json = saved.toJson();
        QJsonObject dataflow = json.value("dataflow").toObject();
        dataflow.insert(QStringLiteral("frequence"), 1);
        json.insert(QStringLiteral("dataflow"), dataflow);
        badFile.write(QJsonDocument(json).toJson());
        badFile.close();
        QStringList problems;
        QVERIFY(!d.wizard->openRecipe(bad, &problems));
        QVERIFY2(problems.join(QLatin1Char(' ')).contains(QLatin1String("dataflow.frequence")),
                 qPrintable(problems.join(QLatin1Char(' '))));
        QCOMPARE(d.wizard->currentId(), int(PageId::Review));
        QVERIFY(d.wizard->state()->draft() == saved);

        // Opening the good one starts again from the first page, prefilled down to the table and the schedule.
        problems.clear();
        QVERIFY2(d.wizard->openRecipe(path, &problems), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(d.wizard->currentId(), int(PageId::Credentials));
        QCOMPARE(QJsonDocument(d.wizard->state()->draft().toJson()).toJson(), QJsonDocument(saved.toJson()).toJson());
        QCOMPARE(d.find<QLineEdit>("imsOrgLineEdit")->text(), saved.platform.imsOrg);
        QCOMPARE(d.find<QLineEdit>("clientIdLineEdit")->text(), saved.platform.clientId);
        QVERIFY(d.goTo(PageId::Source));
        QTRY_VERIFY_WITH_TIMEOUT(d.next()->isEnabled(), 10000);
        QVERIFY(d.goTo(PageId::Table));
        QTRY_VERIFY_WITH_TIMEOUT(d.next()->isEnabled(), 10000);
        QCOMPARE(d.find<QListWidget>("tableList")->currentItem()->text(), saved.source.path);
        QCOMPARE(d.wizard->state()->draft().source.baseConnectionId, saved.source.baseConnectionId);

        // A new wizard (the program started with the recipe) finds the account among the existing ones.
        Session session(d.network.get(), &d.secrets);
        DataflowWizard fresh(&session);
        QVERIFY(fresh.openRecipe(path, &problems));
        fresh.credentialsPage()->prefill(d.session->config(), EmulatorOptions().clientSecret);
        fresh.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fresh));
        QTest::mouseClick(fresh.button(QWizard::NextButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(fresh.currentId(), int(PageId::Source), 10000);
        // The recipe names a new account: the form comes back with its name and client ID, the secrets to type.
        auto* name = fresh.findChild<QLineEdit*>(QStringLiteral("accountNameLineEdit"));
        QTRY_COMPARE_WITH_TIMEOUT(name->text(), saved.source.newAccount->name, 10000);
        QVERIFY(fresh.findChild<QRadioButton*>(QStringLiteral("newAccountRadio"))->isChecked());
        QCOMPARE(fresh.findChild<QLineEdit*>(QStringLiteral("auth_clientId"))->text(), QStringLiteral("hub-app"));
        QVERIFY(fresh.findChild<QLineEdit*>(QStringLiteral("auth_clientSecret"))->text().isEmpty());
        QVERIFY(!fresh.button(QWizard::NextButton)->isEnabled());
    }

    void savingAndOpeningARecipeSayWhatHappened()
    {
        QTemporaryDir dir;
        WizardDriver d;
        QVERIFY(d.goTo(PageId::Source));
        QTRY_VERIFY_WITH_TIMEOUT(d.find<QRadioButton>("newAccountRadio")->isChecked(), 10000); // HubSpot chosen
        const QString path = dir.filePath(QStringLiteral("contacts.json"));
        d.wizard->saveRecipeAndTell(path);
        auto* saved = d.wizard->findChild<QMessageBox*>(QStringLiteral("recipeConfirmation"));
        QVERIFY(saved && saved->isVisible());
        QVERIFY2(saved->text().contains(QDir::toNativeSeparators(path)), qPrintable(saved->text()));
        saved->button(QMessageBox::Ok)->click();
        QTRY_VERIFY(!d.wizard->findChild<QMessageBox*>(QStringLiteral("recipeConfirmation")));

        d.wizard->openRecipeAndTell(path);
        auto* opened = d.wizard->findChild<QMessageBox*>(QStringLiteral("recipeConfirmation"));
        QVERIFY(opened && opened->isVisible());
        QVERIFY2(opened->text().contains(QLatin1String("is open")), qPrintable(opened->text()));
        opened->button(QMessageBox::Ok)->click();
        QTRY_VERIFY(!d.wizard->findChild<QMessageBox*>(QStringLiteral("recipeConfirmation")));

        // A file that is no recipe: said in a box naming the file; the wizard stays where it was.
        const QString notRecipe = dir.filePath(QStringLiteral("notes.json"));
        QFile file(notRecipe);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        d.wizard->openRecipeAndTell(notRecipe);
        auto* problem = d.wizard->findChild<QMessageBox*>(QStringLiteral("recipeProblemBox"));
        QVERIFY(problem && problem->isVisible());
        QVERIFY2(problem->text().contains(notRecipe) && problem->text().contains(QLatin1String("nothing was changed")),
                 qPrintable(problem->text()));
        problem->button(QMessageBox::Ok)->click();
        QTRY_VERIFY(!d.wizard->findChild<QMessageBox*>(QStringLiteral("recipeProblemBox")));
        // A folder that cannot be written to: said, and the draft still counts as unsaved.
        d.wizard->saveRecipeAndTell(dir.filePath(QStringLiteral("no/such/folder/r.json")));
        problem = d.wizard->findChild<QMessageBox*>(QStringLiteral("recipeProblemBox"));
        QVERIFY(problem && problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("could not be saved")), qPrintable(problem->text()));
        problem->button(QMessageBox::Ok)->click();
    }

    void aRecipeWhosePlatformGivesNoAnswerOffersTheCurrentOne()
    {
        QTemporaryDir dir;
        WizardDriver d;
        QVERIFY(d.goTo(PageId::Source));
        QTRY_VERIFY_WITH_TIMEOUT(d.find<QRadioButton>("newAccountRadio")->isChecked(), 10000); // HubSpot chosen
        const QString path = dir.filePath(QStringLiteral("elsewhere.json"));
        QString error;
        QVERIFY2(d.wizard->saveRecipe(path, &error), qPrintable(error));
        // The recipe names a Platform at an address where nothing listens.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString nowhere = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonObject platform = json.value(QLatin1String("platform")).toObject();
        platform.insert(QStringLiteral("platformUrl"), nowhere);
        platform.insert(QStringLiteral("imsUrl"), nowhere);
        json.insert(QStringLiteral("platform"), platform);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(json).toJson());
        file.close();

        QStringList problems;
        QVERIFY2(d.wizard->openRecipe(path, &problems), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(d.wizard->currentId(), int(PageId::Credentials));
        QCOMPARE(d.find<QLineEdit>("platformUrlLineEdit")->text(), nowhere);
        auto* secret = d.find<QLineEdit>("clientSecretLineEdit");
        secret->clear();
        QTest::keyClicks(secret, EmulatorOptions().clientSecret);
        QTest::mouseClick(d.next(), Qt::LeftButton);
        auto* banner = d.find<InlineMessage>("credentialsMessage");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && banner->type() == InlineMessage::Type::Error, 15000);
        QVERIFY2(banner->text().contains(nowhere), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QLatin1String("IMS URL")), qPrintable(banner->text()));
        QCOMPARE(d.wizard->currentId(), int(PageId::Credentials));
        // One click uses the addresses that worked before the recipe, and goes on.
        auto* use = d.find<QPushButton>("useOtherUrlsButton");
        QVERIFY2(use->text().contains(d.platform.baseUrl().toString()), qPrintable(use->text()));
        QTest::mouseClick(use, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(d.wizard->currentId(), int(PageId::Source), 15000);
        QCOMPARE(d.find<QLineEdit>("platformUrlLineEdit")->text(), d.platform.baseUrl().toString());
        QCOMPARE(d.session->config().platformUrl, d.platform.baseUrl());
    }

    void aRecipeSavedOnEveryPageOpensInANewWizard()
    {
        QTemporaryDir dir;
        WizardDriver d;
        QStringList failures;
        QList<PageId> visited;
        const QString missed = d.tour([&](PageId page) {
            visited << page;
            const QString path = dir.filePath(QStringLiteral("page%1.json").arg(int(page)));
            QString error;
            if (!d.wizard->saveRecipe(path, &error)) {
                failures << error;
                return false;
            }
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return false;
            const RecipeFile::Opened saved = RecipeFile::open(file.readAll());
            Session session(d.network.get(), &d.secrets);
            DataflowWizard fresh(&session);
            QStringList problems;
            if (!fresh.openRecipe(path, &problems))
                failures << QStringLiteral("page %1: %2").arg(int(page)).arg(problems.join(QLatin1String("; ")));
            else if (!(fresh.state()->draft() == saved.draft))
                failures << QStringLiteral("page %1: the new wizard's draft differs from the recipe").arg(int(page));
            else if (saved.draft.platform.clientId != d.wizard->state()->draft().platform.clientId)
                failures << QStringLiteral("page %1: the credential is not in the recipe").arg(int(page));
            return page != PageId::Review;
        });
        QVERIFY2(missed.isEmpty(), qPrintable(missed));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QCOMPARE(visited.size(), int(PageId::Review) - int(PageId::Credentials) + 1);
    }

    void closingWithNothingEnteredAsksNothing()
    {
        WizardDriver d;
        QTest::keyClick(d.wizard.get(), Qt::Key_Escape);
        QTRY_VERIFY(!d.wizard->isVisible());
        QVERIFY(!d.wizard->findChild<QMessageBox*>(QStringLiteral("discardBox")));
    }

    void escapeAndCancelAskBeforeDiscarding()
    {
        WizardDriver d;
        d.walkTo(PageId::Table); // on the Schema page: the new account was made on the Platform to show its tables
        QCOMPARE(d.platform.counts().value(QLatin1String("connections")).toInt(), 1);
        QTest::keyClick(d.wizard.get(), Qt::Key_Escape);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = d.wizard->findChild<QMessageBox*>(QStringLiteral("discardBox"))) != nullptr);
        QVERIFY(d.wizard->isVisible());
        // Keep editing: nothing is lost, the page is where it was.
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("keepEditingButton")), Qt::LeftButton);
        QTRY_VERIFY(!d.wizard->findChild<QMessageBox*>(QStringLiteral("discardBox")));
        QVERIFY(d.wizard->isVisible());
        QCOMPARE(d.wizard->currentId(), int(PageId::Schema));
        QVERIFY(d.wizard->state()->draft().source.newAccount.has_value());

        // Cancel asks the same; Discard closes, and the account made only for browsing goes with the wizard.
        QTest::mouseClick(d.wizard->button(QWizard::CancelButton), Qt::LeftButton);
        QTRY_VERIFY((box = d.wizard->findChild<QMessageBox*>(QStringLiteral("discardBox"))) != nullptr);
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("discardButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!d.wizard->isVisible(), 10000);
        QCOMPARE(d.platform.counts().value(QLatin1String("connections")).toInt(), 0);
    }

    void aSavedRecipeIsNotAskedAgain()
    {
        QTemporaryDir dir;
        WizardDriver d;
        d.walkTo(PageId::Table);
        QString error;
        QVERIFY2(d.wizard->saveRecipe(dir.filePath(QStringLiteral("r.json")), &error), qPrintable(error));
        QTest::keyClick(d.wizard.get(), Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!d.wizard->isVisible(), 10000);
        QVERIFY(!d.wizard->findChild<QMessageBox*>(QStringLiteral("discardBox")));
    }

    void aRecipeSavedOnAnyPageHoldsEverythingEntered()
    {
        QTemporaryDir dir;
        WizardDriver d;
        const auto saveHere = [&](const QString& name) {
            QString error;
            const QString path = dir.filePath(name);
            if (!d.wizard->saveRecipe(path, &error))
                qFatal("%s", qPrintable(error));
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(path));
            QList<DraftProblem> problems;
            const DataflowDraft draft = DataflowDraft::fromRecipe(file.readAll(), &problems);
            QStringList errors;
            for (const DraftProblem& problem : std::as_const(problems))
                if (problem.isError())
                    errors << problem.toString();
            if (!errors.isEmpty())
                qFatal("%s: %s", qPrintable(name), qPrintable(errors.join(QLatin1String("; "))));
            return draft;
        };
        d.walkTo(PageId::Schema); // on the Dataset page
        QCOMPARE(d.wizard->currentId(), int(PageId::Dataset));
        // Typed on the Dataset page, not yet confirmed with Next.
        QTest::mouseClick(d.find<QRadioButton>("newDatasetRadio"), Qt::LeftButton);
        auto* name = d.find<QLineEdit>("datasetNameLineEdit");
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Contacts for the spring campaign"));
        const DataflowDraft onDataset = saveHere(QStringLiteral("dataset.json"));
        QVERIFY(onDataset.dataset.create.has_value());
        QCOMPARE(onDataset.dataset.create->name, QStringLiteral("Contacts for the spring campaign"));
        QVERIFY(onDataset.schema.create.has_value()); // and what earlier pages chose
        QCOMPARE(onDataset.source.path, QStringLiteral("Hubspot.Contacts"));
        for (PageId page : {PageId::Mapping, PageId::Schedule, PageId::Review}) {
            QVERIFY(d.goTo(page, 30000));
            const DataflowDraft saved = saveHere(QStringLiteral("page%1.json").arg(int(page)));
            if (page != PageId::Mapping) // from the Schedule page on, the draft names the dataflow itself
                QVERIFY2(saved == d.wizard->state()->draft(), qPrintable(QString::number(int(page))));
            QCOMPARE(saved.mapping, d.wizard->state()->draft().mapping);
            QCOMPARE(saved.dataset.create->name, QStringLiteral("Contacts for the spring campaign"));
        }
        QVERIFY(!d.wizard->state()->draft().mapping.isEmpty());
    }

    void expiredTokenIsRenewedSilently()
    {
        WizardDriver d;
        QVERIFY(d.goTo(PageId::Source));
        QTRY_VERIFY_WITH_TIMEOUT(d.find<QListWidget>("sourceList")->count() >= 5, 10000);
        // The token stops working: the next call gets 401013, a new token is minted and the call replayed.
        QVERIFY(d.platform.addFault(QStringLiteral("*=expire-token,after=0")));
        auto* banner = d.find<InlineMessage>("sourceMessage");
        d.find<QListWidget>("sourceList")->setCurrentRow(1);
        QTest::qWait(1500);
        QVERIFY2(!banner->isVisible() || banner->type() != InlineMessage::Type::Error, qPrintable(banner->text()));
        QVERIFY(d.session->auth()->mintCount() >= 2);
    }

    void failingCreateThenRetry()
    {
        WizardDriver d;
        d.walkTo(PageId::Review);
        QCOMPARE(d.wizard->currentId(), int(PageId::Review));
        // Two 500s: the plan looks for the flow after the first (its outcome is unknown), creates it again, then stops.
        QVERIFY(d.platform.addFault(QStringLiteral("POST:/data/foundation/flowservice/flows=500,count=2")));
        QTest::mouseClick(d.next(), Qt::LeftButton);
        auto* banner = d.find<InlineMessage>("reviewMessage");
        QTRY_VERIFY_WITH_TIMEOUT(banner->type() == InlineMessage::Type::Error, 30000);
        QCOMPARE(d.wizard->currentId(), int(PageId::Review));
        QVERIFY(banner->text().contains(QLatin1String("dataflow")));
        QCOMPARE(stepStatus(d, QStringLiteral("flow")), QStringLiteral("Failed"));
        QCOMPARE(stepStatus(d, QStringLiteral("dataset")), QStringLiteral("Done"));
        // Retry goes on from there: nothing is made twice.
        QTest::mouseClick(banner->findChild<QPushButton*>(QStringLiteral("retryButton")), Qt::LeftButton);
        QVERIFY(d.watchRuns());
        QTRY_COMPARE_WITH_TIMEOUT(d.wizard->currentId(), int(PageId::Runs), 30000);
        const QJsonObject counts = d.platform.counts();
        for (const char* kind :
             {"sourceConnections", "targetConnections", "flows", "dataSets", "mappingSets", "schemas"})
            QVERIFY2(counts.value(QLatin1String(kind)).toInt() == 1, kind);
    }

    void createStopsOnATypeMismatchBeforeTheFirstWrite()
    {
        // Create runs the checks of --apply first (PlanRunner's DraftCheck). A rule the Mapping page would refuse,
        // set behind its back (as a schema changed since would make it): a boolean column onto a date field. The
        // account is still to create (no connection to explore yet): the columns the Table page read are judged.
        WizardDriver d;
        d.walkTo(PageId::Review);
        QList<MappingRule> rules = d.wizard->state()->draft().mapping;
        const qsizetype row = rules.size();
        rules << MappingRule{QStringLiteral("Is_Contact"), QString(), QStringLiteral("person.birthDate")};
        d.wizard->state()->setMapping(rules, true);
        const qsizetype logged = d.platform.requestLog().size();
        QTest::mouseClick(d.next(), Qt::LeftButton);
        auto* banner = d.find<InlineMessage>("reviewMessage");
        QTRY_VERIFY2_WITH_TIMEOUT(banner->type() == InlineMessage::Type::Error,
                                  qPrintable(QStringLiteral("page %1, %2 rules, banner: %3")
                                                 .arg(d.wizard->currentId())
                                                 .arg(d.wizard->state()->draft().mapping.size())
                                                 .arg(banner->text())),
                                  30000);
        QCOMPARE(d.wizard->currentId(), int(PageId::Review));
        QVERIFY2(banner->text().contains(QStringLiteral("mapping[%1].source").arg(row))
                     && banner->text().contains(QLatin1String("person.birthDate")),
                 qPrintable(banner->text()));
        const QJsonArray log = d.platform.requestLog();
        for (qsizetype i = logged; i < log.size(); ++i) {
            const QJsonObject entry = log.at(i).toObject();
            const QString method = entry.value("method").toString(), path = entry.value("path").toString();
            QVERIFY2(TestSupport::allowedBeforeTheChecksPass(method, path), qPrintable(method + ' ' + path));
        }
        const QJsonObject counts = d.platform.counts();
        for (const char* kind :
             {"sourceConnections", "targetConnections", "flows", "dataSets", "mappingSets", "schemas"})
            QVERIFY2(counts.value(QLatin1String(kind)).toInt() == 0, kind);
    }

    void refusedKeysThenFixed()
    {
        WizardDriver d;
        QVERIFY(d.goTo(PageId::Source));
        QTRY_VERIFY_WITH_TIMEOUT(d.find<QRadioButton>("newAccountRadio")->isChecked(), 10000);
        QTest::keyClicks(d.find<QLineEdit>("auth_clientId"), QStringLiteral("hub-app"));
        QTest::keyClicks(d.find<QLineEdit>("auth_clientSecret"), QStringLiteral("hub-key"));
        QTest::keyClicks(d.find<QLineEdit>("auth_accessToken"), QStringLiteral("invalid")); // the emulator refuses it
        QVERIFY(!d.next()->isEnabled()); // the refresh token is still missing
        QTest::mouseClick(d.find<QPushButton>("connectAccountButton"), Qt::LeftButton);
        auto* sourceBanner = d.find<InlineMessage>("sourceMessage");
        QCOMPARE(sourceBanner->type(), InlineMessage::Type::Error);
        QVERIFY2(sourceBanner->text().contains(QLatin1String("Refresh token")), qPrintable(sourceBanner->text()));
        QTest::keyClicks(d.find<QLineEdit>("auth_refreshToken"), QStringLiteral("hub-key"));
        QVERIFY(d.goTo(PageId::Table));
        // Made to list its tables, tested, refused: said on the Table page, no table offered.
        auto* banner = d.find<InlineMessage>("tableMessage");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && banner->type() == InlineMessage::Type::Error, 10000);
        QVERIFY2(banner->text().contains(QLatin1String("refused")), qPrintable(banner->text()));
        QCOMPARE(d.find<QListWidget>("tableList")->count(), 0);
        QVERIFY(!d.next()->isEnabled());
        // Back, the right key, Next: the refused account is deleted and a new one made.
        QTest::mouseClick(d.wizard->button(QWizard::BackButton), Qt::LeftButton);
        QLineEdit* token = d.find<QLineEdit>("auth_accessToken");
        token->clear();
        QTest::keyClicks(token, QStringLiteral("hub-access"));
        QVERIFY(d.goTo(PageId::Table));
        QTRY_VERIFY_WITH_TIMEOUT(d.find<QListWidget>("tableList")->count() >= 4, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(d.platform.counts().value(QLatin1String("connections")).toInt(), 1, 10000);
        QVERIFY(d.wizard->state()->draft().source.newAccount.has_value());
    }

    void failingCreateThenCleanUp()
    {
        WizardDriver d;
        d.walkTo(PageId::Review);
        QVERIFY(d.platform.addFault(QStringLiteral("POST:/data/foundation/flowservice/flows=500,count=always")));
        QTest::mouseClick(d.next(), Qt::LeftButton);
        auto* banner = d.find<InlineMessage>("reviewMessage");
        QTRY_VERIFY_WITH_TIMEOUT(banner->type() == InlineMessage::Type::Error, 30000);
        QCOMPARE(d.platform.counts().value(QLatin1String("dataSets")).toInt(), 1);
        QCOMPARE(stepStatus(d, QStringLiteral("baseConnection")), QStringLiteral("Done")); // the plan's, like the rest
        QTest::mouseClick(banner->findChild<QPushButton*>(QStringLiteral("cleanUpButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(banner->type() == InlineMessage::Type::Positive, 30000);
        const QJsonObject counts = d.platform.counts();
        for (const char* kind : {"sourceConnections", "targetConnections", "flows", "dataSets", "schemas"})
            QVERIFY2(
                counts.value(QLatin1String(kind)).toInt() == 0,
                qPrintable(
                    QStringLiteral("%1: %2").arg(QLatin1String(kind)).arg(counts.value(QLatin1String(kind)).toInt())));
        // The new account is the plan's first step: deleted with the rest, last. Data Prep has no delete: kept.
        QCOMPARE(counts.value(QLatin1String("connections")).toInt(), 0);
        QCOMPARE(stepStatus(d, QStringLiteral("baseConnection")), QStringLiteral("Deleted"));
        QCOMPARE(stepStatus(d, QStringLiteral("mappingSet")), QStringLiteral("Kept"));
        QCOMPARE(counts.value(QLatin1String("mappingSets")).toInt(), 1);
        QCOMPARE(d.wizard->currentId(), int(PageId::Review));
        // Creating again: the plan makes the account itself this time, with the keys the form handed it in memory.
        d.platform.clearFaults();
        QTest::mouseClick(d.next(), Qt::LeftButton);
        QVERIFY(d.watchRuns());
        QTRY_COMPARE_WITH_TIMEOUT(d.wizard->currentId(), int(PageId::Runs), 30000);
        const QJsonObject created = d.platform.counts();
        for (const char* kind : {"connections", "sourceConnections", "targetConnections", "flows"})
            QVERIFY2(created.value(QLatin1String(kind)).toInt() == 1, kind);
    }
};

QTEST_MAIN(TestWizardFailures)
#include "TestWizardFailures.moc"
