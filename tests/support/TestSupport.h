// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/PlatformError.h"

#include <QJsonDocument>
#include <QString>

class PlatformCall;
class TokenJob;

/** Small helpers shared by the tests. */
namespace TestSupport {

/** Puts QStandardPaths in test mode (no real user folder is touched) and the C locale. */
void isolateUserFolders();

/** What a PlatformCall reported, copied out of its finished() slot (the call deletes itself afterwards). */
struct CallResult
{
    bool finished = false;
    PlatformError error;
    int status = 0;
    QJsonDocument json;
    QByteArray body;
    int attempts = 0;
    bool ok() const { return finished && !error.isError(); }
};

/** Waits (running the event loop) until @p call finishes, at most @p timeoutMs. */
CallResult await(PlatformCall* call, int timeoutMs = 20000);

/** Waits for several calls started together (each deletes itself when it finishes, so all are watched at once). */
QList<CallResult> awaitAll(const QList<PlatformCall*>& calls, int timeoutMs = 20000);

struct TokenResult
{
    bool finished = false;
    QString token;
    PlatformError error;
};
TokenResult await(TokenJob* job, int timeoutMs = 20000);

/**
 * Whether a request a run may send before its checks have passed: a read, the token, or the one write that goes
 * alongside the checks (the new schema's create) and its delete when they fail. Anything else is a write too early.
 */
bool allowedBeforeTheChecksPass(const QString& method, const QString& path);

} // namespace TestSupport
