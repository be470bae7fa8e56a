// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/IdentityRules.h"
#include "model/DataflowDraft.h"

#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;

/**
 * The primary identity of a new schema: one of the fields that may be an identity, its namespace (among those that
 * fit the field), and a note beside them saying what a schema without one cannot do.
 */
class IdentityPicker : public QWidget
{
    Q_OBJECT
public:
    explicit IdentityPicker(QWidget* parent = nullptr);

    /** Offers @p choices (IdentityRules) and selects their choice; emits nothing. */
    void setChoices(const IdentityRules::Choices& choices);
    /** Shows @p note beside the fields (SchemaRules::identityNote), or hides it when empty. */
    void setNote(const QString& note);
    /** The selected field's path, empty for none. */
    QString path() const;
    /** The identity, or none. */
    std::optional<DraftIdentity> identity() const;
    /** The user picked a field (even "none"): stop proposing one. */
    bool userChose() const { return m_userChose; }

Q_SIGNALS:
    void changed();

private:
    void setNamespaces(const QStringList& namespaces);

    QComboBox* m_field;
    QComboBox* m_namespace;
    QLabel* m_note;
    QList<XdmField> m_fields; ///< the rows of m_field after "(none)"
    bool m_userChose = false;
};
