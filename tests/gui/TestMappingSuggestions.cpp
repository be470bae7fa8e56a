// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvImportDialog.h"
#include "MappingCsvButtons.h"
#include "MappingPage.h"
#include "SuggestionPanel.h"
#include "TestSupport.h"
#include "core/MappingCsv.h"
#include "core/MappingModel.h"
#include "core/SuggestionModel.h"
#include "core/WizardState.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWizard>

#include <memory>

namespace {

QJsonObject leaf(const char* title, const char* type = "string")
{
    return QJsonObject{{QStringLiteral("title"), QLatin1String(title)},
                       {QStringLiteral("type"), QLatin1String(type)},
                       {QStringLiteral("meta:xdmType"), QLatin1String(type)}};
}

QJsonObject group(const QJsonObject& properties)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}, {QStringLiteral("properties"), properties}};
}

QJsonObject tree()
{
    return group(
        {{QStringLiteral("_id"), leaf("Identifier")},
         {QStringLiteral("person"),
          group({{QStringLiteral("name"),
                  group({{QStringLiteral("firstName"), leaf("First name")},
                         {QStringLiteral("lastName"), leaf("Last name")}})},
                 {QStringLiteral("birthDate"), leaf("Birth date", "date")}})},
         {QStringLiteral("personalEmail"), group({{QStringLiteral("address"), leaf("Address")}})},
         {QStringLiteral("workEmail"), group({{QStringLiteral("address"), leaf("Address")}})},
         {QStringLiteral("_demo"), group({{QStringLiteral("loyaltyPoints"), leaf("Loyalty points", "int")}})}});
}

QJsonArray columns()
{
    QJsonArray result;
    const QList<std::pair<const char*, const char*>> named{{"Vid", "long"},
                                                           {"Properties_Firstname_Value", "string"},
                                                           {"Properties_Email_Value", "string"},
                                                           {"Courriel", "string"},
                                                           {"Is_Contact", "boolean"},
                                                           {"Last_Nme", "string"},
                                                           {"Birth_Dat", "date"},
                                                           {"Loyaltypoint", "int"}};
    for (const auto& [name, type] : named)
        result.append(
            QJsonObject{{QStringLiteral("name"), QLatin1String(name)}, {QStringLiteral("type"), QLatin1String(type)}});
    return result;
}

int rowOf(QAbstractItemModel* model, const QString& column)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == column)
            return row;
    }
    return -1;
}

} // namespace

/** The Mapping page's suggestions (accept one, reject one, accept all from a score) and its CSV export and import. */
class TestMappingSuggestions : public QObject
{
    Q_OBJECT

    std::unique_ptr<WizardState> m_state;
    std::unique_ptr<QWizard> m_wizard;
    MappingPage* m_page = nullptr;
    QTemporaryDir m_dir;

    template <typename T>
    T* find(const char* name) const
    {
        T* widget = m_wizard->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }

    void open()
    {
        m_state = std::make_unique<WizardState>();
        m_state->setTable(QStringLiteral("Hubspot.Contacts"), columns(), {});
        DraftSchema schema;
        schema.id = QStringLiteral("https://ns.adobe.com/demo/schemas/contacts");
        m_state->setSchema(schema, tree(), QStringLiteral("Contacts"), false);
        m_wizard = std::make_unique<QWizard>();
        m_wizard->resize(900, 700);
        m_page = new MappingPage(m_state.get(), m_wizard.get());
        m_wizard->setPage(1, new QWizardPage(m_wizard.get()));
        m_wizard->setPage(2, m_page);
        m_wizard->setPage(3, new QWizardPage(m_wizard.get()));
        m_wizard->setStartId(1);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), 2);
    }

    void select(QTableView* view, const char* column)
    {
        const int row = rowOf(view->model(), QLatin1String(column));
        QVERIFY2(row >= 0, column);
        view->setCurrentIndex(view->model()->index(row, 0));
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolateUserFolders();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
    }

    void cleanup()
    {
        m_wizard.reset();
        m_state.reset();
    }

    void acceptRejectAndAcceptAll()
    {
        open();
        MappingModel* rules = m_page->model();
        auto* view = find<QTableView>("suggestionTableView");
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* panel = find<SuggestionPanel>("suggestionPanel");
        // The first visit made rules of the sure suggestions (80 or more); the similar names wait, apart.
        QCOMPARE(rules->rules(),
                 (QList<MappingRule>{
                     {QStringLiteral("Vid"), {}, QStringLiteral("_id")},
                     {QStringLiteral("Properties_Firstname_Value"), {}, QStringLiteral("person.name.firstName")},
                     {QStringLiteral("Properties_Email_Value"), {}, QStringLiteral("personalEmail.address")},
                     {QStringLiteral("Courriel"), {}, QStringLiteral("workEmail.address")}}));
        QTRY_VERIFY(panel->isVisible());
        QCOMPARE(view->model()->rowCount(), 3);
        const int last = rowOf(view->model(), QStringLiteral("Last_Nme"));
        QCOMPARE(view->model()->index(last, SuggestionModel::FieldColumn).data().toString(),
                 QStringLiteral("person.name.lastName"));
        QCOMPARE(view->model()->index(last, 0).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Suggested, score 75: similar name (1 letter(s) differ); types agree"));
        QVERIFY(find<QLabel>("suggestionTitleLabel")->text().contains(QLatin1String("(3)")));
        QCOMPARE(find<QSpinBox>("suggestionThresholdSpinBox")->value(), 80);

        // Accept one: a rule like any other.
        auto* accept = find<QPushButton>("acceptSuggestionButton");
        select(view, "Last_Nme");
        QTRY_VERIFY(accept->isEnabled());
        QTest::mouseClick(accept, Qt::LeftButton);
        QTRY_COMPARE(rules->rowCount(), 5);
        QCOMPARE(rules->rules().last(),
                 (MappingRule{QStringLiteral("Last_Nme"), {}, QStringLiteral("person.name.lastName")}));
        QCOMPARE(view->model()->rowCount(), 2);

        // Reject one: gone, and not suggested again by "Map automatically".
        select(view, "Birth_Dat");
        QTest::mouseClick(find<QPushButton>("rejectSuggestionButton"), Qt::LeftButton);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QTest::mouseClick(find<QPushButton>("autoMapButton"), Qt::LeftButton);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(rowOf(view->model(), QStringLiteral("Birth_Dat")), -1);
        QCOMPARE(rules->rowCount(), 5); // nothing sure left to add

        // The user's own rule to the suggested field wins: the suggestion goes.
        const int row = rules->addRule(true);
        QVERIFY(
            rules->setData(rules->index(row, MappingModel::DestinationColumn), QStringLiteral("_demo.loyaltyPoints")));
        QTRY_VERIFY(!panel->isVisible());
        QVERIFY(rules->removeRows(row, 1));
        QTest::mouseClick(find<QPushButton>("autoMapButton"), Qt::LeftButton);
        QTRY_COMPARE(view->model()->rowCount(), 1);

        // Accept all from 80 takes nothing; from 70 the loyalty points (75).
        QTest::mouseClick(find<QPushButton>("acceptAllSuggestionsButton"), Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), 1);
        find<QSpinBox>("suggestionThresholdSpinBox")->setValue(70);
        QTest::mouseClick(find<QPushButton>("acceptAllSuggestionsButton"), Qt::LeftButton);
        QTRY_VERIFY(!panel->isVisible());
        QCOMPARE(rules->rules().last(),
                 (MappingRule{QStringLiteral("Loyaltypoint"), {}, QStringLiteral("_demo.loyaltyPoints")}));
        QVERIFY(!rules->hasErrors());
    }

    void csvExportAndImportPreview()
    {
        open();
        MappingModel* rules = m_page->model();
        const QList<MappingRule> before = rules->rules();
        QVERIFY(!before.isEmpty());

        // Export through the (Qt, not native) file dialog.
        const QString exported = m_dir.filePath(QStringLiteral("out.csv"));
        QTest::mouseClick(find<QPushButton>("exportCsvButton"), Qt::LeftButton);
        QPointer<QFileDialog> files;
        QTRY_VERIFY((files = m_wizard->findChild<QFileDialog*>(QStringLiteral("csvFileDialog"))) && files->isVisible());
        QCOMPARE(files->windowModality(), Qt::WindowModal);
        files->selectFile(exported);
        static_cast<QDialog*>(files.data())->accept(); // QFileDialog::accept(), as the Open or Save button
        QTRY_VERIFY(QFile::exists(exported));
        QFile out(exported);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QSet<QString> paths;
        for (const XdmField& field : rules->targetFields())
            paths.insert(field.path);
        QCOMPARE(MappingCsv::read(out.readAll(), rules->columnNames(), paths).rules, before);
        QTRY_VERIFY(!m_wizard->findChild<QFileDialog*>(QStringLiteral("csvFileDialog")));

        // Import: a preview first, and nothing changes while it is open or when it is cancelled.
        const QString path = m_dir.filePath(QStringLiteral("in.csv"));
        QFile in(path);
        QVERIFY(in.open(QIODevice::WriteOnly));
        in.write("\xEF\xBB\xBFsourceType,source,destination,description\r\n"
                 "ATTRIBUTE,Vid,_id,\r\n"
                 "ATTRIBUTE,Nosuch,person.name.lastName,\r\n"
                 "EXPRESSION,\"lower(Properties_Email_Value)\",personalEmail.address,\"a, b\"\r\n");
        in.close();
        for (bool confirm : {false, true}) {
            QTest::mouseClick(find<QPushButton>("importCsvButton"), Qt::LeftButton);
            QTRY_VERIFY((files = m_wizard->findChild<QFileDialog*>(QStringLiteral("csvFileDialog")))
                        && files->isVisible());
            files->selectFile(path);
            static_cast<QDialog*>(files.data())->accept(); // QFileDialog::accept(), as the Open or Save button
            QPointer<CsvImportDialog> dialog;
            QTRY_VERIFY((dialog = m_wizard->findChild<CsvImportDialog*>(QStringLiteral("csvImportDialog")))
                        && dialog->isVisible());
            QCOMPARE(dialog->windowModality(), Qt::WindowModal);
            QCOMPARE(dialog->ruleList()->count(), 2);
            QCOMPARE(dialog->ruleList()->item(1)->text(),
                     QStringLiteral("Line 4: lower(Properties_Email_Value) \u2192 personalEmail.address"));
            QCOMPARE(dialog->problemList()->count(), 1);
            QCOMPARE(dialog->problemList()->item(0)->text(),
                     QStringLiteral("Line 3: The table has no column \u201cNosuch\u201d."));
            QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("csvImportSummaryLabel"))
                        ->text()
                        .contains(QStringLiteral("2 rule(s) read from \u201cin.csv\u201d")));
            QCOMPARE(rules->rules(), before);
            auto* button
                = dialog->findChild<QPushButton*>(confirm ? QStringLiteral("csvImportAcceptButton") : QString());
            if (confirm)
                QTest::mouseClick(button, Qt::LeftButton);
            else
                dialog->reject();
            QTRY_VERIFY(!dialog);
        }
        QCOMPARE(rules->rules(),
                 (QList<MappingRule>{
                     {QStringLiteral("Vid"), {}, QStringLiteral("_id")},
                     {{}, QStringLiteral("lower(Properties_Email_Value)"), QStringLiteral("personalEmail.address")}}));
        QCOMPARE(find<SuggestionPanel>("suggestionPanel")->model()->rowCount(), 0);
        QVERIFY(!find<QPushButton>("exportCsvButton")->toolTip().isEmpty());
    }

    void importDirectlyWithAPathAndBadFile()
    {
        open();
        const QList<MappingRule> before = m_page->model()->rules();
        auto* buttons = m_wizard->findChild<MappingCsvButtons*>();
        QVERIFY(buttons);
        const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("source,destination\nVid,_id\n");
        file.close();
        buttons->importFrom(path);
        QPointer<CsvImportDialog> dialog;
        QTRY_VERIFY((dialog = m_wizard->findChild<CsvImportDialog*>(QStringLiteral("csvImportDialog")))
                    && dialog->isVisible());
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("csvImportAcceptButton"))->isEnabled());
        QCOMPARE(dialog->ruleList()->count(), 0);
        QVERIFY(dialog->problemList()->item(0)->text().startsWith(QLatin1String("Line 1: The header must name")));
        dialog->reject();
        QTRY_VERIFY(!dialog);
        QCOMPARE(m_page->model()->rules(), before);
    }
};

QTEST_MAIN(TestMappingSuggestions)
#include "TestMappingSuggestions.moc"
