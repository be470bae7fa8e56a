// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizard>

class CredentialsPage;
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
    QWizardPage* pageById(PageId id) const { return page(int(id)); }
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

public Q_SLOTS:
    /** Cancel, Esc and the window's close button: asks first when closing would lose a choice. */
    void reject() override;

protected:
    void done(int result) override;
    void changeEvent(QEvent* event) override;

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

    Session* m_session;
    WizardState* m_state;
    CredentialsPage* m_credentials;
    bool m_closing = false;
    bool m_openedIncomplete = false; ///< the last recipe opened lacked values still to choose
};
