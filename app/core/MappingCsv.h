// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DataflowDraft.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

/**
 * Mapping rules as a CSV file, in the columns of Adobe's template: `sourceType,source,destination,description`
 * (sourceType ATTRIBUTE for a source column, EXPRESSION for a calculated field). RFC 4180: fields with a comma, a
 * quote, a line break or spaces at either end are quoted, quotes doubled, records end with CRLF; UTF-8, read with or
 * without a byte order mark. Reading checks every line and changes nothing: the caller applies what it returns.
 */
namespace MappingCsv {

/** One record and the physical line (1-based) where it starts. */
struct Record
{
    int line = 0;
    QStringList fields;
    bool operator==(const Record&) const = default;
};

/** Something wrong in a file, at a physical line (0: the file as a whole). */
struct Problem
{
    int line = 0;
    QString message;
    bool operator==(const Problem&) const = default;
};

/** The records of @p data (RFC 4180, UTF-8, optional BOM); malformed records are reported in @p problems. */
QList<Record> parse(const QByteArray& data, QList<Problem>* problems = nullptr);
/** One field as RFC 4180 writes it (quoted when it must be). */
QString quote(const QString& field);
/** @p records as CSV: fields quoted where needed, CRLF after each record, UTF-8 with a byte order mark. */
QByteArray write(const QList<QStringList>& records);
/** The header and one record per rule (description left empty: the rules have none). */
QByteArray write(const QList<MappingRule>& rules);

/** What importing a file would do: the rules, the line of each, what was wrong. */
struct Import
{
    QList<MappingRule> rules;
    QList<int> lines; ///< the line of each rule
    QStringList descriptions; ///< the description of each rule, as read (the draft keeps none)
    QList<Problem> problems; ///< lines left out and why, in the file's order
    int records = 0; ///< data records read (not counting the header)
};

/**
 * Reads a CSV of rules against the table's @p columns and the schema's mappable @p fields: a line with an unknown
 * sourceType, a column the table does not have, a field the schema does not have, a destination already written by
 * an earlier line, or a wrong number of fields is left out and reported with its line; unknown header columns are
 * reported and ignored.
 */
Import read(const QByteArray& data, const QStringList& columns, const QSet<QString>& fields);

} // namespace MappingCsv
