// SPDX-License-Identifier: GPL-3.0-or-later
#include "InlineMessage.h"
#include "TestNetwork.h"
#include "TestSupport.h"
#include "WizardDriver.h"
#include "core/MappingModel.h"
#include "core/RunsModel.h"
#include "core/TablePreviewModel.h"
#include "core/WizardState.h"
#include "platform/PlatformClient.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrlQuery>

#include <memory>

/** The wizard driven page by page against the in-process emulator, as a new user would. */
class TestWizardFlow : public QObject
{
    Q_OBJECT

    /** Credentials, then a new HubSpot account, then Hubspot.Contacts: the steps every flow shares. */
    static void toTable(WizardDriver& d)
    {
        QVERIFY(d.goTo(PageId::Source));
        auto* sources = d.find<QListWidget>("sourceList");
        QTRY_VERIFY_WITH_TIMEOUT(sources->count() >= 5, 10000);
        QVERIFY(sources->item(0)->text().startsWith(QLatin1String("HubSpot")));
        QCOMPARE(sources->currentRow(), 0);
        // No account yet: the page offers the new-account form by itself.
        QTRY_VERIFY(d.find<QRadioButton>("newAccountRadio")->isChecked());
        QTest::keyClicks(d.find<QLineEdit>("auth_clientId"), QStringLiteral("hub-app"));
        QTest::keyClicks(d.find<QLineEdit>("auth_clientSecret"), QStringLiteral("hub-secret"));
        QTest::keyClicks(d.find<QLineEdit>("auth_accessToken"), QStringLiteral("hub-access"));
        QTest::keyClicks(d.find<QLineEdit>("auth_refreshToken"), QStringLiteral("hub-refresh"));
        QCOMPARE(d.find<QLineEdit>("auth_clientSecret")->echoMode(), QLineEdit::Password);
        QTest::mouseClick(d.find<QPushButton>("connectAccountButton"), Qt::LeftButton);
        // An unsaved account cannot be tested: the page says when it is made and checked. Nothing is created yet.
        auto* banner = d.find<InlineMessage>("sourceMessage");
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(banner->type(), InlineMessage::Type::Information);
        QVERIFY2(banner->text().contains(QLatin1String("next page")), qPrintable(banner->text()));
        QCOMPARE(d.platform.counts().value(QLatin1String("connections")).toInt(), 0);
        // Connect empties no field: the tokens typed are still there, and no "(required)" hint stands in for them.
        for (const char* field : {"auth_clientId", "auth_clientSecret", "auth_accessToken", "auth_refreshToken"}) {
            QVERIFY2(!d.find<QLineEdit>(field)->text().isEmpty(), field);
            QVERIFY(!d.find<QLineEdit>(field)->placeholderText().contains(QLatin1String("required")));
        }
        QVERIFY(d.goTo(PageId::Table));
        const DraftSource& source = d.wizard->state()->draft().source;
        QVERIFY(source.newAccount && source.baseConnectionId.isEmpty());
        QCOMPARE(source.newAccount->params, (QJsonObject{{QStringLiteral("clientId"), QStringLiteral("hub-app")}}));
        auto* tables = d.find<QListWidget>("tableList");
        QTRY_VERIFY_WITH_TIMEOUT(tables->count() >= 4, 10000);
        // Made (and tested) to list its tables; the plan takes it as its own account step.
        QCOMPARE(d.platform.counts().value(QLatin1String("connections")).toInt(), 1);
        const auto matches = tables->findItems(QStringLiteral("Hubspot.Contacts"), Qt::MatchExactly);
        QCOMPARE(matches.size(), 1);
        tables->setCurrentItem(matches.first());
        auto* preview = qobject_cast<TablePreviewModel*>(d.find<QTableView>("previewTableView")->model());
        QTRY_VERIFY_WITH_TIMEOUT(preview->rowCount() > 0, 10000);
        QVERIFY(preview->rowCount() <= TablePreviewModel::kMaxRows);
        bool dateTime = false;
        for (int c = 0; c < preview->columnCount(); ++c)
            dateTime = dateTime
                || preview->headerData(c, Qt::Horizontal, TablePreviewModel::TypeRole).toString()
                    == QLatin1String("date-time");
        QVERIFY(dateTime);
    }

private Q_SLOTS:
    void initTestCase() { TestSupport::isolateUserFolders(); }

    void theFirstPageGetsItsIconsOnceOnScreen()
    {
        TestNetwork network;
        MemorySecretStore secrets;
        Session session(network.get(), &secrets);
        DataflowWizard wizard(&session);
        auto* org = wizard.findChild<QLineEdit*>(QStringLiteral("imsOrgLineEdit"));
        auto* secret = wizard.findChild<QLineEdit*>(QStringLiteral("clientSecretLineEdit"));
        QVERIFY(org && secret);
        auto* reveal = secret->findChild<QAction*>(QStringLiteral("revealSecretAction"));
        QVERIFY(reveal);
        auto* message = wizard.findChild<InlineMessage*>(QStringLiteral("credentialsMessage"));
        QVERIFY(message);
        auto* close = message->findChild<QToolButton*>(QStringLiteral("closeMessageButton"));
        QVERIFY(close);
        wizard.credentialsPage()->showNote(QStringLiteral("A note shown before the window."));
        // Before the first paint: no icon yet, the window shows sooner.
        QVERIFY(close->icon().isNull());
        QVERIFY(!org->isClearButtonEnabled());
        QVERIFY(!wizard.findChild<QLineEdit*>(QStringLiteral("platformUrlLineEdit"))->isClearButtonEnabled());
        QVERIFY(reveal->icon().isNull());
        QVERIFY(wizard.windowIcon().isNull());
        auto* note = message->findChild<QLabel*>(QStringLiteral("messageLabel"));
        QVERIFY(note);
        QVERIFY(!(note->textInteractionFlags() & Qt::TextSelectableByMouse)); // laid out as a document once painted
        QVERIFY(message->isHidden()); // the banner appears once the page is painted
        QCOMPARE(message->text(), QStringLiteral("A note shown before the window."));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTRY_VERIFY(wizard.pagesBuilt());
        for (const char* name :
             {"imsOrgLineEdit", "clientIdLineEdit", "scopesLineEdit", "platformUrlLineEdit", "imsUrlLineEdit"})
            QVERIFY2(wizard.findChild<QLineEdit*>(QLatin1String(name))->isClearButtonEnabled(), name);
        QVERIFY(!secret->isClearButtonEnabled()); // a secret has the eye button instead
        QVERIFY(!reveal->icon().isNull());
        QVERIFY(!close->icon().isNull());
        QCOMPARE(message->text(), QStringLiteral("A note shown before the window."));
        QVERIFY(message->isVisible());
        for (const char* name : {"messageLabel", "detailsLabel"}) {
            const Qt::TextInteractionFlags flags
                = message->findChild<QLabel*>(QLatin1String(name))->textInteractionFlags();
            QVERIFY2(flags.testFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard), name);
        }
        QVERIFY(!wizard.windowIcon().isNull());
        // The eye button still shows the secret.
        secret->setText(QStringLiteral("s3cr3t"));
        reveal->trigger();
        QCOMPARE(secret->echoMode(), QLineEdit::Normal);
    }

    void reuseExistingAccountSchemaAndDataset()
    {
        WizardDriver d;
        d.walkTo(PageId::Runs);
        const QJsonObject first = d.platform.counts();

        // A second dataflow, in a new window, reusing the account, the schema and the dataset just made.
        Session session(d.network.get(), &d.secrets);
        DataflowWizard w(&session);
        w.credentialsPage()->prefill(d.session->config(), EmulatorOptions().clientSecret);
        w.credentialsPage()->setRemember(false);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const auto find = [&w](const char* name) { return w.findChild<QWidget*>(QLatin1String(name)); };
        const auto next = [&w] {
            QAbstractButton* button
                = w.button(w.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
            QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 15000);
            QTest::mouseClick(button, Qt::LeftButton);
        };
        next();
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(PageId::Source), 10000);
        auto* accounts = static_cast<QListWidget*>(find("accountList"));
        QTRY_COMPARE_WITH_TIMEOUT(accounts->count(), 1, 10000);
        QVERIFY(static_cast<QRadioButton*>(find("existingAccountRadio"))->isChecked());
        accounts->setCurrentRow(0);
        next();
        QTRY_COMPARE(w.currentId(), int(PageId::Table));
        auto* tables = static_cast<QListWidget*>(find("tableList"));
        QTRY_VERIFY_WITH_TIMEOUT(tables->count() >= 4, 10000);
        tables->setCurrentItem(tables->findItems(QStringLiteral("Hubspot.Contacts"), Qt::MatchExactly).first());
        next();
        QTRY_COMPARE(w.currentId(), int(PageId::Schema));
        auto* schemas = static_cast<QListWidget*>(find("schemaList"));
        QTRY_COMPARE_WITH_TIMEOUT(schemas->count(), 1, 10000);
        static_cast<QRadioButton*>(find("existingSchemaRadio"))->setChecked(true);
        schemas->setCurrentRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(static_cast<QTreeWidget*>(find("schemaTreeWidget"))->topLevelItemCount() > 3, 10000);
        next();
        QTRY_COMPARE(w.currentId(), int(PageId::Dataset));
        auto* datasets = static_cast<QListWidget*>(find("datasetList"));
        QTRY_COMPARE_WITH_TIMEOUT(datasets->count(), 1, 10000);
        static_cast<QRadioButton*>(find("existingDatasetRadio"))->setChecked(true);
        datasets->setCurrentRow(0);
        next();
        QTRY_COMPARE(w.currentId(), int(PageId::Mapping));
        next();
        QTRY_COMPARE(w.currentId(), int(PageId::Schedule));
        next();
        QTRY_COMPARE(w.currentId(), int(PageId::Review));
        QVERIFY(w.state()->draft().schema.create == std::nullopt);
        QVERIFY(w.state()->draft().dataset.create == std::nullopt);
        next();
        QTRY_VERIFY_WITH_TIMEOUT(!w.state()->flowId().isEmpty(), 30000); // created; the Review page stays
        QCOMPARE(w.currentId(), int(PageId::Review));
        next();
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(PageId::Runs), 30000);

        const QJsonObject after = d.platform.counts();
        for (const char* reused : {"connections", "schemas", "dataSets"})
            QCOMPARE(after.value(QLatin1String(reused)).toInt(), first.value(QLatin1String(reused)).toInt());
        for (const char* added : {"sourceConnections", "targetConnections", "flows", "mappingSets"})
            QCOMPARE(after.value(QLatin1String(added)).toInt(), first.value(QLatin1String(added)).toInt() + 1);
    }

    void accountMadeForTheTablesIsThenAnExistingAccount()
    {
        WizardDriver d;
        toTable(d);
        d.wizard->back();
        QTRY_COMPARE(d.wizard->currentId(), int(PageId::Source));
        // The form still holds what was typed (the secrets in memory, shown as dots), in the user's words.
        auto* secret = d.find<QLineEdit>("auth_clientSecret");
        QCOMPARE(secret->text(), QStringLiteral("hub-secret"));
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QCOMPARE(d.find<QLineEdit>("auth_accessToken")->text(), QStringLiteral("hub-access"));
        QCOMPARE(d.find<QLineEdit>("auth_clientId")->placeholderText(), QStringLiteral("App client ID"));
        auto* signIn = d.find<QComboBox>("authTypeComboBox");
        QCOMPARE(signIn->currentText(), QStringLiteral("With the keys of a HubSpot private app"));
        QVERIFY(!signIn->isVisible()); // one way to sign in: nothing to choose
        auto* banner = d.find<InlineMessage>("sourceMessage");
        QVERIFY(banner->isVisible()); // what Connect said of the new account

        // The account made for the tables is now among the existing ones, and the banner went with the form.
        QTest::mouseClick(d.find<QRadioButton>("existingAccountRadio"), Qt::LeftButton);
        QVERIFY(!banner->isVisible());
        auto* accounts = d.find<QListWidget>("accountList");
        QTRY_COMPARE_WITH_TIMEOUT(accounts->count(), 1, 10000);
        QCOMPARE(accounts->item(0)->text(), QStringLiteral("HubSpot account"));
        QVERIFY(!d.find<QWidget>("noAccountLabel")->isVisible());
        QVERIFY(!d.next()->isEnabled());
        accounts->setCurrentRow(0);
        QVERIFY(d.goTo(PageId::Table));
        QVERIFY(d.wizard->state()->draft().source.baseConnectionId.size() > 0);
        auto* tables = d.find<QListWidget>("tableList");
        QTRY_VERIFY_WITH_TIMEOUT(tables->count() >= 4, 10000);
        QCOMPARE(d.platform.counts().value(QLatin1String("connections")).toInt(), 1); // kept, not made again
    }

    void noExistingAccountSaysSo()
    {
        WizardDriver d;
        QVERIFY(d.goTo(PageId::Source));
        auto* sources = d.find<QListWidget>("sourceList");
        QTRY_VERIFY_WITH_TIMEOUT(sources->count() >= 5, 10000);
        QTRY_VERIFY(d.find<QRadioButton>("newAccountRadio")->isChecked());
        QTest::keyClicks(d.find<QLineEdit>("auth_clientSecret"), QStringLiteral("hub-secret"));
        QTest::mouseClick(d.find<QRadioButton>("existingAccountRadio"), Qt::LeftButton);
        auto* none = d.find<QLabel>("noAccountLabel");
        QTRY_VERIFY(none->isVisible());
        QCOMPARE(
            none->text(),
            QStringLiteral("No HubSpot account in this sandbox yet. Choose \u201cNew account\u201d to connect one."));
        QVERIFY(d.find<QRadioButton>("existingAccountRadio")->isChecked()); // the user's choice stands
        QVERIFY(!d.next()->isEnabled());

        // Another source and back: what was typed for HubSpot is still there.
        QTest::mouseClick(d.find<QRadioButton>("newAccountRadio"), Qt::LeftButton);
        const int other
            = sources->row(sources->findItems(QStringLiteral("Oracle Eloqua"), Qt::MatchStartsWith).first());
        sources->setCurrentRow(other);
        QTRY_VERIFY(d.wizard->findChild<QLineEdit*>(QStringLiteral("auth_endpoint")) != nullptr);
        QCOMPARE(d.find<QLineEdit>("auth_endpoint")->placeholderText(), QStringLiteral("Eloqua base URL"));
        sources->setCurrentRow(0);
        QTRY_COMPARE(d.find<QLineEdit>("auth_clientSecret")->text(), QStringLiteral("hub-secret"));
    }

    void changedTableMarksMappingForReview()
    {
        WizardDriver d;
        d.walkTo(PageId::Mapping);
        auto* mapping = qobject_cast<MappingModel*>(d.find<QTableView>("mappingTableView")->model());
        const QList<MappingRule> rules = mapping->rules();
        QVERIFY(!rules.isEmpty());
        // Back to the table page, another table, and forward again: the rules are kept, to be reviewed.
        while (d.wizard->currentId() != int(PageId::Table))
            QTest::mouseClick(d.wizard->button(QWizard::BackButton), Qt::LeftButton);
        auto* tables = d.find<QListWidget>("tableList");
        tables->setCurrentItem(tables->findItems(QStringLiteral("Hubspot.Companies"), Qt::MatchExactly).first());
        for (PageId page : {PageId::Schema, PageId::Dataset, PageId::Mapping})
            QVERIFY(d.goTo(page));
        QCOMPARE(mapping->rules(), rules);
        auto* banner = d.find<InlineMessage>("mappingMessage");
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->type(), InlineMessage::Type::Warning);
        QVERIFY(mapping->hasErrors()); // Contacts columns are not in Companies
        QVERIFY(!d.next()->isEnabled());
        // The schema, the dataset and the account were not asked again.
        QCOMPARE(d.wizard->state()->draft().source.path, QStringLiteral("Hubspot.Companies"));
        QVERIFY(d.wizard->state()->draft().schema.create.has_value());
    }

    void identityOffersIdentitiesAndSaysWhatNoneMeans()
    {
        WizardDriver d;
        toTable(d);
        QVERIFY(d.goTo(PageId::Schema));
        auto* groups = d.find<QListWidget>("fieldGroupList");
        QTRY_VERIFY_WITH_TIMEOUT(groups->count() >= 2, 10000);
        for (int i = 0; i < groups->count(); ++i) {
            const QString id = groups->item(i)->data(Qt::UserRole).toString();
            if (id.endsWith(QLatin1String("profile-person-details"))
                || id.endsWith(QLatin1String("profile-personal-details")))
                groups->item(i)->setCheckState(Qt::Checked);
        }
        auto* identity = d.find<QComboBox>("identityFieldComboBox");
        auto* space = d.find<QComboBox>("identityNamespaceComboBox");
        auto* note = d.find<QLabel>("identityNoteLabel");
        QTRY_COMPARE(identity->currentData().toString(), QStringLiteral("personalEmail.address"));
        QCOMPARE(identity->itemData(1).toString(), QStringLiteral("personalEmail.address")); // the proposal first
        QCOMPARE(space->currentText(), QStringLiteral("Email"));
        QVERIFY(note->isHidden());
        QStringList offered;
        for (int i = 0; i < identity->count(); ++i)
            offered << identity->itemData(i).toString();
        for (const char* path : {"homeAddress.city", "homeAddress.country", "person.gender", "person.name.firstName"})
            QVERIFY2(!offered.contains(QLatin1String(path)), path);
        QVERIFY(offered.contains(QStringLiteral("mobilePhone.number")));
        identity->setCurrentIndex(identity->findData(QStringLiteral("mobilePhone.number")));
        QCOMPARE(space->currentText(), QStringLiteral("Phone"));
        identity->setCurrentIndex(0); // (none)
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QLatin1String("Profile")));
        QVERIFY(d.next()->isEnabled()); // a warning: the schema may go without Profile
        d.find<QCheckBox>("schemaProfileCheckBox")->setChecked(true);
        QCOMPARE(note->text(),
                 QStringLiteral("A schema enabled for Profile needs a primary identity. Without one, "
                                "the dataset cannot feed Profile."));
        QVERIFY(d.find<QLabel>("schemaProblemLabel")->text().isEmpty()); // said once, beside the field
        QVERIFY(!d.next()->isEnabled());
        identity->setCurrentIndex(identity->findData(QStringLiteral("personalEmail.address")));
        QVERIFY(note->isHidden());
        QVERIFY(d.next()->isEnabled());
        QCOMPARE(space->currentText(), QStringLiteral("Email"));
    }

    void throughMapping()
    {
        WizardDriver d;
        toTable(d);
        QVERIFY(d.goTo(PageId::Schema));
        auto* groups = d.find<QListWidget>("fieldGroupList");
        QTRY_VERIFY_WITH_TIMEOUT(groups->count() >= 2, 10000);
        for (int i = 0; i < groups->count(); ++i) {
            const QString id = groups->item(i)->data(Qt::UserRole).toString();
            if (id.endsWith(QLatin1String("profile-person-details"))
                || id.endsWith(QLatin1String("profile-personal-details")))
                groups->item(i)->setCheckState(Qt::Checked);
        }
        auto* tree = d.find<QTreeWidget>("schemaTreeWidget");
        QTRY_VERIFY_WITH_TIMEOUT(
            !tree->findItems(QStringLiteral("personalEmail.address"), Qt::MatchExactly | Qt::MatchRecursive, 2)
                 .isEmpty(),
            10000);
        auto* identity = d.find<QComboBox>("identityFieldComboBox");
        QTRY_COMPARE(identity->currentData().toString(), QStringLiteral("personalEmail.address"));
        d.find<QCheckBox>("schemaProfileCheckBox")->setChecked(true);
        QVERIFY(d.goTo(PageId::Dataset));
        QVERIFY(!d.find<QRadioButton>("existingDatasetRadio")->isEnabled()); // a new schema has no dataset yet
        auto* profile = d.find<QCheckBox>("datasetProfileCheckBox");
        QVERIFY(profile->isEnabled());
        profile->setChecked(true);
        QVERIFY(!d.find<QLineEdit>("datasetNameLineEdit")->text().isEmpty());
        QVERIFY(d.goTo(PageId::Mapping));
        auto* mapping = qobject_cast<MappingModel*>(d.find<QTableView>("mappingTableView")->model());
        QVERIFY(mapping->rowCount() >= 4);
        QStringList destinations;
        for (const MappingRule& rule : mapping->rules())
            destinations << rule.destination;
        QVERIFY(destinations.contains(QStringLiteral("personalEmail.address")));
        QVERIFY(destinations.contains(QStringLiteral("person.name.firstName")));
        QVERIFY2(!mapping->hasErrors(),
                 qPrintable(mapping->problems().isEmpty() ? QString() : mapping->problems().first().toString()));
        QVERIFY(d.next()->isEnabled());

        // Back to the table page and on again: nothing is lost, and the mapping is kept.
        const QList<MappingRule> before = mapping->rules();
        QTest::mouseClick(d.wizard->button(QWizard::BackButton), Qt::LeftButton);
        QTest::mouseClick(d.wizard->button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(d.wizard->currentId(), int(PageId::Schema));
        QVERIFY(d.find<QCheckBox>("schemaProfileCheckBox")->isChecked());
        QVERIFY(d.goTo(PageId::Dataset));
        QVERIFY(d.goTo(PageId::Mapping));
        QCOMPARE(mapping->rules(), before);

        // The cell editors offer the table's columns and the schema's fields.
        auto* view = d.find<QTableView>("mappingTableView");
        const auto editorFor = [view, mapping](int column) {
            const QModelIndex index = mapping->index(0, column);
            return std::unique_ptr<QComboBox>(qobject_cast<QComboBox*>(
                view->itemDelegateForColumn(column)->createEditor(view->viewport(), QStyleOptionViewItem(), index)));
        };
        const auto fields = editorFor(MappingModel::DestinationColumn);
        QVERIFY(fields);
        // Every field a rule can fill, under headers for their groups (which cannot be chosen).
        int choosable = 0;
        for (int i = 0; i < fields->count(); ++i)
            choosable += (fields->model()->flags(fields->model()->index(i, 0)) & Qt::ItemIsSelectable) ? 1 : 0;
        QCOMPARE(choosable, mapping->targetFields().size());
        QVERIFY(fields->count() > choosable);
        const auto columns = editorFor(MappingModel::SourceColumn);
        QVERIFY(columns);
        QCOMPARE(columns->count(), mapping->columnNames().size());

        // A wrong destination shows a problem and blocks Next; fixing it unblocks.
        const int row = mapping->addRule(false);
        mapping->setData(mapping->index(row, MappingModel::SourceColumn), QStringLiteral("Properties_City_Value"));
        mapping->setData(mapping->index(row, MappingModel::DestinationColumn), QStringLiteral("person.nothing"));
        QVERIFY(mapping->hasErrors());
        QVERIFY(!d.next()->isEnabled());
        QVERIFY(d.find<QListWidget>("mappingProblemList")->count() > 0);
        mapping->removeRows(row, 1);
        QVERIFY(d.next()->isEnabled());

        // Schedule: hourly from the proposed start, delta column proposed among the date-time columns.
        QVERIFY(d.goTo(PageId::Schedule));
        auto* delta = d.find<QComboBox>("deltaColumnComboBox");
        QCOMPARE(delta->currentData().toString(), QStringLiteral("Properties_Lastmodifieddate_Value"));
        QTRY_COMPARE(d.find<QListWidget>("nextRunsList")->count(), 5);
        d.find<QCheckBox>("partialIngestionCheckBox")->setChecked(true);
        // The demo's contacts hold about 6 % of bad rows (no e-mail, 31/02 dates) once the HubSpot create date is
        // mapped: a threshold of 10 % lets the first run write the good ones.
        d.find<QDoubleSpinBox>("partialIngestionSpinBox")->setValue(10.0);

        // Review, then Create: every object is made once, and the Runs page follows.
        QVERIFY(d.goTo(PageId::Review));
        auto* steps = d.find<QTreeWidget>("planTreeWidget");
        QVERIFY(steps->topLevelItemCount() >= 7);
        // The new account is the plan's first step, shown like the others.
        QCOMPARE(steps->topLevelItem(0)->data(0, Qt::UserRole).toString(), QStringLiteral("baseConnection"));
        // Create stays on the Review page: every step ticked with its id, a summary, and a way to the runs.
        QTest::mouseClick(d.next(), Qt::LeftButton);
        auto* banner = d.find<InlineMessage>("reviewMessage");
        QTRY_VERIFY_WITH_TIMEOUT(banner->type() == InlineMessage::Type::Positive, 30000);
        QCOMPARE(d.wizard->currentId(), int(PageId::Review));
        QVERIFY2(banner->text().contains(QLatin1String("created in")), qPrintable(banner->text()));
        for (int i = 0; i < steps->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* step = steps->topLevelItem(i);
            QVERIFY2(step->text(1) == QLatin1String("Done"), qPrintable(step->text(0) + ": " + step->text(1)));
            if (step->data(0, Qt::UserRole).toString() != QLatin1String("profileTag")
                && step->data(0, Qt::UserRole).toString() != QLatin1String("flowSpec"))
                QVERIFY2(!step->text(2).isEmpty(), qPrintable(step->text(0)));
        }
        QCOMPARE(d.next()->text(), QStringLiteral("&Watch the runs"));
        QTest::mouseClick(banner->findChild<QPushButton*>(QStringLiteral("watchRunsButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(d.wizard->currentId(), int(PageId::Runs), 30000);
        const QJsonObject counts = d.platform.counts();
        for (const char* kind :
             {"connections", "sourceConnections", "targetConnections", "flows", "dataSets", "mappingSets", "schemas"})
            QVERIFY2(
                counts.value(QLatin1String(kind)).toInt() == 1,
                qPrintable(
                    QStringLiteral("%1: %2").arg(QLatin1String(kind)).arg(counts.value(QLatin1String(kind)).toInt())));
        WizardState* state = d.wizard->state();
        QVERIFY(!state->flowId().isEmpty());

        // The flow on the Platform has the schedule and the mapping chosen.
        auto flow = TestSupport::await(
            d.session->client()->get(QStringLiteral("/data/foundation/flowservice/flows/") + state->flowId()));
        QVERIFY2(flow.ok(), qPrintable(flow.error.toString()));
        const QJsonObject item = flow.json.object().value("items").toArray().first().toObject();
        QCOMPARE(item.value("scheduleParams").toObject().value("frequency").toString(), QStringLiteral("hour"));
        QCOMPARE(item.value("scheduleParams").toObject().value("interval").toInt(), 1);
        auto mappingSet
            = TestSupport::await(d.session->client()->get(QStringLiteral("/data/foundation/conversion/mappingSets/")
                                                          + state->createdIds().value("mappingSetId").toString()));
        QVERIFY2(mappingSet.ok(), qPrintable(mappingSet.error.toString()));
        QCOMPARE(mappingSet.json.object().value("mappings").toArray().size(), state->draft().mapping.size());

        // The first run moves HubSpot contacts into the dataset.
        d.platform.advanceClock(3 * 3600);
        auto* runs = d.find<QTableView>("runsTableView");
        QTRY_VERIFY_WITH_TIMEOUT(runs->model()->rowCount() > 0, 30000);
        for (int r = 0; r < runs->model()->rowCount(); ++r) // what the runs say, should the batch not come
            qInfo().noquote() << "run" << r << runs->model()->index(r, RunsModel::StatusColumn).data().toString()
                              << runs->model()->index(r, RunsModel::ErrorsColumn).data().toString();
        for (const MappingRule& rule : state->draft().mapping)
            qInfo().noquote() << "rule" << rule.source << rule.expression << "->" << rule.destination;
        QJsonObject batch;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto batches = TestSupport::await(d.session->client()->get(
                    QStringLiteral("/data/foundation/catalog/batches"),
                    QUrlQuery{{QStringLiteral("dataSet"), state->createdIds().value("dataSetId").toString()}}));
                const QJsonObject all = batches.json.object();
                for (auto it = all.begin(); it != all.end(); ++it) {
                    if (it.value().toObject().value("recordCount").toInt() > 0) {
                        batch = it.value().toObject();
                        batch.insert(QStringLiteral("id"), it.key());
                    }
                }
                return !batch.isEmpty();
            }(),
            30000);
        const QJsonArray records = d.platform.batchRecords(batch.value("id").toString());
        QCOMPARE(records.size(), batch.value("recordCount").toInt());
        QVERIFY(!records.isEmpty());
        const QJsonObject first = records.first().toObject();
        QVERIFY(first.value("personalEmail").toObject().value("address").toString().contains(QLatin1Char('@')));
        QVERIFY(!first.value("person").toObject().value("name").toObject().value("firstName").toString().isEmpty());
    }
};

QTEST_MAIN(TestWizardFlow)
#include "TestWizardFlow.moc"
