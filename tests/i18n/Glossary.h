// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TsCatalogue.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <algorithm>

/** translations/GLOSSARY.md, read as its "How the tables are read" section says, and the check it asks for. */
class Glossary
{
public:
    struct Term
    {
        QStringList english;
        QStringList french;
        QStringList avoid;
    };
    struct Exception
    {
        QString context;
        QString sourceStart;
        QString term;
    };

    QList<Term> terms;
    QList<Term> names; ///< english = the name; avoid = its wrong renderings
    QList<Exception> exceptions;

    static Glossary read(const QString& path, QString* error)
    {
        Glossary g;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            *error = QStringLiteral("cannot read %1").arg(path);
            return g;
        }
        enum class Section { None, Terms, Names, Exceptions } section = Section::None;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString& raw : lines) {
            const QString line = raw.trimmed();
            if (line.startsWith(QLatin1String("## "))) {
                const QString title = line.mid(3);
                section = title.startsWith(QLatin1String("Terms"))  ? Section::Terms
                    : title.startsWith(QLatin1String("Names"))      ? Section::Names
                    : title.startsWith(QLatin1String("Exceptions")) ? Section::Exceptions
                                                                    : Section::None;
                continue;
            }
            if (section == Section::None || !line.startsWith(QLatin1Char('|')))
                continue;
            QStringList cells
                = line.mid(1, line.size() - (line.endsWith(QLatin1Char('|')) ? 2 : 1)).split(QLatin1Char('|'));
            for (QString& cell : cells)
                cell = clean(cell);
            static const QRegularExpression rule(QStringLiteral("^[-: ]*$"));
            if (cells.isEmpty() || rule.match(cells.join(QString())).hasMatch()
                || cells.first() == QLatin1String("English") || cells.first() == QLatin1String("Name")
                || cells.first() == QLatin1String("Context"))
                continue;
            switch (section) {
            case Section::Terms:
                if (cells.size() < 4) {
                    *error = QStringLiteral("a term row needs 4 cells: ") + line;
                    return g;
                }
                g.terms.append(Term{forms(cells.at(0)), forms(cells.at(1)), forms(cells.at(2))});
                break;
            case Section::Names:
                for (const QString& name : forms(cells.at(0)))
                    g.names.append(Term{{name}, {name}, cells.size() > 1 ? forms(cells.at(1)) : QStringList()});
                break;
            case Section::Exceptions:
                if (cells.size() < 3) {
                    *error = QStringLiteral("an exception row needs 3 cells and a reason: ") + line;
                    return g;
                }
                g.exceptions.append(Exception{cells.at(0), cells.at(1), cells.at(2)});
                break;
            case Section::None:
                break;
            }
        }
        return g;
    }

    /** A whole word or phrase, in any case, with ’ and ' alike and any spaces between its words. */
    static const QRegularExpression& word(const QString& term)
    {
        static QHash<QString, QRegularExpression> cache;
        if (const auto it = cache.constFind(term); it != cache.constEnd())
            return *it;
        QString pattern = QRegularExpression::escape(term);
        pattern.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
        pattern.replace(QStringLiteral("\\’"), QStringLiteral("['’]")); // escape() puts a backslash before it
        return *cache.insert(
            term,
            QRegularExpression(QStringLiteral("(?<![\\w’'-])") + pattern + QStringLiteral("(?![\\w-])"),
                               QRegularExpression::CaseInsensitiveOption
                                   | QRegularExpression::UseUnicodePropertiesOption));
    }

    /** The text with placeholders, markup, mnemonics, technical names and proper names taken out. */
    QString words(QString text) const
    {
        static const QList<QRegularExpression> technical{
            QRegularExpression(QStringLiteral("<[^>]+>")), // markup
            QRegularExpression(QStringLiteral("%(\\d+|n)")), // placeholders
            QRegularExpression(QStringLiteral("--[\\w-]+")), // options
            QRegularExpression(QStringLiteral("\\S*\\w[._/:@\\\\=]\\w\\S*")), // dataflow.backfill, xdm:id, a/b
            QRegularExpression(QStringLiteral("\\b\\w*[a-z][A-Z]\\w*\\b")), // deltaColumn
            QRegularExpression(QStringLiteral("\\b[A-Z0-9]+_[A-Z0-9_]+\\b")), // AEP_ACCOUNT_ID
        };
        text.remove(QRegularExpression(QStringLiteral("&(?=\\w)")));
        for (const QRegularExpression& re : technical)
            text.replace(re, QStringLiteral(" "));
        QList<Term> byLength = names;
        std::sort(byLength.begin(), byLength.end(),
                  [](const Term& a, const Term& b) { return a.english.first().size() > b.english.first().size(); });
        for (const Term& name : byLength)
            text.replace(word(name.english.first()), QStringLiteral(" "));
        return text;
    }

    /** What is wrong with the French catalogue's messages, one line each. */
    QStringList check(const QList<TsCatalogue::Message>& messages) const
    {
        QStringList problems;
        QList<Term> all = terms;
        all << names;
        for (const TsCatalogue::Message& m : messages) {
            if (m.unfinished || m.obsolete)
                continue;
            const QString where = m.context + QStringLiteral(": \"") + m.source.left(60) + QStringLiteral("\"");
            for (const QString& french : m.translations) {
                const QString frenchWords = words(french);
                for (qsizetype i = 0; i < all.size(); ++i) {
                    const Term& term = all.at(i);
                    const bool inSource = std::any_of(term.english.begin(), term.english.end(), [&](const QString& e) {
                        return word(e).match(m.source).hasMatch();
                    });
                    if (inSource) {
                        for (const QString& wrong : term.avoid) {
                            if (word(wrong).match(french).hasMatch())
                                problems << QStringLiteral(
                                                "%1: \u00ab%2\u00bb is a wrong French for \u00ab%3\u00bb: %4")
                                                .arg(where, wrong, term.english.first(), french);
                        }
                    }
                    if (i >= terms.size())
                        continue; // names stay as they are
                    for (const QString& english : term.english) {
                        // A term the French keeps (sandbox), or that is part of its French (table, source): fine.
                        const bool kept = std::any_of(term.french.begin(), term.french.end(), [&](const QString& f) {
                            return word(english).match(f).hasMatch();
                        });
                        if (kept || !word(english).match(frenchWords).hasMatch() || excepted(m, english))
                            continue;
                        problems << QStringLiteral("%1: \u00ab%2\u00bb is left in English (say \u00ab%3\u00bb): %4")
                                        .arg(where, english, term.french.join(QStringLiteral(" / ")), french);
                    }
                }
            }
        }
        problems.removeDuplicates();
        return problems;
    }

private:
    bool excepted(const TsCatalogue::Message& m, const QString& english) const
    {
        return std::any_of(exceptions.begin(), exceptions.end(), [&](const Exception& e) {
            return e.context == m.context && m.source.startsWith(e.sourceStart)
                && e.term.compare(english, Qt::CaseInsensitive) == 0;
        });
    }

    static QString clean(QString cell)
    {
        cell.remove(QLatin1Char('*'));
        cell.remove(QLatin1Char('`'));
        return cell.trimmed();
    }

    static QStringList forms(const QString& cell)
    {
        QStringList out;
        for (const QString& form : cell.split(QLatin1Char(';'))) {
            if (!form.trimmed().isEmpty())
                out << form.trimmed();
        }
        return out;
    }
};
