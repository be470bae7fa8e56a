// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/** The standard XDM classes, field groups and data types, and the resolver that builds the full (xed-full) view. */
class XdmLibrary
{
public:
    /** Our hand-written built-ins; with a non-empty `xdmDir`, the real definitions found there instead. */
    explicit XdmLibrary(const QString& xdmDir = {});

    /** A standard resource by $id, as stored (raw: $ref, allOf, definitions); empty when unknown. */
    QJsonObject resource(const QString& id) const;
    /** Resources whose meta:resourceType is `type` (classes, mixins, datatypes, behaviors). */
    QList<QJsonObject> resources(const QString& type) const;
    QString loadError() const { return m_loadError; }
    int size() const { return int(m_resources.size()); }

    /** The merged properties of a schema-like object (allOf/$ref resolved, xdm: prefixes stripped). */
    QJsonObject expandProperties(const QJsonObject& schema) const;
    /** Every leaf field of an expanded tree: dotted path -> its definition (type, format, meta:xdmType...). */
    static void leaves(const QJsonObject& properties, const QString& prefix, QHash<QString, QJsonObject>& out);
    /** Removes title and description everywhere (the *-notext views). */
    static QJsonValue stripText(const QJsonValue& value);

private:
    QJsonObject resolve(const QJsonObject& node, const QJsonObject& document, int depth) const;
    QJsonObject mergeProperties(const QJsonObject& node, const QJsonObject& document, int depth) const;
    void loadBuiltIns();
    void loadDirectory(const QString& dir);

    QHash<QString, QJsonObject> m_resources;
    QStringList m_order;
    QString m_loadError;
};
