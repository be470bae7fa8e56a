// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegistryLists.h"

FieldGroupList::FieldGroupList(QWidget* parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("fieldGroupList"));
    setAccessibleName(tr("Field groups"));
}

void FieldGroupList::setGroups(const QList<FieldGroupSummary>& groups, const QStringList& checked)
{
    m_groups = groups;
    const QSignalBlocker blocker(this);
    clear();
    for (const FieldGroupSummary& group : groups) {
        auto* item = new QListWidgetItem(tr("%1 \u2014 %n field(s)", nullptr, group.fieldCount).arg(group.title), this);
        item->setData(Qt::UserRole, group.id); // for tests and accessibility tools; never read back
        item->setToolTip(group.description);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(group.id) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList FieldGroupList::checkedIds() const
{
    QStringList ids;
    for (int i = 0; i < count() && i < m_groups.size(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            ids << m_groups.at(i).id;
    }
    return ids;
}

SchemaList::SchemaList(QWidget* parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("schemaList"));
    setAccessibleName(tr("Schemas"));
}

void SchemaList::append(const QList<SchemaSummary>& schemas, const QString& current)
{
    for (const SchemaSummary& schema : schemas) {
        m_schemas << schema;
        auto* item = new QListWidgetItem(schema.title, this);
        item->setToolTip(schema.description);
        if (schema.id == current)
            setCurrentItem(item);
    }
}

const SchemaSummary* SchemaList::currentSchema() const
{
    const int row = currentRow();
    return row >= 0 && row < m_schemas.size() ? &m_schemas.at(row) : nullptr;
}
