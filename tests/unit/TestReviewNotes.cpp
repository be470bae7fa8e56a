// SPDX-License-Identifier: GPL-3.0-or-later
// The Review page's warnings, decided without widgets.
#include "core/ReviewNotes.h"

#include <QTest>

class TestReviewNotes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nothingToSayForAProductionDataflow()
    {
        DataflowDraft draft;
        draft.platform.sandbox = QStringLiteral("prod");
        draft.dataflow.schedule.frequency = QStringLiteral("hour");
        QVERIFY(ReviewNotes::warnings(draft).isEmpty());
    }

    void onceOtherSandboxAndProfile()
    {
        DataflowDraft draft;
        draft.platform.sandbox = QStringLiteral("dev");
        draft.dataflow.schedule.frequency = QStringLiteral("once");
        draft.dataset.create.emplace();
        draft.dataset.create->profileEnabled = true;
        const QStringList warnings = ReviewNotes::warnings(draft);
        QCOMPARE(warnings.size(), 3);
        QVERIFY(warnings.at(0).contains(QLatin1String("once")));
        QVERIFY(warnings.at(1).contains(QStringLiteral("\u201cdev\u201d")));
        QVERIFY(warnings.at(2).contains(QLatin1String("Profile")));
    }
};

QTEST_GUILESS_MAIN(TestReviewNotes)
#include "TestReviewNotes.moc"
