// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DataflowDraft.h"
#include "model/DraftProblem.h"
#include "model/TypeCompatibility.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

/**
 * The mapping's rules against what the table and the schema hold, one rule for the whole wizard: calculated fields
 * read with ExpressionParser (syntax, functions, argument counts, the table's columns) and the type of each column
 * (or expression result) against its field's by TypeCompatibility::verdict. The Mapping page (MappingChecks) and the
 * checks before the first write of --validate, --apply and the wizard's Create (DraftCheck) call it. Each problem
 * names its rule ("mapping[2].source", "mapping[2].expression") and says what to do.
 */
class MappingTypeCheck
{
    Q_DECLARE_TR_FUNCTIONS(MappingTypeCheck)
public:
    /** Calculated fields: codes expression.syntax, .unknownFunction, .argumentCount, .unknownColumn (errors). */
    static QList<DraftProblem> checkExpressions(const QList<MappingRule>& rules, const QJsonArray& columns);
    /**
     * Column (or expression result) against field types, given the kind of each field by path (a rule whose field
     * is not there is skipped: said by DraftValidator::checkAgainstSchema). mapping.typeMismatch is an error (no
     * value converts); mapping.typeMayFail and mapping.needsDateFormat are warnings.
     */
    static QList<DraftProblem> checkTypes(const QList<MappingRule>& rules, const QJsonArray& columns,
                                          const QHash<QString, TypeCompatibility::Kind>& fieldKinds);
    /** The kind of every leaf field of an xed-full tree, by dotted path (meta:xdmType, else type, and format). */
    static QHash<QString, TypeCompatibility::Kind> fieldKinds(const QJsonObject& xedFullSchema);

    /** A kind of value in words ("true/false values", "dates"...). */
    static QString kindText(TypeCompatibility::Kind kind);
};
