// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "core/RunErrorText.h"
#include "core/RunsModel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

namespace {

/** A run as the Flow Service documents it (monitor.md), condensed to what the model reads. */
QJsonObject documentedRun()
{
    return QJsonDocument::fromJson(R"json({
      "id": "9830305a-985f-47d0-b030-5a985fd7d004",
      "flowId": "c9cef9cb-c934-4467-8ef9-cbc934546741",
      "metrics": {
        "durationSummary": {"startedAtUTC": 1596656058198, "completedAtUTC": 1596656113306},
        "recordSummary": {"inputRecordCount": 100, "outputRecordCount": 99, "failedRecordCount": 1},
        "statusSummary": {"status": "success",
                          "errors": [{"code": "CONNECTOR-2001-500", "message": "Error occurred at promotion activity."}],
                          "activityRefs": ["promotionActivity"]}
      },
      "activities": [
        {"id": "copyActivity", "statusSummary": {"status": "success", "extensions": {"type": "one-time"}}},
        {"id": "promotionActivity",
         "statusSummary": {"status": "success",
                           "errors": [{"code": "CONNECTOR-2001-500", "message": "Error occurred at promotion activity."}],
                           "extensions": {"errors": [{"code": "INGEST-1212-400", "message": "Bad record."},
                                                     {"code": "MAPPER-3700-400", "recordCount": 1,
                                                      "message": "Mapper Transform Error"}]}}}
      ]
    })json")
        .object();
}

QJsonObject run(const QString& id, const QString& status, qint64 startedMs, qint64 written = 10, qint64 failed = 0)
{
    QJsonObject metrics{{QStringLiteral("durationSummary"), QJsonObject{{QStringLiteral("startedAtUTC"), startedMs}}},
                        {QStringLiteral("recordSummary"),
                         QJsonObject{{QStringLiteral("inputRecordCount"), written + failed},
                                     {QStringLiteral("outputRecordCount"), written},
                                     {QStringLiteral("failedRecordCount"), failed}}},
                        {QStringLiteral("statusSummary"), QJsonObject{{QStringLiteral("status"), status}}}};
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("metrics"), metrics}};
}

QStringList ids(const RunsModel& model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, 0).data(RunsModel::RunIdRole).toString();
    return result;
}

} // namespace

/** RunsModel: reading runs as the Platform returns them, and updating the rows in place on every refresh. */
class TestRunsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { TestSupport::isolateUserFolders(); }

    void readsTheDocumentedRun()
    {
        const RunInfo info = RunInfo::fromJson(documentedRun());
        QCOMPARE(info.id, QStringLiteral("9830305a-985f-47d0-b030-5a985fd7d004"));
        QCOMPARE(info.status, RunInfo::Status::Success);
        QCOMPARE(info.startedAtMs, std::optional<qint64>(1596656058198));
        QCOMPARE(info.completedAtMs, std::optional<qint64>(1596656113306));
        QCOMPARE(info.recordsRead, std::optional<qint64>(100));
        QCOMPARE(info.recordsWritten, std::optional<qint64>(99));
        QCOMPARE(info.recordsFailed, std::optional<qint64>(1));
        // Run-level first, activity errors next, the duplicate of the run-level error once.
        QCOMPARE(info.errors.size(), 3);
        QCOMPARE(info.errors.at(0).code, QStringLiteral("CONNECTOR-2001-500"));
        QCOMPARE(info.errors.at(1).code, QStringLiteral("INGEST-1212-400"));
        QCOMPARE(info.errors.at(2).code, QStringLiteral("MAPPER-3700-400"));
        QCOMPARE(info.errors.at(2).recordCount, std::optional<qint64>(1));
        QCOMPARE(info.errors.at(2).message, QStringLiteral("Mapper Transform Error"));
    }

    void statusIsCaseInsensitive_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<RunInfo::Status>("status");
        QTest::newRow("success") << "success" << RunInfo::Status::Success;
        QTest::newRow("SUCCESS") << "SUCCESS" << RunInfo::Status::Success;
        QTest::newRow("Failed (sort-and-filter doc)") << "Failed" << RunInfo::Status::Failed;
        QTest::newRow("FAILED") << "FAILED" << RunInfo::Status::Failed;
        QTest::newRow("inProgress") << "inProgress" << RunInfo::Status::InProgress;
        QTest::newRow("IN_PROGRESS (StatusDTO)") << "IN_PROGRESS" << RunInfo::Status::InProgress;
        QTest::newRow("partialSuccess") << "partialSuccess" << RunInfo::Status::PartialSuccess;
        QTest::newRow("PARTIAL_SUCCESS") << "PARTIAL_SUCCESS" << RunInfo::Status::PartialSuccess;
        QTest::newRow("QUEUED") << "QUEUED" << RunInfo::Status::InProgress;
        QTest::newRow("unknown word") << "hibernating" << RunInfo::Status::Unknown;
    }

    void statusIsCaseInsensitive()
    {
        QFETCH(QString, word);
        QFETCH(RunInfo::Status, status);
        QCOMPARE(RunInfo::parseStatus(word), status);
    }

    void unknownStatusShowsThePlatformsWord()
    {
        RunsModel model;
        model.setRuns(QJsonArray{run(QStringLiteral("r1"), QStringLiteral("hibernating"), 1000)});
        QCOMPARE(model.index(0, RunsModel::StatusColumn).data().toString(), QStringLiteral("hibernating"));
    }

    void stateIsTheFallbackStatus()
    {
        // A run still being set up may carry only "state" (the field /runs filters on).
        const RunInfo info = RunInfo::fromJson(QJsonObject{{QStringLiteral("id"), QStringLiteral("r")},
                                                           {QStringLiteral("state"), QStringLiteral("inProgress")}});
        QCOMPARE(info.status, RunInfo::Status::InProgress);
        QVERIFY(!info.startedAtMs);
        QVERIFY(!info.recordsRead);
    }

    void readsTheSpecsSpellingOfActivities()
    {
        QJsonObject json = documentedRun();
        json.insert(QStringLiteral("activites"), json.take(QStringLiteral("activities")));
        QCOMPARE(RunInfo::fromJson(json).errors.size(), 3);
    }

    void countsSentAsStrings()
    {
        QJsonObject json = run(QStringLiteral("r"), QStringLiteral("success"), 1000);
        QJsonObject metrics = json.value(QStringLiteral("metrics")).toObject();
        metrics.insert(QStringLiteral("recordSummary"),
                       QJsonObject{{QStringLiteral("outputRecordCount"), QStringLiteral("42")}});
        json.insert(QStringLiteral("metrics"), metrics);
        QCOMPARE(RunInfo::fromJson(json).recordsWritten, std::optional<qint64>(42));
    }

    void displaysColumns()
    {
        RunsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRuns(QJsonArray{documentedRun()});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), RunsModel::kColumnCount);
        QCOMPARE(model.index(0, RunsModel::StatusColumn).data().toString(), QStringLiteral("Succeeded"));
        QCOMPARE(model.index(0, RunsModel::ReadColumn).data().toString(), QStringLiteral("100"));
        QCOMPARE(model.index(0, RunsModel::WrittenColumn).data().toString(), QStringLiteral("99"));
        QCOMPARE(model.index(0, RunsModel::FailedColumn).data().toString(), QStringLiteral("1"));
        QCOMPARE(model.index(0, RunsModel::StartColumn).data(RunsModel::ValueRole).toLongLong(), 1596656058198);
        // The cell shows the local time and the Platform's UTC under it.
        QCOMPARE(model.index(0, RunsModel::StartColumn).data().toString(),
                 RunsModel::timeWithUtc(QDateTime::fromMSecsSinceEpoch(1596656058198).toLocalTime(), QLocale(),
                                        RunsModel::TimeLayout::TwoLines));
        QVERIFY(model.index(0, RunsModel::StartColumn).data().toString().contains(QLatin1String("UTC")));
        QCOMPARE(model.index(0, RunsModel::StartColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("2020-08-05 19:34:18 UTC"));
        // Known codes in plain (translated) words, not the Platform's English; every error is in the dialog.
        const QString errors = model.index(0, RunsModel::ErrorsColumn).data().toString();
        QCOMPARE(errors,
                 RunErrorText::explanation(QStringLiteral("CONNECTOR-2001-500")) + QStringLiteral(" (+2 more)"));
        QVERIFY2(!errors.contains(QStringLiteral("Error occurred at promotion activity.")), qPrintable(errors));
        QVERIFY(model.index(0, RunsModel::ErrorsColumn).data(Qt::ToolTipRole).toString().startsWith(errors));
        QVERIFY(model.headerData(RunsModel::StartColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Newest")));
        QCOMPARE(model.index(0, 0).data(RunsModel::StatusRole).toInt(), int(RunInfo::Status::Success));
        QCOMPARE(model.headerData(RunsModel::FailedColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Records failed"));
    }

    void timesSayUtcBeside()
    {
        const QLocale french(QLocale::French, QLocale::France);
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QDateTime paris(QDate(2020, 8, 5), QTime(21, 34, 18), QTimeZone(2 * 3600));
        QCOMPARE(RunsModel::timeWithUtc(paris, french), QStringLiteral("05/08/2020 21:34 (19:34 UTC)"));
        QCOMPARE(RunsModel::timeWithUtc(paris, english), QStringLiteral("8/5/20 9:34 PM (7:34 PM UTC)"));
        // Just after midnight in Paris it is still the day before in UTC: the UTC date is said.
        const QDateTime night(QDate(2020, 8, 6), QTime(0, 30), QTimeZone(2 * 3600));
        QCOMPARE(RunsModel::timeWithUtc(night, french), QStringLiteral("06/08/2020 00:30 (05/08/2020 22:30 UTC)"));
        // A computer that keeps UTC says it once.
        const QDateTime utc(QDate(2020, 8, 5), QTime(19, 34), QTimeZone::utc());
        QCOMPARE(RunsModel::timeWithUtc(utc, french), QStringLiteral("05/08/2020 19:34 UTC"));
        QCOMPARE(RunsModel::timeWithUtc(utc, french, RunsModel::TimeLayout::TwoLines),
                 QStringLiteral("05/08/2020 19:34\nUTC"));
        // The table's cells put the UTC under the local time.
        QCOMPARE(RunsModel::timeWithUtc(paris, french, RunsModel::TimeLayout::TwoLines),
                 QStringLiteral("05/08/2020 21:34\n19:34 UTC"));
        QCOMPARE(RunsModel::timeWithUtc(night, english, RunsModel::TimeLayout::TwoLines),
                 QStringLiteral("8/6/20 12:30 AM\n8/5/20 10:30 PM UTC"));
    }

    void missingCountsStayEmpty()
    {
        RunsModel model;
        model.setRuns(QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("r")},
                                             {QStringLiteral("state"), QStringLiteral("inProgress")}}});
        QCOMPARE(model.index(0, RunsModel::StatusColumn).data().toString(), QStringLiteral("In progress"));
        QCOMPARE(model.index(0, RunsModel::ReadColumn).data().toString(), QString());
        QCOMPARE(model.index(0, RunsModel::EndColumn).data().toString(), QString());
        QVERIFY(!model.index(0, RunsModel::ReadColumn).data(RunsModel::ValueRole).isValid());
    }

    void newestFirstAndUpdatedInPlace()
    {
        RunsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRuns(QJsonArray{run(QStringLiteral("old"), QStringLiteral("success"), 1000),
                                 run(QStringLiteral("mid"), QStringLiteral("inProgress"), 2000)});
        QCOMPARE(ids(model), (QStringList{QStringLiteral("mid"), QStringLiteral("old")}));

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // Next refresh: "mid" finished, a new run started; pages can come in any order.
        model.setRuns(QJsonArray{run(QStringLiteral("old"), QStringLiteral("success"), 1000),
                                 run(QStringLiteral("new"), QStringLiteral("inProgress"), 3000),
                                 run(QStringLiteral("mid"), QStringLiteral("failed"), 2000, 0, 10)});
        QCOMPARE(ids(model), (QStringList{QStringLiteral("new"), QStringLiteral("mid"), QStringLiteral("old")}));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1); // "mid" only: "old" did not change
        QCOMPARE(model.index(1, RunsModel::StatusColumn).data().toString(), QStringLiteral("Failed"));

        // The same list again changes nothing.
        changed.clear();
        model.setRuns(QList<RunInfo>(model.runs()));
        QCOMPARE(changed.count(), 0);

        // A run that disappeared (deleted flow history) is removed.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setRuns(QJsonArray{run(QStringLiteral("new"), QStringLiteral("success"), 3000),
                                 run(QStringLiteral("old"), QStringLiteral("success"), 1000)});
        QCOMPARE(ids(model), (QStringList{QStringLiteral("new"), QStringLiteral("old")}));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(resets.count(), 0);
    }

    void duplicatesAcrossPagesShownOnce()
    {
        RunsModel model;
        model.setRuns(QJsonArray{run(QStringLiteral("a"), QStringLiteral("success"), 1000),
                                 run(QStringLiteral("a"), QStringLiteral("success"), 1000)});
        QCOMPARE(model.rowCount(), 1);
    }

    void reorderFallsBackToReset()
    {
        RunsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRuns(QJsonArray{run(QStringLiteral("a"), QStringLiteral("success"), 1000),
                                 run(QStringLiteral("b"), QStringLiteral("success"), 2000)});
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        // "a" now reports a later start than "b": the order changes.
        model.setRuns(QJsonArray{run(QStringLiteral("a"), QStringLiteral("success"), 5000),
                                 run(QStringLiteral("b"), QStringLiteral("success"), 2000)});
        QCOMPARE(ids(model), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(resets.count(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRunsModel)
#include "TestRunsModel.moc"
