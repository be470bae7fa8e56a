// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ExpressionParser.h"

#include "model/ExpressionCatalog.h"
#include "model/ExpressionTokens.h"

#include <QSet>

namespace {

using namespace ExpressionTokens;
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

    // --- tokens (ExpressionTokens.cpp)

    void advance()
    {
        if (m_failed)
            return;
        m_afterValue = m_token.kind == Tok::Name || m_token.kind == Tok::String || m_token.kind == Tok::Number
            || m_token.kind == Tok::Literal || m_token.kind == Tok::RParen || m_token.kind == Tok::RBracket;
        m_token = m_lexer.next();
        if (const std::optional<ExpressionError>& error = m_token.error)
            fail(error->kind, error->position, error->length, error->message);
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
        if (!t.quotedName && t.segments.size() == 1 && isReservedWord(t.text)) {
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
    Lexer m_lexer{m_text};
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
    return isReservedWord(word) || !wordOperator(word).isEmpty() || word == QLatin1String("true")
        || word == QLatin1String("false") || word == QLatin1String("null");
}

QString ExpressionParser::columnReference(const QString& name)
{
    bool plain = !name.isEmpty() && nameStart(name.at(0)) && !isReserved(name);
    for (const QChar c : name)
        plain = plain && namePart(c);
    return plain ? name : QStringLiteral("${%1}").arg(name);
}
