// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ModelTexts.h"
#include "services/FlowsService.h"

#include <QAbstractListModel>
#include <QList>

/**
 * The sandbox's dataflows for a picker, in the order given (FlowsService::listFlows: newest first). The display text
 * is the flow's name; the roles give its id, where it goes from and to ("HubSpot → Data Lake") and when it was made.
 */
class FlowListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int RouteRole = Qt::UserRole + 2; ///< "HubSpot → Data Lake"
    static constexpr int CreatedRole = Qt::UserRole + 3; ///< QDateTime (UTC), invalid when unknown
    /** What a search looks in: name, id and route, one string. */
    static constexpr int SearchRole = Qt::UserRole + 4;

    using QAbstractListModel::QAbstractListModel;

    void setFlows(const QList<Flow>& flows);
    const QList<Flow>& flows() const { return m_flows; }
    /** The flow at @p row, or nullptr. */
    const Flow* flowAt(int row) const;
    /** The row of the flow @p id, or -1. */
    int rowOf(const QString& id) const;

    /** "HubSpot → Data Lake": the known connection specs by name, others by the start of their id. */
    static QString route(const Flow& flow);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool event(QEvent* event) override
    {
        ModelTexts::refreshOnLanguageChange(this, event);
        return QAbstractListModel::event(event);
    }

private:
    QList<Flow> m_flows;
};
