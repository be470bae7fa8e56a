// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaObject>
#include <QNetworkReply>
#include <QTimer>

#include <memory>

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

/**
 * Aborts @p reply when @p timer fires after @p milliseconds (QNetworkAccessManager has no timeout by default). The
 * returned flag tells the reply's finished() handler that the abort was a timeout, not the program's choice.
 */
inline std::shared_ptr<bool> abortOnTimeout(QTimer* timer, QNetworkReply* reply, int milliseconds)
{
    auto timedOut = std::make_shared<bool>(false);
    timer->disconnect();
    QObject::connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(milliseconds);
    return timedOut;
}

} // namespace Jobs
