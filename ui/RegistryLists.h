// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/SchemaRegistryService.h"

#include <QList>
#include <QListWidget>
#include <QStringList>

/** The field groups one can add to a new schema, each with a check box; the rows are FieldGroupSummary values. */
class FieldGroupList : public QListWidget
{
    Q_OBJECT
public:
    explicit FieldGroupList(QWidget* parent = nullptr);
    /** Shows @p groups, those in @p checked ticked; emits no itemChanged(). */
    void setGroups(const QList<FieldGroupSummary>& groups, const QStringList& checked);
    /** The $ids of the ticked groups, in list order. */
    QStringList checkedIds() const;

private:
    QList<FieldGroupSummary> m_groups; ///< the rows
};

/** Existing schemas, added page by page; the rows are SchemaSummary values. */
class SchemaList : public QListWidget
{
    Q_OBJECT
public:
    explicit SchemaList(QWidget* parent = nullptr);
    /** Appends @p schemas, and selects the one whose $id is @p current if it is among them. */
    void append(const QList<SchemaSummary>& schemas, const QString& current);
    /** The selected schema, or null. */
    const SchemaSummary* currentSchema() const;
    bool isEmpty() const { return m_schemas.isEmpty(); }

private:
    QList<SchemaSummary> m_schemas; ///< the rows
};
