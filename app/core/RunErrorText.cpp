// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/RunErrorText.h"

#include "platform/ErrorCatalog.h"

QString RunErrorText::explanation(const QString& code)
{
    // The code's own words, whatever the Platform's text says (platform/ErrorCatalog: one table for every code).
    return ErrorCatalog::message(code.trimmed()).text();
}

QString RunErrorText::plainText(const RunError& error, qint64 count)
{
    const QString known = ErrorCatalog::message(error.code.trimmed(), error.message, count).text();
    if (!known.isEmpty())
        return known;
    return error.message.isEmpty() ? error.code : error.message;
}

QString RunErrorText::plainText(const RunError& error)
{
    return plainText(error, qMax<qint64>(1, error.recordCount.value_or(1)));
}

QString RunErrorText::platformLine(const RunError& error)
{
    if (error.code.isEmpty())
        return error.message;
    if (error.message.isEmpty())
        return error.code;
    return error.code + QLatin1String(": ") + error.message; // the Platform's text: not translated
}

QList<RunErrorGroup> RunErrorText::group(const QList<RunError>& errors)
{
    QList<RunErrorGroup> groups;
    QStringList keys;
    QList<RunError> firsts;
    for (const RunError& error : errors) {
        // A known code is grouped by the entry that explains it (and the field it names), whatever the rest of its
        // messages say; an unknown one by code and message.
        const ErrorCatalog::Match match = ErrorCatalog::match(error.code.trimmed(), error.message);
        const QString key = match.isValid() && !match.byStatus
            ? ErrorCatalog::groupKey(error.code, match)
            : error.code.toUpper() + QLatin1Char('\n') + plainText(error);
        qsizetype at = keys.indexOf(key);
        if (at < 0) {
            keys << key;
            firsts << error;
            groups.append(RunErrorGroup{error.code, {}, 0, {}});
            at = groups.size() - 1;
        }
        groups[at].count += qMax<qint64>(1, error.recordCount.value_or(1));
        groups[at].platformText << platformLine(error);
    }
    // The words come last: they say how many records the group counts.
    for (qsizetype i = 0; i < groups.size(); ++i)
        groups[i].text = plainText(firsts.at(i), groups.at(i).count);
    return groups;
}

QString RunErrorText::summary(const QList<RunError>& errors)
{
    const QList<RunErrorGroup> groups = group(errors);
    if (groups.isEmpty())
        return {};
    if (groups.size() == 1)
        return groups.first().text;
    return tr("%1 (+%2 more)").arg(groups.first().text).arg(groups.size() - 1);
}

QString RunErrorText::platformText(const QList<RunError>& errors)
{
    QStringList lines;
    for (const RunError& error : errors)
        lines << platformLine(error);
    return lines.join(QLatin1Char('\n'));
}
