// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizard>

class CredentialsPage;
class DraftAutosave;
class Session;
class WizardState;

/** The wizard's pages, in order; ids are stable because tests and saved state refer to them. */
enum class PageId : int {
    Credentials = 0,
    Source = 1,
    Table = 2,
    Schema = 3,
    Dataset = 4,
    Mapping = 5,
    Schedule = 6,
    Review = 7,
    Runs = 8,
};

/** The dataflow wizard: one page per step, from the credential to the created dataflow's runs. */
class DataflowWizard : public QWizard
{
    Q_OBJECT
public:
    /** @p session is not owned and must outlive the wizard. */
    explicit DataflowWizard(Session* session, QWidget* parent = nullptr);
    ~DataflowWizard() override;

    Session* session() const { return m_session; }
    WizardState* state() const { return m_state; }
    CredentialsPage* credentialsPage() const { return m_credentials; }
    /** The page @p id (built first if it was not yet: see ensurePages()). */
    QWizardPage* pageById(PageId id)
    {
        ensurePages();
        return page(int(id));
    }
    /**
     * Builds the pages after the first (credentials) one, once: the wizard calls it when that page was first painted,
     * so that the window shows without waiting for them, and before anything needs them (Next, a recipe opened).
     */
    void ensurePages();
    /** Whether ensurePages() has run. */
    bool pagesBuilt() const { return m_pagesBuilt; }
    /** The window's size on first start (later starts restore the last one, setting "wizard/geometry"). */
    static QSize defaultSize() { return {820, 600}; }

    /**
     * Opens a recipe: the wizard starts again from the first page, prefilled. On a bad recipe nothing changes and
     * @p problems lists what is wrong and where (the JSON path); returns false then.
     */
    bool openRecipe(const QString& path, QStringList* problems);
    /**
     * Saves everything entered so far, the current page's input included, as a recipe (format v1, no secret; in
     * demo mode without the emulator's addresses, which change from run to run).
     */
    bool saveRecipe(const QString& path, QString* error);
    /** What "Open recipe…" does once a file is chosen: opens it and says so, or says why not (message boxes). */
    void openRecipeAndTell(const QString& path);
    /** What "Save recipe…" does once a file is chosen (the .json suffix added): saves it and says where. */
    void saveRecipeAndTell(const QString& path);

    /** Keeps the draft on disk while it is edited (in the state folder; see DraftAutosave). */
    DraftAutosave* autosave() const { return m_autosave; }
    /**
     * At start, once shown: if an earlier run left an unfinished draft, asks (window-modal, "resumeDraftBox") whether
     * to continue it, opened like a recipe and taken forward to the page it was left on where the pages allow, or to
     * start again (the old draft kept as draft.json.bak). Returns false when there was nothing to offer.
     */
    bool offerUnfinishedDraft();

Q_SIGNALS:
    /** The first page was painted, and the other pages built since: the time for work that can wait (the demo's
     *  emulator). */
    void firstPainted();

public Q_SLOTS:
    /** Cancel, Esc and the window's close button: asks first when closing would lose a choice. */
    void reject() override;

    /** Until the other pages are built, the first page's next one is still the source page (Next, not Finish). */
    int nextId() const override;
    /** Builds the other pages first if they are not yet (Next right after the start). */
    bool validateCurrentPage() override;

protected:
    void done(int result) override;
    void changeEvent(QEvent* event) override;
    /** A key or a click in the wizard (typing, ticking, choosing): the autosave writes what the page shows. */
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /** The texts of the wizard's own buttons (Open recipe, Save recipe, the language), again at a language switch. */
    void setButtonTexts();
    /** The question before closing: save the recipe, discard, or go on editing. */
    void askDiscard();
    /** A window-modal note that a recipe was saved or opened (or, with @p problem, why it was not). */
    void confirm(const QString& title, const QString& text, bool problem = false);
    void showHelp();
    void askOpenRecipe();
    void askSaveRecipe();
    /** What the current page shows, typed but not handed over yet, into the state (for a recipe or the autosave). */
    void storeCurrentInput();
    /** Opens a recipe's @p content; @p saved: it is in a file the user chose (closing then loses nothing). */
    bool openRecipeContent(const QByteArray& content, QStringList* problems, bool saved);
    /** The autosave's hooks: the current page's input before each write, the page shown, typing (eventFilter). */
    void connectAutosave();
    /** A continued draft goes on as soon as @p page is complete. */
    void watchComplete(QWizardPage* page);
    /** Continuing a draft: Next on each page that is complete, until the page the draft was left on. */
    void advanceToResumePage();

    Session* m_session;
    WizardState* m_state;
    CredentialsPage* m_credentials;
    DraftAutosave* m_autosave;
    int m_resumePage = -1; ///< the page a continued draft was left on, until it is reached or the user acts
    bool m_closing = false;
    bool m_openedIncomplete = false; ///< the last recipe opened lacked values still to choose
    bool m_pagesBuilt = false; ///< ensurePages() has run
    bool m_painted = false; ///< the first page was painted
};
