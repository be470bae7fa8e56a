// SPDX-License-Identifier: GPL-3.0-or-later
// The Review page's warnings, decided without widgets.
#include "core/ReviewNotes.h"

#include <QTest>

class TestReviewNotes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theCreationSummaryCountsObjectsNotLookups()
    {
        using O = PlanRunner::Outcome;
        const QHash<QString, O> outcomes{{"baseConnection", O::Reused}, {"sourceConnection", O::Created},
                                         {"schema", O::Created},        {"profileTag", O::Done},
                                         {"flowSpec", O::Done},         {"flow", O::Created}};
        QCOMPARE(ReviewNotes::creationSummary(outcomes, 420),
                 QStringLiteral("The dataflow was created: 3 object(s) created in 0.4 s. 1 existing object(s) reused. "
                                "Watch its runs on the next page."));
        QCOMPARE(ReviewNotes::creationSummary({{"flow", O::Created}}, 1500),
                 QStringLiteral("The dataflow was created: 1 object(s) created in 1.5 s. Watch its runs on the next "
                                "page."));
        QCOMPARE(ReviewNotes::outcomeText(O::Created), QStringLiteral("Done"));
        QCOMPARE(ReviewNotes::outcomeText(O::Kept), QStringLiteral("Kept"));
    }

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
