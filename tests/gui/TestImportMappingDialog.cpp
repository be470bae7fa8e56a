// SPDX-License-Identifier: GPL-3.0-or-later
#include "../e2e/TestRunnerFixture.h"
#include "ImportMappingDialog.h"
#include "InlineMessage.h"
#include "TestNetwork.h"
#include "core/FlowListModel.h"
#include "services/FlowsService.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QTcpServer>
#include <QTest>

#include <memory>

/** The "import the mapping of a dataflow" dialog against the emulator, driven by objectName, offscreen. */
class TestImportMappingDialog : public QObject
{
    Q_OBJECT

    RunnerFixture m_fixture;
    QString m_flowId;
    QList<MappingRule> m_rules;

    PlatformClient* client() const { return m_fixture.session->client(); }

    template <typename T>
    static T* child(QWidget* dialog, const char* name)
    {
        T* found = dialog->findChild<T*>(QLatin1String(name));
        if (!found)
            qFatal("no %s in the dialog", name);
        return found;
    }

    /** Selects the flow @p id in the dialog's list (by keyboard-free current index, as a click does). */
    static bool select(QWidget* dialog, const QString& id)
    {
        auto* list = child<QListView>(dialog, "flowList");
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            if (index.data(FlowListModel::IdRole).toString() == id) {
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
                return list->currentIndex() == index;
            }
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolateUserFolders();
        QCOMPARE(m_fixture.setUp(), QString());
        const QJsonObject recipe = m_fixture.recipe();
        m_rules = draftOf(recipe).mapping;
        PlanRunner runner(client(), DataflowPlan::build(draftOf(recipe)));
        runner.setJournalFolder(m_fixture.journals->path());
        QVERIFY(runToEnd(runner));
        QVERIFY2(runner.ok(), qPrintable(runner.error().toString()));
        m_flowId = runner.results().value(QStringLiteral("flowId")).toString();
        QVERIFY(!m_flowId.isEmpty());
    }
    void cleanupTestCase() { m_fixture.tearDown(); }

    void takeTheRules()
    {
        ImportMappingDialog dialog(client());
        QCOMPARE(dialog.objectName(), QStringLiteral("importMappingDialog"));
        dialog.show();
        auto* list = child<QListView>(&dialog, "flowList");
        auto* take = child<QPushButton>(&dialog, "takeRulesButton");
        auto* rules = child<QListWidget>(&dialog, "importedRules");
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QVERIFY(!take->isEnabled());
        QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("HubSpot contacts to Platform"));

        // The search hides what does not match, and shows it again when cleared.
        auto* search = child<QLineEdit>(&dialog, "flowSearch");
        QTest::keyClicks(search, QStringLiteral("nothing like it"));
        QTRY_COMPARE(list->model()->rowCount(), 0);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("hubspot"));
        QTRY_COMPARE(list->model()->rowCount(), 1);

        QVERIFY(select(&dialog, m_flowId));
        QTRY_COMPARE(rules->count(), 3);
        QCOMPARE(rules->item(0)->text(), QStringLiteral("Vid \u2192 _id"));
        QCOMPARE(rules->item(1)->text(), QStringLiteral("Properties_Email_Value \u2192 personalEmail.address"));
        QTRY_VERIFY(take->isEnabled());
        QVERIFY(child<QWidget>(&dialog, "flowDetails")->isVisible());

        QTest::mouseClick(take, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.rules(), m_rules);
        QCOMPARE(dialog.flowName(), QStringLiteral("HubSpot contacts to Platform"));
        QCOMPARE(dialog.flowId(), m_flowId);
    }

    void cancelTakesNothing()
    {
        ImportMappingDialog dialog(client());
        dialog.show();
        auto* list = child<QListView>(&dialog, "flowList");
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QVERIFY(select(&dialog, m_flowId));
        QTRY_COMPARE(child<QListWidget>(&dialog, "importedRules")->count(), 3);
        QTest::mouseClick(child<QPushButton>(&dialog, "cancelImportButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void errorsInline()
    {
        // A second flow that is gone by the time it is picked: the dialog says so in the catalogue's words.
        QJsonObject other = TestDraftRecipes::with(m_fixture.recipe(), QStringLiteral("dataflow.name"),
                                                   QStringLiteral("Soon deleted"));
        PlanRunner runner(client(), DataflowPlan::build(draftOf(other)));
        runner.setJournalFolder(m_fixture.journals->path());
        QVERIFY(runToEnd(runner));
        QVERIFY2(runner.ok(), qPrintable(runner.error().toString()));
        const QString doomed = runner.results().value(QStringLiteral("flowId")).toString();

        ImportMappingDialog dialog(client());
        dialog.show();
        auto* list = child<QListView>(&dialog, "flowList");
        QTRY_COMPARE(list->model()->rowCount(), 2);
        const TestSupport::CallResult deleted
            = TestSupport::await(client()->send(FlowsService::flowRequest("DELETE", doomed)));
        QVERIFY2(deleted.ok(), qPrintable(deleted.error.toString()));
        QVERIFY(select(&dialog, doomed));
        auto* message = child<InlineMessage>(&dialog, "importMappingMessage");
        QTRY_VERIFY(message->isVisible());
        QCOMPARE(message->type(), InlineMessage::Type::Error);
        QVERIFY2(message->text().startsWith(QStringLiteral("The mapping of this dataflow could not be read.")),
                 qPrintable(message->text()));
        QVERIFY(!child<QPushButton>(&dialog, "takeRulesButton")->isEnabled());
        QVERIFY(dialog.rules().isEmpty());

        // Picking a flow that exists clears the error and shows its rules.
        QVERIFY(select(&dialog, m_flowId));
        QTRY_COMPARE(child<QListWidget>(&dialog, "importedRules")->count(), 3);
        QVERIFY(!message->isVisible());
    }

    void listingFails()
    {
        // Nothing listens there any more: the list cannot be read, the dialog says so and offers nothing to take.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        TestNetwork network;
        MemorySecretStore secrets;
        Session session(network.get(), &secrets);
        PlatformConfig config = m_fixture.session->config();
        config.platformUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        config.maxRetries = 0;
        session.setConfig(config);
        session.auth()->setStaticToken(QStringLiteral("token"));
        ImportMappingDialog dialog(session.client());
        dialog.show();
        auto* message = child<InlineMessage>(&dialog, "importMappingMessage");
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 30000);
        QCOMPARE(message->type(), InlineMessage::Type::Error);
        QVERIFY(message->text().startsWith(QStringLiteral("The dataflows could not be listed.")));
        QCOMPARE(child<QListView>(&dialog, "flowList")->model()->rowCount(), 0);
        QVERIFY(!child<QPushButton>(&dialog, "takeRulesButton")->isEnabled());
    }
};

QTEST_MAIN(TestImportMappingDialog)
#include "TestImportMappingDialog.moc"
