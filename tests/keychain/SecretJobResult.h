// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretStore.h"

#include <QObject>
#include <QTest>

#include <optional>

/** What a SecretJob finished with, copied inside finished() because the job deletes itself afterwards. */
struct SecretJobResult
{
    SecretJob::Error error = SecretJob::Error::Other;
    QString errorString;
    QString secret;
};

/** Runs the event loop until @p job finishes; nothing when it did not finish within @p timeoutMs. */
inline std::optional<SecretJobResult> waitForJob(SecretJob* job, int timeoutMs = 15000)
{
    std::optional<SecretJobResult> result;
    // The context object disconnects the lambda when we return, so a job that finishes later cannot reach it.
    QObject context;
    QObject::connect(job, &SecretJob::finished, &context, [&result](SecretJob* finished) {
        result = SecretJobResult{finished->error(), finished->errorString(), finished->secret()};
    });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs)) {
        return std::nullopt;
    }
    return result;
}

/** Fails the calling test function unless @p job finishes with SecretJob::Error::None. */
#define AEP_VERIFY_SECRET_OK(job, resultVar)                                                                           \
    const std::optional<SecretJobResult> resultVar = waitForJob(job);                                                  \
    QVERIFY2(resultVar.has_value(), "the secret job did not finish");                                                  \
    QVERIFY2(resultVar->error == SecretJob::Error::None, qPrintable(resultVar->errorString))
