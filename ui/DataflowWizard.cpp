// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataflowWizard.h"

#include "CredentialsPage.h"
#include "DatasetPage.h"
#include "LanguageMenu.h"
#include "MappingPage.h"
#include "Retranslation.h"
#include "ReviewPage.h"
#include "RunsPage.h"
#include "SchedulePage.h"
#include "SchemaPage.h"
#include "SourcePage.h"
#include "TablePage.h"
#include "WizardPage.h"
#include "core/DraftAutosave.h"
#include "core/RecipeFile.h"
#include "core/Session.h"
#include "core/WizardState.h"

#include <QAbstractButton>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QIcon>
#include <QJsonDocument>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>

DataflowWizard::DataflowWizard(Session* session, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
    , m_state(new WizardState(this))
    , m_credentials(new CredentialsPage(session, this))
    , m_autosave(new DraftAutosave(m_state, session, this))
{
    setObjectName(QStringLiteral("dataflowWizard"));
    setWindowTitle(tr("Dataflow Wizard \u2014 Adobe Experience Platform"));
    setWizardStyle(QWizard::ModernStyle);
    // All options at once: each change lays the buttons out again.
    setOptions(QWizard::HaveHelpButton | QWizard::NoBackButtonOnStartPage | QWizard::HaveCustomButton1
               | QWizard::HaveCustomButton2 | QWizard::HaveCustomButton3);
    // The other pages come once this one is painted (ensurePages): the window shows in about half the time.
    setPage(int(PageId::Credentials), m_credentials);
    setStartId(int(PageId::Credentials));
    connect(this, &QWizard::helpRequested, this, &DataflowWizard::showHelp);
    setButtonTexts();
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("openRecipeButton"));
    button(QWizard::CustomButton2)->setObjectName(QStringLiteral("saveRecipeWizardButton"));
    button(QWizard::CustomButton3)->setObjectName(QStringLiteral("languageButton"));
    if (auto* language = qobject_cast<QPushButton*>(button(QWizard::CustomButton3)))
        language->setMenu(new LanguageMenu(this));
    setButtonLayout({QWizard::HelpButton, QWizard::CustomButton1, QWizard::CustomButton2, QWizard::CustomButton3,
                     QWizard::Stretch, QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                     QWizard::FinishButton, QWizard::CancelButton});
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            askOpenRecipe();
        else if (which == QWizard::CustomButton2)
            askSaveRecipe();
    });
    connect(m_credentials, &CredentialsPage::verified, this,
            [this](const PlatformConfig& config) { m_state->setPlatform(RecipeFile::platformOf(config)); });

    connectAutosave();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("wizard/geometry")).toByteArray()))
        resize(defaultSize());
}

DataflowWizard::~DataflowWizard() = default;

void DataflowWizard::ensurePages()
{
    if (m_pagesBuilt)
        return;
    m_pagesBuilt = true;
    // What the first paint could do without: icons (the first one loads Qt's image and SVG plugins) and the pages.
    setWindowIcon(QIcon(QStringLiteral(":/icons/aep-dataflow-wizard.svg")));
    m_credentials->addIcons();
    const QList<std::pair<PageId, WizardPage*>> pages{
        {PageId::Source, new SourcePage(m_session, m_state, this)},
        {PageId::Table, new TablePage(m_session, m_state, this)},
        {PageId::Schema, new SchemaPage(m_session, m_state, this)},
        {PageId::Dataset, new DatasetPage(m_session, m_state, this)},
        {PageId::Mapping, new MappingPage(m_state, this, m_session)},
        {PageId::Schedule, new SchedulePage(m_session, m_state, this)},
        {PageId::Review, new ReviewPage(m_session, m_state, this)},
        {PageId::Runs, new RunsPage(m_session, m_state, this)},
    };
    for (const auto& [id, built] : pages) {
        setPage(int(id), built);
        watchComplete(built);
    }
}

int DataflowWizard::nextId() const
{
    // Before the other pages are built, the first one still leads on (Next, not Finish).
    if (!m_pagesBuilt && currentId() == int(PageId::Credentials))
        return int(PageId::Source);
    return QWizard::nextId();
}

bool DataflowWizard::validateCurrentPage()
{
    ensurePages(); // Next may come before the first page was painted (a test, a draft continued)
    return QWizard::validateCurrentPage();
}

void DataflowWizard::setButtonTexts()
{
    setButtonText(QWizard::CustomButton1, tr("&Open recipe\u2026"));
    setButtonText(QWizard::CustomButton2, tr("Sa&ve recipe\u2026"));
    setButtonText(QWizard::CustomButton3, LanguageMenu::currentName()); // each language by its own name
}

void DataflowWizard::changeEvent(QEvent* event)
{
    // The language menu installed another language: every text in it, nothing entered lost (see Retranslation).
    if (event->type() == QEvent::LanguageChange) {
        setLocale(QLocale()); // spin boxes and date edits: numbers and dates in the new language's format
        setButtonTexts();
        Retranslation::apply(this);
        for (const int id : visitedIds()) {
            if (auto* visited = qobject_cast<WizardPage*>(page(id)))
                visited->languageChanged();
        }
    }
    QWizard::changeEvent(event);
}

void DataflowWizard::storeCurrentInput()
{
    if (auto* page = qobject_cast<WizardPage*>(currentPage()))
        page->storeInput();
    if (currentPage() == m_credentials) // typed, maybe not checked yet: the recipe keeps it all the same
        m_state->setPlatform(RecipeFile::platformOf(m_credentials->enteredConfig()));
}

void DataflowWizard::reject()
{
    if (auto* page = qobject_cast<WizardPage*>(currentPage()))
        page->storeInput();
    if (m_state->hasUnsavedChoices())
        askDiscard();
    else
        done(QDialog::Rejected);
}

void DataflowWizard::askDiscard()
{
    if (findChild<QMessageBox*>(QStringLiteral("discardBox")))
        return; // already asking
    auto* box = new QMessageBox(QMessageBox::Question, tr("Discard this dataflow?"),
                                tr("The choices made for this dataflow are not saved. Save them as a recipe to come "
                                   "back to them later, or discard them."),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("discardBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* save = box->addButton(tr("&Save recipe\u2026"), QMessageBox::AcceptRole);
    QPushButton* discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton* keep = box->addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    save->setObjectName(QStringLiteral("discardSaveButton"));
    discard->setObjectName(QStringLiteral("discardButton"));
    keep->setObjectName(QStringLiteral("keepEditingButton"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    connect(box, &QMessageBox::buttonClicked, this, [this, save, discard](QAbstractButton* clicked) {
        if (clicked == discard) {
            m_autosave->discard();
            done(QDialog::Rejected);
        } else if (clicked == save)
            askSaveRecipe(); // the wizard stays open: the user closes it once the recipe is saved
    });
    box->open();
}

void DataflowWizard::done(int result)
{
    if (m_closing)
        return;
    QSettings().setValue(QStringLiteral("wizard/geometry"), saveGeometry());
    m_autosave->stop();
    m_resumePage = -1;
    // An account made only to show its tables, and taken by no plan, is removed before the wizard goes.
    if (TypedJob<bool>* discard = m_state->newAccount()->discardUnused(m_session->client(), this)) {
        m_closing = true;
        setEnabled(false);
        discard->onFinished(this, [this, result](const TypedJob<bool>&) {
            m_closing = false;
            QWizard::done(result);
        });
        return;
    }
    QWizard::done(result);
}

void DataflowWizard::confirm(const QString& title, const QString& text, bool problem)
{
    auto* box = new QMessageBox(problem ? QMessageBox::Warning : QMessageBox::Information, title, text, QMessageBox::Ok,
                                this);
    box->setObjectName(problem ? QStringLiteral("recipeProblemBox") : QStringLiteral("recipeConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool DataflowWizard::openRecipe(const QString& path, QStringList* problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problems << tr("%1 cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    return openRecipeContent(file.readAll(), problems, true);
}

bool DataflowWizard::openRecipeContent(const QByteArray& content, QStringList* problems, bool saved)
{
    const RecipeFile::Opened read = RecipeFile::open(content);
    if (!read.ok()) {
        *problems << read.problems;
        return false;
    }
    ensurePages(); // each page takes its part of the recipe
    m_openedIncomplete = read.incomplete; // saved before every page was filled in: the pages ask for the rest
    const DataflowDraft& draft = read.draft;
    // A demo recipe names no emulator (its port changes every run): the one running now is used.
    const DataflowDraft opened = RecipeFile::forSession(draft, m_session->isDemo());
    m_state->reset(opened);
    if (saved)
        m_state->markSaved();
    PlatformConfig config = m_session->config();
    // If the recipe's Platform gives no answer, the addresses in use until now are offered instead.
    m_credentials->offerOtherUrls(config.platformUrl, config.imsUrl);
    config.imsOrg = draft.platform.imsOrg;
    config.clientId = draft.platform.clientId;
    config.sandbox = draft.platform.sandbox;
    config.scopes = draft.platform.scopes.isEmpty() ? PlatformConfig::defaultScopes() : draft.platform.scopes;
    if (!opened.platform.platformUrl.isEmpty())
        config.platformUrl = QUrl(opened.platform.platformUrl);
    if (!opened.platform.imsUrl.isEmpty())
        config.imsUrl = QUrl(opened.platform.imsUrl);
    m_credentials->prefill(config);
    restart();
    return true;
}

bool DataflowWizard::saveRecipe(const QString& path, QString* error)
{
    storeCurrentInput();
    const DataflowDraft draft
        = RecipeFile::forSession(m_state->recipeDraft(QDateTime::currentSecsSinceEpoch()), m_session->isDemo());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(draft.toJson()).toJson()) < 0 || !file.commit()) {
        *error = tr("The recipe could not be saved to %1: %2").arg(path, file.errorString());
        return false;
    }
    m_state->markSaved();
    return true;
}

void DataflowWizard::askOpenRecipe()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open recipe"), QString(), tr("Recipes (*.json)"));
    if (!path.isEmpty())
        openRecipeAndTell(path);
}

void DataflowWizard::openRecipeAndTell(const QString& path)
{
    QStringList problems;
    if (!openRecipe(path, &problems))
        confirm(tr("Open recipe"),
                tr("The recipe %1 was not opened; nothing was changed.").arg(path) + QStringLiteral("\n\n")
                    + problems.join(QLatin1Char('\n')),
                true);
    else
        confirm(tr("Open recipe"),
                m_openedIncomplete ? tr("The recipe %1 is open. It was saved before every page was filled in: its "
                                        "choices are on the pages, and the wizard asks for the rest.")
                                         .arg(QDir::toNativeSeparators(path))
                                   : tr("The recipe %1 is open: its choices are on every page, from the first "
                                        "one.")
                                         .arg(QDir::toNativeSeparators(path)));
}

void DataflowWizard::askSaveRecipe()
{
    const QString path = RecipeFile::withSuffix(
        QFileDialog::getSaveFileName(this, tr("Save recipe"), QString(), tr("Recipes (*.json)")));
    if (!path.isEmpty())
        saveRecipeAndTell(path);
}

void DataflowWizard::saveRecipeAndTell(const QString& path)
{
    QString error;
    if (!saveRecipe(path, &error))
        confirm(tr("Save recipe"), error, true);
    else
        confirm(tr("Save recipe"), tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void DataflowWizard::showHelp()
{
    auto* current = qobject_cast<WizardPage*>(currentPage());
    if (!current)
        return;
    if (findChild<QMessageBox*>(QStringLiteral("helpBox")))
        return; // already open
    // Window-modal and opened, not exec(): no nested event loop.
    auto* box
        = new QMessageBox(QMessageBox::Information, current->title(), current->helpText(), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("helpBox"));
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}
