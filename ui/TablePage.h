// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardPage.h"
#include "services/SourcesService.h"

#include <QJsonArray>
#include <QPointer>

#include <functional>

class InlineMessage;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;
class Session;
class TablePreviewModel;
class WizardState;

/** Step 3: the table of the source to bring in, with its columns and up to 100 sample rows. */
class TablePage : public WizardPage
{
    Q_OBJECT
public:
    TablePage(Session* session, WizardState* state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    void storeInput() override;
    QString helpText() const override;

    TablePreviewModel* previewModel() const { return m_model; }

private:
    void loadTables();
    void testThenList(const QString& connection);
    void listTables(const QString& connection);
    void filterTables();
    void onTableChosen();
    void showError(const PlatformError& error, const std::function<void()>& retry);

    Session* m_session;
    SourcesService m_service;
    WizardState* m_state;
    QLineEdit* m_search;
    QListWidget* m_tables;
    QLabel* m_summary;
    QTableView* m_preview;
    TablePreviewModel* m_model;
    InlineMessage* m_message;
    QPointer<ServiceJob> m_tablesJob; ///< the account, its test or its tables
    QPointer<ServiceJob> m_previewJob;
    QList<SourceObject> m_tableList; ///< one per row of m_tables
    QString m_loadedConnection; ///< the account whose tables are listed
    QString m_previewPath; ///< the table whose preview is shown
    QJsonArray m_columns;
    QJsonArray m_rows;
};
