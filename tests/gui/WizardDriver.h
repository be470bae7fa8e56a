// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CredentialsPage.h"
#include "DataflowWizard.h"
#include "LocalPlatform.h"
#include "core/Session.h"
#include "secrets/MemorySecretStore.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

#include <memory>

/** A wizard on an in-process emulator, with helpers to find widgets by objectName and move between pages. */
class WizardDriver
{
public:
    explicit WizardDriver(const EmulatorOptions& options = {}) : platform(options)
    {
        QVERIFY(platform.listen(0) != 0);
        session = std::make_unique<Session>(&network, &secrets);
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
        QTest::mouseClick(next(), Qt::LeftButton);
        return QTest::qWaitFor([this, page] { return wizard->currentId() == int(page); }, timeoutMs);
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
            QTest::keyClicks(find<QLineEdit>(field), QStringLiteral("hub-key"));
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

    LocalPlatform platform;
    QNetworkAccessManager network;
    MemorySecretStore secrets;
    std::unique_ptr<Session> session;
    std::unique_ptr<DataflowWizard> wizard;
};
