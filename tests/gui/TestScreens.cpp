// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "WizardDriver.h"
#include "base/Translator.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTableView>
#include <QTreeWidget>

namespace {

/** Texts that do not fit their widget: a label or button narrower (or shorter) than its text needs. */
QStringList clipped(QWidget* root)
{
    QStringList found;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (!w->isVisibleTo(root) || w->width() <= 0)
            continue;
        if (auto* label = qobject_cast<QLabel*>(w)) {
            if (label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            const bool fits = label->wordWrap() ? label->height() + 1 >= label->heightForWidth(label->width())
                                                : label->width() + 1 >= label->minimumSizeHint().width();
            if (!fits)
                found << QStringLiteral("label \"%1\" (%2x%3)")
                             .arg(label->text().left(50))
                             .arg(label->width())
                             .arg(label->height());
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            if (button->text().isEmpty())
                continue;
            if (button->width() + 1 < button->minimumSizeHint().width())
                found << QStringLiteral("button \"%1\" (%2 < %3)")
                             .arg(button->text())
                             .arg(button->width())
                             .arg(button->minimumSizeHint().width());
        }
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
 * Every page rendered to PNG in one language (AEP_TEST_LANG, en or fr), checked for clipped labels and buttons. The
 * PNG files go to AEP_SCREENSHOT_DIR (default: a "screenshots" folder beside the test).
 */
class TestScreens : public QObject
{
    Q_OBJECT

    QString m_language;
    QDir m_out;
    QStringList m_problems;

    void shoot(WizardDriver& d, const QString& name)
    {
        QTest::qWait(150); // let layouts and lazy loads settle
        const QString file = m_out.filePath(QStringLiteral("%1-%2.png").arg(name, m_language));
        QVERIFY(d.wizard->grab().save(file));
        for (const QString& problem : clipped(d.wizard.get()))
            m_problems << name + QStringLiteral(": ") + problem;
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

    void everyPage()
    {
        WizardDriver d;
        d.wizard->resize(900, 640);
        shoot(d, QStringLiteral("1-credentials"));
        QVERIFY(d.goTo(PageId::Source));
        auto* sources = d.find<QListWidget>("sourceList");
        QTRY_VERIFY_WITH_TIMEOUT(sources->count() >= 5, 10000);
        QTRY_VERIFY(d.find<QRadioButton>("newAccountRadio")->isChecked());
        for (const char* field : {"auth_clientId", "auth_clientSecret", "auth_accessToken", "auth_refreshToken"})
            QTest::keyClicks(d.find<QLineEdit>(field), QStringLiteral("demo"));
        shoot(d, QStringLiteral("2-source"));
        QTest::mouseClick(d.find<QPushButton>("connectAccountButton"), Qt::LeftButton);
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
        QVERIFY(d.goTo(PageId::Schedule));
        shoot(d, QStringLiteral("7-schedule"));
        QVERIFY(d.goTo(PageId::Review));
        shoot(d, QStringLiteral("8-review"));
        QVERIFY(d.goTo(PageId::Runs, 30000));
        d.platform.advanceClock(3 * 3600);
        QTRY_VERIFY_WITH_TIMEOUT(d.find<QTableView>("runsTableView")->model()->rowCount() > 0, 30000);
        shoot(d, QStringLiteral("9-runs"));
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestScreens)
#include "TestScreens.moc"
