// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/** What is wrong in a calculated field, where (a character index into the expression) and what to do. */
struct ExpressionError
{
    enum class Kind {
        Syntax, ///< unbalanced parentheses or quotes, a misplaced token
        UnknownFunction,
        ArgumentCount,
        UnknownColumn,
        TooLong, ///< more than ExpressionParser::kMaxLength characters
        Empty,
    };
    Kind kind = Kind::Syntax;
    int position = 0; ///< 0-based index (UTF-16 code units) of the first character concerned
    int length = 1; ///< how many characters are concerned (at least 1, may reach past the end for "missing")
    QString name; ///< the unknown function or column, when there is one
    QString message; ///< translated; says what to do

    bool operator==(const ExpressionError&) const = default;
};

/** The outcome of reading one expression. */
struct ExpressionCheck
{
    QList<ExpressionError> errors; ///< by position; a syntax error stops the reading, so it is then the only one
    QStringList columns; ///< the source columns read, in order of appearance, each once
    QStringList functions; ///< the functions called, each once
    /**
     * What the expression yields when known: "string", "integer", "number", "boolean", "date-time", "array",
     * "object"; "column" when it is a bare column (see columns); empty when it depends on the values.
     */
    QString resultType;

    bool ok() const { return errors.isEmpty(); }
};

/**
 * Reads Data Prep calculated fields (the documented subset): column names (plain, dotted for nested fields, or
 * ${Any Name}), string literals in double or single quotes with backslash escapes, numbers, true/false/null,
 * function calls, methods on a value ("s".equals(x)), list literals [a, b], and the operators
 * + - * / % == != < <= > >= && || ! ?: with their word forms (and, or, not, eq, ne, lt, le, gt, ge, div, mod).
 * Pure: no Platform, no widgets; any input, however malformed, gives an answer (a fuzz target calls it).
 */
class ExpressionParser
{
    Q_DECLARE_TR_FUNCTIONS(ExpressionParser)
public:
    static constexpr int kMaxLength = 4096;
    /** Deeper nesting than this is refused (a human never writes it; it keeps the reading's stack small). */
    static constexpr int kMaxDepth = 100;

    /**
     * Checks @p text. With @p checkColumns, every column name must be one of @p columns (a dotted name whose
     * first part is a column is a nested field of it); without, column names are not checked.
     */
    static ExpressionCheck check(const QString& text, const QStringList& columns = {}, bool checkColumns = true);
    /** @p text as a column reference in an expression: the name itself, or ${name} when it is not a plain name. */
    static QString columnReference(const QString& name);
    /** Words that cannot name a column without ${...}. */
    static bool isReserved(const QString& word);
};
