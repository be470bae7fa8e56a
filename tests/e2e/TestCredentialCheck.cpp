// SPDX-License-Identifier: GPL-3.0-or-later
// CredentialCheck (what "Next" on the credential page does) and SandboxService, against the emulator; the pure
// rules (URL problems, completeness, usable sandboxes, which field to correct) without a server.
#include "LocalPlatform.h"
#include "TestNetwork.h"
#include "TestSupport.h"
#include "core/CredentialCheck.h"
#include "core/Session.h"
#include "platform/ImsAuth.h"
#include "secrets/MemorySecretStore.h"
#include "services/SandboxService.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(CredentialCheck::Problem)

class TestCredentialCheck : public QObject
{
    Q_OBJECT

    std::unique_ptr<LocalPlatform> m_platform;
    std::unique_ptr<TestNetwork> m_network;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<Session> m_session;
    EmulatorOptions m_options;

    PlatformConfig config(const QString& sandbox = QStringLiteral("prod")) const
    {
        PlatformConfig c;
        c.platformUrl = m_platform->baseUrl();
        c.imsUrl = m_platform->baseUrl();
        c.imsOrg = m_options.imsOrg;
        c.clientId = m_options.clientId;
        c.sandbox = sandbox;
        return c;
    }
    QString key() const
    {
        const PlatformConfig c = config();
        return SecretStore::credentialKey(c.imsUrl.toString(), c.imsOrg, c.clientId);
    }
    QString tokenKey() const
    {
        const PlatformConfig c = config();
        return SecretStore::tokenKey(c.imsUrl.toString(), c.imsOrg, c.clientId);
    }

private Q_SLOTS:
    void init()
    {
        qRegisterMetaType<CredentialCheck::Problem>();
        m_platform = std::make_unique<LocalPlatform>(m_options);
        QVERIFY(m_platform->listen(0) != 0);
        m_network = std::make_unique<TestNetwork>();
        m_secrets = std::make_unique<MemorySecretStore>();
        m_session = std::make_unique<Session>(m_network->get(), m_secrets.get());
    }
    void cleanup()
    {
        m_session.reset();
        m_secrets.reset();
        m_network.reset();
        m_platform.reset();
    }

    void sandboxesAreTyped()
    {
        m_session->setConfig(config());
        m_session->auth()->setClientSecret(m_options.clientSecret);
        auto* job = SandboxService(m_session->client()).list();
        QSignalSpy finished(job, &ServiceJob::finished);
        QList<Sandbox> listed;
        job->onFinished(this, [&listed](const TypedJob<QList<Sandbox>>& done) {
            QVERIFY2(done.ok(), qPrintable(done.error().toString()));
            listed = done.value();
        });
        QVERIFY(finished.wait(5000));
        QStringList names;
        for (const Sandbox& sandbox : std::as_const(listed)) {
            names << sandbox.name;
            QVERIFY(sandbox.isActive());
        }
        QCOMPARE(names, (QStringList{QStringLiteral("prod"), QStringLiteral("dev")}));
    }

    void malformedSandboxListIsABadResponse()
    {
        PlatformError error;
        SandboxService::parseList(QJsonDocument(QJsonObject{{QStringLiteral("items"), QJsonArray()}}), &error);
        QCOMPARE(error.kind, PlatformError::Kind::BadResponse);
        PlatformError none;
        const QList<Sandbox> listed = SandboxService::parseList(
            QJsonDocument::fromJson(R"({"sandboxes":[{"name":"a","state":"active"},{"title":"no name"}]})"), &none);
        QVERIFY(!none.isError());
        QCOMPARE(listed.size(), 1);
        QVERIFY(SandboxService::listRequest().path.startsWith(QLatin1String(Platform::kSandboxes)));
        QVERIFY(!SandboxService::listRequest().sandboxHeader);
    }

    void verifiedAndRemembered()
    {
        CredentialCheck check(m_session.get());
        QSignalSpy verified(&check, &CredentialCheck::verified);
        QSignalSpy listed(&check, &CredentialCheck::sandboxesListed);
        QSignalSpy progress(&check, &CredentialCheck::progress);
        check.start(config(QStringLiteral("dev")), m_options.clientSecret, true);
        QVERIFY(check.isRunning());
        QVERIFY(verified.wait(5000));
        QCOMPARE(listed.size(), 1);
        QCOMPARE(check.sandboxes().size(), 2);
        QVERIFY(progress.size() >= 3); // IMS, sandboxes, keychain
        QVERIFY(!check.isRunning());
        QVERIFY(m_secrets->contains(key()));
    }

    void rememberOffForgetsTheKeptSecret()
    {
        m_secrets->write(key(), QStringLiteral("old"));
        m_secrets->write(tokenKey(), QStringLiteral("{}"));
        CredentialCheck check(m_session.get());
        QSignalSpy verified(&check, &CredentialCheck::verified);
        check.start(config(), m_options.clientSecret, false);
        QVERIFY(verified.wait(5000));
        QTRY_VERIFY(!m_secrets->contains(key()));
        QTRY_VERIFY(!m_secrets->contains(tokenKey()));
        // The token minted meanwhile stays in memory only.
        QVERIFY(!m_session->auth()->isCacheEnabled());
        QSignalSpy token(m_session->auth()->token(), &TokenJob::finished);
        QVERIFY(token.wait(5000));
        QVERIFY(!m_secrets->contains(tokenKey()));
        QVERIFY(!m_secrets->contains(key()));
    }

    void rememberOnKeepsTheToken()
    {
        CredentialCheck check(m_session.get());
        QSignalSpy verified(&check, &CredentialCheck::verified);
        check.start(config(), m_options.clientSecret, true);
        QVERIFY(verified.wait(5000));
        QTRY_VERIFY(m_secrets->contains(tokenKey()));
    }

    void demoKeepsNoToken()
    {
        m_session->setDemo(true);
        CredentialCheck check(m_session.get());
        QSignalSpy verified(&check, &CredentialCheck::verified);
        check.start(config(), m_options.clientSecret, true);
        QVERIFY(verified.wait(5000));
        QSignalSpy token(m_session->auth()->token(), &TokenJob::finished);
        QVERIFY(token.wait(5000));
        QVERIFY(!m_secrets->contains(tokenKey()));
    }

    void wrongSecretPointsAtTheSecret()
    {
        CredentialCheck check(m_session.get());
        QSignalSpy stopped(&check, &CredentialCheck::stopped);
        QSignalSpy verified(&check, &CredentialCheck::verified);
        check.start(config(), QStringLiteral("not-the-secret"), true);
        QVERIFY(stopped.wait(5000));
        const auto problem = stopped.first().first().value<CredentialCheck::Problem>();
        QCOMPARE(problem.field, CredentialCheck::Field::Secret);
        QVERIFY(!problem.text.isEmpty());
        QVERIFY(!problem.text.contains(QLatin1String("not-the-secret")));
        QVERIFY(!problem.details.contains(QLatin1String("not-the-secret")));
        QVERIFY(!problem.warning);
        QCOMPARE(verified.size(), 0);
        QVERIFY(!m_secrets->contains(key()));
    }

    void anUnreachableAddressIsNamedAndTheOtherOneOffered()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QUrl nowhere(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        closed.close();

        // The Platform URL gives no answer (IMS does): named as the Platform URL, the earlier addresses offered.
        PlatformConfig tried = config();
        tried.platformUrl = nowhere;
        CredentialCheck check(m_session.get());
        check.setOtherUrls(m_platform->baseUrl(), m_platform->baseUrl());
        QSignalSpy stopped(&check, &CredentialCheck::stopped);
        check.start(tried, m_options.clientSecret, false);
        QVERIFY(stopped.wait(10000));
        auto problem = stopped.takeFirst().first().value<CredentialCheck::Problem>();
        QCOMPARE(problem.unreachableUrl, nowhere);
        QVERIFY2(problem.text.contains(nowhere.toString()) && problem.text.contains(QLatin1String("Platform URL")),
                 qPrintable(problem.text));
        QVERIFY(problem.offersOtherUrls());
        QCOMPARE(problem.otherPlatformUrl, m_platform->baseUrl());

        // IMS gives no answer and nothing else is known: named as the IMS URL, nothing offered.
        tried.imsUrl = nowhere;
        CredentialCheck alone(m_session.get());
        QSignalSpy aloneStopped(&alone, &CredentialCheck::stopped);
        alone.start(tried, m_options.clientSecret, false);
        QVERIFY(aloneStopped.wait(10000));
        problem = aloneStopped.takeFirst().first().value<CredentialCheck::Problem>();
        QVERIFY2(problem.text.contains(QLatin1String("IMS URL")), qPrintable(problem.text));
        QVERIFY(!problem.offersOtherUrls());

        // The addresses offered are the ones that failed: nothing to offer either.
        const auto same = CredentialCheck::unreachable(
            PlatformError::fromNetwork(Http::ConnectionRefusedError, QStringLiteral("refused")), nowhere, tried,
            nowhere, nowhere);
        QVERIFY(!same.offersOtherUrls());
    }

    void unknownSandboxNamesTheUsableOnes()
    {
        CredentialCheck check(m_session.get());
        QSignalSpy stopped(&check, &CredentialCheck::stopped);
        check.start(config(QStringLiteral("staging")), m_options.clientSecret, true);
        QVERIFY(stopped.wait(5000));
        const auto problem = stopped.first().first().value<CredentialCheck::Problem>();
        QCOMPARE(problem.field, CredentialCheck::Field::Sandbox);
        QVERIFY2(problem.text.contains(QLatin1String("staging")) && problem.text.contains(QLatin1String("prod, dev")),
                 qPrintable(problem.text));
        QVERIFY(!m_secrets->contains(key()));
    }

    void forbiddenSandboxListUsesTheTypedName()
    {
        m_platform->addFault(QStringLiteral("GET:/data/foundation/sandbox-management/*=403"));
        CredentialCheck check(m_session.get());
        QSignalSpy verified(&check, &CredentialCheck::verified);
        check.start(config(QStringLiteral("dev")), m_options.clientSecret, false);
        QVERIFY(verified.wait(5000));
        QCOMPARE(verified.first().first().value<PlatformConfig>().sandbox, QStringLiteral("dev"));
    }

    void stoppedAttemptIsIgnored()
    {
        CredentialCheck check(m_session.get());
        QSignalSpy verified(&check, &CredentialCheck::verified);
        QSignalSpy stopped(&check, &CredentialCheck::stopped);
        check.start(config(), m_options.clientSecret, true);
        check.stop();
        QVERIFY(!check.isRunning());
        // A second, later attempt finishes; nothing of the first one arrives.
        check.start(config(QStringLiteral("dev")), m_options.clientSecret, false);
        QVERIFY(verified.wait(5000));
        QCOMPARE(verified.size(), 1);
        QCOMPARE(verified.first().first().value<PlatformConfig>().sandbox, QStringLiteral("dev"));
        QCOMPARE(stopped.size(), 0);
        QVERIFY(!m_secrets->contains(key())); // the first attempt (Remember on) never stored it
    }

    void rules()
    {
        PlatformConfig c;
        c.imsOrg = QStringLiteral("ORG@AdobeOrg");
        c.clientId = QStringLiteral("id");
        c.scopes = QStringLiteral("openid");
        c.sandbox = QStringLiteral("prod");
        c.platformUrl = QUrl(QStringLiteral("https://platform.adobe.io"));
        c.imsUrl = QUrl(QStringLiteral("https://ims-na1.adobelogin.com"));
        QVERIFY(CredentialCheck::urlProblem(c).isEmpty());
        QVERIFY(CredentialCheck::isComplete(c, QStringLiteral("s")));
        QVERIFY(!CredentialCheck::isComplete(c, QString()));
        c.platformUrl = QUrl(QStringLiteral("http://platform.example.com"));
        QVERIFY(CredentialCheck::urlProblem(c).startsWith(QLatin1String("Platform URL")));
        QVERIFY(!CredentialCheck::isComplete(c, QStringLiteral("s")));
        c.platformUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY(CredentialCheck::urlProblem(c).isEmpty());

        const QList<Sandbox> usable = CredentialCheck::usable({{QStringLiteral("prod"), {}, QStringLiteral("active")},
                                                               {QStringLiteral("old"), {}, QStringLiteral("deleted")}});
        QCOMPARE(usable.size(), 1);
        PlatformError scope;
        scope.kind = PlatformError::Kind::Validation;
        scope.code = QStringLiteral("invalid_scope");
        QCOMPARE(CredentialCheck::fieldFor(scope), CredentialCheck::Field::Scopes);
        PlatformError network;
        network.kind = PlatformError::Kind::Network;
        QCOMPARE(CredentialCheck::fieldFor(network), CredentialCheck::Field::None);
    }
};

QTEST_GUILESS_MAIN(TestCredentialCheck)
#include "TestCredentialCheck.moc"
