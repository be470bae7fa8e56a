// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/** One field of an expanded (xed-full) XDM tree, in document order. */
struct XdmField
{
    QString path; ///< dotted: "person.name.firstName"
    QString title; ///< "First name" (or the last path segment when the schema has no title)
    QString type; ///< meta:xdmType when given ("string", "date-time", "int"...), else the JSON type
    QString format; ///< "email", "date-time", "uri-reference"...
    int depth = 0; ///< 0 for top-level fields
    bool isObject = false; ///< a group of fields (not mappable itself)
    bool required = false; ///< listed in its parent's "required"
    QStringList enumValues; ///< the values "enum" allows, or "meta:enum"'s as "value (label)"
};

/** Walks the "properties" trees the Schema Registry returns in xed-full form (SchemaTree merges them). */
namespace XdmFields {

/** Every field of @p schema (an object with "properties"), groups before their children, in document order. */
QList<XdmField> flatten(const QJsonObject& schema);
/** Only the leaves (what a mapping can fill). */
QList<XdmField> leaves(const QJsonObject& schema);

} // namespace XdmFields
