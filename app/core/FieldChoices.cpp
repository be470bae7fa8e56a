// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/FieldChoices.h"

#include <QHash>
#include <QLocale>

namespace FieldChoices {

bool isMappable(const XdmField& field)
{
    return !field.isObject && field.type != QLatin1String("map");
}

QList<XdmField> mappable(const QList<XdmField>& all)
{
    QList<XdmField> result;
    for (const XdmField& field : all) {
        if (isMappable(field))
            result << field;
    }
    return result;
}

QList<FieldChoice> offered(const QList<XdmField>& all, const QList<MappingRule>& rules, int row,
                           const QString& identityPath)
{
    QHash<QString, QList<int>> mappedBy;
    for (int i = 0; i < rules.size(); ++i) {
        if (i != row && !rules.at(i).destination.isEmpty())
            mappedBy[rules.at(i).destination] << i;
    }
    QList<FieldChoice> choices;
    choices.reserve(all.size());
    // Groups wait on this stack until one of their fields is offered: a group of maps only is not shown.
    QList<const XdmField*> pending;
    for (const XdmField& field : all) {
        while (!pending.isEmpty() && pending.constLast()->depth >= field.depth)
            pending.removeLast();
        if (field.isObject) {
            pending << &field;
            continue;
        }
        if (!isMappable(field))
            continue;
        // Headers of the groups not shown yet, outermost first (the ones already shown left the stack).
        for (const XdmField* group : std::as_const(pending))
            choices << FieldChoice{*group, true, false, {}};
        pending.clear();
        choices << FieldChoice{field, false, !identityPath.isEmpty() && field.path == identityPath,
                               mappedBy.value(field.path)};
    }
    return choices;
}

} // namespace FieldChoices

void FieldChoiceModel::setChoices(const QList<FieldChoice>& choices)
{
    beginResetModel();
    m_choices = choices;
    endResetModel();
}

int FieldChoiceModel::rowOf(const QString& path) const
{
    if (path.isEmpty())
        return -1;
    for (int i = 0; i < m_choices.size(); ++i) {
        if (!m_choices.at(i).isGroup && m_choices.at(i).field.path == path)
            return i;
    }
    return -1;
}

QString FieldChoiceModel::text(const FieldChoice& choice)
{
    const QString indent(choice.field.depth * 4, QLatin1Char(' '));
    if (choice.isGroup)
        //: A group of fields in the destination picker: %1 its title, %2 its path.
        return indent + tr("%1 \u2014 %2").arg(choice.field.title, choice.field.path);
    const QString type = choice.field.format.isEmpty() || choice.field.format == choice.field.type
        ? choice.field.type
        : QStringLiteral("%1, %2").arg(choice.field.type, choice.field.format);
    //: A field in the destination picker: %1 its title, %2 its path, %3 its XDM type.
    QString line = tr("%1 \u2014 %2 (%3)").arg(choice.field.title, choice.field.path, type);
    QStringList marks;
    if (choice.isIdentity)
        marks << tr("primary identity");
    if (choice.field.required)
        marks << tr("required");
    if (!choice.mappedRows.isEmpty()) {
        QStringList rows;
        for (int row : choice.mappedRows)
            rows << QString::number(row + 1);
        //: %1 the row number of the other rule filling the field.
        marks << (rows.size() == 1 ? tr("mapped in row %1").arg(rows.first())
                                   //: %1 the row numbers of the other rules filling the field ("3 and 10").
                                   : tr("mapped in rows %1").arg(QLocale().createSeparatedList(rows)));
    }
    for (const QString& mark : std::as_const(marks))
        line += QStringLiteral(" \u00b7 ") + mark;
    return indent + line;
}

int FieldChoiceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_choices.size());
}

QVariant FieldChoiceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FieldChoice& choice = m_choices.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(choice);
    case Qt::EditRole:
    case PathRole:
        return choice.isGroup ? QString() : choice.field.path;
    case IsGroupRole:
        return choice.isGroup;
    case DepthRole:
        return choice.field.depth;
    default:
        return {};
    }
}

Qt::ItemFlags FieldChoiceModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // A group is a header: it cannot be chosen, and the arrow keys pass over it.
    return m_choices.at(index.row()).isGroup ? Qt::NoItemFlags : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}
