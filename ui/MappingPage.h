// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardPage.h"

class InlineMessage;
class MappingCsvButtons;
class MappingEditor;
class MappingModel;
class MappingPreviewPanel;
class MappingToolbar;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTimer;
class Session;
class SuggestionPanel;
class VisualMappingEditor;
class WizardState;

/** Step 6: which source column fills which schema field (or a calculated field), with the problems listed. */
class MappingPage : public WizardPage
{
    Q_OBJECT
public:
    /** Without @p session, calculated fields are checked here only (not by the Platform). */
    explicit MappingPage(WizardState* state, QWidget* parent = nullptr, Session* session = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    /** Back keeps the rules as they are, even with problems: the draft is the only store. */
    void cleanupPage() override;
    void storeInput() override;
    QString helpText() const override;

    MappingModel* model() const { return m_model; }
    VisualMappingEditor* visualEditor() const { return m_visual; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showProblems();
    /** Selects and shows the (first) rule of the problem at @p problem in the list. */
    void showProblemRow(int problem);
    /** The calculated field of the rule at @p row in the expression editor; its text replaces the rule's on OK. */
    void editExpression(int row);

    WizardState* m_state;
    Session* m_session;
    MappingModel* m_model;
    MappingEditor* m_editor;
    VisualMappingEditor* m_visual;
    QTabWidget* m_views;
    QLabel* m_context;
    QLabel* m_requiredLabel;
    QPushButton* m_autoMap;
    QPushButton* m_addRule;
    QPushButton* m_addExpression;
    QPushButton* m_editExpression;
    QPushButton* m_remove;
    QListWidget* m_problems;
    QLabel* m_problemsLabel;
    InlineMessage* m_message;
    SuggestionPanel* m_suggestions;
    MappingCsvButtons* m_csv;
    MappingToolbar* m_toolbar;
    MappingPreviewPanel* m_preview;
    QTimer* m_previewTimer; ///< the preview follows the rules, once they stop changing
};
