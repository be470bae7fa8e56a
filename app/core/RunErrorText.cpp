// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/RunErrorText.h"

#include <algorithm>

QString RunErrorText::explanation(const QString& code)
{
    const QString upper = code.trimmed().toUpper();
    // The codes the Flow Service puts on failed runs (and the emulator produces: emulator/RunEngine.cpp).
    if (upper == QLatin1String("CONNECTOR-1001-500"))
        return tr("The run could not read the source. Check that the source account still works and that the "
                  "table or file still exists.");
    if (upper == QLatin1String("CONNECTOR-2001-500"))
        return tr("The run could not copy the data into the dataset: too many records were refused, or the "
                  "source, dataset, schema or mapping it uses no longer exists.");
    if (upper == QLatin1String("MAPPER-3700-400"))
        return tr("A record could not be mapped: one of its values does not fit the schema field it goes to "
                  "(wrong type or format, or a required value is missing). The record was not ingested.");
    return {};
}

QString RunErrorText::plainText(const RunError& error)
{
    const QString known = explanation(error.code);
    if (!known.isEmpty())
        return known;
    return error.message.isEmpty() ? error.code : error.message;
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
    for (const RunError& error : errors) {
        // A known code is one group whatever its messages say; an unknown one is grouped by code and message.
        const bool known = !explanation(error.code).isEmpty();
        const QString text = plainText(error);
        auto it = std::find_if(groups.begin(), groups.end(), [&](const RunErrorGroup& g) {
            return g.code.compare(error.code, Qt::CaseInsensitive) == 0 && (known || g.text == text);
        });
        if (it == groups.end()) {
            groups.append(RunErrorGroup{error.code, text, 0, {}});
            it = groups.end() - 1;
        }
        it->count += qMax<qint64>(1, error.recordCount.value_or(1));
        it->platformText << platformLine(error);
    }
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
