// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardPage.h"
#include "core/RunsRefresh.h"

#include <QPointer>
#include <QUrl>

class InlineMessage;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class RunsChartView;
class RunsModel;
class ServiceJob;
class Session;
class WizardState;

/** Step 8, after creation: the dataflow's runs (status, times, records, errors), a chart, and where to find it. */
class RunsPage : public WizardPage
{
    Q_OBJECT
public:
    static constexpr int kDefaultRefreshMs = 5000;
    static constexpr int kMeasuredRows = 100; ///< the rows the table's column widths are measured on

    RunsPage(Session* session, WizardState* state, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    QString helpText() const override;
    /**
     * The chart's dates and the status line's time in the new language (the table's model refreshes itself, the
     * chart draws its titles again on QEvent::LanguageChange).
     */
    void languageChanged() override
    {
        updateChart();
        refresh();
    }

    /** Fetches the runs now; while one refresh is in flight, asks for one more after it instead of a second call. */
    void refresh();
    bool isRefreshing() const;
    void setRefreshInterval(int ms);
    RunsModel* model() const { return m_model; }

    /** Rich text for the "open in Adobe" label: a link, or for the local emulator a note that the flow lives there. */
    static QString openInAdobeText(const QUrl& platformUrl, bool demo);

Q_SIGNALS:
    /** A refresh ended (successfully or not); for tests and the status line. */
    void refreshed(bool ok);

private:
    void finishRefresh(bool ok);
    /** The chart of the model's runs (the chart draws again only when its bars or labels change). */
    void updateChart();
    void updateButtons();
    /** Opens the errors of the run on @p row in a dialog (double-click, or Show errors). */
    void showErrors(int row);

    Session* m_session;
    WizardState* m_state;
    RunsModel* m_model;
    QTableView* m_table;
    RunsChartView* m_chartView;
    QLabel* m_openInAdobe;
    QLineEdit* m_flowId;
    QPushButton* m_refreshButton;
    QPushButton* m_showErrorsButton;
    QLabel* m_clockLabel; ///< "Demo clock: one hour passes every minute." when the Platform's clock runs fast
    QLabel* m_statusLabel;
    InlineMessage* m_message;
    QTimer* m_timer;
    QPointer<ServiceJob> m_job; ///< the refresh in flight (every page of the runs it asks for)
    bool m_refreshAgain = false;
    RunsRefresh m_refresh; ///< what the next refresh asks for, and every run known
    QString m_refreshFlowId; ///< the dataflow m_refresh knows the runs of
};
