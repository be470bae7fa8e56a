// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DataflowDraft.h"

#include <QDialog>

class BusyRow;
class FlowMappingImport;
class InlineMessage;
class PlatformClient;
class PlatformError;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;

/**
 * "Import the mappings of an existing dataflow": the sandbox's dataflows (searchable), the rules of the one selected,
 * and "Take these rules". It changes nothing itself: after exec() == Accepted the page applies rules() (one
 * undoable step, MappingHistory::replaceRules with MappingHistory::importedFromFlowText(flowName(), n)).
 */
class ImportMappingDialog : public QDialog
{
    Q_OBJECT
public:
    /** @p client: the session's Platform client (the dialog lists at once). */
    explicit ImportMappingDialog(PlatformClient* client, QWidget* parent = nullptr);

    /** The rules of the flow selected when they were read (empty before). */
    QList<MappingRule> rules() const;
    QString flowName() const;
    QString flowId() const { return m_shownFlowId; }
    /** The schema the rules will go into: a note when the flow's mapping writes another one. */
    void setTargetSchemaId(const QString& schemaId) { m_targetSchemaId = schemaId; }
    FlowMappingImport* import() const { return m_import; }

Q_SIGNALS:
    /** The selected flow's rules are shown (or its error): for tests and the page. */
    void rulesShown();
    void flowsShown();

private:
    void showFlows();
    void selectFlow();
    void showRules(const QString& flowId);
    void showError(const PlatformError& error, bool whileListing);

    FlowMappingImport* m_import;
    QSortFilterProxyModel* m_filter;
    QLineEdit* m_search;
    QListView* m_flows;
    QLabel* m_details;
    QListWidget* m_rules;
    InlineMessage* m_message;
    BusyRow* m_busy;
    QPushButton* m_take;
    QString m_shownFlowId;
    QString m_targetSchemaId;
};
