// SPDX-License-Identifier: GPL-3.0-or-later
#include "MappingPage.h"
#include "TestSupport.h"
#include "core/FieldChoices.h"
#include "core/MappingModel.h"
#include "core/WizardState.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QListWidget>
#include <QPointer>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QWizard>

#include <memory>

namespace {

constexpr int kBefore = 4;
constexpr int kMapping = 5;
constexpr int kAfter = 6;

QJsonObject leaf(const QString& title, const char* type = "string")
{
    return QJsonObject{{QStringLiteral("title"), title},
                       {QStringLiteral("type"), QLatin1String(type)},
                       {QStringLiteral("meta:xdmType"), QLatin1String(type)}};
}

QJsonObject group(const QString& title, const QJsonObject& properties, const QJsonArray& required = {})
{
    QJsonObject node{{QStringLiteral("title"), title},
                     {QStringLiteral("type"), QStringLiteral("object")},
                     {QStringLiteral("meta:xdmType"), QStringLiteral("object")},
                     {QStringLiteral("properties"), properties}};
    if (!required.isEmpty())
        node.insert(QStringLiteral("required"), required);
    return node;
}

/** _id, identityMap, person.name.{firstName,lastName}, personalEmail.address and @p extra tenant fields. */
QJsonObject tree(int extra)
{
    QJsonObject tenant;
    for (int i = 0; i < extra; ++i)
        tenant.insert(QStringLiteral("f%1").arg(i, 4, 10, QLatin1Char('0')), leaf(QStringLiteral("Field %1").arg(i)));
    QJsonObject identityMap{{QStringLiteral("title"), QStringLiteral("Identity map")},
                            {QStringLiteral("type"), QStringLiteral("object")},
                            {QStringLiteral("meta:xdmType"), QStringLiteral("map")}};
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("properties"),
                        QJsonObject{{QStringLiteral("_id"), leaf(QStringLiteral("Identifier"))},
                                    {QStringLiteral("identityMap"), identityMap},
                                    {QStringLiteral("person"),
                                     group(QStringLiteral("Person"),
                                           {{QStringLiteral("name"),
                                             group(QStringLiteral("Name"),
                                                   {{QStringLiteral("firstName"), leaf(QStringLiteral("First name"))},
                                                    {QStringLiteral("lastName"), leaf(QStringLiteral("Last name"))}},
                                                   {QStringLiteral("lastName")})}})},
                                    {QStringLiteral("personalEmail"),
                                     group(QStringLiteral("Personal email"),
                                           {{QStringLiteral("address"), leaf(QStringLiteral("Email address"))}})},
                                    {QStringLiteral("_demo"), group(QStringLiteral("Demo"), tenant)}}}};
}

QJsonArray columns()
{
    QJsonArray result;
    for (const char* name : {"Vid", "Email", "First", "Last"})
        result.append(QJsonObject{{QStringLiteral("name"), QLatin1String(name)}, {QStringLiteral("type"), "string"}});
    return result;
}

/** Vid → _id, Email → personalEmail.address, then expressions into _demo.f0000.. so that the table scrolls. */
QList<MappingRule> rules(int count)
{
    QList<MappingRule> result{{QStringLiteral("Vid"), {}, QStringLiteral("_id")},
                              {QStringLiteral("Email"), {}, QStringLiteral("personalEmail.address")}};
    for (int i = 2; i < count; ++i)
        result << MappingRule{
            {}, QStringLiteral("\"%1\"").arg(i), QStringLiteral("_demo.f%1").arg(i, 4, 10, QLatin1Char('0'))};
    return result;
}

} // namespace

/** The Mapping page in a bare wizard: the problem list points at its rows; the field picker groups and marks. */
class TestMappingPage : public QObject
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

    void open(int extraFields, int ruleCount)
    {
        m_state = std::make_unique<WizardState>();
        m_state->setTable(QStringLiteral("Hubspot.Contacts"), columns(), {});
        DraftSchema schema;
        schema.id = QStringLiteral("https://ns.adobe.com/demo/schemas/contacts");
        m_state->setSchema(schema, tree(extraFields), QStringLiteral("Contacts"), false);
        m_state->setMapping(rules(ruleCount), true);
        m_wizard = std::make_unique<QWizard>();
        m_wizard->resize(820, 600);
        m_page = new MappingPage(m_state.get(), m_wizard.get());
        m_wizard->setPage(kBefore, new QWizardPage(m_wizard.get()));
        m_wizard->setPage(kMapping, m_page);
        m_wizard->setPage(kAfter, new QWizardPage(m_wizard.get()));
        m_wizard->setStartId(kBefore);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), kMapping);
        // These tests edit the rules in the list (the visual editor has its own test).
        m_wizard->findChild<QTabWidget*>(QStringLiteral("mappingViews"))->setCurrentIndex(1);
    }

    QComboBox* openDestinationEditor(int row)
    {
        auto* view = find<QTableView>("mappingTableView");
        const QModelIndex index = view->model()->index(row, MappingModel::DestinationColumn);
        view->scrollTo(index);
        view->setCurrentIndex(index);
        view->edit(index);
        QPointer<QComboBox> editor = view->findChild<QComboBox*>(QStringLiteral("destinationEditorComboBox"));
        if (!editor || !QTest::qWaitFor([editor] { return editor && editor->isVisible(); }, 5000))
            return nullptr;
        return editor;
    }

    static bool rowShown(QTableView* view, int row)
    {
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        return rect.isValid() && view->viewport()->rect().contains(rect.center());
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolateUserFolders();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void cleanup()
    {
        m_wizard.reset();
        m_state.reset();
    }

    void problemsPointAtTheirRows()
    {
        open(40, 30);
        auto* view = find<QTableView>("mappingTableView");
        auto* model = m_page->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* problems = find<QListWidget>("mappingProblemList");
        QVERIFY(!model->hasErrors());
        QVERIFY(!problems->isVisible());
        // Row numbers beside the rules.
        QVERIFY(view->verticalHeader()->isVisible());
        QCOMPARE(model->headerData(9, Qt::Vertical).toInt(), 10);

        // Row 26 is given, through its cell editor, the field of row 2.
        QComboBox* editor = openDestinationEditor(25);
        QVERIFY(editor);
        const int email = editor->findData(QStringLiteral("personalEmail.address"), FieldChoiceModel::PathRole);
        QVERIFY(email >= 0);
        editor->setCurrentIndex(email);
        QCOMPARE(editor->currentText(), QStringLiteral("personalEmail.address"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(model->rules().at(25).destination, QStringLiteral("personalEmail.address"));
        QVERIFY(model->hasErrors());
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());

        // One problem naming the columns, the field and both rows; both rows marked, the edited one too.
        QTRY_VERIFY(problems->isVisible());
        QCOMPARE(problems->count(), 1);
        QCOMPARE(problems->item(0)->text(),
                 QStringLiteral("Email and \"25\" \u2192 personalEmail.address: 2 rules write this field (rows 2 and "
                                "26)."));
        for (int row : {1, 25}) {
            const QModelIndex status = model->index(row, MappingModel::StatusColumn);
            QCOMPARE(status.data(MappingModel::SeverityRole).toInt(), 2);
            QVERIFY(status.data(Qt::ToolTipRole).toString().contains(QLatin1String("rows 2 and 26")));
        }

        // A click on the problem selects its first row and scrolls to it.
        view->scrollToBottom();
        view->setCurrentIndex(model->index(20, 0));
        QTRY_VERIFY(!rowShown(view, 1));
        QTest::mouseClick(problems->viewport(), Qt::LeftButton, {},
                          problems->visualItemRect(problems->item(0)).center());
        QTRY_COMPARE(view->currentIndex().row(), 1);
        QVERIFY(view->selectionModel()->isRowSelected(1, {}));
        QTRY_VERIFY(rowShown(view, 1));

        // Enter on the problem does the same, and nothing else (the wizard stays on the page).
        view->scrollToBottom();
        view->setCurrentIndex(model->index(28, 0));
        QTRY_VERIFY(!rowShown(view, 1));
        problems->setFocus();
        problems->setCurrentRow(0);
        QTest::keyClick(problems, Qt::Key_Return);
        QTRY_COMPARE(view->currentIndex().row(), 1);
        QTRY_VERIFY(rowShown(view, 1));
        QCOMPARE(m_wizard->currentId(), kMapping);

        // Fixed: no problem left, no marks.
        QVERIFY(model->setData(model->index(25, MappingModel::DestinationColumn), QStringLiteral("_demo.f0001")));
        QTRY_VERIFY(!problems->isVisible());
        QCOMPARE(model->index(1, MappingModel::StatusColumn).data(MappingModel::SeverityRole).toInt(), 0);
    }

    void fieldPickerGroupsAndMarks()
    {
        open(3, 4);
        QComboBox* editor = openDestinationEditor(1); // Email → personalEmail.address
        QVERIFY(editor);
        // Opens on the rule's own field, in the popup too.
        QCOMPARE(editor->currentData(FieldChoiceModel::PathRole).toString(), QStringLiteral("personalEmail.address"));
        QCOMPARE(editor->currentText(), QStringLiteral("personalEmail.address"));
        editor->showPopup();
        QTRY_VERIFY(editor->view()->isVisible());
        QCOMPARE(editor->view()->currentIndex().row(), editor->currentIndex());
        editor->hidePopup();

        QStringList lines;
        int groups = 0;
        for (int i = 0; i < editor->count(); ++i) {
            const QModelIndex index = editor->model()->index(i, 0);
            QVERIFY(index.data(FieldChoiceModel::PathRole).toString() != QLatin1String("identityMap"));
            if (index.data(FieldChoiceModel::IsGroupRole).toBool()) {
                ++groups;
                QVERIFY(!(editor->model()->flags(index) & Qt::ItemIsSelectable));
            }
            lines << index.data().toString();
        }
        QCOMPARE(groups, 4); // _demo, person, person.name, personalEmail
        QCOMPARE(editor->count(), 4 + 3 + 4); // the groups, _demo's three, _id and the three others
        QVERIFY2(lines.contains(QStringLiteral("Identifier \u2014 _id (string) \u00b7 mapped in row 1")),
                 qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY2(
            lines.contains(QStringLiteral("        Last name \u2014 person.name.lastName (string) \u00b7 required")),
            qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(lines.contains(QStringLiteral("Person \u2014 person")));
        // The arrow keys pass over group headers: from person.name.lastName down to personalEmail.address.
        editor->setCurrentIndex(editor->findData(QStringLiteral("person.name.lastName"), FieldChoiceModel::PathRole));
        QTest::keyClick(editor, Qt::Key_Down);
        QCOMPARE(editor->currentData(FieldChoiceModel::PathRole).toString(), QStringLiteral("personalEmail.address"));
        QTest::keyClick(editor, Qt::Key_Escape);
        QTRY_VERIFY(
            !find<QTableView>("mappingTableView")->findChild<QComboBox*>(QStringLiteral("destinationEditorComboBox")));
        QCOMPARE(m_page->model()->rules().at(1).destination, QStringLiteral("personalEmail.address"));
    }

    void fieldPickerWithThousandsOfFields()
    {
        open(4000, 10);
        QElapsedTimer timer;
        timer.start();
        QComboBox* editor = openDestinationEditor(5);
        QVERIFY(editor);
        QCOMPARE(editor->currentData(FieldChoiceModel::PathRole).toString(), QStringLiteral("_demo.f0005"));
        editor->showPopup();
        QTRY_VERIFY(editor->view()->isVisible());
        editor->hidePopup();
        qInfo() << "BENCH mapping_field_picker_ms" << timer.elapsed();
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(editor->count(), 4000 + 4 + 4);
    }
};

QTEST_MAIN(TestMappingPage)
#include "TestMappingPage.moc"
