// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSortFilterProxyModel>

/**
 * Find and filter for a pane of the visual mapping editor (over SourceColumnsModel or SchemaFieldsModel, through
 * the MappingRoles): the search text matches the folded name, title and path (case and accents ignored), and the
 * choice keeps all, the required, identity, mapped, unmapped, suggested fields or those with problems. A group
 * shows when one of its fields does. Marks that change (a field mapped) re-filter their rows only.
 */
class MappingFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Show { All, Required, Identity, Mapped, Unmapped, Suggested, WithProblems };
    Q_ENUM(Show)

    explicit MappingFilter(QObject* parent = nullptr);

    /** What the schema pane offers (all seven), and the columns pane (no Required nor Identity). */
    static QList<Show> fieldChoices();
    static QList<Show> columnChoices();
    /** The choice in words, for the filter's combo box. */
    static QString label(Show show);

    void setText(const QString& text);
    void setShow(Show show);
    Show show() const { return m_show; }
    bool isFiltering() const { return m_show != Show::All || !m_needle.isEmpty(); }
    /** Whether the item (not a group) at @p sourceIndex passes, without building the proxy's mappings. */
    bool passes(const QModelIndex& sourceIndex) const { return !isFiltering() || accepts(sourceIndex); }
    /** How many items (not groups) of the source model pass, counting at most @p limit + 1. */
    int countMatches(int limit) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool accepts(const QModelIndex& sourceIndex) const;
    QString m_needle; ///< folded
    Show m_show = Show::All;
};
