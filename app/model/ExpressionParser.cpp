// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ExpressionParser.h"

#include "model/ExpressionCatalog.h"

#include <QSet>

namespace {

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
    QString text; ///< a name (escapes resolved), an operator in its symbol form, the literal word
    QStringList segments; ///< a Name's dotted parts (one for ${...})
    bool quotedName = false; ///< ${...}
};

const QSet<QString>& reservedWords()
{
    static const QSet<QString> words{QStringLiteral("new"),    QStringLiteral("var"),  QStringLiteral("for"),
                                     QStringLiteral("if"),     QStringLiteral("else"), QStringLiteral("return"),
                                     QStringLiteral("_errors")};
    return words;
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

using Kind = ExpressionError::Kind;

/** The tokenizer and the recursive-descent reader in one: the text is short (at most a few thousand characters). */
class Reader
{
public:
    Reader(const QString& text, const QStringList& columns, bool checkColumns)
        : m_text(text), m_columns(columns.begin(), columns.end()), m_checkColumns(checkColumns)
    { }

    ExpressionCheck run()
    {
        if (m_text.trimmed().isEmpty()) {
            fail(Kind::Empty, 0, 1,
                 ExpressionParser::tr("The expression is empty: write a column, a text in quotes, a number or a "
                                      "function."));
            return m_result;
        }
        if (m_text.size() > ExpressionParser::kMaxLength)
            m_result.errors << ExpressionError{
                Kind::TooLong,
                ExpressionParser::kMaxLength,
                int(m_text.size()) - ExpressionParser::kMaxLength,
                {},
                ExpressionParser::tr("An expression has at most %1 characters; this one has %2: shorten it.")
                    .arg(ExpressionParser::kMaxLength)
                    .arg(m_text.size())};
        advance();
        m_result.resultType = ternary();
        if (!m_failed && m_token.kind != Tok::End)
            unexpected();
        std::stable_sort(m_result.errors.begin(), m_result.errors.end(),
                         [](const ExpressionError& a, const ExpressionError& b) { return a.position < b.position; });
        if (m_failed)
            m_result.resultType.clear();
        return m_result;
    }

private:
    // --- errors

    void fail(Kind kind, int position, int length, const QString& message, const QString& name = {})
    {
        if (m_failed)
            return;
        m_failed = true;
        // A syntax error hides what was found before it: the reading stopped, the rest is not known.
        QList<ExpressionError> kept;
        for (const ExpressionError& error : std::as_const(m_result.errors)) {
            if (error.kind == Kind::TooLong)
                kept << error;
        }
        kept << ExpressionError{kind, position, qMax(1, length), name, message};
        m_result.errors = kept;
    }

    void note(Kind kind, const Token& at, const QString& message, const QString& name)
    {
        if (!m_failed)
            m_result.errors << ExpressionError{kind, at.position, qMax(1, at.length), name, message};
    }

    QString shown(const Token& token) const { return m_text.mid(token.position, qMin(token.length, 20)); }

    void unexpected()
    {
        const Token& t = m_token;
        if (t.kind == Tok::End)
            fail(Kind::Syntax, int(m_text.size()), 1,
                 ExpressionParser::tr("The expression ends where a value is expected: complete it."));
        else if (t.kind == Tok::RParen && m_open.isEmpty())
            fail(Kind::Syntax, t.position, 1, ExpressionParser::tr("This \")\" closes nothing: remove it."));
        else if (t.kind == Tok::RBracket && m_open.isEmpty())
            fail(Kind::Syntax, t.position, 1, ExpressionParser::tr("This \"]\" closes nothing: remove it."));
        else if (m_afterValue)
            fail(Kind::Syntax, t.position, t.length,
                 ExpressionParser::tr("\"%1\" cannot follow a value here: put a comma or an operator before it.")
                     .arg(shown(t)));
        else
            fail(Kind::Syntax, t.position, t.length,
                 ExpressionParser::tr("A value is missing before \"%1\": write a column, a text in quotes or a number.")
                     .arg(shown(t)));
    }

    // --- tokens

    void advance()
    {
        if (m_failed)
            return;
        m_afterValue = m_token.kind == Tok::Name || m_token.kind == Tok::String || m_token.kind == Tok::Number
            || m_token.kind == Tok::Literal || m_token.kind == Tok::RParen || m_token.kind == Tok::RBracket;
        const qsizetype n = m_text.size();
        while (m_pos < n && m_text.at(m_pos).isSpace())
            ++m_pos;
        Token t;
        t.position = int(m_pos);
        if (m_pos >= n) {
            t.kind = Tok::End;
            m_token = t;
            return;
        }
        const QChar c = m_text.at(m_pos);
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            readString(t, c);
        } else if (c == QLatin1Char('$') && m_pos + 1 < n && m_text.at(m_pos + 1) == QLatin1Char('{')) {
            const qsizetype close = m_text.indexOf(QLatin1Char('}'), m_pos + 2);
            if (close < 0) {
                fail(Kind::Syntax, int(m_pos), 2,
                     ExpressionParser::tr("The column name opened by ${ at character %1 is not closed: add \"}\".")
                         .arg(m_pos + 1));
                t.kind = Tok::End;
            } else {
                t.kind = Tok::Name;
                t.quotedName = true;
                t.text = m_text.mid(m_pos + 2, close - m_pos - 2);
                t.segments = {t.text};
                m_pos = close + 1;
            }
        } else if (c.isDigit()) {
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
        } else if (nameStart(c)) {
            readName(t);
        } else {
            readSymbol(t);
        }
        t.length = int(m_pos) - t.position;
        m_token = t;
    }

    void readString(Token& t, QChar quote)
    {
        const qsizetype n = m_text.size();
        const qsizetype start = m_pos++;
        while (m_pos < n && m_text.at(m_pos) != quote) {
            if (m_text.at(m_pos) == QLatin1Char('\\') && m_pos + 1 < n)
                ++m_pos;
            ++m_pos;
        }
        if (m_pos >= n) {
            fail(Kind::Syntax, int(start), 1,
                 ExpressionParser::tr("The text opened by %1 at character %2 is not closed: add a closing %1.")
                     .arg(QString(quote))
                     .arg(start + 1));
            t.kind = Tok::End;
            return;
        }
        ++m_pos;
        t.kind = Tok::String;
    }

    void readName(Token& t)
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

    void readSymbol(Token& t)
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
        t.kind = Tok::Bad;
        fail(Kind::Syntax, t.position, int(m_pos) - t.position,
             ExpressionParser::tr("The character \"%1\" has no meaning here: remove it.")
                 .arg(m_text.mid(t.position, int(m_pos) - t.position)));
    }

    bool isOp(const char* op) const { return m_token.kind == Tok::Op && m_token.text == QLatin1String(op); }

    // --- grammar; each returns the type of what it read ("" when unknown)

    struct Depth
    {
        explicit Depth(Reader* reader) : r(reader)
        {
            if (++r->m_depth > ExpressionParser::kMaxDepth)
                r->fail(Kind::Syntax, r->m_token.position, 1,
                        ExpressionParser::tr("The expression is nested more than %1 levels deep: simplify it.")
                            .arg(ExpressionParser::kMaxDepth));
        }
        ~Depth() { --r->m_depth; }
        Reader* r;
    };

    QString ternary()
    {
        Depth depth(this);
        if (m_failed)
            return {};
        QString type = binary(0);
        if (m_failed || m_token.kind != Tok::Question)
            return type;
        const Token question = m_token;
        advance();
        const QString yes = ternary();
        if (m_failed)
            return {};
        if (m_token.kind != Tok::Colon) {
            fail(Kind::Syntax, question.position, 1,
                 ExpressionParser::tr("The condition ? at character %1 needs its \":\" and a value for when it is "
                                      "false: add them.")
                     .arg(question.position + 1));
            return {};
        }
        advance();
        const QString no = ternary();
        return yes == no ? yes : QString();
    }

    static int precedence(const QString& op)
    {
        if (op == QLatin1String("||"))
            return 1;
        if (op == QLatin1String("&&"))
            return 2;
        if (op == QLatin1String("==") || op == QLatin1String("!="))
            return 3;
        if (op == QLatin1String("<") || op == QLatin1String("<=") || op == QLatin1String(">")
            || op == QLatin1String(">="))
            return 4;
        if (op == QLatin1String("+") || op == QLatin1String("-"))
            return 5;
        if (op == QLatin1String("*") || op == QLatin1String("/") || op == QLatin1String("%"))
            return 6;
        return 0; // "!" is not binary
    }

    static QString combine(const QString& op, const QString& left, const QString& right)
    {
        if (precedence(op) <= 4)
            return QStringLiteral("boolean");
        if (op == QLatin1String("+") && (left == QLatin1String("string") || right == QLatin1String("string")))
            return QStringLiteral("string");
        const bool numeric = (left == QLatin1String("integer") || left == QLatin1String("number"))
            && (right == QLatin1String("integer") || right == QLatin1String("number"));
        if (!numeric)
            return {};
        return left == QLatin1String("integer") && right == QLatin1String("integer") && op != QLatin1String("/")
            ? QStringLiteral("integer")
            : QStringLiteral("number");
    }

    /** Operators by precedence climbing: above @p minimum only. */
    QString binary(int minimum)
    {
        QString left = unary();
        while (!m_failed && m_token.kind == Tok::Op) {
            const QString op = m_token.text;
            const int level = precedence(op);
            if (level == 0 || level <= minimum)
                break;
            advance();
            const QString right = binary(level);
            if (m_failed)
                return {};
            left = combine(op, left, right);
        }
        return left;
    }

    QString unary()
    {
        if (isOp("!") || isOp("-")) {
            const bool negate = isOp("!");
            Depth depth(this);
            advance();
            if (m_failed)
                return {};
            const QString type = unary();
            return negate ? QStringLiteral("boolean") : type;
        }
        return postfix();
    }

    QString postfix()
    {
        QString type = primary();
        while (!m_failed && m_token.kind == Tok::Dot) {
            advance();
            if (m_failed)
                return {};
            if (m_token.kind != Tok::Name || m_token.segments.size() != 1 || m_token.quotedName) {
                fail(Kind::Syntax, m_token.position, m_token.length,
                     ExpressionParser::tr("A method name is expected after the dot, e.g. .equals(\"x\")."));
                return {};
            }
            const Token method = m_token;
            advance();
            if (m_failed)
                return {};
            if (m_token.kind != Tok::LParen) {
                fail(Kind::Syntax, method.position, method.length,
                     ExpressionParser::tr("A method is called with parentheses: write %1(...).").arg(method.text));
                return {};
            }
            type = call(method, method.text, true);
        }
        return type;
    }

    QString primary()
    {
        const Token t = m_token;
        switch (t.kind) {
        case Tok::String:
            advance();
            return QStringLiteral("string");
        case Tok::Number:
            advance();
            return t.text;
        case Tok::Literal:
            advance();
            return t.text == QLatin1String("null") ? QString() : QStringLiteral("boolean");
        case Tok::LParen: {
            m_open << t.position;
            advance();
            const QString type = ternary();
            if (m_failed)
                return {};
            close(Tok::RParen, t.position);
            return type;
        }
        case Tok::LBracket: {
            m_open << t.position;
            advance();
            arguments(Tok::RBracket, t.position);
            return QStringLiteral("array");
        }
        case Tok::Name:
            return name(t);
        default:
            unexpected();
            return {};
        }
    }

    QString name(const Token& t)
    {
        if (!t.quotedName && t.segments.size() == 1 && reservedWords().contains(t.text)) {
            fail(Kind::Syntax, t.position, t.length,
                 ExpressionParser::tr("\"%1\" is a reserved word: write ${%2} for a column of that name.")
                     .arg(t.text, t.text));
            return {};
        }
        advance();
        if (m_failed)
            return {};
        if (m_token.kind == Tok::LParen && !t.quotedName) {
            if (t.segments.size() == 1)
                return call(t, t.text, false);
            // Column.method(...): the last part is the method.
            Token receiver = t;
            receiver.segments.removeLast();
            receiver.text = receiver.segments.join(QLatin1Char('.'));
            receiver.length = int(receiver.text.size());
            column(receiver);
            Token method = t;
            method.text = t.segments.last();
            method.position = t.position + t.length - int(method.text.size());
            method.length = int(method.text.size());
            method.segments = {method.text};
            return call(method, method.text, true);
        }
        column(t);
        return QStringLiteral("column");
    }

    void column(const Token& t)
    {
        if (!m_result.columns.contains(t.text))
            m_result.columns << t.text;
        if (!m_checkColumns || m_columns.contains(t.text) || m_columns.contains(t.segments.first()))
            return;
        QString closest;
        int best = 3;
        for (const QString& known : std::as_const(m_columns)) {
            const int d = distance(t.text, known, best);
            if (d < best) {
                best = d;
                closest = known;
            }
        }
        note(Kind::UnknownColumn, t,
             closest.isEmpty()
                 ? ExpressionParser::tr("The table has no column \"%1\": choose one of its columns.").arg(t.text)
                 : ExpressionParser::tr("The table has no column \"%1\": did you mean \"%2\"?").arg(t.text, closest),
             t.text);
    }

    /** Case-insensitive edit distance, given up (returns @p limit) once it cannot be below @p limit. */
    static int distance(const QString& a, const QString& b, int limit)
    {
        if (qAbs(a.size() - b.size()) >= limit || a.size() > 200 || b.size() > 200)
            return limit;
        QList<int> previous(b.size() + 1);
        QList<int> current(b.size() + 1);
        for (qsizetype j = 0; j <= b.size(); ++j)
            previous[j] = int(j);
        for (qsizetype i = 1; i <= a.size(); ++i) {
            current[0] = int(i);
            int rowBest = current[0];
            for (qsizetype j = 1; j <= b.size(); ++j) {
                const int same = a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1;
                current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + same});
                rowBest = std::min(rowBest, current[j]);
            }
            if (rowBest >= limit)
                return limit;
            std::swap(previous, current);
        }
        return previous[b.size()];
    }

    /** At "(" after a function or method name. */
    QString call(const Token& t, const QString& name, bool method)
    {
        const int open = m_token.position;
        m_open << open;
        advance();
        const int count = arguments(Tok::RParen, open);
        if (m_failed)
            return {};
        if (!m_result.functions.contains(name))
            m_result.functions << name;
        const ExpressionFunction* function = ExpressionCatalog::find(name, method);
        if (!function) {
            const QString closest = ExpressionCatalog::closest(name, method);
            QString message;
            if (method)
                message = ExpressionParser::tr("There is no method \"%1\": use equals or equalsIgnoreCase.").arg(name);
            else if (closest.isEmpty())
                message
                    = ExpressionParser::tr("There is no function \"%1\": choose one from the function list.").arg(name);
            else
                message = ExpressionParser::tr("There is no function \"%1\": did you mean \"%2\"?").arg(name, closest);
            note(Kind::UnknownFunction, t, message, name);
            return {};
        }
        const bool tooFew = count < function->minArgs;
        const bool tooMany = function->maxArgs >= 0 && count > function->maxArgs;
        if (tooFew || tooMany) {
            QString message;
            if (function->minArgs == function->maxArgs)
                message
                    = ExpressionParser::tr("%1 takes %n argument(s), here %2: write %3.", nullptr, function->minArgs);
            else if (tooFew)
                message = ExpressionParser::tr("%1 takes at least %n argument(s), here %2: write %3.", nullptr,
                                               function->minArgs);
            else
                message = ExpressionParser::tr("%1 takes at most %n argument(s), here %2: write %3.", nullptr,
                                               function->maxArgs);
            note(Kind::ArgumentCount, t, message.arg(name).arg(count).arg(function->signature), name);
        }
        return function->returnType;
    }

    /** The comma-separated values up to @p closing (the opener at @p open is on m_open); returns how many. */
    int arguments(Tok closing, int open)
    {
        int count = 0;
        if (m_token.kind == closing) {
            m_open.removeLast();
            advance();
            return 0;
        }
        while (!m_failed) {
            ternary();
            if (m_failed)
                return count;
            ++count;
            if (m_token.kind == Tok::Comma) {
                advance();
                continue;
            }
            close(closing, open);
            break;
        }
        return count;
    }

    void close(Tok closing, int open)
    {
        if (m_token.kind == closing) {
            m_open.removeLast();
            advance();
            return;
        }
        if (m_token.kind == Tok::End || m_token.kind == Tok::RParen || m_token.kind == Tok::RBracket) {
            if (closing == Tok::RParen)
                fail(Kind::Syntax, open, 1,
                     ExpressionParser::tr("The parenthesis opened at character %1 is not closed: add \")\".")
                         .arg(open + 1));
            else
                fail(Kind::Syntax, open, 1,
                     ExpressionParser::tr("The list opened at character %1 is not closed: add \"]\".").arg(open + 1));
            return;
        }
        unexpected();
    }

    const QString& m_text;
    QSet<QString> m_columns;
    bool m_checkColumns;
    qsizetype m_pos = 0;
    Token m_token;
    bool m_afterValue = false;
    bool m_failed = false;
    int m_depth = 0;
    QList<int> m_open; ///< positions of the parentheses and brackets not closed yet
    ExpressionCheck m_result;
};

} // namespace

ExpressionCheck ExpressionParser::check(const QString& text, const QStringList& columns, bool checkColumns)
{
    return Reader(text, columns, checkColumns).run();
}

bool ExpressionParser::isReserved(const QString& word)
{
    return reservedWords().contains(word) || !wordOperator(word).isEmpty() || word == QLatin1String("true")
        || word == QLatin1String("false") || word == QLatin1String("null");
}

QString ExpressionParser::columnReference(const QString& name)
{
    bool plain = !name.isEmpty() && nameStart(name.at(0)) && !isReserved(name);
    for (const QChar c : name)
        plain = plain && namePart(c);
    return plain ? name : QStringLiteral("${%1}").arg(name);
}
