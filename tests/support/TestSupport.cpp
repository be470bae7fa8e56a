// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "platform/ImsAuth.h"
#include "platform/PlatformClient.h"

#include <QLocale>

#include <QStandardPaths>
#include <QTest>
#include <algorithm>

namespace TestSupport {

void isolateUserFolders()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

CallResult await(PlatformCall* call, int timeoutMs)
{
    CallResult result;
    QObject guard; // disconnects if the wait times out before the call finishes
    QObject::connect(call, &PlatformCall::finished, &guard, [&result](PlatformCall* done) {
        result.finished = true;
        result.error = done->error();
        result.status = done->httpStatus();
        result.json = done->json();
        result.body = done->body();
        result.attempts = done->attempts();
    });
    [[maybe_unused]] const bool done = QTest::qWaitFor([&result] { return result.finished; }, timeoutMs);
    return result;
}

QList<CallResult> awaitAll(const QList<PlatformCall*>& calls, int timeoutMs)
{
    QList<CallResult> results(calls.size());
    QObject guard;
    for (qsizetype i = 0; i < calls.size(); ++i) {
        QObject::connect(calls.at(i), &PlatformCall::finished, &guard, [&results, i](PlatformCall* done) {
            CallResult& result = results[i];
            result.finished = true;
            result.error = done->error();
            result.status = done->httpStatus();
            result.json = done->json();
            result.body = done->body();
            result.attempts = done->attempts();
        });
    }
    [[maybe_unused]] const bool done = QTest::qWaitFor(
        [&results] {
            return std::all_of(results.cbegin(), results.cend(), [](const CallResult& r) { return r.finished; });
        },
        timeoutMs);
    return results;
}

TokenResult await(TokenJob* job, int timeoutMs)
{
    TokenResult result;
    QObject guard;
    QObject::connect(job, &TokenJob::finished, &guard, [&result](TokenJob* done) {
        result.finished = true;
        result.token = done->token();
        result.error = done->error();
    });
    [[maybe_unused]] const bool done = QTest::qWaitFor([&result] { return result.finished; }, timeoutMs);
    return result;
}

bool allowedBeforeTheChecksPass(const QString& method, const QString& path)
{
    const QLatin1String schemas("/data/foundation/schemaregistry/tenant/schemas");
    return method == QLatin1String("GET") || path.startsWith(QLatin1String("/ims/"))
        || (method == QLatin1String("POST") && path == schemas)
        || (method == QLatin1String("DELETE") && path.startsWith(schemas + QLatin1Char('/')));
}

} // namespace TestSupport
