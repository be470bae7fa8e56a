// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardPage.h"
#include "plan/PlanRunner.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>

class InlineMessage;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class Session;
class WizardState;

/** Step 8: everything that will be created or reused, in plain words; Create runs the plan step by step. */
class ReviewPage : public WizardPage
{
    Q_OBJECT
public:
    ReviewPage(Session* session, WizardState* state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QString helpText() const override;
    /** The summary and the Create (or Watch the runs) button in the new language, its dates in its format. */
    void languageChanged() override
    {
        buildSummary();
        setButtonText(QWizard::CommitButton, m_created ? tr("&Watch the runs") : tr("&Create"));
    }

    PlanRunner* runner() const { return m_runner; }
    /** Writes the plan as a bash script of curl calls; false with @p error set on failure. */
    bool exportCurl(const QString& path, QString* error) const;

private:
    void buildSummary();
    void buildSteps();
    void startRun();
    void cleanUp();
    void setStepState(const QString& stepId, const QString& text, const QString& detail = {});
    void onFinished();

    Session* m_session;
    WizardState* m_state;
    QLabel* m_summary;
    QLabel* m_warnings;
    QTreeWidget* m_steps;
    QPushButton* m_exportCurl;
    InlineMessage* m_message;
    QPointer<PlanRunner> m_runner;
    QHash<QString, QTreeWidgetItem*> m_items;
    bool m_created = false;
    QElapsedTimer m_elapsed; ///< since Create
    bool m_cleaning = false;
};
