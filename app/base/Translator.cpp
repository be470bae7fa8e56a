// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/Translator.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QMutex>
#include <QPointer>
#include <QRegularExpression>
#include <QTranslator>

namespace {

/** What QCoreApplication::translate() was asked: enough to ask it again in another language. */
struct Key
{
    QByteArray context;
    QByteArray source;
    QByteArray disambiguation;
    bool plural = false;
};

/** A text with %1… or %n in it, as a pattern that finds the arguments in the text shown. */
struct Pattern
{
    QList<Key> keys; ///< usually one; more when several sources read the same in a language
    QRegularExpression expression;
    QList<int> arguments; ///< for each capture, its %number; 0 for %n
    QString longestLiteral; ///< a quick test before the expression
    qsizetype literalLength = 0; ///< the more literal text, the better the match
};

/** Every text the catalogues gave, shared by the translators installed (one for ours, one for Qt's). */
struct Memory
{
    QMutex mutex;
    QHash<QString, QList<Key>> exact; ///< texts without arguments (more than one key when sources read the same)
    QHash<QString, Pattern> patterns; ///< texts with arguments, by the text with its placeholders
};

Memory& memory()
{
    static Memory m;
    return m;
}

/** A %1…%99, %L1… or %n in a text: where it starts and ends, and which (0 for %n); start -1 when there is none. */
struct Placeholder
{
    qsizetype start = -1;
    qsizetype end = -1;
    int which = -1;
};

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/**
 * The first placeholder at or after @p from, as QString::arg() reads them (the pattern %L?(\d{1,2}|n)). Scanned by
 * hand: every tr() asks, the first one at startup, and a regular expression would be compiled for it then.
 */
Placeholder nextPlaceholder(const QString& text, qsizetype from)
{
    for (qsizetype i = text.indexOf(u'%', from); i >= 0; i = text.indexOf(u'%', i + 1)) {
        qsizetype at = i + 1;
        if (at < text.size() && text.at(at) == u'L')
            ++at;
        if (at >= text.size())
            break;
        if (text.at(at) == u'n')
            return {i, at + 1, 0};
        if (isAsciiDigit(text.at(at))) {
            const qsizetype end = at + 1 < text.size() && isAsciiDigit(text.at(at + 1)) ? at + 2 : at + 1;
            return {i, end, QStringView(text).mid(at, end - at).toInt()};
        }
    }
    return {};
}

/** Whether @p text has two letters in a row (words, not only punctuation and placeholders). */
bool hasWord(const QString& text)
{
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text.at(i).isLetter() && text.at(i - 1).isLetter())
            return true;
    }
    return false;
}

/** Records @p text, as a catalogue gave it or left it, as the text of @p key. */
void remember(const QString& text, const Key& key)
{
    if (text.isEmpty())
        return;
    Memory& m = memory();
    QMutexLocker lock(&m.mutex);
    const auto add = [&key](QList<Key>& keys) {
        for (const Key& known : std::as_const(keys)) {
            if (known.context == key.context && known.source == key.source
                && known.disambiguation == key.disambiguation)
                return;
        }
        keys << key;
    };
    if (nextPlaceholder(text, 0).start < 0) { // called at every tr()
        add(m.exact[text]);
        return;
    }
    if (auto it = m.patterns.find(text); it != m.patterns.end()) {
        add(it->keys);
        return;
    }
    Pattern pattern;
    pattern.keys << key;
    QString expression = QStringLiteral("^");
    qsizetype at = 0;
    const auto literal = [&pattern, &expression](const QString& part) {
        expression += QRegularExpression::escape(part);
        pattern.literalLength += part.trimmed().size();
        if (part.size() > pattern.longestLiteral.size())
            pattern.longestLiteral = part;
    };
    for (Placeholder found = nextPlaceholder(text, 0); found.start >= 0; found = nextPlaceholder(text, found.end)) {
        literal(text.mid(at, found.start - at));
        pattern.arguments << found.which;
        expression += found.which == 0 ? QStringLiteral("(-?[\\d\\s.,\u00a0\u202f]+?)") : QStringLiteral("(.*?)");
        at = found.end;
    }
    literal(text.mid(at));
    // Too little text of its own ("%1 (%2)", "%1: %2") would take data for a catalogue text.
    if (!hasWord(pattern.longestLiteral))
        return;
    pattern.expression.setPattern(expression + QLatin1Char('$'));
    pattern.expression.setPatternOptions(QRegularExpression::DotMatchesEverythingOption);
    m.patterns.insert(text, pattern);
}

/** A QTranslator that remembers what it gave, and the source of what it left to the next translator. */
class RecordingTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        const QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (context && sourceText) {
            const Key key{context, sourceText, disambiguation, n >= 0};
            remember(text, key);
            remember(QString::fromUtf8(sourceText), key);
        }
        return text;
    }
};

QList<QPointer<QTranslator>>& installed()
{
    static QList<QPointer<QTranslator>> list;
    return list;
}

QString& currentLanguage()
{
    static QString language;
    return language;
}

QString retranslateKey(const Key& key, int n)
{
    return QCoreApplication::translate(key.context.constData(), key.source.constData(),
                                       key.disambiguation.isEmpty() ? nullptr : key.disambiguation.constData(),
                                       key.plural ? n : -1);
}

/** Of the keys a text may come from, the one in the nearest of @p contexts; else the last one recorded. */
Key pick(const QList<Key>& keys, const QStringList& contexts)
{
    for (const QString& context : contexts) {
        for (const Key& key : keys) {
            if (QLatin1String(key.context) == context)
                return key;
        }
    }
    return keys.constLast();
}

QString retranslate(const QString& shown, const QStringList& contexts, int depth);

/**
 * A text made of catalogue texts put one after the other (two sentences, a message and its list of problems), each
 * piece retranslated in turn; @p shown itself when none is a catalogue text.
 */
QString retranslatePieces(const QString& shown, const QStringList& contexts, int depth)
{
    static const QRegularExpression between(QStringLiteral("(?<=[.!?\u2026])[ \u00a0]+|\n+"));
    QString result;
    qsizetype at = 0;
    bool changed = false;
    QRegularExpressionMatchIterator it = between.globalMatch(shown);
    if (!it.hasNext())
        return shown;
    const auto piece = [&](const QString& text) {
        const QString again = text.isEmpty() ? text : retranslate(text, contexts, depth + 1);
        changed = changed || again != text;
        result += again;
    };
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        piece(shown.mid(at, match.capturedStart() - at));
        result += match.captured(0);
        at = match.capturedEnd();
    }
    piece(shown.mid(at));
    return changed ? result : shown;
}

QString retranslate(const QString& shown, const QStringList& contexts, int depth)
{
    if (shown.isEmpty() || depth > 3)
        return shown;
    std::optional<Key> exact;
    Pattern best;
    QRegularExpressionMatch bestMatch;
    {
        Memory& m = memory();
        QMutexLocker lock(&m.mutex);
        if (auto it = m.exact.constFind(shown); it != m.exact.constEnd()) {
            exact = pick(*it, contexts);
        } else {
            for (const Pattern& pattern : std::as_const(m.patterns)) {
                if (pattern.literalLength <= best.literalLength || !shown.contains(pattern.longestLiteral))
                    continue;
                QRegularExpressionMatch match = pattern.expression.match(shown);
                if (match.hasMatch()) {
                    best = pattern;
                    bestMatch = match;
                }
            }
        }
    }
    if (exact)
        return retranslateKey(*exact, -1);
    if (!bestMatch.hasMatch())
        return retranslatePieces(shown, contexts, depth);
    QHash<int, QString> arguments;
    int n = -1;
    for (int i = 0; i < best.arguments.size(); ++i) {
        const QString value = bestMatch.captured(i + 1);
        if (best.arguments.at(i) == 0)
            n = QLocale().toInt(value.simplified().remove(QLatin1Char(' ')));
        else
            arguments.insert(best.arguments.at(i), retranslate(value, contexts, depth + 1));
    }
    // %n is filled in by translate(); the others here, in one pass, so that an argument holding "%2" stays as it is.
    const QString text = retranslateKey(pick(best.keys, contexts), n);
    QString result;
    qsizetype at = 0;
    for (Placeholder found = nextPlaceholder(text, 0); found.start >= 0; found = nextPlaceholder(text, found.end)) {
        result += text.mid(at, found.start - at);
        result += arguments.contains(found.which) ? arguments.value(found.which)
                                                  : text.mid(found.start, found.end - found.start);
        at = found.end;
    }
    return result + text.mid(at);
}

} // namespace

namespace Translator {

QStringList supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr")};
}

QString languageOf(const QStringList& uiLanguages)
{
    for (const QString& ui : uiLanguages) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (supportedLanguages().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString defaultLanguage()
{
    // The system's, not QLocale's default: that one is the language installed last.
    return languageOf(QLocale::system().uiLanguages());
}

bool install(const QString& language)
{
    if (!supportedLanguages().contains(language))
        return false;
    auto* app = QCoreApplication::instance();
    // The new ones first: the texts stay translated at every step, and Qt's posted LanguageChange comes once.
    QList<QPointer<QTranslator>> added;
    // Owned by the application object so that they live as long as it does.
    // Qt's own texts are English already: its English catalogue would only be looked for (a dozen file names tried,
    // a profile of the start counted 2.4 M instructions) to give them back unchanged.
    auto* qtTranslator = new RecordingTranslator(app);
    if (language != QLatin1String("en")
        && qtTranslator->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        added << qtTranslator;
    auto* appTranslator = new RecordingTranslator(app);
    if (appTranslator->load(QStringLiteral(":/i18n/aep_%1.qm").arg(language)))
        added << appTranslator;
    QLocale::setDefault(QLocale(language == QLatin1String("fr") ? QLocale::French : QLocale::English));
    for (const QPointer<QTranslator>& translator : std::as_const(added))
        QCoreApplication::installTranslator(translator);
    for (const QPointer<QTranslator>& old : std::as_const(installed())) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old.data();
        }
    }
    if (!added.contains(qtTranslator))
        delete qtTranslator;
    if (!added.contains(appTranslator))
        delete appTranslator;
    installed() = added;
    currentLanguage() = language;
    return true;
}

QString current()
{
    return currentLanguage();
}

QString retranslate(const QString& shown, const QStringList& contexts)
{
    return ::retranslate(shown, contexts, 0);
}

} // namespace Translator
