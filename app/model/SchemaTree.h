// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>

#include <utility>

namespace KnownIds {
/** The XDM Individual Profile class, the one class the wizard's schemas use. */
inline constexpr char kProfileClass[] = "https://ns.adobe.com/xdm/context/profile";
} // namespace KnownIds

/**
 * The expanded (xed-full) field tree of a schema, a class or a field group: an object whose "properties" hold the
 * fields, nested objects holding theirs. The one type for the tree the Schema Registry returns and for the tree of a
 * schema still to create (its class and field groups merged).
 */
class SchemaTree
{
public:
    SchemaTree() = default;
    explicit SchemaTree(QJsonObject xedFull) : m_json(std::move(xedFull)) { }

    /** The tree as JSON ({"type": "object", "properties": {...}} for a merged one). */
    const QJsonObject& json() const { return m_json; }
    QJsonObject properties() const { return m_json.value(QLatin1String("properties")).toObject(); }
    /** No field at all. */
    bool isEmpty() const { return properties().isEmpty(); }

    /**
     * One tree holding the fields of all @p parts (a class and its field groups), merged object by object: a field
     * already present keeps its definition, an object present in several parts gets the children of all of them.
     */
    static SchemaTree merge(const QList<SchemaTree>& parts);

    bool operator==(const SchemaTree& other) const { return m_json == other.m_json; }

private:
    QJsonObject m_json;
};
