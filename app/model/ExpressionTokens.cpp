// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ExpressionTokens.h"

#include <QHash>
#include <QSet>

namespace ExpressionTokens {

using Kind = ExpressionError::Kind;

bool isReservedWord(const QString& word)
{
    static const QSet<QString> words{QStringLiteral("new"),    QStringLiteral("var"),  QStringLiteral("for"),
                                     QStringLiteral("if"),     QStringLiteral("else"), QStringLiteral("return"),
                                     QStringLiteral("_errors")};
    return words.contains(word);
}

QString wordOperator(const QString& word)
{
    static const QHash<QString, QString> words{
        {QStringLiteral("and"), QStringLiteral("&&")}, {QStringLiteral("or"), QStringLiteral("||")},
        {QStringLiteral("not"), QStringLiteral("!")},  {QStringLiteral("eq"), QStringLiteral("==")},
        {QStringLiteral("ne"), QStringLiteral("!=")},  {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("le"), QStringLiteral("<=")},  {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("ge"), QStringLiteral(">=")},  {QStringLiteral("div"), QStringLiteral("/")},
        {QStringLiteral("mod"), QStringLiteral("%")}};
    return words.value(word);
}

bool nameStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool namePart(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

void Lexer::fail(Token& t, Tok kind, int position, int length, const QString& message)
{
    t.kind = kind;
    t.error = ExpressionError{Kind::Syntax, position, qMax(1, length), {}, message};
}

Token Lexer::next()
{
    const qsizetype n = m_text.size();
    while (m_pos < n && m_text.at(m_pos).isSpace())
        ++m_pos;
    Token t;
    t.position = int(m_pos);
    if (m_pos >= n) {
        t.kind = Tok::End;
        return t;
    }
    const QChar c = m_text.at(m_pos);
    if (c == QLatin1Char('"') || c == QLatin1Char('\''))
        readString(t, c);
    else if (c == QLatin1Char('$') && m_pos + 1 < n && m_text.at(m_pos + 1) == QLatin1Char('{'))
        readQuotedName(t);
    else if (c.isDigit())
        readNumber(t);
    else if (nameStart(c))
        readName(t);
    else
        readSymbol(t);
    t.length = int(m_pos) - t.position;
    if (t.error)
        m_pos = n; // nothing is read after an error
    return t;
}

void Lexer::readString(Token& t, QChar quote)
{
    const qsizetype n = m_text.size();
    const qsizetype start = m_pos++;
    while (m_pos < n && m_text.at(m_pos) != quote) {
        if (m_text.at(m_pos) == QLatin1Char('\\') && m_pos + 1 < n)
            ++m_pos;
        ++m_pos;
    }
    if (m_pos >= n) {
        fail(t, Tok::End, int(start), 1,
             ExpressionParser::tr("The text opened by %1 at character %2 is not closed: add a closing %1.")
                 .arg(QString(quote))
                 .arg(start + 1));
        return;
    }
    ++m_pos;
    t.kind = Tok::String;
}

void Lexer::readQuotedName(Token& t)
{
    const qsizetype close = m_text.indexOf(QLatin1Char('}'), m_pos + 2);
    if (close < 0) {
        fail(t, Tok::End, int(m_pos), 2,
             ExpressionParser::tr("The column name opened by ${ at character %1 is not closed: add \"}\".")
                 .arg(m_pos + 1));
        return;
    }
    t.kind = Tok::Name;
    t.quotedName = true;
    t.text = m_text.mid(m_pos + 2, close - m_pos - 2);
    t.segments = {t.text};
    m_pos = close + 1;
}

void Lexer::readNumber(Token& t)
{
    const qsizetype n = m_text.size();
    t.kind = Tok::Number;
    bool decimal = false;
    while (m_pos < n && m_text.at(m_pos).isDigit())
        ++m_pos;
    if (m_pos + 1 < n && m_text.at(m_pos) == QLatin1Char('.') && m_text.at(m_pos + 1).isDigit()) {
        decimal = true;
        ++m_pos;
        while (m_pos < n && m_text.at(m_pos).isDigit())
            ++m_pos;
    }
    t.text = decimal ? QStringLiteral("number") : QStringLiteral("integer");
}

void Lexer::readName(Token& t)
{
    const qsizetype n = m_text.size();
    QString segment;
    while (m_pos < n) {
        const QChar c = m_text.at(m_pos);
        if (namePart(c)) {
            segment += c;
            ++m_pos;
        } else if (c == QLatin1Char('\\') && m_pos + 1 < n && m_text.at(m_pos + 1) == QLatin1Char('.')) {
            segment += QLatin1Char('.'); // address.street\.name: a dot inside a name
            m_pos += 2;
        } else if (c == QLatin1Char('.') && m_pos + 1 < n && nameStart(m_text.at(m_pos + 1))) {
            t.segments << segment;
            segment.clear();
            ++m_pos;
        } else {
            break;
        }
    }
    t.segments << segment;
    t.text = t.segments.join(QLatin1Char('.'));
    t.kind = Tok::Name;
    if (t.segments.size() == 1) {
        const QString op = wordOperator(t.text);
        if (!op.isEmpty()) {
            t.kind = Tok::Op;
            t.text = op;
        } else if (t.text == QLatin1String("true") || t.text == QLatin1String("false")
                   || t.text == QLatin1String("null")) {
            t.kind = Tok::Literal;
        }
    }
}

void Lexer::readSymbol(Token& t)
{
    const QChar c = m_text.at(m_pos);
    const QChar next = m_pos + 1 < m_text.size() ? m_text.at(m_pos + 1) : QChar();
    static const QStringList twoChar{QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<="),
                                     QStringLiteral(">="), QStringLiteral("&&"), QStringLiteral("||")};
    const QString pair = QString(c) + next;
    if (twoChar.contains(pair)) {
        t.kind = Tok::Op;
        t.text = pair;
        m_pos += 2;
        return;
    }
    ++m_pos;
    switch (c.unicode()) {
    case '(':
        t.kind = Tok::LParen;
        return;
    case ')':
        t.kind = Tok::RParen;
        return;
    case '[':
        t.kind = Tok::LBracket;
        return;
    case ']':
        t.kind = Tok::RBracket;
        return;
    case ',':
        t.kind = Tok::Comma;
        return;
    case '.':
        t.kind = Tok::Dot;
        return;
    case '?':
        t.kind = Tok::Question;
        return;
    case ':':
        t.kind = Tok::Colon;
        return;
    case '+':
    case '-':
    case '*':
    case '/':
    case '%':
    case '<':
    case '>':
    case '!':
        t.kind = Tok::Op;
        t.text = QString(c);
        return;
    default:
        break;
    }
    if (c.isHighSurrogate() && m_pos < m_text.size() && m_text.at(m_pos).isLowSurrogate())
        ++m_pos;
    fail(t, Tok::Bad, t.position, int(m_pos) - t.position,
         ExpressionParser::tr("The character \"%1\" has no meaning here: remove it.")
             .arg(m_text.mid(t.position, int(m_pos) - t.position)));
}

} // namespace ExpressionTokens
