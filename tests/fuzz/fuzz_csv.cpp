// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes through the mapping CSV reader (RFC 4180 parser, UTF-8 decoding, the import checks),
// and what it reads written back and read again to the same records. Seed corpus: corpus/csv/.
#include "core/MappingCsv.h"

#include <QByteArray>
#include <QSet>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QList<MappingCsv::Problem> problems;
    const QList<MappingCsv::Record> records = MappingCsv::parse(bytes, &problems);
    for (const MappingCsv::Record& record : records) {
        if (record.line < 1 || record.fields.isEmpty())
            std::abort();
    }
    static const QStringList columns{QStringLiteral("Email"), QStringLiteral("Vid")};
    static const QSet<QString> fields{QStringLiteral("_id"), QStringLiteral("personalEmail.address")};
    const MappingCsv::Import import = MappingCsv::read(bytes, columns, fields);
    if (import.rules.size() != import.lines.size())
        std::abort();
    // Round trip: the records written and read again are the same fields (when the input decoded cleanly).
    if (problems.isEmpty()) {
        QList<QStringList> fieldsOf;
        for (const MappingCsv::Record& record : records)
            fieldsOf << record.fields;
        const QList<MappingCsv::Record> again = MappingCsv::parse(MappingCsv::write(fieldsOf));
        if (again.size() != records.size())
            std::abort();
        for (qsizetype i = 0; i < again.size(); ++i) {
            if (again.at(i).fields != records.at(i).fields)
                std::abort();
        }
    }
    return 0;
}
