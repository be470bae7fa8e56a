// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "WizardDriver.h"
#include "base/Translator.h"

#include <QAbstractItemView>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QTabBar>
#include <QTextDocumentFragment>
#include <QXmlStreamReader>

namespace {

/** The <source> texts of a catalogue with their translation (the first form of a plural). */
QHash<QString, QString> catalogue(const QString& path)
{
    QHash<QString, QString> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform") && text.trimmed().isEmpty())
                    text = xml.readElementText();
            }
            messages.insert(source, text.trimmed());
        }
    }
    return messages;
}

/** Words of an English interface that a French screen never shows (whole words, case as written). */
const QStringList kEnglishWords = {
    QStringLiteral("Next"),     QStringLiteral("Back"),   QStringLiteral("Cancel"),  QStringLiteral("Finish"),
    QStringLiteral("Help"),     QStringLiteral("Browse"), QStringLiteral("Save"),    QStringLiteral("Open"),
    QStringLiteral("Account"),  QStringLiteral("Schema"), QStringLiteral("Dataset"), QStringLiteral("Mapping"),
    QStringLiteral("Schedule"), QStringLiteral("Review"), QStringLiteral("Runs"),    QStringLiteral("Required"),
    QStringLiteral("Optional"), QStringLiteral("Error"),  QStringLiteral("Warning"), QStringLiteral("Refresh"),
    QStringLiteral("Details"),  QStringLiteral("Close"),  QStringLiteral("Retry"),   QStringLiteral("Search"),
    QStringLiteral("Create"),   QStringLiteral("Show"),   QStringLiteral("Status"),  QStringLiteral("Records"),
    QStringLiteral("the"),      QStringLiteral("and"),    QStringLiteral("with"),    QStringLiteral("your"),
    QStringLiteral("Every"),    QStringLiteral("hours"),
};

/**
 * Views whose items are data from the Platform (or from the source's table), not our words: their items are not
 * checked. Their headers, placeholders, tooltips and every label around them are.
 */
const QStringList kPlatformData = {
    QStringLiteral("sourceList"), // the sources' names (HubSpot, Salesforce…: proper names)
    QStringLiteral("accountList"), // the user's accounts, named by the user
    QStringLiteral("tableList"), // the source's tables (Hubspot.Contacts…)
    QStringLiteral("previewTableView"), // the table's rows and its column names
    QStringLiteral("schemaList"), // schemas as the Platform names them
    QStringLiteral("fieldGroupList"), // field groups' titles from the Platform (Adobe's names, in English)
    QStringLiteral("schemaTreeWidget"), // XDM field titles and paths from the Platform
    QStringLiteral("datasetList"), // datasets' names
    QStringLiteral("sandboxComboBox"), // sandbox names
};

QString plain(const QString& text)
{
    QString result = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    result.remove(QRegularExpression(QStringLiteral("&(?=\\S)"))); // mnemonics
    return result.simplified();
}

bool insidePlatformData(const QWidget* w)
{
    for (; w; w = w->parentWidget()) {
        if (kPlatformData.contains(w->objectName()))
            return true;
    }
    return false;
}

} // namespace

/**
 * Every page in French, driven through the whole wizard against the emulator up to the Runs page: no visible text
 * (label, button, placeholder, tooltip, group title, tab, combo item, header, our items) is left in English.
 */
class TestFrenchScreens : public QObject
{
    Q_OBJECT

    QHash<QString, QString> m_french; ///< aep_fr.ts: source -> translation
    QSet<QString> m_sources; ///< aep_en.ts's sources, in plain text
    QStringList m_found;

    void check(const QString& where, const QString& raw)
    {
        const QString text = plain(raw);
        if (text.isEmpty())
            return;
        if (m_sources.contains(text))
            m_found << QStringLiteral("%1: untranslated \"%2\"").arg(where, text);
        for (const QString& word : kEnglishWords) {
            if (text.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(word),
                                                 QRegularExpression::UseUnicodePropertiesOption))) {
                m_found << QStringLiteral("%1: English word \"%2\" in \"%3\"").arg(where, word, text);
                break;
            }
        }
    }

    void visit(WizardDriver& d, PageId id)
    {
        const QString page = d.wizard->currentPage()->objectName();
        check(page + QStringLiteral(" title"), d.wizard->currentPage()->title());
        check(page + QStringLiteral(" subtitle"), d.wizard->currentPage()->subTitle());
        check(page + QStringLiteral(" help"), static_cast<WizardPage*>(d.wizard->currentPage())->helpText());
        for (QWidget* w : d.wizard->findChildren<QWidget*>()) {
            if (!w->isVisibleTo(d.wizard.get()))
                continue;
            const QString where = page + QLatin1Char(' ') + QLatin1String(w->metaObject()->className())
                + QLatin1Char(' ') + w->objectName();
            check(where + QStringLiteral(" tooltip"), w->toolTip());
            check(where + QStringLiteral(" accessible name"), w->accessibleName());
            const bool data = insidePlatformData(w);
            if (auto* label = qobject_cast<QLabel*>(w))
                check(where, label->text());
            else if (auto* button = qobject_cast<QAbstractButton*>(w))
                check(where, button->text());
            else if (auto* edit = qobject_cast<QLineEdit*>(w))
                check(where + QStringLiteral(" placeholder"), edit->placeholderText());
            else if (auto* box = qobject_cast<QGroupBox*>(w))
                check(where, box->title());
            else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
                for (int i = 0; i < tabs->count(); ++i)
                    check(where, tabs->tabText(i));
            } else if (auto* combo = qobject_cast<QComboBox*>(w); combo && !data) {
                for (int i = 0; i < combo->count(); ++i)
                    check(where + QStringLiteral(" item"), combo->itemText(i));
            } else if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
                QAbstractItemModel* model = view->model();
                for (int c = 0; c < model->columnCount(); ++c)
                    check(where + QStringLiteral(" header"), model->headerData(c, Qt::Horizontal).toString());
                if (data || qobject_cast<QHeaderView*>(w))
                    continue;
                for (int r = 0; r < qMin(model->rowCount(), 50); ++r) {
                    for (int c = 0; c < model->columnCount(); ++c) {
                        const QModelIndex index = model->index(r, c);
                        check(where + QStringLiteral(" item"), index.data().toString());
                        check(where + QStringLiteral(" item tooltip"), index.data(Qt::ToolTipRole).toString());
                    }
                }
            }
        }
        Q_UNUSED(id)
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolateUserFolders();
        QSettings().remove(QStringLiteral("wizard/geometry"));
        m_french = catalogue(QStringLiteral(AEP_SOURCE_DIR "/translations/aep_fr.ts"));
        const QHash<QString, QString> english = catalogue(QStringLiteral(AEP_SOURCE_DIR "/translations/aep_en.ts"));
        QVERIFY(english.size() > 400);
        for (auto it = english.constBegin(); it != english.constEnd(); ++it) {
            const QString source = plain(it.key());
            // A source the French keeps as it is (HubSpot, OK, %1 UTC) is not English left over.
            if (plain(m_french.value(it.key())) != source && !source.contains(QLatin1Char('%')))
                m_sources.insert(source);
        }
    }

    void everyPageInFrench_data()
    {
        QTest::addColumn<bool>("live");
        QTest::newRow("started in French") << false;
        // Each page shown in English, then switched to French in the language menu, checked, and back to English.
        QTest::newRow("switched to French on each page") << true;
    }

    void everyPageInFrench()
    {
        QFETCH(bool, live);
        m_found.clear();
        QVERIFY(Translator::install(live ? QStringLiteral("en") : QStringLiteral("fr")));
        WizardDriver d;
        const auto choose = [&d](const char* action) {
            d.find<QMenu>("languageMenu")->findChild<QAction*>(QLatin1String(action))->trigger();
            QCoreApplication::processEvents(); // the posted QEvent::LanguageChange
            QCoreApplication::processEvents();
        };
        int visited = 0;
        const QString stuck = d.tour([&](PageId id) {
            if (live)
                choose("languageFrenchAction");
            visit(d, id);
            // AEP_SCREENSHOT_DIR set: each page as the switch left it, to look at (live-<page id>-fr.png).
            if (const QString dir = qEnvironmentVariable("AEP_SCREENSHOT_DIR");
                live && !dir.isEmpty() && (QTest::qWait(150), true)) // the layouts the new texts asked for
                d.wizard->grab().save(QStringLiteral("%1/live-%2-fr.png").arg(dir).arg(int(id)));
            if (live)
                choose("languageEnglishAction");
            ++visited;
            return true;
        });
        QVERIFY2(stuck.isEmpty(), qPrintable(stuck));
        QCOMPARE(d.wizard->currentId(), int(PageId::Runs));
        QCOMPARE(visited, 9);
        m_found.removeDuplicates();
        QVERIFY2(m_found.isEmpty(), qPrintable(m_found.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestFrenchScreens)
#include "TestFrenchScreens.moc"
