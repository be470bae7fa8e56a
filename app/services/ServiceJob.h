// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/PlatformClient.h"
#include "platform/PlatformError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <utility>

/**
 * The services' answer to one request, in the project's one async convention: a job that emits finished(job)
 * exactly once, later (from the event loop, so callers connect first), then deletes itself. It is either ok()
 * with a typed value() (TypedJob<T>) or carries one PlatformError. abort() ends it with Kind::Cancelled and
 * aborts the Platform calls under it; a job whose context object is destroyed is aborted too.
 */
class ServiceJob : public QObject
{
    Q_OBJECT
public:
    bool ok() const { return !m_error.isError(); }
    const PlatformError& error() const { return m_error; }
    bool isFinished() const { return m_finished; }
    /** Stops the job: finished() then reports Kind::Cancelled (unless it had already finished). */
    void abort();

Q_SIGNALS:
    void finished(ServiceJob* job);

protected:
    explicit ServiceJob(QObject* parent = nullptr);
    /** The Platform call this job waits for now (aborted by abort()). */
    void track(PlatformCall* call);
    /** Ends the job with @p error (None for success). Later calls do nothing. */
    void finish(const PlatformError& error = {});

private:
    QPointer<PlatformCall> m_call;
    PlatformError m_error;
    bool m_finished = false;
};

/** A ServiceJob with a typed result. */
template <typename T>
class TypedJob : public ServiceJob
{
public:
    /** The parsed answer; valid when ok(), inside the finished() slot. */
    const T& value() const { return m_value; }

    /**
     * Calls @p handler(const TypedJob<T>&) when the job finishes, unless @p context was destroyed before (then the
     * job is aborted and nothing is called). Returns the job, e.g. to keep it for abort().
     */
    template <typename Handler>
    TypedJob* onFinished(QObject* context, Handler handler)
    {
        connect(context, &QObject::destroyed, this, [this] { abort(); });
        connect(this, &ServiceJob::finished, context,
                [handler = std::move(handler)](ServiceJob* job) { handler(*static_cast<TypedJob<T>*>(job)); });
        return this;
    }

    /** A job for one Platform call: @p parse turns the reply's JSON into T or sets @p error (BadResponse). */
    using Parser = std::function<T(const QJsonDocument& json, PlatformError* error)>;
    static TypedJob* fromCall(PlatformCall* call, Parser parse, QObject* parent = nullptr)
    {
        auto* job = new TypedJob(parent);
        job->track(call);
        connect(call, &PlatformCall::finished, job, [job, parse = std::move(parse)](PlatformCall* done) {
            if (!done->ok()) {
                job->finish(done->error());
                return;
            }
            PlatformError error;
            T value = parse(done->json(), &error);
            if (!error.isError())
                job->m_value = std::move(value);
            job->finish(error);
        });
        return job;
    }

    /** A job that is already answered (e.g. from a cache): it still finishes later, like every job. */
    static TypedJob* ready(T value, QObject* parent = nullptr)
    {
        auto* job = new TypedJob(parent);
        job->m_value = std::move(value);
        job->finish();
        return job;
    }
    static TypedJob* failed(const PlatformError& error, QObject* parent = nullptr)
    {
        auto* job = new TypedJob(parent);
        job->finish(error);
        return job;
    }

    /** For services that chain several calls: set the value, then finish(). */
    void setValue(T value) { m_value = std::move(value); }
    using ServiceJob::finish;
    using ServiceJob::track;

protected:
    explicit TypedJob(QObject* parent = nullptr) : ServiceJob(parent) { }

private:
    T m_value{};
};

/** One page of a Platform list and how to ask for the next one (empty continuation: this was the last page). */
template <typename T>
struct Page
{
    QList<T> items;
    QString continuation; ///< the continuationToken of _links.next.href, or empty
    bool hasMore() const { return !continuation.isEmpty(); }
};

/**
 * Follows a paged list to its end: asks @p fetchPage for the first page (empty continuation), then for each next
 * one, and finishes with every item that @p keep accepts (all when it is empty), or with the first error. With
 * @p maxPages > 0 it stops quietly after that many pages; without a cap, a page that names the continuation just
 * asked for again (the list would never end) is a BadResponse. Aborting or destroying the job stops the page
 * under way (its context is the job).
 */
template <typename T>
class PageGatherJob : public TypedJob<QList<T>>
{
public:
    using FetchPage = std::function<TypedJob<Page<T>>*(const QString& continuation)>;
    using Keep = std::function<bool(const T&)>;

    static PageGatherJob* start(FetchPage fetchPage, Keep keep = {}, int maxPages = 0, QObject* parent = nullptr)
    {
        auto* job = new PageGatherJob(std::move(fetchPage), std::move(keep), maxPages, parent);
        job->fetch({});
        return job;
    }

private:
    PageGatherJob(FetchPage fetchPage, Keep keep, int maxPages, QObject* parent)
        : TypedJob<QList<T>>(parent), m_fetchPage(std::move(fetchPage)), m_keep(std::move(keep)), m_maxPages(maxPages)
    { }

    void fetch(const QString& continuation)
    {
        ++m_pages;
        m_fetchPage(continuation)->onFinished(this, [this, continuation](const TypedJob<Page<T>>& done) {
            if (!done.ok()) {
                this->finish(done.error());
                return;
            }
            const Page<T>& page = done.value();
            if (m_maxPages <= 0 && page.hasMore() && page.continuation == continuation) {
                this->finish(PlatformError::badResponse(QStringLiteral("the list gave the same page twice")));
                return;
            }
            for (const T& item : page.items) {
                if (!m_keep || m_keep(item))
                    m_items << item;
            }
            if (page.hasMore() && (m_maxPages <= 0 || m_pages < m_maxPages)) {
                fetch(page.continuation);
                return;
            }
            this->setValue(std::move(m_items));
            this->finish();
        });
    }

    FetchPage m_fetchPage;
    Keep m_keep;
    int m_maxPages;
    int m_pages = 0;
    QList<T> m_items;
};

namespace ServiceJson {
// The schema media types that request bodies name: major version 1, never "1.0".
inline constexpr char kXedFullVersion1[] = "application/vnd.adobe.xed-full+json;version=1";
inline constexpr char kXedVersion1[] = "application/vnd.adobe.xed+json;version=1";

/** The continuationToken in a Flow Service or Catalog list's `_links.next.href`, or empty. */
QString continuationOf(const QJsonObject& page);
/** A request as a value, for the services' request builders (the plan journals, sends and exports them). */
PlatformRequest request(const char* method, const QString& path, const QJsonDocument& body = {});
/** The id of a Flow Service create answer: {"id"} at the top, or the first of "items"; empty when there is none. */
QString createdId(const QJsonDocument& response);
/** {"id", "version": "1.0"}: a connection spec as a Flow Service body names it. */
QJsonObject connectionSpecRef(const QString& id);
/** @p id percent-encoded for a path segment. */
QString segment(const QString& id);
/**
 * The id of the first item of the Flow Service list @p path named @p name (asked with property=name==...) that
 * @p matches also accepts; empty when there is none. The plan's look before it writes again after a write whose
 * outcome is unknown (PlatformError::outcomeUnknown).
 */
TypedJob<QString>* findNamed(PlatformClient* client, const QString& path, const QString& name,
                             const std::function<bool(const QJsonObject&)>& matches);
} // namespace ServiceJson
