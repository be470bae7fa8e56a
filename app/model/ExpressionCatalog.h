// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

/** One function of the Data Prep expression language, as the expression editor lists it. */
struct ExpressionFunction
{
    QString name; ///< "concat"; for a method, its name after the dot ("equals")
    QString signature; ///< "concat(STRING_1, STRING_2, ...)"
    int minArgs = 0;
    int maxArgs = 0; ///< -1: no upper limit
    QString example; ///< "concat(\"Hi, \", \"there\", \"!\")"
    QString returnType; ///< "string", "integer", "number", "boolean", "date-time", "array", "object" or "" (any)
    const char* description = nullptr; ///< English source of the sentence; see ExpressionCatalog::description
    bool isMethod = false; ///< called on a value: STRING1.equals(STRING2)
};

/** The calculated-field functions Data Prep documents (name, signature, argument counts, example, a sentence). */
class ExpressionCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ExpressionCatalog)
public:
    /** Every function then every method, in the order of the documentation. */
    static const QList<ExpressionFunction>& functions();
    /** The function (or, with @p method, the method) called @p name, or nullptr. Names are case-sensitive. */
    static const ExpressionFunction* find(const QString& name, bool method = false);
    /** The function's sentence in the language installed now. */
    static QString description(const ExpressionFunction& function);
    /** Whether @p function is among those a search for @p filter shows (its name, signature or sentence). */
    static bool matches(const ExpressionFunction& function, const QString& filter);
    /** The known name closest to @p name (a typo of one or two letters), or empty. */
    static QString closest(const QString& name, bool method = false);
};
