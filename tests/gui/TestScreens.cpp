// SPDX-License-Identifier: GPL-3.0-or-later
#include "ElidingComboBox.h"
#include "TestSupport.h"
#include "WizardDriver.h"
#include "base/Translator.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QTableView>
#include <QToolTip>
#include <QTreeWidget>

namespace {

/** A combo box's current text wider than its field: drawn cut (QComboBox does not elide), unless it is an
 * ElidingComboBox. */
bool comboClipped(QComboBox* combo)
{
    if (combo->isEditable() || combo->currentText().isEmpty() || qobject_cast<ElidingComboBox*>(combo))
        return false; // an editable one scrolls its text; an ElidingComboBox elides it and shows it whole on hover
    QStyleOptionComboBox option;
    option.initFrom(combo);
    const QSize text(combo->fontMetrics().horizontalAdvance(combo->currentText()), combo->fontMetrics().height());
    const int needed = combo->style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, combo).width();
    return combo->width() + 1 < needed;
}

/** An elided ElidingComboBox must give its whole text on hover. */
bool elidedWithoutTooltip(QComboBox* combo)
{
    auto* eliding = qobject_cast<ElidingComboBox*>(combo);
    if (!eliding || !eliding->isElided())
        return false;
    const QPoint centre = combo->rect().center();
    QHelpEvent hover(QEvent::ToolTip, centre, combo->mapToGlobal(centre));
    QApplication::sendEvent(combo, &hover);
    const bool shown = QToolTip::text().contains(combo->currentText());
    QToolTip::hideText();
    return !shown;
}

/**
 * What an item view hides: header texts wider than their column, columns that do not fit although the program sizes
 * them all (no column the user can resize, so nothing to drag to see the rest), table rows of uneven height.
 */
QStringList viewProblems(QAbstractItemView* view)
{
    QStringList found;
    QHeaderView* header = nullptr;
    if (auto* tree = qobject_cast<QTreeView*>(view))
        header = tree->header();
    else if (auto* table = qobject_cast<QTableView*>(view))
        header = table->horizontalHeader();
    if (!header || !view->model())
        return found;
    bool userSized = false;
    for (int i = 0; i < header->count(); ++i) {
        if (header->isSectionHidden(i))
            continue;
        userSized = userSized || header->sectionResizeMode(i) == QHeaderView::Interactive;
        if (header->isVisible() && header->sectionSize(i) + 1 < header->sectionSizeHint(i))
            found << QStringLiteral("%1: column \"%2\" narrower than its title (%3 < %4)")
                         .arg(view->objectName(), view->model()->headerData(i, Qt::Horizontal).toString())
                         .arg(header->sectionSize(i))
                         .arg(header->sectionSizeHint(i));
    }
    if (!userSized && view->horizontalScrollBar()->maximum() > 0)
        found << QStringLiteral("%1: its columns do not fit (it scrolls sideways)").arg(view->objectName());
    if (auto* table = qobject_cast<QTableView*>(view)) {
        QSet<int> heights;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            heights.insert(table->rowHeight(row));
        if (heights.size() > 1)
            found << QStringLiteral("%1: rows of uneven height").arg(view->objectName());
    }
    return found;
}

/**
 * Texts that do not fit their widget: a label or button narrower (or shorter) than its text needs, a combo box cutting
 * its current text, an input squeezed below its height or pushed out of its parent, item views hiding columns.
 */
QStringList clipped(QWidget* root)
{
    QStringList found;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (!w->isVisibleTo(root) || w->width() <= 0)
            continue;
        const bool ours = qobject_cast<QLabel*>(w) || qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w)
            || qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSpinBox*>(w);
        QWidget* parent = w->parentWidget();
        const bool inside = qobject_cast<QComboBox*>(parent) || qobject_cast<QAbstractSpinBox*>(parent)
            || qobject_cast<QLineEdit*>(parent)
            || (parent && qobject_cast<QAbstractScrollArea*>(parent->parentWidget()));
        if (ours && !inside && parent && !parent->rect().contains(w->geometry()))
            found << QStringLiteral("%1 %2 out of its parent (%3,%4 %5x%6 in %7x%8)")
                         .arg(QLatin1String(w->metaObject()->className()), w->objectName())
                         .arg(w->x())
                         .arg(w->y())
                         .arg(w->width())
                         .arg(w->height())
                         .arg(parent->width())
                         .arg(parent->height());
        if (auto* label = qobject_cast<QLabel*>(w)) {
            if (label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            const bool fits = label->wordWrap() ? label->height() + 1 >= label->heightForWidth(label->width())
                                                : label->width() + 1 >= label->minimumSizeHint().width()
                    && label->height() + 1 >= label->minimumSizeHint().height();
            if (!fits)
                found << QStringLiteral("label \"%1\" (%2x%3)")
                             .arg(label->text().left(50))
                             .arg(label->width())
                             .arg(label->height());
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            if (button->text().isEmpty())
                continue;
            if (button->width() + 1 < button->minimumSizeHint().width()
                || button->height() + 1 < button->minimumSizeHint().height())
                found << QStringLiteral("button \"%1\" (%2x%3 < %4x%5)")
                             .arg(button->text())
                             .arg(button->width())
                             .arg(button->height())
                             .arg(button->minimumSizeHint().width())
                             .arg(button->minimumSizeHint().height());
        } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            if (comboClipped(combo))
                found << QStringLiteral("combo box %1 cuts \"%2\" (%3 px wide)")
                             .arg(combo->objectName(), combo->currentText())
                             .arg(combo->width());
            if (elidedWithoutTooltip(combo))
                found << QStringLiteral("combo box %1 elides \"%2\" and its tooltip does not give it")
                             .arg(combo->objectName(), combo->currentText());
        } else if (auto* view = qobject_cast<QAbstractItemView*>(w)) {
            found << viewProblems(view);
        }
        if ((qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSpinBox*>(w))
            && !inside && w->height() + 1 < w->minimumSizeHint().height())
            found << QStringLiteral("%1 %2 squeezed to %3 px high (needs %4)")
                         .arg(QLatin1String(w->metaObject()->className()), w->objectName())
                         .arg(w->height())
                         .arg(w->minimumSizeHint().height());
    }
    return found;
}

/** Inputs a screen reader could not name: no accessible name, no label pointing at them, no text of their own. */
QStringList unnamed(QWidget* root)
{
    QSet<const QWidget*> labelled;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (label->buddy())
            labelled.insert(label->buddy());
    }
    QStringList found;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root) || !w->isEnabled())
            continue;
        const bool input = qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w)
            || qobject_cast<QAbstractItemView*>(w) || qobject_cast<QAbstractSpinBox*>(w);
        if (!input || qobject_cast<QHeaderView*>(w) || qobject_cast<QLineEdit*>(w->parentWidget())
            || qobject_cast<QComboBox*>(w->parentWidget()) || qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
            continue; // the line edit inside a combo or spin box is named through its owner
        if (w->accessibleName().isEmpty() && !labelled.contains(w))
            found << QStringLiteral("%1 %2").arg(QLatin1String(w->metaObject()->className()), w->objectName());
    }
    return found;
}

} // namespace

/**
 * Every page rendered to PNG in one language (AEP_TEST_LANG, en or fr), at 900x640 and at the default window size
 * (DataflowWizard::defaultSize(), 820x600), checked for clipped texts (see clipped()) and unnamed inputs. The PNG
 * files go to AEP_SCREENSHOT_DIR (default: a "screenshots" folder beside the test), named
 * <n>-<page>[-820x600]-<language>.png.
 */
class TestScreens : public QObject
{
    Q_OBJECT

    QString m_language;
    QString m_size; // "" at 900x640, "-820x600" at the default size
    QDir m_out;
    QStringList m_problems;

    void shoot(WizardDriver& d, const QString& name)
    {
        QTest::qWait(150); // let layouts and lazy loads settle
        const QString file = m_out.filePath(QStringLiteral("%1%2-%3.png").arg(name, m_size, m_language));
        QVERIFY(d.wizard->grab().save(file));
        for (const QString& problem : clipped(d.wizard.get()))
            m_problems << name + QStringLiteral(": ") + problem;
        // At the default size, no page may make the window grow: what does not fit must wrap or scroll.
        if (!m_size.isEmpty() && d.wizard->width() > DataflowWizard::defaultSize().width())
            m_problems << name + QStringLiteral(": the window grew to %1 pixels wide").arg(d.wizard->width());
        for (const QString& problem : unnamed(d.wizard->currentPage()))
            m_problems << name + QStringLiteral(": no accessible name: ") + problem;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolateUserFolders();
        m_language = qEnvironmentVariable("AEP_TEST_LANG", QStringLiteral("en"));
        QVERIFY(Translator::install(m_language));
        const QString dir = qEnvironmentVariable(
            "AEP_SCREENSHOT_DIR", QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots"));
        QVERIFY(QDir().mkpath(dir));
        m_out.setPath(dir);
    }

    void everyPage_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("900x640") << QSize(900, 640);
        QTest::newRow("default 820x600") << QSize(); // what a first start shows: no window size remembered
    }

    void everyPage()
    {
        QFETCH(QSize, size);
        m_problems.clear();
        QSettings().remove(QStringLiteral("wizard/geometry")); // a size left by an earlier run would hide the default
        m_size = size.isValid() ? QString()
                                : QStringLiteral("-%1x%2")
                                      .arg(DataflowWizard::defaultSize().width())
                                      .arg(DataflowWizard::defaultSize().height());
        WizardDriver d;
        if (size.isValid())
            d.wizard->resize(size);
        QCOMPARE(d.wizard->size(), size.isValid() ? size : DataflowWizard::defaultSize());
        shoot(d, QStringLiteral("1-credentials"));
        // The demo's note (app/main.cpp's text, in the catalogue's language), as ./run shows it.
        d.wizard->credentialsPage()->showNote(
            QCoreApplication::translate("main",
                                        "Demo mode: the wizard talks to the built-in Platform emulator at %1, not to "
                                        "Adobe. Its credential is filled in (client ID \u201c%2\u201d, client secret "
                                        "\u201c%3\u201d).")
                .arg(QStringLiteral("http://127.0.0.1:40123"), EmulatorOptions().clientId,
                     EmulatorOptions().clientSecret));
        shoot(d, QStringLiteral("1-credentials-demo"));
        QVERIFY(d.goTo(PageId::Source));
        auto* sources = d.find<QListWidget>("sourceList");
        QTRY_VERIFY_WITH_TIMEOUT(sources->count() >= 5, 10000);
        QTRY_VERIFY(d.find<QRadioButton>("newAccountRadio")->isChecked());
        for (const char* field : {"auth_clientId", "auth_clientSecret", "auth_accessToken", "auth_refreshToken"})
            QTest::keyClicks(d.find<QLineEdit>(field), QStringLiteral("demo"));
        shoot(d, QStringLiteral("2-source"));
        QTest::mouseClick(d.find<QPushButton>("connectAccountButton"), Qt::LeftButton);
        QTRY_VERIFY(d.find<QWidget>("sourceMessage")->isVisible()); // the banner takes room from the form
        shoot(d, QStringLiteral("2-source-banner"));
        QVERIFY(d.goTo(PageId::Table));
        auto* tables = d.find<QListWidget>("tableList");
        QTRY_VERIFY_WITH_TIMEOUT(tables->count() >= 4, 10000);
        tables->setCurrentItem(tables->findItems(QStringLiteral("Hubspot.Contacts"), Qt::MatchExactly).first());
        QTRY_VERIFY_WITH_TIMEOUT(d.find<QTableView>("previewTableView")->model()->rowCount() > 0, 10000);
        shoot(d, QStringLiteral("3-table"));
        QVERIFY(d.goTo(PageId::Schema));
        auto* groups = d.find<QListWidget>("fieldGroupList");
        QTRY_VERIFY_WITH_TIMEOUT(groups->count() >= 2, 10000);
        for (int i = 0; i < groups->count(); ++i) {
            const QString id = groups->item(i)->data(Qt::UserRole).toString();
            if (id.endsWith(QLatin1String("person-details")) || id.endsWith(QLatin1String("personal-details")))
                groups->item(i)->setCheckState(Qt::Checked);
        }
        QTRY_VERIFY_WITH_TIMEOUT(d.find<QTreeWidget>("schemaTreeWidget")->topLevelItemCount() > 3, 10000);
        d.find<QCheckBox>("schemaProfileCheckBox")->setChecked(true);
        shoot(d, QStringLiteral("4-schema"));
        QVERIFY(d.goTo(PageId::Dataset));
        shoot(d, QStringLiteral("5-dataset"));
        QVERIFY(d.goTo(PageId::Mapping));
        shoot(d, QStringLiteral("6-mapping"));
        {
            // The preview tab: the demo's sample rows through the proposed mapping.
            auto* views = d.find<QTabWidget>("mappingViews");
            views->setCurrentIndex(2);
            QTRY_VERIFY(d.find<QAbstractItemView>("previewRowsView")->model()->rowCount() > 0);
            shoot(d, QStringLiteral("6-mapping-preview"));
            views->setCurrentIndex(0);
        }
        QVERIFY(d.goTo(PageId::Schedule));
        shoot(d, QStringLiteral("7-schedule"));
        QVERIFY(d.goTo(PageId::Review));
        shoot(d, QStringLiteral("8-review"));
        QTest::mouseClick(d.next(), Qt::LeftButton); // Create: the page stays, every step ticked, with a summary
        QTRY_VERIFY_WITH_TIMEOUT(!d.wizard->state()->flowId().isEmpty() && d.next()->isEnabled(), 30000);
        shoot(d, QStringLiteral("8-review-created"));
        QVERIFY(d.watchRuns());
        QTRY_COMPARE_WITH_TIMEOUT(d.wizard->currentId(), int(PageId::Runs), 30000);
        d.platform.advanceClock(3 * 3600);
        QTRY_VERIFY_WITH_TIMEOUT(d.find<QTableView>("runsTableView")->model()->rowCount() > 0, 30000);
        shoot(d, QStringLiteral("9-runs"));
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestScreens)
#include "TestScreens.moc"
