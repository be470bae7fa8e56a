// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/MappingFilter.h"

#include "core/AutoMap.h"
#include "core/MappingMarks.h"

MappingFilter::MappingFilter(QObject* parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

QList<MappingFilter::Show> MappingFilter::fieldChoices()
{
    return {Show::All,      Show::Required,  Show::Identity,    Show::Mapped,
            Show::Unmapped, Show::Suggested, Show::WithProblems};
}

QList<MappingFilter::Show> MappingFilter::columnChoices()
{
    return {Show::All, Show::Mapped, Show::Unmapped, Show::Suggested, Show::WithProblems};
}

QString MappingFilter::label(Show show)
{
    switch (show) {
    case Show::All:
        return tr("All");
    case Show::Required:
        return tr("Required");
    case Show::Identity:
        return tr("Identity");
    case Show::Mapped:
        return tr("Mapped");
    case Show::Unmapped:
        return tr("Unmapped");
    case Show::Suggested:
        return tr("Suggested");
    case Show::WithProblems:
        return tr("With problems");
    }
    return {};
}

void MappingFilter::setText(const QString& text)
{
    const QString needle = AutoMap::fold(text);
    if (needle == m_needle)
        return;
    m_needle = needle;
    invalidateFilter();
}

void MappingFilter::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    invalidateFilter();
}

bool MappingFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!isFiltering())
        return true;
    return accepts(sourceModel()->index(sourceRow, 0, sourceParent));
}

int MappingFilter::countMatches(int limit) const
{
    int count = 0;
    QList<QModelIndex> pending{QModelIndex()};
    while (!pending.isEmpty() && count <= limit) {
        const QModelIndex parent = pending.takeLast();
        for (int row = 0; row < sourceModel()->rowCount(parent) && count <= limit; ++row) {
            const QModelIndex index = sourceModel()->index(row, 0, parent);
            if (index.data(MappingRoles::IsGroupRole).toBool())
                pending << index;
            else if (!isFiltering() || accepts(index))
                ++count;
        }
    }
    return count;
}

bool MappingFilter::accepts(const QModelIndex& index) const
{
    if (index.data(MappingRoles::IsGroupRole).toBool())
        return false; // shown when one of its fields is (recursive filtering)
    if (!m_needle.isEmpty() && !index.data(MappingRoles::SearchKeyRole).toString().contains(m_needle))
        return false;
    switch (m_show) {
    case Show::All:
        return true;
    case Show::Required:
        return index.data(MappingRoles::RequiredRole).toBool();
    case Show::Identity:
        return index.data(MappingRoles::IdentityRole).toBool();
    case Show::Mapped:
        return index.data(MappingRoles::MappedRole).toBool();
    case Show::Unmapped:
        return !index.data(MappingRoles::MappedRole).toBool();
    case Show::Suggested:
        return index.data(MappingRoles::SuggestedRole).toBool();
    case Show::WithProblems:
        return index.data(MappingRoles::SeverityRole).toInt() > 0;
    }
    return true;
}
