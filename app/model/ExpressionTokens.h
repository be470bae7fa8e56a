// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The tokens of a Data Prep calculated field, for ExpressionParser's reader (private to app/model): names (plain,
// dotted, ${Any Name}), strings, numbers, literals, operators in their symbol form, brackets and punctuation.

#include "model/ExpressionParser.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ExpressionTokens {

enum class Tok {
    End,
    Name,
    String,
    Number,
    Literal,
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
    Dot,
    Op,
    Question,
    Colon,
    Bad
};

struct Token
{
    Tok kind = Tok::End;
    int position = 0;
    int length = 0;
    QString text; ///< a name (escapes resolved), an operator in its symbol form, the literal word; a number's type
    QStringList segments; ///< a Name's dotted parts (one for ${...})
    bool quotedName = false; ///< ${...}
    /** Why the text cannot be read on from here (an unclosed string or ${, a stray character): a syntax error. */
    std::optional<ExpressionError> error;
};

/** Words a plain column name cannot be (JEXL's reserved words). */
bool isReservedWord(const QString& word);
/** The symbol of a word operator ("and" is "&&"), or empty. */
QString wordOperator(const QString& word);
bool nameStart(QChar c);
bool namePart(QChar c);

/** Cuts @p text into tokens, one at each next(); after the end (or an error) it gives End. */
class Lexer
{
public:
    explicit Lexer(const QString& text) : m_text(text) { }

    Token next();

private:
    void readString(Token& t, QChar quote);
    void readQuotedName(Token& t);
    void readNumber(Token& t);
    void readName(Token& t);
    void readSymbol(Token& t);
    static void fail(Token& t, Tok kind, int position, int length, const QString& message);

    const QString& m_text;
    qsizetype m_pos = 0;
};

} // namespace ExpressionTokens
