// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/FlowListModel.h"

#include <QDateTime>
#include <QLocale>

namespace {

QString specName(const QStringList& specIds, bool target)
{
    if (specIds.isEmpty())
        return target ? FlowListModel::tr("unknown destination") : FlowListModel::tr("unknown source");
    QStringList names;
    for (const QString& id : specIds) {
        if (id == QLatin1String(KnownIds::kHubSpotSpec))
            names << QStringLiteral("HubSpot");
        else if (id == QLatin1String(KnownIds::kDataLakeSpec))
            names << QStringLiteral("Data Lake");
        else
            names << id.left(8);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

void FlowListModel::setFlows(const QList<Flow>& flows)
{
    beginResetModel();
    m_flows = flows;
    endResetModel();
}

const Flow* FlowListModel::flowAt(int row) const
{
    return row >= 0 && row < m_flows.size() ? &m_flows.at(row) : nullptr;
}

int FlowListModel::rowOf(const QString& id) const
{
    for (qsizetype i = 0; i < m_flows.size(); ++i) {
        if (m_flows.at(i).id == id)
            return int(i);
    }
    return -1;
}

QString FlowListModel::route(const Flow& flow)
{
    //: Where a dataflow reads and writes: %1 its source (HubSpot), %2 its destination (Data Lake).
    return tr("%1 \u2192 %2")
        .arg(specName(flow.sourceConnectionSpecIds, false), specName(flow.targetConnectionSpecIds, true));
}

int FlowListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_flows.size());
}

QVariant FlowListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Flow& flow = m_flows.at(index.row());
    const QDateTime created
        = flow.createdAtMs ? QDateTime::fromMSecsSinceEpoch(*flow.createdAtMs, Qt::UTC) : QDateTime();
    switch (role) {
    case Qt::DisplayRole:
        return flow.name.isEmpty() ? flow.id : flow.name;
    case Qt::ToolTipRole: {
        //: A dataflow in the import list: %1 its source and destination, %2 its id.
        QString tip = tr("%1\nId: %2").arg(route(flow), flow.id);
        if (created.isValid())
            tip += QLatin1Char('\n')
                + tr("Created %1").arg(QLocale().toString(created.toLocalTime(), QLocale::ShortFormat));
        return tip;
    }
    case IdRole:
        return flow.id;
    case RouteRole:
        return route(flow);
    case CreatedRole:
        return created;
    case SearchRole:
        return QStringList{flow.name, flow.id, route(flow)}.join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QHash<int, QByteArray> FlowListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "flowId");
    names.insert(RouteRole, "route");
    names.insert(CreatedRole, "created");
    return names;
}
