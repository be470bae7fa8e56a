// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "WizardDriver.h"
#include "WizardPage.h"
#include "base/Translator.h"
#include "core/LanguageChoice.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>

namespace {

/** Everything the user entered or chose, in every page, by widget name: what a language switch must not lose. */
QStringList entered(QWidget* root)
{
    QStringList found;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        const QString name = w->objectName();
        if (name.isEmpty())
            continue;
        if (auto* edit = qobject_cast<QLineEdit*>(w);
            edit && !qobject_cast<QAbstractSpinBox*>(w->parentWidget()) && !qobject_cast<QComboBox*>(w->parentWidget()))
            found << name + QStringLiteral(" = ") + edit->text();
        else if (auto* combo = qobject_cast<QComboBox*>(w))
            found << name + QStringLiteral(" #") + QString::number(combo->currentIndex()) + QLatin1Char(' ')
                    + combo->currentData().toString();
        else if (auto* button = qobject_cast<QAbstractButton*>(w); button && button->isCheckable())
            found << name + (button->isChecked() ? QStringLiteral(" on") : QStringLiteral(" off"));
        else if (auto* spin = qobject_cast<QSpinBox*>(w))
            found << name + QStringLiteral(" = ") + QString::number(spin->value());
        else if (auto* time = qobject_cast<QDateTimeEdit*>(w))
            found << name + QStringLiteral(" = ") + time->dateTime().toString(Qt::ISODate);
        else if (auto* list = qobject_cast<QListWidget*>(w))
            found << name + QStringLiteral(" row ") + QString::number(list->currentRow());
    }
    return found;
}

/** The texts a page shows of its own: its title and subtitle, its labels' and buttons' texts. */
QStringList shown(QWizardPage* page)
{
    QStringList texts{page->title(), page->subTitle()};
    for (QLabel* label : page->findChildren<QLabel*>())
        texts << label->text();
    for (QAbstractButton* button : page->findChildren<QAbstractButton*>())
        texts << button->text();
    texts.removeAll(QString());
    return texts;
}

} // namespace

/**
 * The language menu on a half-filled wizard: French then English again, at once, every page's words in the language
 * chosen, nothing entered lost, the choice remembered.
 */
class TestLanguageSwitch : public QObject
{
    Q_OBJECT

    std::unique_ptr<WizardDriver> m_driver;

    /** Picks @p action in the language menu and lets the LanguageChange Qt posts arrive. */
    void choose(const char* action)
    {
        auto* menu = m_driver->find<QMenu>("languageMenu");
        menu->findChild<QAction*>(QLatin1String(action))->trigger();
        QCoreApplication::processEvents(); // the posted QEvent::LanguageChange
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolateUserFolders();
        QVERIFY(Translator::install(QStringLiteral("en")));
        QSettings().remove(QStringLiteral("wizard/geometry"));
    }

    void cleanupTestCase() { m_driver.reset(); }

    void languageButtonOffersThreeChoices()
    {
        m_driver = std::make_unique<WizardDriver>();
        auto* button = m_driver->find<QPushButton>("languageButton");
        QVERIFY(button->isVisible());
        QCOMPARE(button->text(), QStringLiteral("English")); // the language in effect, by its own name
        QCOMPARE(button->menu(), m_driver->find<QMenu>("languageMenu"));
        QStringList names;
        for (QAction* action : button->menu()->actions())
            names << action->text();
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Fran\u00e7ais"), QStringLiteral("English"),
                              QStringLiteral("System language")}));
    }

    void halfFilledWizardKeepsEverything()
    {
        WizardDriver& d = *m_driver;
        d.walkTo(PageId::Dataset);
        QCOMPARE(d.wizard->currentId(), int(PageId::Dataset));
        d.find<QLineEdit>("datasetNameLineEdit")->setText(QStringLiteral("Contacts from HubSpot"));
        QTest::keyClicks(d.find<QLineEdit>("datasetDescriptionLineEdit"), QStringLiteral("typed, not yet stored"));
        const QStringList before = entered(d.wizard.get());
        // The draft autosave stores what is typed within a second, whenever its timer fires (later on a slow
        // build): store it now, so that the comparison below sees the switch only.
        qobject_cast<WizardPage*>(d.wizard->currentPage())->storeInput();
        const QByteArray draft = QJsonDocument(d.wizard->state()->draft().toJson()).toJson();
        QHash<int, QStringList> english;
        QHash<int, QString> titles;
        for (const int id : d.wizard->pageIds()) {
            english.insert(id, shown(d.wizard->page(id)));
            titles.insert(id, d.wizard->page(id)->title());
        }
        const QString next = d.wizard->button(QWizard::NextButton)->text();

        choose("languageFrenchAction");
        QCOMPARE(Translator::current(), QStringLiteral("fr"));
        QCOMPARE(LanguageChoice::load(), LanguageChoice::Choice::French);
        QCOMPARE(QLocale().language(), QLocale::French);
        QCOMPARE(d.wizard->currentId(), int(PageId::Dataset));
        QCOMPARE(entered(d.wizard.get()), before);
        {
            // Say which line of the draft changed, not only that it did.
            const QList<QByteArray> now = QJsonDocument(d.wizard->state()->draft().toJson()).toJson().split('\n');
            const QList<QByteArray> then = draft.split('\n');
            for (qsizetype i = 0; i < std::max(now.size(), then.size()); ++i)
                QVERIFY2(now.value(i) == then.value(i),
                         qPrintable(QStringLiteral("draft line %1: %2 instead of %3")
                                        .arg(i + 1)
                                        .arg(QString::fromUtf8(now.value(i)), QString::fromUtf8(then.value(i)))));
        }
        QCOMPARE(d.find<QPushButton>("languageButton")->text(), QStringLiteral("Fran\u00e7ais"));
        QVERIFY(d.wizard->button(QWizard::NextButton)->text() != next);
        QCOMPARE(d.wizard->windowTitle(),
                 QCoreApplication::translate("DataflowWizard", "Dataflow Wizard \u2014 Adobe Experience Platform"));
        int titlesChanged = 0;
        for (const int id : d.wizard->pageIds()) {
            QWizardPage* page = d.wizard->page(id);
            titlesChanged += page->title() != titles.value(id) ? 1 : 0; // "Source" is "Source" in French too
            QCOMPARE(page->title(), Translator::retranslate(titles.value(id)));
            // Every visited page, and the others, say most of their words in French now.
            const QStringList french = shown(page);
            int changed = 0;
            for (const QString& text : french)
                changed += english.value(id).contains(text) ? 0 : 1;
            QVERIFY2(changed * 2 >= french.size(),
                     qPrintable(QStringLiteral("page %1: %2 of %3 texts changed: %4")
                                    .arg(id)
                                    .arg(changed)
                                    .arg(french.size())
                                    .arg(french.join(QStringLiteral(" | ")))));
        }
        QVERIFY2(titlesChanged >= 6, qPrintable(QString::number(titlesChanged))); // "Source" and "Table" stay
        // The pages not yet seen open in French; the page left keeps what was typed.
        QVERIFY(d.goTo(PageId::Mapping));
        QCOMPARE(d.wizard->currentPage()->title(), QStringLiteral("Mappage"));
        QVERIFY(d.goTo(PageId::Schedule));
        QVERIFY(d.wizard->currentPage()->title() != QLatin1String("Schedule"));
        // The name the wizard proposes, untouched, is in the language in effect, and follows it.
        auto* flowName = d.find<QLineEdit>("flowNameLineEdit");
        QCOMPARE(flowName->text(), QStringLiteral("Hubspot.Contacts vers Experience Platform"));
        QStringList onSchedule = entered(d.wizard.get());

        choose("languageEnglishAction");
        QCOMPARE(Translator::current(), QStringLiteral("en"));
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(flowName->text(), QStringLiteral("Hubspot.Contacts to Experience Platform"));
        QCOMPARE(d.wizard->state()->draft().dataflow.name, flowName->text());
        onSchedule.replaceInStrings(QStringLiteral(" vers Experience"), QStringLiteral(" to Experience"));
        QCOMPARE(entered(d.wizard.get()), onSchedule);
        QCOMPARE(d.wizard->currentPage()->title(), QStringLiteral("Schedule"));
        QCOMPARE(d.wizard->button(QWizard::NextButton)->text(), next);
        QCOMPARE(d.find<QPushButton>("languageButton")->text(), QStringLiteral("English"));
        for (const int id : d.wizard->pageIds())
            QCOMPARE(d.wizard->page(id)->title(), titles.value(id));
        QWizardPage* dataset = d.wizard->page(int(PageId::Dataset));
        QCOMPARE(shown(dataset), english.value(int(PageId::Dataset)));
        QCOMPARE(d.find<QLineEdit>("datasetDescriptionLineEdit")->text(), QStringLiteral("typed, not yet stored"));
        // Back on the pages already seen: as they were, in English.
        d.wizard->back();
        QCOMPARE(d.wizard->currentId(), int(PageId::Mapping));
        QCOMPARE(d.wizard->currentPage()->title(), QStringLiteral("Mapping"));
        QVERIFY(d.goTo(PageId::Schedule));
        QCOMPARE(LanguageChoice::load(), LanguageChoice::Choice::English);
        // The system's language (the tests run with LANG=C.UTF-8: English), remembered as "the system's".
        choose("languageSystemAction");
        QCOMPARE(LanguageChoice::load(), LanguageChoice::Choice::System);
        QCOMPARE(Translator::current(), Translator::defaultLanguage());
        QVERIFY(
            d.find<QMenu>("languageMenu")->findChild<QAction*>(QStringLiteral("languageSystemAction"))->isChecked());
        QCOMPARE(entered(d.wizard.get()), onSchedule);
        // A name the user typed is theirs: it stays in every language.
        flowName->clear();
        QTest::keyClicks(flowName, QStringLiteral("Contacts every hour"));
        choose("languageFrenchAction");
        QCOMPARE(flowName->text(), QStringLiteral("Contacts every hour"));
        choose("languageEnglishAction");
        QCOMPARE(flowName->text(), QStringLiteral("Contacts every hour"));
    }

    void aNewAccountsProposedNameFollowsTheLanguage()
    {
        m_driver = std::make_unique<WizardDriver>();
        WizardDriver& d = *m_driver;
        d.walkTo(PageId::Source);
        QTRY_VERIFY_WITH_TIMEOUT(d.find<QListWidget>("sourceList")->count() >= 5, 10000);
        QTRY_VERIFY(d.find<QRadioButton>("newAccountRadio")->isChecked());
        auto* name = d.find<QLineEdit>("accountNameLineEdit");
        QCOMPARE(name->text(), QStringLiteral("HubSpot account"));
        choose("languageFrenchAction");
        QCOMPARE(name->text(), QStringLiteral("Compte HubSpot"));
        QCOMPARE(d.wizard->state()->draft().source.newAccount->name, QStringLiteral("Compte HubSpot"));
        choose("languageEnglishAction");
        QCOMPARE(name->text(), QStringLiteral("HubSpot account"));
        // Typed, it is the user's.
        name->setText(QStringLiteral("Marketing HubSpot"));
        choose("languageFrenchAction");
        QCOMPARE(name->text(), QStringLiteral("Marketing HubSpot"));
        choose("languageEnglishAction");
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "TestLanguageSwitch.moc"
