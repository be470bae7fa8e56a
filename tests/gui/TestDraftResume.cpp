// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardDriver.h"
#include "core/DraftAutosave.h"
#include "core/WizardState.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

/**
 * The wizard's unfinished draft: autosaved while typing, offered at the next start ("resumeDraftBox"), continued
 * with its values and page, or set aside for an empty wizard.
 */
class TestDraftResume : public QObject
{
    Q_OBJECT

    static QString draftPath() { return DraftAutosave::defaultFolder() + QStringLiteral("/draft.json"); }
    static QByteArray draftContent()
    {
        QFile file(draftPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    /** The wizard of a run that ends without closing (a crash): a flow name typed on the Schedule page, not Next. */
    static void leaveUnfinished(WizardDriver& d)
    {
        d.walkTo(PageId::Schedule);
        auto* name = d.find<QLineEdit>("flowNameLineEdit");
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Resumed flow 42"));
        // Saved within a second of the typing, without Next.
        QTRY_VERIFY_WITH_TIMEOUT(draftContent().contains("Resumed flow 42"), 1000);
        QVERIFY(!draftContent().contains("hub-key")); // the account's keys stay in memory
        d.wizard.reset(); // no close, no discard: the draft stays
        QVERIFY(QFile::exists(draftPath()));
    }

    /** A new wizard on the same session and emulator, as the next start of the program makes it. */
    static void restart(WizardDriver& d)
    {
        d.wizard = std::make_unique<DataflowWizard>(d.session.get());
        PlatformConfig config;
        config.platformUrl = d.platform.baseUrl();
        config.imsUrl = d.platform.baseUrl();
        config.imsOrg = EmulatorOptions().imsOrg;
        config.clientId = EmulatorOptions().clientId;
        config.sandbox = QStringLiteral("prod");
        d.wizard->credentialsPage()->prefill(config, EmulatorOptions().clientSecret); // as the keychain would
        d.wizard->credentialsPage()->setRemember(false);
        d.wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(d.wizard.get()));
    }

    static QMessageBox* offerBox(WizardDriver& d)
    {
        if (!d.wizard->offerUnfinishedDraft())
            return nullptr;
        auto* box = d.wizard->findChild<QMessageBox*>(QStringLiteral("resumeDraftBox"));
        return box && QTest::qWaitFor([box] { return box->isVisible(); }) ? box : nullptr;
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(draftPath());
        QFile::remove(draftPath() + QStringLiteral(".bak"));
    }

    void nothingToOffer()
    {
        WizardDriver d;
        QVERIFY(!d.wizard->offerUnfinishedDraft());
        QVERIFY(!d.wizard->findChild<QMessageBox*>(QStringLiteral("resumeDraftBox")));
    }

    void continueRestoresValuesAndPage()
    {
        WizardDriver d;
        leaveUnfinished(d);
        restart(d);
        QMessageBox* box = offerBox(d);
        QVERIFY(box);
        QCOMPARE(box->windowModality(), Qt::WindowModal);
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("continueDraftButton")), Qt::LeftButton);
        QCOMPARE(d.wizard->state()->draft().dataflow.name, QStringLiteral("Resumed flow 42"));
        // Forward by itself towards the page it was left on, as far as the pages allow: the new account's keys were
        // never saved, so the Source page asks for them.
        QTRY_COMPARE_WITH_TIMEOUT(d.wizard->currentId(), int(PageId::Source), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(d.wizard->findChild<QLineEdit*>(QStringLiteral("auth_clientId")), 10000);
        QTRY_COMPARE(d.find<QLineEdit>("auth_clientId")->text(), QStringLiteral("hub-app"));
        QVERIFY(d.find<QLineEdit>("auth_clientSecret")->text().isEmpty());
        for (const char* field : {"auth_clientSecret", "auth_accessToken", "auth_refreshToken"})
            QTest::keyClicks(d.find<QLineEdit>(field), QStringLiteral("hub-key"));
        QTest::mouseClick(d.find<QPushButton>("connectAccountButton"), Qt::LeftButton);
        // The user acts: the wizard no longer moves on by itself; Next leads through the draft's choices.
        QCOMPARE(d.wizard->currentId(), int(PageId::Source));
        QVERIFY(d.goTo(PageId::Table));
        QVERIFY(d.goTo(PageId::Schema));
        // The schema to create is made again from its field groups: its fields are there before Next.
        QTRY_VERIFY_WITH_TIMEOUT(d.find<QTreeWidget>("schemaTreeWidget")->topLevelItemCount() > 3, 10000);
        for (PageId page : {PageId::Dataset, PageId::Mapping, PageId::Schedule})
            QVERIFY2(
                d.goTo(page, 30000),
                qPrintable(QStringLiteral("page %1: %2")
                               .arg(int(page))
                               .arg(d.wizard->findChild<QListWidget*>(QStringLiteral("mappingProblemList"))->item(0)
                                        ? d.wizard->findChild<QListWidget*>(QStringLiteral("mappingProblemList"))
                                              ->item(0)
                                              ->text()
                                        : QString())));
        QCOMPARE(d.find<QLineEdit>("flowNameLineEdit")->text(), QStringLiteral("Resumed flow 42"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(draftPath()), 1000); // still unfinished: still saved
    }

    void startAgainGivesAnEmptyWizard()
    {
        WizardDriver d;
        leaveUnfinished(d);
        restart(d);
        QMessageBox* box = offerBox(d);
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("startAgainButton")), Qt::LeftButton);
        QCOMPARE(d.wizard->currentId(), int(PageId::Credentials));
        QVERIFY(d.wizard->state()->draft().dataflow.name.isEmpty());
        QVERIFY(!d.wizard->state()->hasUnsavedChoices());
        QVERIFY(!QFile::exists(draftPath())); // not offered again...
        QFile backup(draftPath() + QStringLiteral(".bak")); // ...but kept once, should it be missed
        QVERIFY(backup.open(QIODevice::ReadOnly));
        QVERIFY(backup.readAll().contains("Resumed flow 42"));
        QVERIFY(!d.wizard->offerUnfinishedDraft());
    }

    void discardRemovesTheDraft()
    {
        WizardDriver d;
        d.walkTo(PageId::Schedule);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(draftPath()), 1000);
        d.wizard->reject();
        auto* box = d.wizard->findChild<QMessageBox*>(QStringLiteral("discardBox"));
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("discardButton")), Qt::LeftButton);
        QTRY_VERIFY(!d.wizard->isVisible());
        QVERIFY(!QFile::exists(draftPath()));
    }
};

QTEST_MAIN(TestDraftResume)
#include "TestDraftResume.moc"
