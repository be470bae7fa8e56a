// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CredentialsPage.h"
#include "DataflowWizard.h"
#include "LocalPlatform.h"
#include "RunsPage.h"
#include "TestNetwork.h"
#include "core/Session.h"
#include "core/WizardState.h"
#include "secrets/MemorySecretStore.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <functional>
#include <memory>

/** A wizard on an in-process emulator, with helpers to find widgets by objectName and move between pages. */
class WizardDriver
{
public:
    explicit WizardDriver(const EmulatorOptions& options = {}) : platform(options)
    {
        QVERIFY(platform.listen(0) != 0);
        session = std::make_unique<Session>(network.get(), &secrets);
        wizard = std::make_unique<DataflowWizard>(session.get());
        PlatformConfig config;
        config.platformUrl = platform.baseUrl();
        config.imsUrl = platform.baseUrl();
        config.imsOrg = options.imsOrg;
        config.clientId = options.clientId;
        config.sandbox = QStringLiteral("prod");
        wizard->credentialsPage()->prefill(config, options.clientSecret);
        wizard->credentialsPage()->setRemember(false);
        wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
        // The pages after the first are built once it is painted (DataflowWizard::ensurePages).
        QVERIFY(QTest::qWaitFor([this] { return wizard->pagesBuilt(); }));
    }

    template <typename T>
    T* find(const char* name) const
    {
        T* widget = wizard->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }

    QAbstractButton* next() const
    {
        return wizard->button(wizard->currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
    }

    /** Waits for Next to be enabled, clicks it and waits for @p page. */
    bool goTo(PageId page, int timeoutMs = 15000)
    {
        if (!QTest::qWaitFor([this] { return next()->isEnabled(); }, timeoutMs))
            return false;
        const bool creating = page == PageId::Runs && wizard->currentId() == int(PageId::Review);
        QTest::mouseClick(next(), Qt::LeftButton);
        if (creating && !watchRuns(timeoutMs))
            return false;
        return QTest::qWaitFor([this, page] { return wizard->currentId() == int(page); }, timeoutMs);
    }

    /** After Create, the Review page stays with its summary until "Watch the runs" is clicked. */
    bool watchRuns(int timeoutMs = 30000)
    {
        if (!QTest::qWaitFor([this] { return !wizard->state()->flowId().isEmpty() && next()->isEnabled(); }, timeoutMs))
            return false;
        QTest::mouseClick(next(), Qt::LeftButton);
        return true;
    }

    /**
     * Goes from the Credentials page to @p last with the usual choices: a new HubSpot account, Hubspot.Contacts, a new
     * schema with the person and contact field groups, a new dataset, the proposed mapping and schedule.
     */
    void walkTo(PageId last)
    {
        const auto reached = [this, last](PageId page) { return int(page) > int(last); };
        QVERIFY(goTo(PageId::Source));
        if (reached(PageId::Source))
            return;
        QTRY_VERIFY_WITH_TIMEOUT(find<QListWidget>("sourceList")->count() >= 5, 10000);
        QTRY_VERIFY(find<QRadioButton>("newAccountRadio")->isChecked());
        QTest::keyClicks(find<QLineEdit>("auth_clientId"), QStringLiteral("hub-app")); // not a secret: in the draft
        for (const char* field : {"auth_clientSecret", "auth_accessToken", "auth_refreshToken"})
            QTest::keyClicks(find<QLineEdit>(field), accountKey);
        QTest::mouseClick(find<QPushButton>("connectAccountButton"), Qt::LeftButton);
        QVERIFY(goTo(PageId::Table));
        if (reached(PageId::Table))
            return;
        auto* tables = find<QListWidget>("tableList");
        QTRY_VERIFY_WITH_TIMEOUT(tables->count() >= 4, 10000);
        tables->setCurrentItem(tables->findItems(QStringLiteral("Hubspot.Contacts"), Qt::MatchExactly).first());
        QVERIFY(goTo(PageId::Schema));
        if (reached(PageId::Schema))
            return;
        auto* groups = find<QListWidget>("fieldGroupList");
        QTRY_VERIFY_WITH_TIMEOUT(groups->count() >= 2, 10000);
        for (int i = 0; i < groups->count(); ++i) {
            const QString id = groups->item(i)->data(Qt::UserRole).toString();
            if (id.endsWith(QLatin1String("person-details")) || id.endsWith(QLatin1String("personal-details")))
                groups->item(i)->setCheckState(Qt::Checked);
        }
        QTRY_VERIFY_WITH_TIMEOUT(find<QComboBox>("identityFieldComboBox")->currentData().toString()
                                     == QLatin1String("personalEmail.address"),
                                 10000);
        QVERIFY(goTo(PageId::Dataset));
        for (PageId page : {PageId::Mapping, PageId::Schedule, PageId::Review, PageId::Runs}) {
            if (int(page) > int(last))
                return;
            QVERIFY(goTo(page, 30000));
        }
    }

    /**
     * Goes through every page, Credentials to Runs, with the usual choices (those of walkTo(), the dataflow created,
     * a few runs made), and calls @p visit on each page once it is shown, filled in and its loads are done; stops
     * when @p visit returns false. Returns what it waited for in vain, or an empty string. Uses no QVERIFY: the
     * benchmarks run it outside a test function.
     */
    QString tour(const std::function<bool(PageId)>& visit)
    {
        const auto wait = [](const std::function<bool()>& condition, int timeoutMs = 15000) {
            return QTest::qWaitFor(condition, timeoutMs);
        };
        const auto settled = [this, &wait, &visit](PageId page) {
            // Settled: Next is enabled (the page has what it needs) and the layout has been shown for a moment.
            if (page != PageId::Runs && !wait([this] { return next()->isEnabled(); }))
                return false;
            QTest::qWait(200);
            return visit(page);
        };
        if (!settled(PageId::Credentials))
            return {};
        if (!goTo(PageId::Source))
            return QStringLiteral("the Source page");
        if (!wait([this] { return find<QListWidget>("sourceList")->count() >= 5; })
            || !wait([this] { return find<QRadioButton>("newAccountRadio")->isChecked(); }))
            return QStringLiteral("the sources and the new-account form");
        QTest::keyClicks(find<QLineEdit>("auth_clientId"), QStringLiteral("hub-app"));
        for (const char* field : {"auth_clientSecret", "auth_accessToken", "auth_refreshToken"})
            QTest::keyClicks(find<QLineEdit>(field), accountKey);
        QTest::mouseClick(find<QPushButton>("connectAccountButton"), Qt::LeftButton);
        if (!settled(PageId::Source))
            return {};
        if (!goTo(PageId::Table))
            return QStringLiteral("the Table page");
        auto* tables = find<QListWidget>("tableList");
        if (!wait([tables] { return tables->count() >= 4; }))
            return QStringLiteral("the tables");
        tables->setCurrentItem(tables->findItems(QStringLiteral("Hubspot.Contacts"), Qt::MatchExactly).first());
        if (!wait([this] { return find<QTableView>("previewTableView")->model()->rowCount() > 0; }))
            return QStringLiteral("the preview of Hubspot.Contacts");
        if (!settled(PageId::Table))
            return {};
        if (!goTo(PageId::Schema))
            return QStringLiteral("the Schema page");
        auto* groups = find<QListWidget>("fieldGroupList");
        if (!wait([groups] { return groups->count() >= 2; }))
            return QStringLiteral("the field groups");
        for (int i = 0; i < groups->count(); ++i) {
            const QString id = groups->item(i)->data(Qt::UserRole).toString();
            if (id.endsWith(QLatin1String("person-details")) || id.endsWith(QLatin1String("personal-details")))
                groups->item(i)->setCheckState(Qt::Checked);
        }
        if (!wait([this] {
                return find<QComboBox>("identityFieldComboBox")->currentData().toString()
                    == QLatin1String("personalEmail.address");
            }))
            return QStringLiteral("the proposed identity");
        if (!wait([this] { return find<QTreeWidget>("schemaTreeWidget")->topLevelItemCount() > 3; }))
            return QStringLiteral("the schema's fields");
        find<QCheckBox>("schemaProfileCheckBox")->setChecked(true);
        if (!settled(PageId::Schema))
            return {};
        for (PageId page : {PageId::Dataset, PageId::Mapping, PageId::Schedule, PageId::Review}) {
            if (!goTo(page))
                return QStringLiteral("page %1").arg(int(page));
            if (!settled(page))
                return {};
        }
        auto* runs = static_cast<RunsPage*>(wizard->pageById(PageId::Runs));
        QSignalSpy refreshed(runs, &RunsPage::refreshed);
        if (!goTo(PageId::Runs, 30000))
            return QStringLiteral("the Runs page (the dataflow created)");
        if (!wait([&refreshed] { return refreshed.count() > 0; }))
            return QStringLiteral("the first list of runs");
        platform.advanceClock(3 * 3600);
        if (!wait([this] { return find<QTableView>("runsTableView")->model()->rowCount() > 0; }, 30000))
            return QStringLiteral("the runs made by the clock");
        settled(PageId::Runs);
        return {};
    }

    /** What walkTo() and tour() type into the new account's secret fields. */
    QString accountKey = QStringLiteral("hub-key");
    LocalPlatform platform;
    TestNetwork network;
    MemorySecretStore secrets;
    std::unique_ptr<Session> session;
    std::unique_ptr<DataflowWizard> wizard;
};
