// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaObject>

/** The project's one async convention: a job object that emits finished(job) once, later, then deletes itself. */
namespace Jobs {

/** Emits @p job's finished(job) from the event loop (so callers can connect first), then deletes the job. */
template <typename Job>
void finishLater(Job* job)
{
    QMetaObject::invokeMethod(
        job,
        [job] {
            Q_EMIT job->finished(job);
            job->deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace Jobs
