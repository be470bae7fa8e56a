// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/IdentityRules.h"
#include "model/DataflowDraft.h"

#include <QStringList>
#include <QWidget>

#include <optional>

class QComboBox;

/** The primary identity of a new schema: one of the fields that may be an identity, and its namespace. */
class IdentityPicker : public QWidget
{
    Q_OBJECT
public:
    explicit IdentityPicker(QWidget* parent = nullptr);

    /** Offers @p choices (IdentityRules) and selects their choice; emits nothing. */
    void setChoices(const IdentityRules::Choices& choices);
    /** The selected field's path, empty for none. */
    QString path() const;
    /** The identity, or none. */
    std::optional<DraftIdentity> identity() const;
    /** The user picked a field (even "none"): stop proposing one. */
    bool userChose() const { return m_userChose; }

Q_SIGNALS:
    void changed();

private:
    QComboBox* m_field;
    QComboBox* m_namespace;
    QStringList m_paths; ///< the rows of m_field ("" for none)
    bool m_userChose = false;
};
