// SPDX-License-Identifier: GPL-3.0-or-later
// The Mapping preview panel on its own, with demo-like rows: the sentence, the rows and the selected row's record.
#include "InlineMessage.h"
#include "MappingPreviewPanel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLabel>
#include <QTest>
#include <QTreeView>

namespace {

QJsonObject field(const char* type, const char* format = nullptr)
{
    QJsonObject object{{QStringLiteral("type"), QLatin1String(type)},
                       {QStringLiteral("meta:xdmType"), QLatin1String(type)}};
    if (format)
        object.insert(QStringLiteral("format"), QLatin1String(format));
    return object;
}

QJsonObject group(const QJsonObject& properties)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("meta:xdmType"), QStringLiteral("object")},
                       {QStringLiteral("properties"), properties}};
}

/** The demo's mapping on four HubSpot-like rows, one without email and one with a broken one. */
MappingPreview::Input demoInput()
{
    MappingPreview::Input input;
    input.schemaTree = group(QJsonObject{
        {QStringLiteral("_id"), field("string")},
        {QStringLiteral("personalEmail"), group(QJsonObject{{QStringLiteral("address"), field("string", "email")}})},
        {QStringLiteral("person"),
         group(QJsonObject{
             {QStringLiteral("name"), group(QJsonObject{{QStringLiteral("fullName"), field("string")}})}})}});
    const auto row = [](int vid, const char* email, const char* first, const char* last) {
        return QJsonObject{{QStringLiteral("Vid"), vid},
                           {QStringLiteral("Properties_Email_Value"), QLatin1String(email)},
                           {QStringLiteral("Properties_Firstname_Value"), QLatin1String(first)},
                           {QStringLiteral("Properties_Lastname_Value"), QLatin1String(last)}};
    };
    input.rows = {row(1001, "ada.lovelace0@example.com", "Ada", "Lovelace"), row(1002, "", "Alan", "Turing"),
                  row(1003, "Grace at example.com", "Grace", "Hopper"),
                  row(1004, "katherine.johnson3@example.com", "Katherine", "Johnson")};
    input.rules = {MappingRule{QStringLiteral("Vid"), {}, QStringLiteral("_id")},
                   MappingRule{QStringLiteral("Properties_Email_Value"), {}, QStringLiteral("personalEmail.address")},
                   MappingRule{{},
                               QStringLiteral("concat(Properties_Firstname_Value, \" \", Properties_Lastname_Value)"),
                               QStringLiteral("person.name.fullName")}};
    input.identityPath = QStringLiteral("personalEmail.address");
    input.partialIngestionPercent = 5;
    return input;
}

/** The child of @p parent (invalid: the top) whose first column reads @p text. */
QModelIndex child(const QAbstractItemModel* model, const QModelIndex& parent, const QString& text)
{
    for (int i = 0; i < model->rowCount(parent); ++i) {
        if (model->index(i, 0, parent).data().toString() == text)
            return model->index(i, 0, parent);
    }
    return {};
}

} // namespace

class TestMappingPreviewPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTheDemoPreview()
    {
        MappingPreviewPanel panel;
        panel.resize(600, 500);
        panel.setInput(demoInput());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.objectName(), QStringLiteral("mappingPreviewPanel"));

        auto* summary = panel.findChild<InlineMessage*>(QStringLiteral("previewSummary"));
        QVERIFY(summary);
        QCOMPARE(summary->text(), QStringLiteral("2 of 4 sample row(s) would fail; the threshold is 5%."));
        QCOMPARE(summary->type(), InlineMessage::Type::Warning); // 50% is above 5%

        auto* rows = panel.findChild<QTreeView*>(QStringLiteral("previewRowsView"));
        QVERIFY(rows);
        QAbstractItemModelTester rowsTester(rows->model());
        QCOMPARE(rows->model()->rowCount(), 4);
        QCOMPARE(rows->model()->index(0, 0).data().toString(), QStringLiteral("1"));
        QCOMPARE(rows->model()->index(0, 1).data().toString(), QStringLiteral("ada.lovelace0@example.com"));
        QCOMPARE(rows->model()->index(0, 2).data().toString(), QStringLiteral("OK"));
        QCOMPARE(rows->model()->index(1, 2).data().toString(),
                 QStringLiteral("Fails: personalEmail.address: the required field is empty"));
        QCOMPARE(rows->model()->index(2, 2).data().toString(),
                 QStringLiteral("Fails: personalEmail.address: 'Grace at example.com' is not a valid email address"));

        // The first row is selected: its record as a tree, field, value and type.
        auto* record = panel.findChild<QTreeView*>(QStringLiteral("previewRecordView"));
        QVERIFY(record);
        QAbstractItemModelTester recordTester(record->model());
        const QAbstractItemModel* tree = record->model();
        QCOMPARE(panel.currentRow(), 0);
        const QModelIndex id = child(tree, {}, QStringLiteral("_id"));
        QVERIFY(id.isValid());
        QCOMPARE(id.siblingAtColumn(1).data().toString(), QStringLiteral("1001"));
        QCOMPARE(id.siblingAtColumn(2).data().toString(), QStringLiteral("string"));
        const QModelIndex name = child(tree, child(tree, {}, QStringLiteral("person")), QStringLiteral("name"));
        const QModelIndex fullName = child(tree, name, QStringLiteral("fullName"));
        QVERIFY(fullName.isValid());
        QCOMPARE(fullName.siblingAtColumn(1).data().toString(), QStringLiteral("Ada Lovelace"));
        QVERIFY(record->isExpanded(name));

        // Another row: its record; the failing row has no email in it.
        rows->setCurrentIndex(rows->model()->index(1, 0));
        QCOMPARE(panel.currentRow(), 1);
        QVERIFY(!child(tree, {}, QStringLiteral("personalEmail")).isValid());
        QCOMPARE(child(tree, {}, QStringLiteral("_id")).siblingAtColumn(1).data().toString(), QStringLiteral("1002"));
    }

    void withinTheThreshold()
    {
        MappingPreview::Input input = demoInput();
        input.rows = {input.rows.at(0), input.rows.at(3)};
        MappingPreviewPanel panel;
        panel.setInput(input);
        auto* summary = panel.findChild<InlineMessage*>(QStringLiteral("previewSummary"));
        QCOMPARE(summary->text(), QStringLiteral("0 of 2 sample row(s) would fail; the threshold is 5%."));
        QCOMPARE(summary->type(), InlineMessage::Type::Positive);
        // New rules keep the selected row.
        panel.setCurrentRow(1);
        input.rules.removeLast();
        panel.setInput(input);
        QCOMPARE(panel.currentRow(), 1);
        panel.setPreview(MappingPreview::Result{});
        QCOMPARE(panel.currentRow(), -1);
        QCOMPARE(summary->text(), QStringLiteral("No sample rows to preview."));
    }
};

QTEST_MAIN(TestMappingPreviewPanel)
#include "TestMappingPreviewPanel.moc"
