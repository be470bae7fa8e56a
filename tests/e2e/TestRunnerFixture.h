// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../unit/TestDraftRecipes.h"
#include "LocalPlatform.h"
#include "TestNetwork.h"
#include "TestSupport.h"
#include "core/Session.h"
#include "plan/PlanRunner.h"
#include "platform/ImsAuth.h"
#include "platform/PlatformClient.h"
#include "secrets/MemorySecretStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/** An emulator, a signed-in session and an existing HubSpot account: what the engine's e2e tests start from. */
struct RunnerFixture
{
    std::unique_ptr<LocalPlatform> platform;
    std::unique_ptr<TestNetwork> network;
    std::unique_ptr<MemorySecretStore> secrets;
    std::unique_ptr<Session> session;
    std::unique_ptr<QTemporaryDir> journals;
    QString baseConnectionId;
    QJsonObject baseline; ///< the emulator's counts once the account exists

    /** Returns an empty string on success, else what went wrong. */
    QString setUp(const EmulatorOptions& options = {})
    {
        tearDown();
        platform = std::make_unique<LocalPlatform>(options);
        if (platform->listen(0) == 0)
            return QStringLiteral("the emulator cannot listen");
        network = std::make_unique<TestNetwork>();
        secrets = std::make_unique<MemorySecretStore>();
        session = std::make_unique<Session>(network->get(), secrets.get());
        PlatformConfig config;
        config.platformUrl = platform->baseUrl();
        config.imsUrl = platform->baseUrl();
        config.imsOrg = options.imsOrg;
        config.clientId = options.clientId;
        config.sandbox = QStringLiteral("prod");
        session->setConfig(config);
        session->auth()->setClientSecret(options.clientSecret);
        journals = std::make_unique<QTemporaryDir>();

        const QJsonObject account{
            {QStringLiteral("name"), QStringLiteral("HubSpot test account")},
            {QStringLiteral("auth"),
             QJsonObject{{QStringLiteral("specName"), QStringLiteral("Basic Authentication")},
                         {QStringLiteral("params"),
                          QJsonObject{{QStringLiteral("clientId"), QStringLiteral("hs-client")},
                                      {QStringLiteral("clientSecret"), QStringLiteral("hs-secret")},
                                      {QStringLiteral("accessToken"), QStringLiteral("hs-access")},
                                      {QStringLiteral("refreshToken"), QStringLiteral("hs-refresh")}}}}},
            {QStringLiteral("connectionSpec"),
             QJsonObject{{QStringLiteral("id"), QStringLiteral("cc6a4487-9e91-433e-a3a3-9cf6626c1806")},
                         {QStringLiteral("version"), QStringLiteral("1.0")}}}};
        const TestSupport::CallResult created = TestSupport::await(session->client()->post(
            QLatin1String(Platform::kFlowService) + QStringLiteral("/connections"), QJsonDocument(account)));
        if (!created.ok())
            return QStringLiteral("cannot create the account: ") + created.error.toString();
        baseConnectionId = created.json.object().value(QLatin1String("id")).toString();
        baseline = platform->counts();
        return {};
    }

    void tearDown()
    {
        session.reset();
        secrets.reset();
        network.reset();
        platform.reset();
        journals.reset();
    }

    /** DESIGN.md's recipe, pointed at this emulator and account. */
    QJsonObject recipe() const
    {
        using namespace TestDraftRecipes;
        QJsonObject json = designRecipe();
        json = with(json, QStringLiteral("platform.imsOrg"), platform->options().imsOrg);
        json = with(json, QStringLiteral("platform.clientId"), platform->options().clientId);
        json = with(json, QStringLiteral("platform.platformUrl"), platform->baseUrl().toString());
        json = with(json, QStringLiteral("platform.imsUrl"), platform->baseUrl().toString());
        json = with(json, QStringLiteral("source.baseConnectionId"), baseConnectionId);
        return json;
    }

    /** Creates another HubSpot account with @p secrets (and clientId "app"); its id, or empty. */
    QString createAccount(const QJsonObject& secrets) const
    {
        QJsonObject params = secrets;
        params.insert(QStringLiteral("clientId"), QStringLiteral("app"));
        const QJsonObject account{
            {QStringLiteral("name"), QStringLiteral("Made before the plan")},
            {QStringLiteral("auth"),
             QJsonObject{{QStringLiteral("specName"), QStringLiteral("Basic Authentication")},
                         {QStringLiteral("params"), params}}},
            {QStringLiteral("connectionSpec"),
             QJsonObject{{QStringLiteral("id"), QStringLiteral("cc6a4487-9e91-433e-a3a3-9cf6626c1806")},
                         {QStringLiteral("version"), QStringLiteral("1.0")}}}};
        const TestSupport::CallResult created = TestSupport::await(session->client()->post(
            QLatin1String(Platform::kFlowService) + QStringLiteral("/connections"), QJsonDocument(account)));
        return created.ok() ? created.json.object().value(QLatin1String("id")).toString() : QString();
    }

    /** How many more of @p kind exist than before the test (counts keys of LocalPlatform::counts()). */
    int added(const char* kind) const
    {
        const QString key = QLatin1String(kind);
        return platform->counts().value(key).toInt() - baseline.value(key).toInt();
    }
};

/** The draft of a recipe, its problems printed as warnings (the tests' recipes are meant to be valid). */
inline DataflowDraft draftOf(const QJsonObject& recipe)
{
    QList<DraftProblem> problems;
    const DataflowDraft draft = DataflowDraft::fromJson(recipe, &problems);
    for (const DraftProblem& problem : problems)
        qWarning().noquote() << problem.toString();
    return draft;
}

/** Runs (or cleans up) and waits for finished(). */
inline bool runToEnd(PlanRunner& runner, bool cleanUp = false)
{
    QSignalSpy finished(&runner, &PlanRunner::finished);
    if (cleanUp)
        runner.cleanUp();
    else
        runner.start();
    return finished.wait(60000) || finished.count() == 1;
}
