// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/** Resources of one kind, kept per sandbox in creation order (sandboxes do not see each other's data). */
class ResourceStore
{
public:
    void insert(const QString& sandbox, const QString& id, const QJsonObject& value);
    QJsonObject* find(const QString& sandbox, const QString& id);
    const QJsonObject* find(const QString& sandbox, const QString& id) const;
    /** Looks an id up in every sandbox (runs are produced by timers, outside any request). */
    QJsonObject* findAny(const QString& id, QString* sandbox = nullptr);
    bool remove(const QString& sandbox, const QString& id);
    QList<QJsonObject> all(const QString& sandbox) const;
    QStringList ids() const { return m_order; }
    int size() const { return int(m_items.size()); }

private:
    struct Entry
    {
        QString sandbox;
        QJsonObject value;
    };
    QHash<QString, Entry> m_items;
    QStringList m_order;
};
