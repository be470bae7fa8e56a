// SPDX-License-Identifier: GPL-3.0-or-later
#include "InlineMessage.h"
#include "TestSupport.h"
#include "WizardDriver.h"
#include "core/WizardState.h"
#include "platform/ImsAuth.h"

#include <QJsonObject>
#include <QTreeWidget>

/** What the user sees when the Platform fails: banners with the Platform's words, Retry, Clean up, token renewal. */
class TestWizardFailures : public QObject
{
    Q_OBJECT

    static QString stepStatus(WizardDriver& d, const QString& stepId)
    {
        auto* steps = d.find<QTreeWidget>("planTreeWidget");
        for (int i = 0; i < steps->topLevelItemCount(); ++i) {
            if (steps->topLevelItem(i)->data(0, Qt::UserRole).toString() == stepId)
                return steps->topLevelItem(i)->text(1);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { TestSupport::isolateUserFolders(); }

    void unauthorizedOnSourcePage()
    {
        WizardDriver d;
        QVERIFY(d.platform.addFault(QStringLiteral("GET:/data/foundation/flowservice/connectionSpecs=403,count=1")));
        QVERIFY(d.goTo(PageId::Source));
        auto* banner = d.find<InlineMessage>("sourceMessage");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && banner->type() == InlineMessage::Type::Error, 10000);
        QVERIFY(!banner->text().isEmpty());
        QVERIFY(banner->details().contains(QLatin1String("403")));
        QVERIFY(!d.next()->isEnabled());
        // Retry once the Platform answers again: the sources appear, nothing else to redo.
        QTest::mouseClick(banner->findChild<QPushButton*>(QStringLiteral("retryButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(d.find<QListWidget>("sourceList")->count() >= 5, 10000);
        QVERIFY(!banner->isVisible());
    }

    void expiredTokenIsRenewedSilently()
    {
        WizardDriver d;
        QVERIFY(d.goTo(PageId::Source));
        QTRY_VERIFY_WITH_TIMEOUT(d.find<QListWidget>("sourceList")->count() >= 5, 10000);
        // The token stops working: the next call gets 401013, a new token is minted and the call replayed.
        QVERIFY(d.platform.addFault(QStringLiteral("*=expire-token,after=0")));
        auto* banner = d.find<InlineMessage>("sourceMessage");
        d.find<QListWidget>("sourceList")->setCurrentRow(1);
        QTest::qWait(1500);
        QVERIFY2(!banner->isVisible() || banner->type() != InlineMessage::Type::Error, qPrintable(banner->text()));
        QVERIFY(d.session->auth()->mintCount() >= 2);
    }

    void failingCreateThenRetry()
    {
        WizardDriver d;
        d.walkTo(PageId::Review);
        QCOMPARE(d.wizard->currentId(), int(PageId::Review));
        QVERIFY(d.platform.addFault(QStringLiteral("POST:/data/foundation/flowservice/flows=500,count=1")));
        QTest::mouseClick(d.next(), Qt::LeftButton);
        auto* banner = d.find<InlineMessage>("reviewMessage");
        QTRY_VERIFY_WITH_TIMEOUT(banner->type() == InlineMessage::Type::Error, 30000);
        QCOMPARE(d.wizard->currentId(), int(PageId::Review));
        QVERIFY(banner->text().contains(QLatin1String("dataflow")));
        QCOMPARE(stepStatus(d, QStringLiteral("flow")), QStringLiteral("Failed"));
        QCOMPARE(stepStatus(d, QStringLiteral("dataset")), QStringLiteral("Done"));
        // Retry goes on from there: nothing is made twice.
        QTest::mouseClick(banner->findChild<QPushButton*>(QStringLiteral("retryButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(d.wizard->currentId(), int(PageId::Runs), 30000);
        const QJsonObject counts = d.platform.counts();
        for (const char* kind :
             {"sourceConnections", "targetConnections", "flows", "dataSets", "mappingSets", "schemas"})
            QVERIFY2(counts.value(QLatin1String(kind)).toInt() == 1, kind);
    }

    void failingCreateThenCleanUp()
    {
        WizardDriver d;
        d.walkTo(PageId::Review);
        QVERIFY(d.platform.addFault(QStringLiteral("POST:/data/foundation/flowservice/flows=500,count=always")));
        QTest::mouseClick(d.next(), Qt::LeftButton);
        auto* banner = d.find<InlineMessage>("reviewMessage");
        QTRY_VERIFY_WITH_TIMEOUT(banner->type() == InlineMessage::Type::Error, 30000);
        QCOMPARE(d.platform.counts().value(QLatin1String("dataSets")).toInt(), 1);
        QTest::mouseClick(banner->findChild<QPushButton*>(QStringLiteral("cleanUpButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(banner->type() == InlineMessage::Type::Positive, 30000);
        const QJsonObject counts = d.platform.counts();
        for (const char* kind : {"sourceConnections", "targetConnections", "flows", "dataSets", "schemas"})
            QVERIFY2(
                counts.value(QLatin1String(kind)).toInt() == 0,
                qPrintable(
                    QStringLiteral("%1: %2").arg(QLatin1String(kind)).arg(counts.value(QLatin1String(kind)).toInt())));
        // The account was made on the Source page, not by this attempt: it stays.
        QCOMPARE(counts.value(QLatin1String("connections")).toInt(), 1);
        QCOMPARE(d.wizard->currentId(), int(PageId::Review));
    }
};

QTEST_MAIN(TestWizardFailures)
#include "TestWizardFailures.moc"
