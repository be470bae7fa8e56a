// SPDX-License-Identifier: GPL-3.0-or-later
#include "MappingLinks.h"
#include "MappingPane.h"
#include "TestSupport.h"
#include "VisualMappingEditor.h"
#include "WizardDriver.h"
#include "base/Translator.h"
#include "core/MappingModel.h"
#include "core/SchemaFieldsModel.h"
#include "core/SourceColumnsModel.h"

#include <QDropEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>

/**
 * The visual mapping editor on the emulator's HubSpot Contacts table and a profile schema (person and personal
 * contact field groups): mapped with the mouse only, then with the keyboard only; the lines follow the rules and
 * the scrolling; the filters and counters say what is left.
 */
class TestVisualMappingEditor : public QObject
{
    Q_OBJECT

    static MappingModel* rules(WizardDriver& d)
    {
        return qobject_cast<MappingModel*>(d.find<QTableView>("mappingTableView")->model());
    }

    /** The view's index of the column @p name, or of the field @p path, made visible. */
    static QModelIndex shown(MappingPane* pane, const QModelIndex& modelIndex)
    {
        if (!pane->showIndex(modelIndex))
            return {};
        return pane->view()->currentIndex();
    }

    static QPoint centre(QTreeView* view, const QModelIndex& index) { return view->visualRect(index).center(); }

    static void clickColumn(WizardDriver& d, VisualMappingEditor* editor, const char* name)
    {
        MappingPane* pane = editor->columnsPane();
        const QModelIndex index = pane->toView(editor->columnsModel()->index(
            editor->columnsModel()->rowOf(QLatin1String(name)), SourceColumnsModel::NameColumn));
        QVERIFY2(index.isValid(), name);
        pane->view()->scrollTo(index); // what the scroll bar does under the mouse
        QTest::mouseClick(pane->view()->viewport(), Qt::LeftButton, {}, centre(pane->view(), index));
        QTRY_COMPARE(pane->current().data(MappingRoles::NameRole).toString(), QLatin1String(name));
        Q_UNUSED(d)
    }

    static void doubleClickField(VisualMappingEditor* editor, const char* path)
    {
        MappingPane* pane = editor->fieldsPane();
        const QModelIndex index = pane->toView(editor->fieldsModel()->indexOf(QLatin1String(path)));
        QVERIFY2(index.isValid(), path);
        for (QModelIndex group = index.parent(); group.isValid(); group = group.parent())
            pane->view()->expand(group); // the arrows of the groups, clicked
        pane->view()->scrollTo(index);
        const QPoint at = centre(pane->view(), index);
        QTest::mouseClick(pane->view()->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(pane->view()->viewport(), Qt::LeftButton, {}, at);
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolateUserFolders();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(Translator::install(QStringLiteral("en"))); // the English plural forms
    }

    void withTheMouseOnly()
    {
        WizardDriver d;
        d.walkTo(PageId::Mapping);
        auto* editor = d.find<VisualMappingEditor>("visualMappingEditor");
        QVERIFY(editor->isVisible()); // the first tab
        MappingModel* model = rules(d);
        QVERIFY(model->rules().size() >= 5); // the auto-map's proposal
        QVERIFY(!editor->links()->links().isEmpty());
        model->setRules({}); // start from nothing (Clear all)
        QCOMPARE(d.find<QToolButton>("mappedCounter")->text(), QStringLiteral("0 fields mapped"));
        QCOMPARE(d.find<QToolButton>("identityCounter")->text(), QStringLiteral("identity not mapped"));
        QVERIFY(!d.next()->isEnabled());

        // A click on a column, a double-click on a field: a rule.
        clickColumn(d, editor, "Properties_Email_Value");
        doubleClickField(editor, "personalEmail.address");
        QTRY_COMPARE(model->rules().size(), 1);
        QCOMPARE(model->rules().at(0),
                 (MappingRule{QStringLiteral("Properties_Email_Value"), {}, QStringLiteral("personalEmail.address")}));
        QCOMPARE(d.find<QToolButton>("identityCounter")->text(), QStringLiteral("identity mapped"));

        // The same with the Map button.
        clickColumn(d, editor, "Properties_Lastname_Value");
        MappingPane* fields = editor->fieldsPane();
        const QModelIndex lastName
            = shown(fields, editor->fieldsModel()->indexOf(QStringLiteral("person.name.lastName")));
        QVERIFY(lastName.isValid());
        QTest::mouseClick(fields->view()->viewport(), Qt::LeftButton, {}, centre(fields->view(), lastName));
        auto* map = d.find<QPushButton>("mapButton");
        QTRY_VERIFY(map->isEnabled());
        QTest::mouseClick(map, Qt::LeftButton);
        QTRY_COMPARE(model->rules().size(), 2);
        QCOMPARE(model->rules().at(1).destination, QStringLiteral("person.name.lastName"));

        // A column dropped on a field, as the mouse does it: drag enter, move and drop on the field's row.
        const QModelIndex firstName
            = shown(fields, editor->fieldsModel()->indexOf(QStringLiteral("person.name.firstName")));
        QVERIFY(firstName.isValid());
        auto* data = new QMimeData; // the drop event does not own it; the drag would
        data->setData(QString::fromLatin1(SourceColumnsModel::kMimeType),
                      QByteArrayLiteral("Properties_Firstname_Value"));
        const QPointF at = centre(fields->view(), firstName);
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, data, Qt::LeftButton, {});
        QApplication::sendEvent(fields->view()->viewport(), &enter);
        QDragMoveEvent move(at.toPoint(), Qt::CopyAction, data, Qt::LeftButton, {});
        QApplication::sendEvent(fields->view()->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, data, Qt::LeftButton, {});
        QApplication::sendEvent(fields->view()->viewport(), &drop);
        delete data;
        QTRY_COMPARE(model->rules().size(), 3);
        QCOMPARE(
            model->rules().at(2),
            (MappingRule{QStringLiteral("Properties_Firstname_Value"), {}, QStringLiteral("person.name.firstName")}));

        // Each rule has its line; the current one is highlighted.
        QTRY_COMPARE(editor->links()->links().size(), 3);
        int current = 0;
        for (const MappingLinks::Link& link : editor->links()->links())
            current += link.current ? 1 : 0;
        QVERIFY(current >= 1);

        // Unmap with the mouse: the field's rule goes.
        QTest::mouseClick(d.find<QPushButton>("unmapButton"), Qt::LeftButton);
        QTRY_COMPARE(model->rules().size(), 2);
        QCOMPARE(d.find<QToolButton>("mappedCounter")->text(), QStringLiteral("2 fields mapped"));
        // The Required counter filters the fields pane on what it counts.
        QTest::mouseClick(d.find<QToolButton>("requiredCounter"), Qt::LeftButton);
        QCOMPARE(fields->filter()->show(), MappingFilter::Show::Required);
        QCOMPARE(d.wizard->currentId(), int(PageId::Mapping));
    }

    void withTheKeyboardOnly()
    {
        WizardDriver d;
        d.walkTo(PageId::Mapping);
        auto* editor = d.find<VisualMappingEditor>("visualMappingEditor");
        MappingModel* model = rules(d);
        model->setRules({});
        QTreeView* columns = editor->columnsPane()->view();
        QTreeView* fields = editor->fieldsPane()->view();
        const auto mapByKeys = [&](const char* column, const char* field) {
            // Type the column's name in its search box, Down into the list, Enter; type the field, Enter twice.
            QLineEdit* find = editor->columnsPane()->search();
            find->setFocus();
            find->selectAll();
            QTest::keyClicks(find, QLatin1String(column));
            QTest::keyClick(find, Qt::Key_Down);
            QTRY_VERIFY(columns->hasFocus());
            QCOMPARE(editor->columnsPane()->current().data(MappingRoles::NameRole).toString(), QLatin1String(column));
            QTest::keyClick(columns, Qt::Key_Return);
            QTRY_VERIFY(editor->fieldsPane()->search()->hasFocus());
            QTest::keyClicks(editor->fieldsPane()->search(), QLatin1String(field));
            QTest::keyClick(editor->fieldsPane()->search(), Qt::Key_Return);
            QTRY_VERIFY(fields->hasFocus());
            QTest::keyClick(fields, Qt::Key_Return);
            QTRY_VERIFY(columns->hasFocus()); // back to the columns, for the next one
        };
        mapByKeys("Properties_Email_Value", "personalEmail.address");
        mapByKeys("Properties_Firstname_Value", "person.name.firstName");
        mapByKeys("Vid", "_id");
        QCOMPARE(model->rules(),
                 (QList<MappingRule>{
                     {QStringLiteral("Properties_Email_Value"), {}, QStringLiteral("personalEmail.address")},
                     {QStringLiteral("Properties_Firstname_Value"), {}, QStringLiteral("person.name.firstName")},
                     {QStringLiteral("Vid"), {}, QStringLiteral("_id")}}));
        QCOMPARE(d.wizard->currentId(), int(PageId::Mapping)); // no Enter pressed Next
        // Delete on a column removes its rule.
        editor->columnsPane()->search()->clear();
        QVERIFY(
            editor->columnsPane()->showIndex(editor->columnsModel()->index(editor->columnsModel()->rowOf("Vid"), 0)));
        columns->setFocus();
        QTest::keyClick(columns, Qt::Key_Delete);
        QTRY_COMPARE(model->rules().size(), 2);
        QVERIFY(d.next()->isEnabled());
    }

    void linksFollowTheScrolling()
    {
        WizardDriver d;
        d.walkTo(PageId::Mapping);
        auto* editor = d.find<VisualMappingEditor>("visualMappingEditor");
        QTRY_VERIFY(!editor->links()->links().isEmpty());
        QTreeView* fields = editor->fieldsPane()->view();
        fields->expandAll();
        QTRY_VERIFY(fields->verticalScrollBar()->maximum() > 0);
        fields->verticalScrollBar()->setValue(0);
        const QList<MappingLinks::Link> before = editor->links()->links();
        fields->verticalScrollBar()->setValue(fields->verticalScrollBar()->maximum());
        const QList<MappingLinks::Link> after = editor->links()->links();
        // The field ends moved with their rows (or went to an edge); the column ends stayed.
        bool moved = false;
        for (const MappingLinks::Link& link : after) {
            for (const MappingLinks::Link& old : before) {
                if (old.rule == link.rule && old.columnY == link.columnY && old.fieldY != link.fieldY)
                    moved = true;
            }
        }
        QVERIFY(moved);
        // Filtered out, a field has no line.
        editor->fieldsPane()->search()->setText(QStringLiteral("no such field at all"));
        QTRY_VERIFY(editor->links()->links().isEmpty());
    }
};

QTEST_MAIN(TestVisualMappingEditor)
#include "TestVisualMappingEditor.moc"
