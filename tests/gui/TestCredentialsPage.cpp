// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialsPage.h"
#include "DataflowWizard.h"
#include "FormRow.h"
#include "InlineMessage.h"
#include "ScriptedServer.h"
#include "TestNetwork.h"
#include "TestSupport.h"
#include "core/Session.h"
#include "secrets/MemorySecretStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {

const QString kOrg = QStringLiteral("ABCDEF0123456789ABCDEF01@AdobeOrg");
const QString kClient = QStringLiteral("my-client");
const QString kSecret = QStringLiteral("right-secret-Zq9");

} // namespace

/** The Credentials page driven like a user would: typing, clicking Next, reading the banner. */
class TestCredentialsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    std::unique_ptr<ScriptedServer> m_server;
    TestNetwork m_network;
    MemorySecretStore m_secrets;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<DataflowWizard> m_wizard;
    int m_imsDelayMs = 0;

    template <typename T>
    T* find(const char* name) const
    {
        T* widget = m_wizard->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }

    QAbstractButton* next() const { return m_wizard->button(QWizard::NextButton); }
    InlineMessage* banner() const { return find<InlineMessage>("credentialsMessage"); }

    void openWizard()
    {
        m_wizard.reset();
        m_session = std::make_unique<Session>(m_network.get(), &m_secrets);
        m_wizard = std::make_unique<DataflowWizard>(m_session.get());
        PlatformConfig urls;
        urls.platformUrl = m_server->url();
        urls.imsUrl = m_server->url();
        urls.imsOrg = QString();
        urls.clientId = QString();
        m_wizard->credentialsPage()->prefill(urls);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    }

    void type(const char* name, const QString& text)
    {
        auto* edit = find<QLineEdit>(name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    void fillCredential(const QString& secret)
    {
        type("imsOrgLineEdit", kOrg);
        type("clientIdLineEdit", kClient);
        type("clientSecretLineEdit", secret);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.filePath(QStringLiteral("config")).toUtf8());
        TestSupport::isolateUserFolders();
        QCoreApplication::setOrganizationName(QStringLiteral("DataflowWizardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_gui_credentials"));
        QSettings().clear(); // a previous run's settings would prefill the fields
    }

    void init()
    {
        m_imsDelayMs = 0;
        m_server = std::make_unique<ScriptedServer>();
        QVERIFY(m_server->start());
        m_server->setFallback([this](const RecordedRequest& r) {
            if (r.path == QLatin1String("/ims/token/v3")) {
                const QUrlQuery form(QString::fromUtf8(r.body));
                ScriptedResponse response
                    = form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded) == kSecret
                    ? ScriptedResponse::json(200,
                                             "{\"access_token\":\"tok\",\"token_type\":\"bearer\","
                                             "\"expires_in\":86399}")
                    : ScriptedResponse::json(401,
                                             "{\"error\":\"invalid_client\",\"error_description\":\"invalid "
                                             "client_secret parameter\"}");
                response.delayMs = m_imsDelayMs;
                return response;
            }
            if (r.path.startsWith(QLatin1String("/data/foundation/sandbox-management")))
                return ScriptedResponse::json(
                    200,
                    "{\"sandboxes\":[{\"name\":\"prod\",\"title\":\"Production\",\"state\":\"active\"},"
                    "{\"name\":\"dev\",\"title\":\"Development\",\"state\":\"active\"}],\"_page\":{\"count\":2}}");
            return ScriptedResponse::json(200, "{\"items\":[]}");
        });
        openWizard();
    }

    void cleanup()
    {
        QSettings().clear();
        m_wizard.reset();
        m_session.reset();
        m_server.reset();
        m_secrets.clearFailure();
    }

    void emptyFieldsKeepNextDisabled()
    {
        QCOMPARE(m_wizard->currentId(), int(PageId::Credentials));
        QVERIFY(!next()->isEnabled());
        type("imsOrgLineEdit", kOrg);
        type("clientIdLineEdit", kClient);
        QVERIFY(!next()->isEnabled()); // no secret yet
        type("clientSecretLineEdit", kSecret);
        QVERIFY(next()->isEnabled());
        type("scopesLineEdit", QString());
        QVERIFY(!next()->isEnabled());
        type("scopesLineEdit", PlatformConfig::defaultScopes());
        QVERIFY(next()->isEnabled());
        // A remote http URL is refused on the spot, and said why.
        type("platformUrlLineEdit", QStringLiteral("http://platform.example.com"));
        QVERIFY(!next()->isEnabled());
        QVERIFY(find<QLabel>("urlProblemLabel")->isVisible());
        QVERIFY(find<QLabel>("urlProblemLabel")->text().contains(QLatin1String("https")));
        type("platformUrlLineEdit", m_server->url().toString());
        QVERIFY(next()->isEnabled());
        QVERIFY(!find<QLabel>("urlProblemLabel")->isVisible());
    }

    void wrongSecretShowsBannerAndKeepsEverything()
    {
        fillCredential(QStringLiteral("wrong"));
        find<QComboBox>("sandboxComboBox")->setEditText(QStringLiteral("dev"));
        QTest::mouseClick(next(), Qt::LeftButton);
        QTRY_VERIFY(banner()->isVisible());
        QCOMPARE(banner()->type(), InlineMessage::Type::Error);
        QVERIFY2(banner()->text().contains(QLatin1String("client secret")), qPrintable(banner()->text()));
        QVERIFY(banner()->details().contains(QLatin1String("invalid_client")));
        QCOMPARE(m_wizard->currentId(), int(PageId::Credentials));
        // Nothing typed is lost, and the user can correct it.
        QCOMPARE(find<QLineEdit>("imsOrgLineEdit")->text(), kOrg);
        QCOMPARE(find<QLineEdit>("clientIdLineEdit")->text(), kClient);
        QCOMPARE(find<QLineEdit>("clientSecretLineEdit")->text(), QStringLiteral("wrong"));
        QCOMPARE(find<QComboBox>("sandboxComboBox")->currentText(), QStringLiteral("dev"));
        QVERIFY(find<QLineEdit>("clientSecretLineEdit")->isEnabled());
        QVERIFY(next()->isEnabled());
        QVERIFY(!m_secrets.contains(SecretStore::credentialKey(m_server->url().toString(), kOrg, kClient)));
    }

    void busyWhileChecking()
    {
        m_imsDelayMs = 600;
        fillCredential(kSecret);
        QTest::mouseClick(next(), Qt::LeftButton);
        QTRY_VERIFY(m_wizard->credentialsPage()->isBusy());
        QVERIFY(!find<QLineEdit>("clientSecretLineEdit")->isEnabled());
        QVERIFY(!find<QLineEdit>("imsOrgLineEdit")->isEnabled());
        QVERIFY(!next()->isEnabled());
        QVERIFY(find<QWidget>("busyIndicator")->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(PageId::Source), 10000);
    }

    void stopWhileChecking()
    {
        m_imsDelayMs = 800;
        fillCredential(kSecret);
        QTest::mouseClick(next(), Qt::LeftButton);
        QTRY_VERIFY(m_wizard->credentialsPage()->isBusy());
        auto* stop = find<QPushButton>("stopButton");
        QVERIFY(stop->isVisible());
        QTest::mouseClick(stop, Qt::LeftButton);
        QVERIFY(!m_wizard->credentialsPage()->isBusy());
        QVERIFY(find<QLineEdit>("clientSecretLineEdit")->isEnabled());
        QCOMPARE(find<QLineEdit>("clientSecretLineEdit")->text(), kSecret);
        QTest::qWait(1200); // IMS answers meanwhile: the answer is ignored
        QCOMPARE(m_wizard->currentId(), int(PageId::Credentials));
        QVERIFY(next()->isEnabled());
    }

    void rightSecretMovesOnAndIsRemembered()
    {
        fillCredential(kSecret);
        QVERIFY(find<QCheckBox>("rememberCheckBox")->isChecked());
        QTest::mouseClick(next(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(PageId::Source), 10000);
        const QString key = SecretStore::credentialKey(m_server->url().toString(), kOrg, kClient);
        QTRY_VERIFY(m_secrets.contains(key));
        QCOMPARE(m_session->config().sandbox, QStringLiteral("prod"));
        // The sandbox picker was filled from the sandbox list.
        QCOMPARE(find<QComboBox>("sandboxComboBox")->count(), 2);

        // No secret in the settings file: only what identifies the credential.
        QSettings().sync();
        const QString settingsDir = QFileInfo(QSettings().fileName()).absolutePath();
        QVERIFY(settingsDir.contains(QLatin1String("DataflowWizardTest")));
        QDirIterator files(settingsDir, QDir::Files, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            QVERIFY2(!content.contains(kSecret.toUtf8()), qPrintable(file.fileName()));
            QVERIFY(!content.contains("tok"));
            ++checked;
        }
        QVERIFY(checked > 0);

        // Next run: the organization and client come from the settings, the secret from the keychain.
        m_wizard.reset();
        m_session = std::make_unique<Session>(m_network.get(), &m_secrets);
        m_wizard = std::make_unique<DataflowWizard>(m_session.get());
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        QCOMPARE(find<QLineEdit>("imsOrgLineEdit")->text(), kOrg);
        QCOMPARE(find<QLineEdit>("clientIdLineEdit")->text(), kClient);
        QTRY_COMPARE(find<QLineEdit>("clientSecretLineEdit")->text(), kSecret);
        QCOMPARE(find<QLineEdit>("clientSecretLineEdit")->echoMode(), QLineEdit::Password);
        QVERIFY(next()->isEnabled());
    }

    void unknownSandboxIsRefused()
    {
        fillCredential(kSecret);
        find<QComboBox>("sandboxComboBox")->setEditText(QStringLiteral("staging"));
        QTest::mouseClick(next(), Qt::LeftButton);
        QTRY_VERIFY(banner()->isVisible());
        QVERIFY2(banner()->text().contains(QLatin1String("staging")), qPrintable(banner()->text()));
        QVERIFY(banner()->text().contains(QLatin1String("prod")));
        QCOMPARE(m_wizard->currentId(), int(PageId::Credentials));
        find<QComboBox>("sandboxComboBox")->setCurrentIndex(1);
        QCOMPARE(find<QComboBox>("sandboxComboBox")->currentText(), QStringLiteral("dev"));
        QTest::mouseClick(next(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(PageId::Source), 10000);
        QCOMPARE(m_session->config().sandbox, QStringLiteral("dev"));
    }

    void keychainUnavailable()
    {
        m_secrets.setFailure(SecretJob::Error::Unavailable);
        fillCredential(kSecret);
        QTest::mouseClick(next(), Qt::LeftButton);
        QTRY_VERIFY(banner()->isVisible() && banner()->type() == InlineMessage::Type::Warning);
        QVERIFY2(banner()->text().contains(QLatin1String("session")), qPrintable(banner()->text()));
        QCOMPARE(m_wizard->currentId(), int(PageId::Credentials));
        auto* goOn = banner()->findChild<QPushButton*>(QStringLiteral("continueButton"));
        QVERIFY(goOn);
        QTest::mouseClick(goOn, Qt::LeftButton);
        QTRY_COMPARE(m_wizard->currentId(), int(PageId::Source));
        QVERIFY(!find<QCheckBox>("rememberCheckBox")->isChecked());
    }

    void keyboardOnly()
    {
        auto* org = find<QLineEdit>("imsOrgLineEdit");
        org->setFocus();
        QTRY_VERIFY(org->hasFocus());
        // Tab walks the fields in reading order; typing fills them; Enter presses Next.
        for (const auto& [name, text] : {std::pair{"imsOrgLineEdit", kOrg}, std::pair{"clientIdLineEdit", kClient},
                                         std::pair{"clientSecretLineEdit", kSecret}}) {
            QVERIFY2(QApplication::focusWidget() == find<QLineEdit>(name), name);
            QTest::keyClicks(QApplication::focusWidget(), text);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QCOMPARE(QApplication::focusWidget(), find<QLineEdit>("scopesLineEdit"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(PageId::Source), 10000);
    }

    void fieldsAreNamedForScreenReaders()
    {
        // Each field is named by its label without the mnemonic and the colon (what a screen reader says).
        QCOMPARE(find<QLineEdit>("imsOrgLineEdit")->accessibleName(), QStringLiteral("Organization ID"));
        QCOMPARE(find<QLineEdit>("clientSecretLineEdit")->accessibleName(), QStringLiteral("Client secret"));
        QCOMPARE(find<QComboBox>("sandboxComboBox")->accessibleName(), QStringLiteral("Sandbox"));
        QCOMPARE(FormRow::accessibleText(QStringLiteral("ID d\u2019organi&sation\u00a0:")),
                 QStringLiteral("ID d\u2019organisation"));
        QCOMPARE(FormRow::accessibleText(QStringLiteral("Save && &close \u202f:")), QStringLiteral("Save & close"));
        QCOMPARE(FormRow::accessibleText(QStringLiteral("Ratio: 3:")), QStringLiteral("Ratio: 3"));
        QCOMPARE(FormRow::accessibleText(QStringLiteral("&")), QString());
    }

    void sandboxIsTypedOrChosen()
    {
        // Editable through its own line edit: typing a name is taking it, the list offers the known ones.
        auto* sandbox = find<QComboBox>("sandboxComboBox");
        QVERIFY(sandbox->isEditable());
        QVERIFY(sandbox->lineEdit());
        QVERIFY(sandbox->completer());
        QCOMPARE(sandbox->findText(QStringLiteral("prod")), 0);
        sandbox->lineEdit()->selectAll();
        QTest::keyClicks(sandbox->lineEdit(), QStringLiteral("dev"));
        QCOMPARE(sandbox->currentText(), QStringLiteral("dev"));
        QCOMPARE(sandbox->count(), 1); // typed, not added to the list
    }

    void backKeepsValues()
    {
        fillCredential(kSecret);
        QTest::mouseClick(next(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(PageId::Source), 10000);
        QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(PageId::Credentials));
        QCOMPARE(find<QLineEdit>("imsOrgLineEdit")->text(), kOrg);
        QCOMPARE(find<QLineEdit>("clientSecretLineEdit")->text(), kSecret);
        // Verified already: Next moves on without asking IMS again.
        const int asked = m_server->count("POST", QStringLiteral("/ims/token/v3"));
        QTest::mouseClick(next(), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(PageId::Source));
        QCOMPARE(m_server->count("POST", QStringLiteral("/ims/token/v3")), asked);
    }
};

QTEST_MAIN(TestCredentialsPage)
#include "TestCredentialsPage.moc"
