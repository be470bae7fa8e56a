// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/XdmFields.h"
#include "model/DataflowDraft.h"

#include <QAbstractListModel>
#include <QList>

/** One line of the destination picker: a group of fields (a header) or a field a rule can fill. */
struct FieldChoice
{
    XdmField field;
    bool isGroup = false;
    bool isIdentity = false; ///< the primary identity of the schema being created
    QList<int> mappedRows; ///< the other rules (0-based rows) that already fill this field
};

/** Which schema fields the destination picker of one rule offers, and in what order (no widgets). */
namespace FieldChoices {

/** A field a mapping rule can fill: a leaf that is not a map such as identityMap (filled by identity descriptors). */
bool isMappable(const XdmField& field);
/** The mappable fields of @p all (a flattened tree), in document order. */
QList<XdmField> mappable(const QList<XdmField>& all);
/**
 * The picker's lines for the rule at @p row of @p rules: each group as a header followed by its mappable fields, in
 * the schema's order, groups without any mappable field left out; each field marked with the other rules filling it.
 */
QList<FieldChoice> offered(const QList<XdmField>& all, const QList<MappingRule>& rules, int row,
                           const QString& identityPath = {});

} // namespace FieldChoices

/**
 * The picker's lines as a list model: Qt::DisplayRole says title, path, type and marks, indented by depth;
 * Qt::EditRole is the field's path (empty for a group, which cannot be chosen).
 */
class FieldChoiceModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int PathRole = Qt::UserRole + 1;
    static constexpr int IsGroupRole = Qt::UserRole + 2;
    static constexpr int DepthRole = Qt::UserRole + 3;

    using QAbstractListModel::QAbstractListModel;

    void setChoices(const QList<FieldChoice>& choices);
    const QList<FieldChoice>& choices() const { return m_choices; }
    /** The row of the field @p path, or -1. */
    int rowOf(const QString& path) const;
    /** The line shown for @p choice. */
    static QString text(const FieldChoice& choice);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QList<FieldChoice> m_choices;
};
