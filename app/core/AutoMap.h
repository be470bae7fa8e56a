// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/XdmFields.h"
#include "model/DataflowDraft.h"

#include <QList>
#include <QStringList>

/** Proposes mapping rules from source column names to schema fields, by known names and by matching words. */
namespace AutoMap {

/** The rules for @p columns that find a field in @p leaves; never two rules for one field, none already in @p taken. */
QList<MappingRule> propose(const QStringList& columns, const QList<XdmField>& leaves, const QStringList& taken = {});
/** "Properties_Firstname_Value" -> "firstname": the column's meaningful words, lower case, joined. */
QString normalise(const QString& column);

} // namespace AutoMap
