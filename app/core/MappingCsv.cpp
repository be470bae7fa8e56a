// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/MappingCsv.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

#include <algorithm>

namespace MappingCsv {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("MappingCsv", text);
}

constexpr int kMaxExpression = 4096;

} // namespace

QList<Record> parse(const QByteArray& data, QList<Problem>* problems)
{
    QList<Problem> found;
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(data);
    if (decoder.hasError())
        found << Problem{0, tr("The file is not UTF-8 text: characters that cannot be read are replaced.")};
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);

    QList<Record> records;
    QStringList fields;
    QString field;
    bool inQuotes = false;
    bool afterQuote = false; // a quoted field has been closed; only a separator may follow
    bool quotedSeen = false; // the record has a quoted field (an empty quoted field is not a blank line)
    bool malformed = false;
    int line = 1;
    int recordLine = 1;
    const auto fail = [&](const QString& message) {
        if (!malformed)
            found << Problem{recordLine, message};
        malformed = true;
    };
    const auto endField = [&] {
        fields << field;
        field.clear();
        afterQuote = false;
    };
    const auto endRecord = [&] {
        endField();
        const bool blank = fields.size() == 1 && fields.first().isEmpty() && !quotedSeen;
        if (!blank && !malformed)
            records << Record{recordLine, fields};
        fields.clear();
        quotedSeen = false;
        malformed = false;
    };
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        const bool crlf = c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n');
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
                continue;
            }
            field += c;
            if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && !crlf))
                ++line;
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
            continue;
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            endRecord();
            if (crlf)
                ++i;
            ++line;
            recordLine = line;
            continue;
        }
        if (afterQuote) {
            fail(tr("Text after a closing quote: a quote inside a quoted field is written twice (\"\")."));
            field += c;
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (field.isEmpty()) {
                inQuotes = true;
                quotedSeen = true;
                continue;
            }
            fail(tr("A quote inside a field that does not start with one: quote the whole field."));
        }
        field += c;
    }
    if (inQuotes) {
        fail(tr("A quoted field is not closed before the end of the file."));
        fields.clear();
        field.clear();
    } else if (!fields.isEmpty() || !field.isEmpty() || quotedSeen) {
        endRecord();
    }
    if (problems)
        *problems << found;
    return records;
}

QString quote(const QString& field)
{
    const bool needs = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\r')) || field.contains(QLatin1Char('\n'))
        || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace() || field.front() == QChar(0xfeff)));
    if (!needs)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray write(const QList<QStringList>& records)
{
    QString text(QChar(0xfeff));
    for (const QStringList& record : records) {
        QStringList quoted;
        for (const QString& field : record)
            quoted << quote(field);
        // A lone empty field is written "" so that it reads back as a record, not as a blank line.
        if (record.size() == 1 && record.first().isEmpty())
            quoted.first() = QStringLiteral("\"\"");
        text += quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return text.toUtf8();
}

QByteArray write(const QList<MappingRule>& rules)
{
    QList<QStringList> records{{QStringLiteral("sourceType"), QStringLiteral("source"), QStringLiteral("destination"),
                                QStringLiteral("description")}};
    for (const MappingRule& rule : rules) {
        records << QStringList{rule.isExpression() ? QStringLiteral("EXPRESSION") : QStringLiteral("ATTRIBUTE"),
                               rule.isExpression() ? rule.expression : rule.source, rule.destination, QString()};
    }
    return write(records);
}

Import read(const QByteArray& data, const QStringList& columns, const QSet<QString>& fields)
{
    Import result;
    const QList<Record> records = parse(data, &result.problems);
    if (records.isEmpty()) {
        result.problems << Problem{
            0, tr("No header line: the file must start with sourceType,source,destination,description.")};
        return result;
    }
    const Record& header = records.first();
    int type = -1;
    int source = -1;
    int destination = -1;
    int description = -1;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        int* slot = name == QLatin1String("sourcetype") ? &type
            : name == QLatin1String("source")           ? &source
            : name == QLatin1String("destination")      ? &destination
            : name == QLatin1String("description")      ? &description
                                                        : nullptr;
        if (!slot || *slot >= 0)
            result.problems << Problem{
                header.line, tr("Unknown column \u201c%1\u201d in the header: ignored.").arg(header.fields.at(i))};
        else
            *slot = i;
    }
    if (type < 0 || source < 0 || destination < 0) {
        result.problems << Problem{header.line,
                                   tr("The header must name the columns sourceType, source and destination.")};
        return result;
    }
    const QSet<QString> known(columns.begin(), columns.end());
    QHash<QString, int> written;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const Record& record = records.at(r);
        ++result.records;
        const auto skip = [&](const QString& message) { result.problems << Problem{record.line, message}; };
        if (record.fields.size() != header.fields.size()) {
            skip(tr("%1 fields where the header has %2: line left out.")
                     .arg(record.fields.size())
                     .arg(header.fields.size()));
            continue;
        }
        const QString kind = record.fields.at(type).trimmed().toUpper();
        const QString from = record.fields.at(source);
        const QString to = record.fields.at(destination);
        MappingRule rule;
        if (kind == QLatin1String("ATTRIBUTE")) {
            if (from.isEmpty()) {
                skip(tr("No source column."));
                continue;
            }
            if (!known.isEmpty() && !known.contains(from)) {
                skip(tr("The table has no column \u201c%1\u201d.").arg(from));
                continue;
            }
            rule.source = from;
        } else if (kind == QLatin1String("EXPRESSION")) {
            if (from.trimmed().isEmpty()) {
                skip(tr("The calculated field is empty."));
                continue;
            }
            if (from.size() > kMaxExpression) {
                skip(tr("The calculated field is longer than 4096 characters."));
                continue;
            }
            rule.expression = from;
        } else {
            skip(
                tr("Unknown sourceType \u201c%1\u201d: ATTRIBUTE or EXPRESSION expected.").arg(record.fields.at(type)));
            continue;
        }
        if (to.isEmpty()) {
            skip(tr("No destination field."));
            continue;
        }
        if (!fields.isEmpty() && !fields.contains(to)) {
            skip(tr("The schema has no field \u201c%1\u201d that a rule can fill.").arg(to));
            continue;
        }
        if (const auto earlier = written.constFind(to); earlier != written.constEnd()) {
            skip(tr("%1 is already filled by line %2: line left out.").arg(to).arg(*earlier));
            continue;
        }
        written.insert(to, record.line);
        rule.destination = to;
        result.rules << rule;
        result.lines << record.line;
        result.descriptions << (description >= 0 ? record.fields.at(description) : QString());
    }
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const Problem& a, const Problem& b) { return a.line < b.line; });
    return result;
}

} // namespace MappingCsv
