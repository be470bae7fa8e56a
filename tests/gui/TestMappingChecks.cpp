// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpressionEditor.h"
#include "MappingPage.h"
#include "TestSupport.h"
#include "core/MappingModel.h"
#include "core/WizardState.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QWizard>

#include <memory>

namespace {

constexpr int kMapping = 5;

QJsonArray columns()
{
    return QJsonDocument::fromJson(R"json([
        {"name": "Vid", "type": "long", "meta:xdmType": "long", "xdm": {"type": "integer"}},
        {"name": "Properties_Email_Value", "type": "string", "meta:xdmType": "string", "xdm": {"type": "string"}},
        {"name": "Properties_Firstname_Value", "type": "string", "meta:xdmType": "string", "xdm": {"type": "string"}},
        {"name": "Is_Contact", "type": "boolean", "meta:xdmType": "boolean", "xdm": {"type": "boolean"}},
        {"name": "Added_At", "type": "string", "meta:xdmType": "date-time",
         "xdm": {"type": "string", "format": "date-time"}}])json")
        .array();
}

QJsonObject tree()
{
    return QJsonDocument::fromJson(R"json({"type": "object", "properties": {
        "_id": {"title": "Identifier", "type": "string", "meta:xdmType": "string"},
        "person": {"title": "Person", "type": "object", "meta:xdmType": "object", "properties": {
            "name": {"title": "Name", "type": "object", "meta:xdmType": "object", "properties": {
                "firstName": {"title": "First name", "type": "string", "meta:xdmType": "string"}}},
            "birthDate": {"title": "Birth date", "type": "string", "format": "date", "meta:xdmType": "date"}}},
        "personalEmail": {"title": "Personal email", "type": "object", "meta:xdmType": "object", "properties": {
            "address": {"title": "Email address", "type": "string", "meta:xdmType": "string"}}},
        "_demo": {"title": "Demo", "type": "object", "meta:xdmType": "object", "properties": {
            "fullName": {"title": "Full name", "type": "string", "meta:xdmType": "string"},
            "email": {"title": "Email", "type": "string", "meta:xdmType": "string"}}}}})json")
        .object();
}

} // namespace

/**
 * The four rules the visual-mapping issue saw get through (an unknown function, an unclosed call, a column the table
 * does not have, a boolean into a date): each shows on its row with what to do, Next waits until all are fixed; and
 * the expression editor that fixes calculated fields.
 */
class TestMappingChecks : public QObject
{
    Q_OBJECT

    std::unique_ptr<WizardState> m_state;
    std::unique_ptr<QWizard> m_wizard;
    MappingPage* m_page = nullptr;

    template <typename T>
    T* find(const char* name) const
    {
        T* widget = m_wizard->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }

    QString status(int row) const { return m_page->model()->index(row, MappingModel::StatusColumn).data().toString(); }

    bool nextEnabled() const { return m_wizard->button(QWizard::NextButton)->isEnabled(); }

    QTableView* view() const { return find<QTableView>("mappingTableView"); }

    /** Types @p text into the source cell of @p row as a user would, through the cell's editor. */
    void typeSource(int row, const QString& text)
    {
        const QModelIndex index = m_page->model()->index(row, MappingModel::SourceColumn);
        view()->setCurrentIndex(index);
        view()->edit(index);
        QPointer<QComboBox> editor = view()->findChild<QComboBox*>(QStringLiteral("sourceEditorComboBox"));
        QVERIFY(editor);
        QTRY_VERIFY(editor && editor->isVisible());
        editor->setEditText(text);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!view()->findChild<QComboBox*>(QStringLiteral("sourceEditorComboBox")));
    }

    ExpressionEditor* openEditorByDoubleClick(int row)
    {
        const QModelIndex index = m_page->model()->index(row, MappingModel::SourceColumn);
        view()->scrollTo(index);
        const QPoint centre = view()->visualRect(index).center();
        // As a mouse does: press and release, then the double-click (QTest sends that one alone).
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, centre);
        ExpressionEditor* editor = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            editor = m_wizard->findChild<ExpressionEditor*>(QStringLiteral("expressionEditor"));
            return editor && editor->isVisible();
        });
        return shown ? editor : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolateUserFolders();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        m_state = std::make_unique<WizardState>();
        m_state->setTable(QStringLiteral("Hubspot.Contacts"), columns(), {});
        DraftSchema schema;
        schema.id = QStringLiteral("https://ns.adobe.com/demo/schemas/contacts");
        m_state->setSchema(schema, tree(), QStringLiteral("Contacts"), false);
        m_state->setMapping(
            {MappingRule{QStringLiteral("Vid"), {}, QStringLiteral("_id")},
             MappingRule{QStringLiteral("Properties_Email_Value"), {}, QStringLiteral("personalEmail.address")}},
            true);
        m_wizard = std::make_unique<QWizard>();
        m_wizard->resize(900, 640);
        m_page = new MappingPage(m_state.get(), m_wizard.get());
        m_wizard->setPage(kMapping - 1, new QWizardPage(m_wizard.get()));
        m_wizard->setPage(kMapping, m_page);
        m_wizard->setPage(kMapping + 1, new QWizardPage(m_wizard.get()));
        m_wizard->setStartId(kMapping - 1);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), kMapping);
        // These tests edit the rules in the list (the visual editor has its own test).
        m_wizard->findChild<QTabWidget*>(QStringLiteral("mappingViews"))->setCurrentIndex(1);
        QVERIFY(nextEnabled());
    }

    void cleanup()
    {
        m_wizard.reset();
        m_state.reset();
    }

    void brokenRulesShowOnTheirRowsAndHoldNext()
    {
        MappingModel* model = m_page->model();
        // 2: an unknown function of an unknown column; 3: an unclosed call; 4: a column typed by hand that the table
        // does not have; 5: a boolean into a date.
        for (const char* destination : {"person.name.firstName", "_demo.fullName", "_demo.email", "person.birthDate"}) {
            const int row = model->addRule(false);
            model->setData(model->index(row, MappingModel::DestinationColumn), QLatin1String(destination));
        }
        typeSource(2, QStringLiteral("frobnicate(Properties_Nosuch_Value)"));
        typeSource(3, QStringLiteral("concat(Properties_Firstname_Value, \" \""));
        typeSource(4, QStringLiteral("Properties_Emial_Value"));
        typeSource(5, QStringLiteral("Is_Contact"));
        QCOMPARE(model->rules().at(5).source, QStringLiteral("Is_Contact"));

        const QStringList expected{
            QStringLiteral("There is no function \"frobnicate\": choose one from the function list."),
            QStringLiteral("The parenthesis opened at character 7 is not closed: add \")\"."),
            QStringLiteral("The table has no column \"Properties_Emial_Value\": did you mean "
                           "\"Properties_Email_Value\"?"),
            QStringLiteral("\"Is_Contact\" holds true/false values but person.birthDate takes dates: choose a column "
                           "of that kind, or another field.")};
        for (int i = 0; i < expected.size(); ++i) {
            const int row = i + 2;
            QVERIFY2(status(row).contains(expected.at(i)), qPrintable(status(row)));
            QCOMPARE(model->index(row, MappingModel::StatusColumn).data(MappingModel::SeverityRole).toInt(), 2);
            // The cell the problem is about is marked too.
            QVERIFY(!model->index(row, MappingModel::SourceColumn).data(MappingModel::ProblemRole).isNull());
        }
        QVERIFY(status(2).contains(QLatin1String("no column \"Properties_Nosuch_Value\"")));
        QCOMPARE(status(0), QStringLiteral("OK"));
        auto* problems = find<QListWidget>("mappingProblemList");
        QTRY_VERIFY(problems->isVisible());
        QCOMPARE(problems->count(), 5); // the unknown function and the unknown column of row 3 are two
        QVERIFY(!nextEnabled());

        // Fixed one at a time: Next waits for the last.
        typeSource(4, QStringLiteral("Properties_Email_Value"));
        QVERIFY(status(4) == QLatin1String("OK"));
        QVERIFY(!nextEnabled());
        typeSource(5, QStringLiteral("Added_At"));
        QCOMPARE(status(5), QStringLiteral("OK"));
        QVERIFY(!nextEnabled());
        typeSource(3, QStringLiteral("concat(Properties_Firstname_Value, \" \")"));
        QCOMPARE(status(3), QStringLiteral("OK"));
        QVERIFY(!nextEnabled());

        // The last through the expression editor, opened by a double-click on the calculated field.
        ExpressionEditor* editor = openEditorByDoubleClick(2);
        QVERIFY(editor);
        QVERIFY(!view()->findChild<QComboBox*>(QStringLiteral("sourceEditorComboBox"))); // no cell editor as well
        auto* text = editor->findChild<QPlainTextEdit*>(QStringLiteral("expressionTextEdit"));
        auto* check = editor->findChild<QLabel*>(QStringLiteral("expressionCheckLabel"));
        QCOMPARE(text->toPlainText(), QStringLiteral("frobnicate(Properties_Nosuch_Value)"));
        QVERIFY2(check->text().startsWith(QLatin1String("Character 1: There is no function \"frobnicate\"")),
                 qPrintable(check->text()));
        QVERIFY(check->text().contains(QLatin1String("Character 12: The table has no column")));
        QCOMPARE(text->extraSelections().size(), 2);
        QCOMPARE(text->extraSelections().first().cursor.selectionStart(), 0);
        QCOMPARE(text->extraSelections().first().cursor.selectionEnd(), 10);
        text->selectAll();
        QTest::keyClicks(text, QStringLiteral("lower(Properties_Email_Value"));
        QTRY_VERIFY2(check->text().contains(QLatin1String("Character 6: The parenthesis opened at character 6 is "
                                                          "not closed")),
                     qPrintable(check->text()));
        QTest::keyClicks(text, QStringLiteral(")"));
        QTRY_COMPARE(check->text(), QStringLiteral("The expression reads correctly."));
        QVERIFY(text->extraSelections().isEmpty());
        editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(model->rules().at(2).expression, QStringLiteral("lower(Properties_Email_Value)"));
        QCOMPARE(status(2), QStringLiteral("OK"));
        QTRY_VERIFY(nextEnabled());
        QVERIFY(!problems->isVisible());
    }

    void editorListsAndInsertsFunctionsAndColumns()
    {
        auto* add = find<QPushButton>("addExpressionButton");
        QTest::mouseClick(add, Qt::LeftButton);
        ExpressionEditor* editor = nullptr;
        QTRY_VERIFY((editor = m_wizard->findChild<ExpressionEditor*>(QStringLiteral("expressionEditor")))
                    && editor->isVisible());
        auto* text = editor->findChild<QPlainTextEdit*>(QStringLiteral("expressionTextEdit"));
        auto* functions = editor->findChild<QTreeWidget*>(QStringLiteral("expressionFunctionList"));
        auto* filter = editor->findChild<QLineEdit*>(QStringLiteral("expressionFunctionFilter"));
        auto* help = editor->findChild<QLabel*>(QStringLiteral("expressionFunctionHelp"));
        QVERIFY(functions->topLevelItemCount() >= 60);
        // Filtered as typed: by name and by the sentence.
        QTest::keyClicks(filter, QStringLiteral("upper"));
        int shown = 0;
        for (int i = 0; i < functions->topLevelItemCount(); ++i)
            shown += functions->topLevelItem(i)->isHidden() ? 0 : 1;
        QCOMPARE(shown, 2); // upper, ucase (by its sentence "upper case")
        QCOMPARE(help->text(), QStringLiteral("upper(INPUT) \u2014 The text in upper case. Example: upper(\"HeLLo\")"));
        // The function at the cursor, the cursor inside; then a column.
        text->setPlainText(QString());
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("insertFunctionButton")), Qt::LeftButton);
        QCOMPARE(text->toPlainText(), QStringLiteral("upper()"));
        auto* columnsList = editor->findChild<QListWidget*>(QStringLiteral("expressionColumnList"));
        QCOMPARE(columnsList->count(), 5);
        columnsList->setCurrentRow(2);
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("insertColumnButton")), Qt::LeftButton);
        QCOMPARE(text->toPlainText(), QStringLiteral("upper(Properties_Firstname_Value)"));
        auto* check = editor->findChild<QLabel*>(QStringLiteral("expressionCheckLabel"));
        QTRY_COMPARE(check->text(), QStringLiteral("The expression reads correctly."));
        // No schema on the Platform in this test, no session: the Platform's check is not offered.
        QVERIFY(!editor->findChild<QPushButton*>(QStringLiteral("validateExpressionButton"))->isEnabled());
        editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        MappingModel* model = m_page->model();
        QTRY_COMPARE(model->rules().last().expression, QStringLiteral("upper(Properties_Firstname_Value)"));
        // The Edit button reopens it for the selected calculated field.
        auto* edit = find<QPushButton>("editExpressionButton");
        view()->setCurrentIndex(model->index(0, MappingModel::SourceColumn));
        QVERIFY(!edit->isEnabled());
        view()->setCurrentIndex(model->index(model->rowCount() - 1, MappingModel::SourceColumn));
        QVERIFY(edit->isEnabled());
    }
};

QTEST_MAIN(TestMappingChecks)
#include "TestMappingChecks.moc"
