// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <random>
#include <vector>

/** The built-in source catalog: tables per connection spec with deterministic, partly dirty generated rows. */
class DemoData
{
public:
    struct Column
    {
        QString name;
        QString type; // string, long, double, boolean, date-time
    };
    struct Table
    {
        QString path;
        QList<Column> columns;
        std::vector<QList<QJsonValue>> rows;
        int columnIndex(const QString& name) const;
    };

    DemoData(int rows, quint32 seed);

    QStringList tables(const QString& connectionSpecId) const;
    /** The table with its rows generated on first use; nullptr when the spec has no such table. */
    const Table* table(const QString& connectionSpecId, const QString& path);
    /** Explore's column list: type, xdm type/format and meta:xdmType (CONTRACT §3.3). */
    static QJsonArray describeColumns(const Table& table);
    static QJsonObject rowObject(const Table& table, qsizetype index);
    /** Mailchimp Members (self-serve REST, explored with objectType=rest): the JSON Schema of one member. */
    static QJsonObject restMemberSchema();
    /** `count` deterministic sample members of a Mailchimp audience list. */
    QJsonArray restMembers(const QString& listId, int count) const;

private:
    using Generator = std::function<QJsonValue(std::mt19937&, int)>;
    struct Definition
    {
        QString specId;
        QString path;
        int rows;
        QList<QPair<Column, Generator>> columns;
    };
    void define();

    int m_rows;
    quint32 m_seed;
    QList<Definition> m_definitions;
    QHash<QString, std::shared_ptr<Table>> m_tables;
};
