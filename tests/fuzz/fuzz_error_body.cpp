// SPDX-License-Identifier: GPL-3.0-or-later
// An error reply as PlatformClient hands it to PlatformError::fromHttp. The input is a small text file:
//   line 1: the HTTP status ("404"); line 2: the Content-Type; line 3: the Retry-After value; the rest: the body.
// Every text made from the error (the user's message, "Details", the log line) is built too.
#include "platform/PlatformError.h"

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

/** The next line of @p rest (without its '\n'), removed from it; all of it when there is no '\n'. */
QByteArray takeLine(QByteArray& rest)
{
    const qsizetype end = rest.indexOf('\n');
    const QByteArray line = end < 0 ? rest : rest.left(end);
    rest = end < 0 ? QByteArray() : rest.mid(end + 1);
    return line;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray rest(reinterpret_cast<const char*>(data), qsizetype(size));
    bool ok = false;
    int status = takeLine(rest).trimmed().toInt(&ok);
    if (!ok || status < 100 || status > 599)
        status = 500;
    const QByteArray contentType = takeLine(rest).trimmed();
    const QByteArray retryAfter = takeLine(rest).trimmed();

    const PlatformError error = PlatformError::fromHttp(status, rest, contentType, retryAfter);
    if (!error.isError() || error.httpStatus != status) {
        std::fprintf(stderr, "fromHttp(%d) made no error or lost the status\n", status);
        std::abort();
    }
    // -1 (absent or unreadable) or a wait in seconds, never another negative number.
    if (error.retryAfterSeconds < -1) {
        std::fprintf(stderr, "Retry-After \"%s\" read as %d\n", retryAfter.constData(), error.retryAfterSeconds);
        std::abort();
    }
    (void)error.isTransient();
    (void)error.isRefusedUnprocessed();
    (void)error.details();
    (void)error.toString();
    (void)error.withUnknownOutcome().toString();
    (void)PlatformError::kindName(error.kind);
    (void)PlatformError::parseRetryAfter(rest.left(64));
    return 0;
}
