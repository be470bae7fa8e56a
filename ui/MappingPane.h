// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/MappingFilter.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QIdentityProxyModel;
class QLabel;
class QLineEdit;
class QTreeView;

/**
 * One pane of the visual mapping editor: a title, an instant search box, a filter (MappingFilter's choices) and a
 * tree view over @p model (SourceColumnsModel or SchemaFieldsModel), with icons for the marks. Widgets are named
 * @p name + "Search", "Filter", "View".
 */
class MappingPane : public QWidget
{
    Q_OBJECT
public:
    MappingPane(const QString& name, const QList<MappingFilter::Show>& choices, QAbstractItemModel* model,
                QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    QLineEdit* search() const { return m_search; }
    MappingFilter* filter() const { return m_filter; }
    void setTitle(const QString& title, const QString& searchHint);
    void setShow(MappingFilter::Show show);

    /** The model's index (column 0) of a view's index, and back (invalid when filtered out). */
    QModelIndex toModel(const QModelIndex& viewIndex) const;
    QModelIndex toView(const QModelIndex& modelIndex) const;
    /** How the pane finds the model's index of a column name or field path (set by the editor). */
    void setLookup(std::function<QModelIndex(const QString&)> lookup) { m_lookup = std::move(lookup); }
    QModelIndex modelIndexOf(const QString& name) const { return m_lookup ? m_lookup(name) : QModelIndex(); }
    /** Whether the model's item at @p modelIndex is shown by the search and filter (cheap: no mapping built). */
    bool passes(const QModelIndex& modelIndex) const;
    /** The model's index of the view's current row (column 0). */
    QModelIndex current() const;
    /** Makes the model's @p index current and visible (its groups expanded); false when it is filtered out. */
    bool showIndex(const QModelIndex& index);
    /**
     * Makes @p column as wide as the widest of @p texts (and its title), once: a column sized to its contents is
     * measured again at every change of the filter, which took a third of each keystroke.
     */
    void fitColumn(int column, const QStringList& texts);

protected:
    void changeEvent(QEvent* event) override;

private:
    /** Searches and filters matching this many fields or fewer open every group that holds one. */
    static constexpr int kExpandAtMost = 200;
    void expandMatches();
    void retranslate();
    void refit();

    QList<MappingFilter::Show> m_choices;
    QLabel* m_title;
    QLineEdit* m_search;
    QComboBox* m_show;
    QTreeView* m_view;
    QIdentityProxyModel* m_style;
    MappingFilter* m_filter;
    std::function<QModelIndex(const QString&)> m_lookup;
    int m_fitted = -1; ///< the column fitColumn() sized, or -1
    QStringList m_fittedTexts; ///< what it holds, measured again when the language or the font changes
};
