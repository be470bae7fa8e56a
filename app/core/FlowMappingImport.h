// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/FlowListModel.h"
#include "model/DataflowDraft.h"
#include "platform/PlatformError.h"
#include "services/DataPrepService.h"
#include "services/FlowsService.h"

#include <QObject>
#include <QPointer>

class PlatformClient;

/** The mapping of an existing dataflow: the flow, its Mapping transformation's set and that set's rules. */
struct FlowMapping
{
    Flow flow;
    MappingSet mappingSet; ///< empty when the flow has no Mapping transformation
    const QList<MappingRule>& rules() const { return mappingSet.rules; }
};

/**
 * "Import the mappings of an existing dataflow": lists the sandbox's dataflows (flows(), a model for the picker)
 * and reads the rules of the one the user picks (its flow, then its mapping set at the version the flow uses),
 * through FlowsService and DataPrepService. One request of each kind at a time: a new loadRules() abandons the one
 * under way. It changes no rule itself: the page applies rules() (MappingHistory::replaceRules, one undoable step).
 */
class FlowMappingImport : public QObject
{
    Q_OBJECT
public:
    explicit FlowMappingImport(PlatformClient* client, QObject* parent = nullptr);
    ~FlowMappingImport() override;

    FlowListModel* flows() const { return m_flows; }
    /** Lists the dataflows into flows(); then flowsLoaded() or failed(). */
    void loadFlows();
    /** Reads the rules of the flow @p flowId; then rulesLoaded() or failed(). */
    void loadRules(const QString& flowId);
    /** Abandons what is under way; neither signal follows for it. */
    void cancel();
    bool isLoadingFlows() const { return m_flowsJob != nullptr; }
    bool isLoadingRules() const { return m_rulesJob != nullptr; }

    /** The last mapping read (for the flow rulesLoaded() named). */
    const FlowMapping& mapping() const { return m_mapping; }

    /**
     * The rules of @p flowId: GET /flows/{id}, then GET /mappingSets/{mappingId}?version=...; a flow without a
     * Mapping transformation answers no rules.
     */
    static TypedJob<FlowMapping>* fetch(PlatformClient* client, const QString& flowId, QObject* parent = nullptr);

Q_SIGNALS:
    void flowsLoaded();
    void rulesLoaded(const QString& flowId);
    /** @p error in the catalogue's words (PlatformError::userMessage); @p whileListing: the list, else the rules. */
    void failed(const PlatformError& error, bool whileListing);
    void busyChanged();

private:
    PlatformClient* m_client;
    FlowListModel* m_flows;
    QPointer<ServiceJob> m_flowsJob;
    QPointer<ServiceJob> m_rulesJob;
    FlowMapping m_mapping;
};
