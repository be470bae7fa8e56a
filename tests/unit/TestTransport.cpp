// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateIssue.h"
#include "ScriptedServer.h"
#include "ServiceWait.h"
#include "StreamServer.h"
#include "TestNetwork.h"
#include "TestSupport.h"
#include "TlsServer.h"
#include "core/CredentialCheck.h"
#include "platform/ImsAuth.h"
#include "platform/PlatformClient.h"
#include "services/SourcesService.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostInfo>
#include <QJsonObject>
#include <QSslSocket>
#include <QTest>

#include <memory>

using TestSupport::await;
using Kind = PlatformError::Kind;

namespace {

const QString kConnections = QStringLiteral("/data/foundation/flowservice/connections");
const QByteArray kToken = R"({"access_token":"tok-1","token_type":"bearer","expires_in":86399})";
const QString kSecret = QStringLiteral("s3cret-never-elsewhere");

QSslCertificate testCertificate()
{
    QFile file(QStringLiteral(AEP_SOURCE_DIR "/tests/support/tls/localhost.crt"));
    return file.open(QIODevice::ReadOnly) ? QSslCertificate(file.readAll(), QSsl::Pem) : QSslCertificate();
}

bool anyAuthorization(const ScriptedServer& server)
{
    for (const RecordedRequest& r : server.requests()) {
        if (!r.header("Authorization").isEmpty() || r.body.contains("client_secret"))
            return true;
    }
    return false;
}

} // namespace

namespace {
/** A minimal system (a fresh chroot) may have no /etc/hosts: then "localhost" names nothing. */
bool localhostResolves()
{
    return !QHostInfo::fromName(QStringLiteral("localhost")).addresses().isEmpty();
}
} // namespace

/**
 * Issue 12, point 7: https off loopback wherever a URL enters; certificate errors fatal and explained (a local TLS
 * server with a self-signed certificate); redirects and "next" links never take the token or the client secret to
 * another origin; IMS token answers bounded in size and time.
 */
class TestTransport : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScriptedServer> m_server; ///< the Platform and IMS, over http on loopback
    std::unique_ptr<ScriptedServer> m_other; ///< another origin (another port)
    std::unique_ptr<TestNetwork> m_network;
    std::unique_ptr<ImsAuth> m_auth;
    std::unique_ptr<PlatformClient> m_client;

    PlatformConfig config() const
    {
        PlatformConfig c;
        c.platformUrl = m_server->url();
        c.imsUrl = m_server->url();
        c.imsOrg = QStringLiteral("ORG123@AdobeOrg");
        c.clientId = QStringLiteral("client-1");
        c.sandbox = QStringLiteral("dev");
        c.timeoutMs = 5000;
        c.retryBaseDelayMs = 20;
        return c;
    }

    void rebuild(const PlatformConfig& c)
    {
        m_client.reset();
        m_auth = std::make_unique<ImsAuth>(m_network->get(), c, nullptr);
        m_auth->setClientSecret(kSecret);
        m_client = std::make_unique<PlatformClient>(m_network->get(), m_auth.get(), c);
    }

    static void verifyNoSecret(const PlatformError& error)
    {
        QVERIFY2(!error.toString().contains(kSecret), qPrintable(error.toString()));
        QVERIFY2(!error.toString().contains(QLatin1String("tok-1")), qPrintable(error.toString()));
    }

private Q_SLOTS:
    void initTestCase() { TestSupport::isolateUserFolders(); }

    void init()
    {
        m_server = std::make_unique<ScriptedServer>();
        m_other = std::make_unique<ScriptedServer>();
        QVERIFY(m_server->start());
        QVERIFY(m_other->start());
        m_server->setFallback([](const RecordedRequest& r) {
            if (r.path == QLatin1String("/ims/token/v3"))
                return ScriptedResponse::json(200, kToken);
            return ScriptedResponse::json(200, "{\"items\":[]}");
        });
        m_other->setFallback([](const RecordedRequest&) { return ScriptedResponse::json(200, kToken); });
        m_network = std::make_unique<TestNetwork>();
        rebuild(config());
    }

    void cleanup()
    {
        m_client.reset();
        m_auth.reset();
        m_network.reset();
        m_other.reset();
        m_server.reset();
    }

    // --- https off loopback, at every entry ---------------------------------------------------------------------

    void httpPlatformUrlOffLoopbackRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("http host") << "http://platform.example.com" << false;
        QTest::newRow("http public ip") << "http://8.8.8.8:8080" << false;
        QTest::newRow("http lan ip") << "http://192.168.1.10" << false;
        QTest::newRow("http localhost lookalike") << "http://localhost.example.com" << false;
        QTest::newRow("ftp") << "ftp://platform.example.com" << false;
        QTest::newRow("user info") << "https://user:pw@platform.example.com" << false;
        QTest::newRow("not a url") << "platform.adobe.io" << false;
        QTest::newRow("https") << "https://platform.adobe.io" << true;
        QTest::newRow("http localhost") << "http://localhost:8080" << true;
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080" << true;
        QTest::newRow("http ::1") << "http://[::1]:8080" << true;
    }
    void httpPlatformUrlOffLoopbackRefused()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(PlatformConfig::checkBaseUrl(QUrl(url)).isEmpty(), allowed);
        if (allowed)
            return;
        // The Platform URL: the call fails before any token is asked for.
        PlatformConfig c = config();
        c.platformUrl = QUrl(url);
        rebuild(c);
        const auto platform = await(m_client->get(kConnections));
        QCOMPARE(PlatformError::kindName(platform.error.kind), PlatformError::kindName(Kind::InsecureUrl));
        QVERIFY2(platform.error.userMessage.contains(QLatin1String("refused")), qPrintable(platform.error.userMessage));
        // The IMS URL: the client secret is not posted.
        c = config();
        c.imsUrl = QUrl(url);
        rebuild(c);
        const auto ims = await(m_client->get(kConnections));
        QCOMPARE(PlatformError::kindName(ims.error.kind), PlatformError::kindName(Kind::InsecureUrl));
        QVERIFY(m_server->requests().isEmpty());
    }

    /** A list's "next" link naming another host: only its continuation token is used, on the Platform URL. */
    void nextLinkToAnotherHostNotFollowed()
    {
        const QString page1 = QStringLiteral(R"({"items":[{"id":"a1","name":"one"}],"_links":{"next":{"href":)"
                                             R"("%1/data/foundation/flowservice/connections?continuationToken=t2"}}})")
                                  .arg(m_other->url().toString());
        m_server->enqueue("GET", kConnections, ScriptedResponse::json(200, page1.toUtf8()));
        m_server->enqueue("GET", kConnections, ScriptedResponse::json(200, R"({"items":[{"id":"a2","name":"two"}]})"));
        const auto answer = TestSupport::awaitJob(SourcesService(m_client.get()).allAccounts(QStringLiteral("spec")));
        QVERIFY2(answer.ok(), qPrintable(answer.error.toString()));
        QCOMPARE(answer.value.size(), 2);
        QVERIFY(m_other->requests().isEmpty());
        QCOMPARE(m_server->count("GET", kConnections), 2);
        QCOMPARE(m_server->requests().last().query.queryItemValue(QStringLiteral("continuationToken")),
                 QStringLiteral("t2"));
    }

    // --- redirects --------------------------------------------------------------------------------------------

    void platformRedirectToAnotherOriginRefused_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("status");
        QTest::newRow("GET 302") << QByteArray("GET") << 302;
        QTest::newRow("GET 301") << QByteArray("GET") << 301;
        QTest::newRow("GET 307") << QByteArray("GET") << 307;
        QTest::newRow("POST 307") << QByteArray("POST") << 307;
        QTest::newRow("POST 308") << QByteArray("POST") << 308;
        QTest::newRow("DELETE 302") << QByteArray("DELETE") << 302;
    }
    void platformRedirectToAnotherOriginRefused()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, status);
        const QByteArray target = m_other->url().toEncoded() + "/stolen";
        m_server->enqueue(method, kConnections + "*",
                          ScriptedResponse{.status = status, .body = "", .headers = {{"Location", target}}});
        PlatformRequest request;
        request.method = method;
        request.path = kConnections;
        if (method == "POST")
            request.body = R"({"name":"x"})";
        const auto result = await(m_client->send(request));
        QVERIFY(result.finished);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.userMessage.contains(QLatin1String("redirected")), qPrintable(result.error.userMessage));
        QVERIFY2(result.error.userMessage.contains(QLatin1String("/stolen")), qPrintable(result.error.userMessage));
        QVERIFY(!result.error.outcomeUnknown); // the server did not take it: it sent it elsewhere
        QCOMPARE(result.attempts, 1); // a redirect refused is refused again: not retried
        QVERIFY2(m_other->requests().isEmpty(), "the other origin saw a request");
        verifyNoSecret(result.error);
    }

    /** A redirect within the same origin is followed (the token stays with the same server). */
    void platformRedirectSameOriginFollowed()
    {
        m_server->enqueue(
            "GET", kConnections,
            ScriptedResponse{.status = 302,
                             .body = "",
                             .headers
                             = {{"Location", m_server->url().toEncoded() + kConnections.toUtf8() + "/moved"}}});
        m_server->enqueue("GET", kConnections + "/moved", ScriptedResponse::json(200, R"({"items":[]})"));
        const auto result = await(m_client->get(kConnections));
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(m_server->count("GET", kConnections + "/moved"), 1);
    }

    void imsRedirectRefused_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("302") << 302;
        QTest::newRow("307") << 307;
        QTest::newRow("308") << 308;
    }
    /** The IMS token request: the client secret in its body is never posted to another host. */
    void imsRedirectRefused()
    {
        QFETCH(int, status);
        m_server->enqueue("POST", "/ims/token/v3",
                          ScriptedResponse{.status = status,
                                           .body = "",
                                           .headers = {{"Location", m_other->url().toEncoded() + "/ims/token/v3"}}});
        const auto result = await(m_auth->token());
        QVERIFY(result.finished);
        QVERIFY(result.token.isEmpty());
        QVERIFY2(result.error.userMessage.contains(QLatin1String("redirected")), qPrintable(result.error.userMessage));
        QVERIFY2(m_other->requests().isEmpty(), "the other origin saw the token request");
        QVERIFY(!anyAuthorization(*m_other));
        verifyNoSecret(result.error);
    }

    // --- IMS answers bounded ----------------------------------------------------------------------------------

    void imsAnswerTooLarge()
    {
        QByteArray huge = "{\"access_token\":\"" + QByteArray(3 * 1024 * 1024, 'x') + "\",\"expires_in\":86399}";
        m_server->enqueue("POST", "/ims/token/v3", ScriptedResponse::json(200, huge));
        const auto result = await(m_auth->token());
        QVERIFY(result.token.isEmpty());
        QCOMPARE(PlatformError::kindName(result.error.kind), PlatformError::kindName(Kind::BadResponse));
        QVERIFY2(result.error.userMessage.contains(QLatin1String("larger than 1 MB")),
                 qPrintable(result.error.userMessage));
    }

    void imsAnswerEndlessOrStalled_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("endless chunked") << int(StreamServer::Mode::Endless) << "larger than 1 MB";
        QTest::newRow("500 MB announced") << int(StreamServer::Mode::Huge) << "larger than 1 MB";
        QTest::newRow("stalls") << int(StreamServer::Mode::Stall) << "did not answer within";
    }
    void imsAnswerEndlessOrStalled()
    {
        QFETCH(int, mode);
        QFETCH(QString, expected);
        StreamServer stream(StreamServer::Mode(mode), 500LL * 1024 * 1024);
        QVERIFY(stream.start());
        PlatformConfig c = config();
        c.imsUrl = stream.url();
        c.timeoutMs = 1500;
        rebuild(c);
        QElapsedTimer clock;
        clock.start();
        const auto result = await(m_auth->token());
        QVERIFY(result.finished);
        QVERIFY(result.token.isEmpty());
        QVERIFY2(result.error.userMessage.contains(expected), qPrintable(result.error.userMessage));
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(stream.bytesSent() < 64LL * 1024 * 1024, qPrintable(QString::number(stream.bytesSent())));
    }

    // --- certificates -----------------------------------------------------------------------------------------

    void tlsBackendAvailable()
    {
        // Debian's libqt6network6 depends on libssl3 and ships the OpenSSL backend (plugins/tls).
        qInfo().noquote() << "TLS backend:" << QSslSocket::activeBackend()
                          << "available:" << QSslSocket::availableBackends().join(QStringLiteral(", "))
                          << "library:" << QSslSocket::sslLibraryVersionString();
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend at runtime (install libssl3)");
    }

    void certificateProblemsInPlainWords()
    {
        const QSslCertificate certificate = testCertificate();
        QVERIFY(!certificate.isNull());
        const QString host = QStringLiteral("platform.example.com");
        const auto words = [&](QSslError::SslError kind) {
            return PlatformError::certificateProblem(Http::certificateIssue(QSslError(kind, certificate)), host);
        };
        QVERIFY2(words(QSslError::SelfSignedCertificate).contains(QLatin1String("self-signed")),
                 qPrintable(words(QSslError::SelfSignedCertificate)));
        QVERIFY2(words(QSslError::CertificateExpired).contains(QLatin1String("expired on 11/7/26")) // C locale
                     || words(QSslError::CertificateExpired).contains(QLatin1String("expired on")),
                 qPrintable(words(QSslError::CertificateExpired)));
        QVERIFY2(words(QSslError::CertificateNotYetValid).contains(QLatin1String("clock")) // date and time
                     || words(QSslError::CertificateNotYetValid).contains(QLatin1String("time")),
                 qPrintable(words(QSslError::CertificateNotYetValid)));
        QCOMPARE(words(QSslError::HostNameMismatch),
                 QStringLiteral("it was issued for localhost, not for platform.example.com"));
        QVERIFY(words(QSslError::UnableToGetLocalIssuerCertificate).contains(QLatin1String("authority")));
        QVERIFY(words(QSslError::CertificateRevoked).contains(QLatin1String("revoked")));
        const PlatformError error = PlatformError::certificateRefused(
            host,
            {Http::certificateIssue(QSslError(QSslError::HostNameMismatch, certificate)),
             Http::certificateIssue(QSslError(QSslError::CertificateExpired))});
        QVERIFY(error.userMessage.startsWith(QLatin1String("The security certificate of platform.example.com")));
        QVERIFY(error.userMessage.contains(
            QLatin1String("it was issued for localhost, not for platform.example.com; it has expired. ")));
        QVERIFY(!error.isTransient());
        QVERIFY(!error.isRefusedUnprocessed());
    }

    /** The Credentials page says what the certificate's message says, not "No answer from". */
    void credentialCheckNamesTheCertificate()
    {
        const PlatformError error = PlatformError::certificateRefused(
            QStringLiteral("localhost"),
            {Http::certificateIssue(QSslError(QSslError::SelfSignedCertificate, testCertificate()))});
        PlatformConfig tried = config();
        tried.imsUrl = QUrl(QStringLiteral("https://localhost:4443"));
        const CredentialCheck::Problem problem = CredentialCheck::unreachable(error, tried.imsUrl, tried, {}, {});
        QVERIFY2(problem.text.startsWith(QLatin1String("The security certificate of localhost was refused")),
                 qPrintable(problem.text));
        QCOMPARE(problem.unreachableUrl, tried.imsUrl);
        const PlatformError redirect
            = PlatformError::redirectRefused(tried.imsUrl, QUrl(QStringLiteral("https://x.example/")));
        QVERIFY(CredentialCheck::unreachable(redirect, tried.imsUrl, tried, {}, {})
                    .text.startsWith(QLatin1String("The server at localhost redirected")));
        // A real "no answer" keeps its words.
        const PlatformError refused
            = PlatformError::fromNetwork(Http::ConnectionRefusedError, QStringLiteral("refused"));
        QVERIFY(CredentialCheck::unreachable(refused, tried.imsUrl, tried, {}, {})
                    .text.startsWith(QLatin1String("No answer from")));
    }

    void selfSignedCertificateRefused_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("why");
        QTest::newRow("GET localhost") << QByteArray("GET") << "localhost"
                                       << "self-signed";
        QTest::newRow("POST localhost") << QByteArray("POST") << "localhost"
                                        << "self-signed";
        QTest::newRow("GET 127.0.0.1") << QByteArray("GET") << "127.0.0.1"
                                       << "issued for localhost, not for 127.0.0.1";
    }
    /** A local TLS server with a self-signed certificate: the call fails, explained, and nothing was sent. */
    void selfSignedCertificateRefused()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend at runtime (libssl3 or the tls plugin missing)");
        QFETCH(QByteArray, method);
        QFETCH(QString, host);
        QFETCH(QString, why);
        if (host == QLatin1String("localhost") && !localhostResolves())
            QSKIP("this system does not resolve localhost (no /etc/hosts entry); the 127.0.0.1 row checks the refusal");
        TlsServer tls;
        QVERIFY(tls.start());
        PlatformConfig c = config();
        c.platformUrl = tls.url(host);
        rebuild(c);
        PlatformRequest request;
        request.method = method;
        request.path = kConnections;
        if (method == "POST")
            request.body = R"({"name":"secret-body"})";
        const auto result = await(m_client->send(request));
        QVERIFY(result.finished);
        QCOMPARE(PlatformError::kindName(result.error.kind), PlatformError::kindName(Kind::Network));
        QVERIFY2(
            result.error.userMessage.contains(QStringLiteral("The security certificate of %1 was refused").arg(host)),
            qPrintable(result.error.userMessage));
        QVERIFY2(result.error.userMessage.contains(why), qPrintable(result.error.userMessage));
        QVERIFY(!result.error.outcomeUnknown); // refused before a byte of the request left
        QCOMPARE(result.attempts, 1); // fatal: not retried
        QVERIFY(tls.connections() >= 1);
        QCOMPARE(tls.handshakes(), 0);
        QVERIFY2(tls.decrypted().isEmpty(), tls.decrypted().constData());
        verifyNoSecret(result.error);
    }

    void imsSelfSignedCertificateRefused()
    {
        if (!localhostResolves())
            QSKIP("this system does not resolve localhost (no /etc/hosts entry); the 127.0.0.1 rows check the refusal");
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend at runtime (libssl3 or the tls plugin missing)");
        TlsServer tls;
        QVERIFY(tls.start());
        PlatformConfig c = config();
        c.imsUrl = tls.url();
        rebuild(c);
        const auto result = await(m_client->get(kConnections));
        QVERIFY2(result.error.userMessage.contains(QLatin1String("The security certificate of localhost was refused")),
                 qPrintable(result.error.userMessage));
        QVERIFY(result.error.userMessage.contains(QLatin1String("self-signed")));
        QVERIFY(tls.decrypted().isEmpty()); // the client secret never left
        QVERIFY(m_server->requests().isEmpty()); // no Platform call without a token
        verifyNoSecret(result.error);
    }
};

QTEST_GUILESS_MAIN(TestTransport)
#include "TestTransport.moc"
