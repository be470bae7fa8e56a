// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the calculated-field reader: the bytes as UTF-8, a fixed column list
// (tests/fuzz/CMakeLists.txt).
#include "model/ExpressionEvaluator.h"
#include "model/ExpressionParser.h"

#include <QJsonObject>

#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QStringList columns{QStringLiteral("Vid"),
                                     QStringLiteral("Properties_Email_Value"),
                                     QStringLiteral("Properties_Firstname_Value"),
                                     QStringLiteral("Added_At"),
                                     QStringLiteral("Is_Contact"),
                                     QStringLiteral("Field Name")};
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const ExpressionCheck check = ExpressionParser::check(text, columns);
    // What every answer must satisfy: errors in order, inside the text (or just past its end), with a message.
    int previous = 0;
    for (const ExpressionError& error : check.errors) {
        if (error.position < previous || error.position > text.size() || error.length < 1 || error.message.isEmpty())
            std::abort();
        previous = error.position;
    }
    if (check.ok() && text.trimmed().isEmpty())
        std::abort();
    (void)ExpressionParser::check(text, {}, false);
    // The offline evaluator (the Mapping preview) answers whatever it is given, without crashing.
    static const QJsonObject row{{QStringLiteral("Vid"), 1001},
                                 {QStringLiteral("Properties_Email_Value"), QStringLiteral("ada@example.com")},
                                 {QStringLiteral("Properties_Firstname_Value"), QStringLiteral("Ada")},
                                 {QStringLiteral("Added_At"), QStringLiteral("2024-05-01 10:20:30")},
                                 {QStringLiteral("Is_Contact"), true}};
    const ExpressionValue value = ExpressionEvaluator::evaluate(text, row);
    if (value.outcome != ExpressionValue::Outcome::Value && value.message.isEmpty())
        std::abort();
    return 0;
}
