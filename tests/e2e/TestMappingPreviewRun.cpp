// SPDX-License-Identifier: GPL-3.0-or-later
// The Mapping preview against the emulator's first run: the demo dataflow created with PlanRunner on a table of ten
// rows (so the explore preview holds the whole table), the first run awaited, and what the run wrote (records,
// failed count, success or failure against the threshold) compared with MappingPreview on the preview rows.
#include "DemoData.h"
#include "FlowSpecs.h"
#include "ServiceWait.h"
#include "TestRunnerFixture.h"
#include "core/MappingPreview.h"
#include "services/SchemaRegistryService.h"
#include "services/SourcesService.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrlQuery>

namespace {

constexpr int kRows = 10; // the explore preview's size: the first run reads exactly the preview rows

/** The first seed (from 1) whose ten contacts hold a bad or missing email but not only such: failures to compare. */
quint32 seedWithDirtyRows()
{
    for (quint32 seed = 1; seed < 500; ++seed) {
        DemoData demo(kRows, seed);
        const DemoData::Table* table = demo.table(FlowSpecs::hubspot, QStringLiteral("Hubspot.Contacts"));
        const int email = table->columnIndex(QStringLiteral("Properties_Email_Value"));
        int dirty = 0;
        for (const auto& row : table->rows) {
            const QString value = row.at(email).toString();
            dirty += value.isEmpty() || value.contains(QLatin1Char(' ')) ? 1 : 0;
        }
        if (dirty > 0 && dirty < kRows / 2)
            return seed;
    }
    return 42;
}

/** The run of @p flowId once the emulator has made it (the clock moved past the start), or an empty object. */
QJsonObject firstRun(RunnerFixture& fixture, const QString& flowId)
{
    QJsonObject run;
    (void)QTest::qWaitFor(
        [&] {
            const TestSupport::CallResult runs = TestSupport::await(fixture.session->client()->get(
                QLatin1String(Platform::kFlowService) + QStringLiteral("/runs"),
                QUrlQuery{{QStringLiteral("property"), QStringLiteral("flowId==") + flowId}}));
            run = runs.json.object().value(QLatin1String("items")).toArray().at(0).toObject();
            return !run.isEmpty();
        },
        20000);
    return run;
}

} // namespace

class TestMappingPreviewRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { TestSupport::isolateUserFolders(); }
    void cleanup() { m_fixture.tearDown(); }

    void previewMatchesTheFirstRun_data()
    {
        QTest::addColumn<double>("threshold");
        QTest::newRow("demo threshold 5%: the run fails") << 5.0;
        QTest::newRow("threshold 50%: the run writes its records") << 50.0;
    }

    void previewMatchesTheFirstRun()
    {
        QFETCH(double, threshold);
        EmulatorOptions options;
        options.rows = kRows;
        options.seed = seedWithDirtyRows();
        QCOMPARE(m_fixture.setUp(options), QString());
        const QJsonObject recipe
            = TestDraftRecipes::with(m_fixture.recipe(), QStringLiteral("dataflow.partialIngestionPercent"), threshold);
        const DataflowDraft draft = draftOf(recipe);
        PlanRunner runner(m_fixture.session->client(), DataflowPlan::build(draft));
        runner.setJournalFolder(m_fixture.journals->path());
        QVERIFY(runToEnd(runner));
        QVERIFY2(runner.ok(), qPrintable(runner.failedStep() + QStringLiteral(": ") + runner.error().toString()));
        const QJsonObject results = runner.results();

        // What the wizard holds when it shows the preview: the table's preview rows and the schema's tree.
        SourcesService sources(m_fixture.session->client());
        const auto table
            = TestSupport::awaitJob(sources.preview(m_fixture.baseConnectionId, QStringLiteral("Hubspot.Contacts")));
        QVERIFY2(table.ok(), qPrintable(table.error.toString()));
        QCOMPARE(table.value.rows.size(), kRows);
        SchemaRegistryService registry(m_fixture.session->client());
        const auto tree
            = TestSupport::awaitJob(registry.fullSchema(results.value(QLatin1String("schemaId")).toString()));
        QVERIFY2(tree.ok(), qPrintable(tree.error.toString()));
        MappingPreview::Input input;
        input.columns = table.value.columnsJson();
        input.rows = table.value.rows;
        input.rules = draft.mapping;
        input.schemaTree = tree.value.json();
        input.identityPath = draft.schema.create->primaryIdentity->path;
        input.partialIngestionPercent = draft.dataflow.partialIngestionPercent;
        input.deltaColumn = draft.dataflow.deltaColumn;
        const MappingPreview::Result preview = MappingPreview::run(input);
        QVERIFY2(preview.failed > 0 && preview.failed < kRows, qPrintable(QString::number(preview.failed)));

        // The first run: the emulated clock moved past the schedule's start.
        const qint64 start = draft.dataflow.schedule.startTime.value_or(0);
        m_fixture.platform->advanceClock(qMax<qint64>(0, start - QDateTime::currentSecsSinceEpoch()) + 120);
        const QJsonObject run = firstRun(m_fixture, results.value(QLatin1String("flowId")).toString());
        QVERIFY(!run.isEmpty());
        const QJsonObject summary = run[QLatin1String("metrics")][QLatin1String("recordSummary")].toObject();
        QCOMPARE(summary.value(QLatin1String("inputRecordCount")).toInt(), preview.total);
        QCOMPARE(summary.value(QLatin1String("failedRecordCount")).toInt(), preview.failed);
        const QString status
            = run[QLatin1String("metrics")][QLatin1String("statusSummary")][QLatin1String("status")].toString();
        QCOMPARE(status, preview.exceedsThreshold ? QStringLiteral("failed") : QStringLiteral("success"));

        // The rows that fail, and why: the batch's sample errors name the row and the run's first reason.
        const QString batchId = run[QLatin1String("activities")][1][QLatin1String("targetInfo")][0]
                                   [QLatin1String("reference")][QLatin1String("ids")][0]
                                       .toString();
        const TestSupport::CallResult batch = TestSupport::await(m_fixture.session->client()->get(
            QLatin1String(Platform::kCatalog) + QStringLiteral("/batches/") + batchId));
        const QJsonArray errors = batch.json.object()[batchId][QLatin1String("errors")].toArray();
        QCOMPARE(errors.size(), preview.failed);
        for (const QJsonValue& error : errors) {
            const MappingPreview::Row& row = preview.rows.at(error[QLatin1String("row")].toInt());
            QVERIFY(!row.ok());
            QCOMPARE(row.reasons.value(0), error[QLatin1String("message")].toString());
        }

        // The records it wrote (a successful run only): the preview's, in the same order.
        const QJsonArray written = m_fixture.platform->batchRecords(batchId);
        QJsonArray expected;
        for (const MappingPreview::Row& row : preview.rows) {
            if (row.ok())
                expected.append(row.record);
        }
        if (preview.exceedsThreshold) {
            QVERIFY(written.isEmpty());
        } else {
            QVERIFY(!written.isEmpty());
            QCOMPARE(written.size(), expected.size());
            for (qsizetype i = 0; i < written.size(); ++i)
                QCOMPARE(written.at(i).toObject(), expected.at(i).toObject());
        }
    }

private:
    RunnerFixture m_fixture;
};

QTEST_MAIN(TestMappingPreviewRun)
#include "TestMappingPreviewRun.moc"
