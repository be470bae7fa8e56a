// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CredentialsPage.h"
#include "DataflowWizard.h"
#include "LocalPlatform.h"
#include "core/Session.h"
#include "secrets/MemorySecretStore.h"

#include <QAbstractButton>
#include <QNetworkAccessManager>
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

    LocalPlatform platform;
    QNetworkAccessManager network;
    MemorySecretStore secrets;
    std::unique_ptr<Session> session;
    std::unique_ptr<DataflowWizard> wizard;
};
