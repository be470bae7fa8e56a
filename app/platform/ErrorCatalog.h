// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * The Platform's error codes in the user's words: ONE table for every code the program can meet, whatever layer
 * sends it: the API gateway's error_code (401013, 403003...), IMS OAuth errors (invalid_client...), the services'
 * FLOW-, XDM-, CAT-, DPREP- (DATAPREP-) and SMS- codes, and the run-level CONNECTOR-, INGEST-, MAPPER- codes of the
 * Runs page. Each entry says what happened and what to do, in the current language; values the Platform's own text
 * carries (a field path, a name, counts) fill its placeholders. The Platform's text itself is never translated: the
 * callers keep it for "Details".
 */
class ErrorCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ErrorCatalog)
public:
    /** Which entry of the table a code (and the Platform's text) falls under. */
    struct Match
    {
        int row = -1; ///< -1: the code is not in the table
        QStringList values; ///< what the entry took from the Platform's text, in order (%1, %2...)
        bool byStatus = false; ///< the entry says the HTTP status's own words fit this code best

        bool isValid() const { return row >= 0; }
    };

    /** What happened and what to do, translated. */
    struct Message
    {
        QString what;
        QString todo; ///< may be empty

        bool isEmpty() const { return what.isEmpty(); }
        /** Both, as one paragraph. */
        QString text() const;
    };

    /** One translatable text of the table, as lupdate sees it. */
    struct Source
    {
        QString code; ///< the entry's code pattern
        const char* context = nullptr; ///< "ErrorCatalog", or the older texts' "PlatformError" / "RunErrorText"
        const char* text = nullptr;
        bool plural = false; ///< uses %n (the count)
    };

    /** The entry for @p code whose pattern fits @p platformText; codes are compared case-insensitively. */
    static Match match(const QString& code, const QString& platformText = {});
    /** True when the table has an entry for @p code whatever the Platform's text says. */
    static bool knows(const QString& code);
    /** The entry's words; @p count fills %n (how many records, for run-level codes). Empty for unknown codes. */
    static Message message(const Match& match, qint64 count = 1);
    static Message message(const QString& code, const QString& platformText = {}, qint64 count = 1);
    /** Errors with the same key say the same thing (same entry, same field): the Runs page counts them together. */
    static QString groupKey(const QString& code, const Match& match);
    /** Every text of the table, for the tests that check both languages. */
    static QList<Source> sources();
};
