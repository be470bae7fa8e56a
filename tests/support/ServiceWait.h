// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceJob.h"

#include <QObject>
#include <QTest>

namespace TestSupport {

/** What a TypedJob answered, copied out before the job deletes itself. */
template <typename T>
struct JobAnswer
{
    bool finished = false;
    PlatformError error;
    T value{};
    bool ok() const { return finished && !error.isError(); }
};

/** Waits (on the event loop) for @p job to finish and returns its answer; finished is false on a timeout. */
template <typename T>
JobAnswer<T> awaitJob(TypedJob<T>* job, int timeoutMs = 20000)
{
    JobAnswer<T> answer;
    QObject context;
    job->onFinished(&context, [&answer](const TypedJob<T>& done) {
        answer.finished = true;
        answer.error = done.error();
        if (done.ok())
            answer.value = done.value();
    });
    (void)QTest::qWaitFor([&answer] { return answer.finished; }, timeoutMs);
    return answer;
}

} // namespace TestSupport
