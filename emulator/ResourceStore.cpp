// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceStore.h"

void ResourceStore::insert(const QString& sandbox, const QString& id, const QJsonObject& value)
{
    if (!m_items.contains(id)) {
        m_order.append(id);
    }
    m_items.insert(id, {sandbox, value});
}

QJsonObject* ResourceStore::find(const QString& sandbox, const QString& id)
{
    auto it = m_items.find(id);
    return it != m_items.end() && it->sandbox == sandbox ? &it->value : nullptr;
}

const QJsonObject* ResourceStore::find(const QString& sandbox, const QString& id) const
{
    auto it = m_items.constFind(id);
    return it != m_items.constEnd() && it->sandbox == sandbox ? &it->value : nullptr;
}

QJsonObject* ResourceStore::findAny(const QString& id, QString* sandbox)
{
    auto it = m_items.find(id);
    if (it == m_items.end()) {
        return nullptr;
    }
    if (sandbox) {
        *sandbox = it->sandbox;
    }
    return &it->value;
}

bool ResourceStore::remove(const QString& sandbox, const QString& id)
{
    if (!find(sandbox, id)) {
        return false;
    }
    m_items.remove(id);
    m_order.removeOne(id);
    return true;
}

QList<QJsonObject> ResourceStore::all(const QString& sandbox) const
{
    QList<QJsonObject> result;
    for (const QString& id : m_order) {
        const Entry& entry = m_items[id];
        if (entry.sandbox == sandbox) {
            result.append(entry.value);
        }
    }
    return result;
}
