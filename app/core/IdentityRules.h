// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/XdmFields.h"
#include "model/SchemaTree.h"

#include <QList>
#include <QString>
#include <QStringList>

/**
 * Which field of a schema may be its primary identity, and which one the wizard proposes. An identity is a string an
 * identity namespace can hold: an e-mail address, a phone number, a CRM or device id (ECID, AAID...), not a city, a
 * country or a gender.
 */
namespace IdentityRules {

/** The usual identity of marketing contacts, proposed when the schema has it. */
inline constexpr char kDefaultIdentity[] = "personalEmail.address";

/** The identity namespaces offered (the standard ones of Experience Platform), the e-mail first. */
QStringList namespaces();
/** Whether @p field may be a primary identity. */
bool canBeIdentity(const XdmField& field);
/**
 * The namespaces that fit @p field (an identity candidate), the proposal first: Email for an e-mail field, Phone for
 * a phone number, ECID or AAID for such ids, CRMID for the other ids.
 */
QStringList namespacesFor(const XdmField& field);
/** The identity to propose among @p candidates: @p drafted if it is one, else the default, else an e-mail field. */
QString propose(const QList<XdmField>& candidates, const QString& drafted = {});

/** The identity fields of a schema and the one to select. */
struct Choices
{
    QList<XdmField> fields; ///< the fields that may be an identity, the proposal first, then in schema order
    QString selected; ///< the path to select, empty for none
    QStringList namespaces; ///< the namespaces fit for the selected field, the one to select first
};

/**
 * The choices for @p tree. @p current is the path selected so far; once the user picked one (@p userChose, even
 * "none"), it is kept when the tree still has it and nothing is proposed any more. Otherwise the proposal is
 * selected, from @p drafted (the draft's identity) first. When the drafted field is selected, its drafted namespace
 * (@p draftedNamespace) comes first.
 */
Choices choices(const SchemaTree& tree, const QString& current, bool userChose, const QString& drafted,
                const QString& draftedNamespace = {});

} // namespace IdentityRules
