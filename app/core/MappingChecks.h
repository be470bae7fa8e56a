// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/XdmFields.h"
#include "model/DataflowDraft.h"
#include "model/TypeCompatibility.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>

/**
 * The Mapping page's checks beyond DraftValidator's: calculated fields read with ExpressionParser (syntax, functions,
 * argument counts, the table's columns) and the types of columns against their fields (both MappingTypeCheck's, which
 * the checks before the first write share), required fields left empty and an identity without namespace. Each problem
 * names its rule ("mapping[2].expression") and says what to do. Not part of DraftValidator::validate: what only Data
 * Prep decides (its functions) stays its verdict for recipes.
 */
class MappingChecks
{
    Q_DECLARE_TR_FUNCTIONS(MappingChecks)
public:
    /** Every check below; @p columns and @p fields may be empty (not known yet), their checks are then skipped. */
    static QList<DraftProblem> check(const DataflowDraft& draft, const QJsonArray& columns,
                                     const QList<XdmField>& fields);
    /** Calculated fields: codes expression.syntax, .unknownFunction, .argumentCount, .unknownColumn. */
    static QList<DraftProblem> checkExpressions(const QList<MappingRule>& rules, const QJsonArray& columns);
    /** Column (or expression result) against field types: mapping.typeMismatch, .typeMayFail, .needsDateFormat. */
    static QList<DraftProblem> checkTypes(const QList<MappingRule>& rules, const QJsonArray& columns,
                                          const QList<XdmField>& fields);
    /**
     * Required fields nothing fills (warnings: the Platform rejects the rows, not the mapping). A required field
     * inside an optional group counts only when the group is filled at all.
     */
    static QList<DraftProblem> checkRequired(const QList<MappingRule>& rules, const QList<XdmField>& fields,
                                             const QString& skip = {});
    /** The primary identity of the schema to create needs a namespace. */
    static QList<DraftProblem> checkIdentity(const DataflowDraft& draft);

    /** A kind of value in words ("true/false", "a date"...). */
    static QString kindText(TypeCompatibility::Kind kind);
    /** What to do about a DraftValidator problem whose message only says what is wrong; empty when it says both. */
    static QString advice(const QString& code);
};
