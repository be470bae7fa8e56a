// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

/**
 * Every error code the emulator can send, read from its sources (the .cpp and .h files of emulator/), so that a code
 * added there without an entry in platform/ErrorCatalog fails the tests that use this list:
 * - full codes written out: "CONNECTOR-2001-500", "MAPPER-3700-400" (run errors), "FLOW-1404-412";
 * - service codes written as "1439-404" and given their family by the call they are passed to: ApiReply::flow (FLOW),
 *   ApiReply::xdm (XDM), ApiReply::problem(QStringLiteral("CAT"), ...), or a helper of the file built on one of them;
 * - the codes serviceError() builds from a number and a status for every service (and the gateway's "<status>000");
 *   a status the caller picks at run time (injected faults) stands for the usual ones (400, 404, 429, 5xx);
 * - the gateway's error_code values, the IMS OAuth "error" values, and the content-type refusal ("BadRequestError",
 *   the code PlatformError reads from its placeholder type).
 */
namespace EmulatorErrorCodes {

struct Code
{
    QString code;
    QString where; ///< "FlowService.cpp:53"
};

namespace detail {

inline int lineOf(const QString& text, qsizetype offset)
{
    return int(text.left(offset).count(QLatin1Char('\n'))) + 1;
}

/** The family an ApiReply constructor call produces, from the text of the call's start. */
inline QString familyOfPrimitive(const QString& call)
{
    static const QRegularExpression problem(
        QStringLiteral("^ApiReply::problem\\(\\s*QStringLiteral\\(\"([A-Z]+)\"\\)"));
    if (call.startsWith(QLatin1String("ApiReply::flow")) || call.startsWith(QLatin1String("FlowService::invalid")))
        return QStringLiteral("FLOW");
    if (call.startsWith(QLatin1String("ApiReply::xdm")))
        return QStringLiteral("XDM");
    const auto m = problem.match(call);
    return m.hasMatch() ? m.captured(1) : QString();
}

/** The families the body of a function produces (its ApiReply constructor calls). */
inline QSet<QString> familiesIn(const QString& body)
{
    static const QRegularExpression call(
        QStringLiteral("(ApiReply::flow|ApiReply::xdm|FlowService::invalid)\\s*\\(|ApiReply::problem\\(\\s*"
                       "QStringLiteral\\(\"[A-Z]+\"\\)"));
    QSet<QString> families;
    auto it = call.globalMatch(body);
    while (it.hasNext()) {
        const QString f = familyOfPrimitive(it.next().captured(0));
        if (!f.isEmpty())
            families.insert(f);
    }
    return families;
}

} // namespace detail

/** The codes, each once (the first place it appears); @p problems gets what could not be read. */
inline QList<Code> scan(const QString& emulatorDir, QStringList* problems)
{
    using namespace detail;
    QList<Code> codes;
    QSet<QString> seen;
    const auto add = [&](const QString& code, const QString& where) {
        if (!seen.contains(code)) {
            seen.insert(code);
            codes.append(Code{code, where});
        }
    };
    const QStringList families{QStringLiteral("FLOW"), QStringLiteral("XDM"), QStringLiteral("CAT"),
                               QStringLiteral("DPREP"), QStringLiteral("SMS")};
    const QList<int> runTimeStatuses{400, 404, 429, 500, 502, 503, 504};

    const QDir dir(emulatorDir);
    const QStringList files = dir.entryList({QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        problems->append(QStringLiteral("no emulator sources in %1").arg(emulatorDir));
    for (const QString& name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            problems->append(QStringLiteral("cannot read %1").arg(name));
            continue;
        }
        const QString text = QString::fromUtf8(file.readAll());
        const auto where
            = [&](qsizetype offset) { return QStringLiteral("%1:%2").arg(name).arg(lineOf(text, offset)); };

        // Helpers of this file that wrap one constructor: "ApiReply catalogError(...) { return ApiReply::problem(
        // QStringLiteral("CAT"), ...". Their calls give their codes a family.
        QMap<QString, QString> helpers;
        static const QRegularExpression function(
            QStringLiteral("ApiReply\\s+(?:\\w+::)?(\\w+)\\s*\\([^)]*\\)\\s*(?:const\\s*)?\\{(.*?)\\n\\}"),
            QRegularExpression::DotMatchesEverythingOption);
        for (auto it = function.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const QSet<QString> found = familiesIn(m.captured(2));
            if (found.size() == 1)
                helpers.insert(m.captured(1), *found.begin());
        }
        helpers.insert(QStringLiteral("invalid"), QStringLiteral("FLOW")); // FlowService::invalid, and its wrappers

        static const QRegularExpression full(QStringLiteral("\"([A-Z]+-[0-9]{4}-[0-9]{3})\""));
        for (auto it = full.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            add(m.captured(1), where(m.capturedStart()));
        }

        static const QRegularExpression shortCode(QStringLiteral("QStringLiteral\\(\"([0-9]{4}-[0-9]{3})\"\\)"));
        static const QRegularExpression anyCall(QStringLiteral("([A-Za-z_][A-Za-z0-9_:]*)\\s*\\("));
        for (auto it = shortCode.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            // The statement the literal is in, up to the literal: the last call that gives a family wins.
            qsizetype start = m.capturedStart();
            while (start > 0 && text.at(start - 1) != QLatin1Char(';') && text.at(start - 1) != QLatin1Char('{')
                   && text.at(start - 1) != QLatin1Char('}'))
                --start;
            const QString statement = text.mid(start, m.capturedStart() - start);
            QString family;
            for (auto calls = anyCall.globalMatch(statement); calls.hasNext();) {
                const auto c = calls.next();
                const QString callee = c.captured(1);
                QString f = familyOfPrimitive(statement.mid(c.capturedStart()));
                if (f.isEmpty())
                    f = helpers.value(callee.section(QStringLiteral("::"), -1));
                if (!f.isEmpty())
                    family = f;
            }
            if (family.isEmpty())
                problems->append(
                    QStringLiteral("%1: no family known for the code %2").arg(where(m.capturedStart()), m.captured(1)));
            else
                add(family + QLatin1Char('-') + m.captured(1), where(m.capturedStart()));
        }

        static const QRegularExpression serviceError(
            QStringLiteral("serviceError\\(\\s*[^,()]+(?:\\([^)]*\\))?\\s*,\\s*QStringLiteral\\(\"([0-9]{4})\"\\)\\s*,"
                           "\\s*([^,]+),"));
        for (auto it = serviceError.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            bool literal = false;
            const int status = m.captured(2).trimmed().toInt(&literal);
            const QList<int> statuses = literal ? QList<int>{status} : runTimeStatuses;
            for (int s : statuses) {
                for (const QString& family : families)
                    add(QStringLiteral("%1-%2-%3").arg(family, m.captured(1)).arg(s), where(m.capturedStart()));
                add(QString::number(s) + QStringLiteral("000"), where(m.capturedStart())); // the gateway's shape
            }
        }

        static const QRegularExpression gateway(
            QStringLiteral("ApiReply::gateway\\(\\s*[0-9]+,\\s*QStringLiteral\\(\"([0-9]+)\"\\)"));
        for (auto it = gateway.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            add(m.captured(1), where(m.capturedStart()));
        }
        static const QRegularExpression oauth(
            QStringLiteral("ApiReply::oauth\\(\\s*[0-9]+,\\s*QStringLiteral\\(\"([a-z_]+)\"\\)"));
        for (auto it = oauth.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            add(m.captured(1), where(m.capturedStart()));
        }
        static const QRegularExpression contentType(QStringLiteral("return ApiReply::badContentType\\(\\)"));
        if (const auto m = contentType.match(text); m.hasMatch())
            add(QStringLiteral("BadRequestError"), where(m.capturedStart()));
    }
    return codes;
}

} // namespace EmulatorErrorCodes
