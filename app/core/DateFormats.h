// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * The delta column's date format against the table's values, as pure functions. The format is a Java
 * DateTimeFormatter pattern (docs/recipe.md, deltaColumn.dateFormat; the flow spec passes it on as it is), such as
 * yyyy-MM-dd HH:mm:ss or yyyy-MM-dd'T'HH:mm:ss.SSSXXX: quoted literals, [optional] sections, fixed widths for
 * doubled letters (dd is two digits, d one or two), English month and day names, real dates only (no 31 April).
 */
class DateFormats
{
    Q_DECLARE_TR_FUNCTIONS(DateFormats)
public:
    /** Whether @p value reads with @p pattern; nullopt when the pattern has a letter this check does not know. */
    static std::optional<bool> matches(const QString& pattern, const QString& value);
    /** How many of @p samples read with @p pattern (empty samples are not counted); nullopt as for matches(). */
    static std::optional<int> countMatching(const QString& pattern, const QStringList& samples);
    /**
     * The usual pattern that the most non-empty samples fit (all of them when one does), empty when none fits any.
     * When dd/MM/yyyy and MM/dd/yyyy fit equally (every day 12 or less), @p dayFirst picks the first.
     */
    static QString detect(const QStringList& samples, bool dayFirst = true);
    /** Whether every non-empty sample is a number of seconds (10 digits) or milliseconds (13) since 1970. */
    enum class Epoch { None, Seconds, Milliseconds };
    static Epoch epoch(const QStringList& samples);
    /** Whether @p locale writes the day before the month (01/12/2025): how an ambiguous column is read. */
    static bool dayFirst(const QLocale& locale);

    /** The verdict shown under the date format field. */
    struct Check
    {
        int matching = 0;
        int total = 0; ///< non-empty samples
        QString suggestion; ///< a pattern more samples fit, to offer; empty when none
        QString note; ///< "0 of 100 sample values match this format."; empty when there is nothing to say
        bool warning = false; ///< some samples do not read with the format
    };
    static Check check(const QString& pattern, const QStringList& samples, bool dayFirst = true);
};
