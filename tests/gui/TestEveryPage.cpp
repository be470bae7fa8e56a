// SPDX-License-Identifier: GPL-3.0-or-later
// Defects of a kind rather than of a page, looked for on every page of the wizard, Credentials to Runs.
#include "IdleProbe.h"
#include "TestSupport.h"
#include "WizardDriver.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QPointer>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabWidget>

namespace {

const char* pageName(PageId page)
{
    static const char* const names[]
        = {"credentials", "source", "table", "schema", "dataset", "mapping", "schedule", "review", "runs"};
    return names[int(page)];
}

/** Where a click opens @p combo: anywhere on a plain combo; on the arrow of an editable one (the rest is a text field).
 */
QPoint clickPoint(QComboBox* combo)
{
    if (!combo->isEditable())
        return combo->rect().center();
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = true;
    option.subControls = QStyle::SC_All;
    return combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxArrow, combo).center();
}

bool popupShown(QComboBox* combo)
{
    return QTest::qWaitFor([combo] { return combo->view()->isVisible(); }, 2000);
}

bool popupClosedWithEscape(QComboBox* combo)
{
    QWidget* popup = QApplication::activePopupWidget();
    QTest::keyClick(popup ? popup : combo->view(), Qt::Key_Escape);
    return QTest::qWaitFor([combo] { return !combo->view()->isVisible(); }, 2000);
}

/** Opens @p combo's list with the mouse, then with F4; returns what did not work. */
QStringList tryPopup(QComboBox* combo, const QString& where)
{
    QStringList problems;
    const QString name = QStringLiteral("%1: %2").arg(where, combo->objectName());
    QTest::mouseClick(combo, Qt::LeftButton, {}, clickPoint(combo));
    if (!popupShown(combo))
        problems << name + QStringLiteral(": a click does not open the list");
    else if (!popupClosedWithEscape(combo))
        problems << name + QStringLiteral(": Esc does not close the list");
    // The offscreen platform may leave the closed popup as the active window; a desktop gives activation back.
    if (QApplication::activeWindow() != combo->window()) {
        combo->window()->activateWindow();
        if (!QTest::qWaitForWindowActive(combo->window()))
            problems << name + QStringLiteral(": its window is not active again after the list closed");
    }
    combo->setFocus(Qt::TabFocusReason);
    if (!QTest::qWaitFor([combo] { return combo->hasFocus() || combo->isAncestorOf(QApplication::focusWidget()); },
                         2000)) {
        problems << name + QStringLiteral(": takes no keyboard focus");
        return problems;
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F4);
    if (!popupShown(combo))
        problems << name + QStringLiteral(": F4 does not open the list");
    else if (!popupClosedWithEscape(combo))
        problems << name + QStringLiteral(": Esc does not close the list");
    return problems;
}

} // namespace

class TestEveryPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::isolateUserFolders(); }

    void anIdlePageDoesNothing()
    {
        // A page left alone must not judge its fields again and again, nor repaint: the Schedule page once spun
        // the GUI thread at ~90 % CPU that way. One quiet second on each page; the Runs page's refresh timer
        // (every RunsPage::kDefaultRefreshMs) and a text cursor's blinking are all that may tick.
        WizardDriver d;
        QStringList problems;
        QStringList seen;
        const QString failure = d.tour([&](PageId page) {
            IdleProbe probe(d.wizard->currentPage());
            const IdleCounts counts = probe.measure(1000);
            const QString line = QStringLiteral("%1: %2").arg(QLatin1String(pageName(page)), counts.describe());
            seen << QLatin1String(pageName(page));
            qInfo().noquote() << line;
            // A text cursor blinks twice a second, repainting its field and what is under it (up to ~12 paints);
            // a page that keeps judging or redrawing itself sends hundreds.
            if (counts.completeChanged > 3 || counts.timers > 6 || counts.paints > 24)
                problems << line;
            return true;
        });
        QVERIFY2(failure.isEmpty(), qPrintable(QStringLiteral("waited in vain for ") + failure));
        QCOMPARE(seen.size(), 9);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void everyComboOpensWithClickAndF4()
    {
        WizardDriver d;
        QStringList problems;
        QStringList tried;
        const QString failure = d.tour([&](PageId page) {
            QWizardPage* current = d.wizard->currentPage();
            for (QComboBox* combo : current->findChildren<QComboBox*>()) {
                if (!combo->isVisible() || !combo->isEnabled())
                    continue;
                tried << QStringLiteral("%1:%2").arg(QLatin1String(pageName(page)), combo->objectName());
                problems << tryPopup(combo, QLatin1String(pageName(page)));
            }
            if (page == PageId::Mapping) {
                // The mapping table's cells edit with combos too: open each kind on the first rule.
                d.find<QTabWidget>("mappingViews")->setCurrentIndex(1);
                auto* view = d.find<QTableView>("mappingTableView");
                for (const char* editorName : {"sourceEditorComboBox", "destinationEditorComboBox"}) {
                    const int column = QLatin1String(editorName) == QLatin1String("sourceEditorComboBox") ? 0 : 1;
                    const QModelIndex index = view->model()->index(0, column);
                    view->setCurrentIndex(index);
                    view->edit(index);
                    const QPointer<QComboBox> editor = view->findChild<QComboBox*>(QLatin1String(editorName));
                    if (!editor || !QTest::qWaitFor([editor] { return editor && editor->isVisible(); }, 2000)) {
                        problems << QStringLiteral("mapping: no %1 in the table").arg(QLatin1String(editorName));
                        continue;
                    }
                    tried << QStringLiteral("mapping:%1").arg(QLatin1String(editorName));
                    problems << tryPopup(editor, QStringLiteral("mapping"));
                    if (editor)
                        QTest::keyClick(editor, Qt::Key_Escape); // closes the editor, the cell unchanged
                }
            }
            return true;
        });
        QVERIFY2(failure.isEmpty(), qPrintable(QStringLiteral("waited in vain for ") + failure));
        qInfo().noquote() << "combo boxes tried:" << tried.join(QStringLiteral(", "));
        for (const char* expected :
             {"credentials:sandboxComboBox", "schema:identityFieldComboBox", "schema:identityNamespaceComboBox",
              "schedule:frequencyComboBox", "schedule:deltaColumnComboBox", "mapping:sourceEditorComboBox",
              "mapping:destinationEditorComboBox", "mapping:columnsFilter", "mapping:fieldsFilter"})
            QVERIFY2(tried.contains(QLatin1String(expected)), expected);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestEveryPage)
#include "TestEveryPage.moc"
