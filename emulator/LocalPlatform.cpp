// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalPlatform.h"

#include "CatalogService.h"
#include "DataPrepService.h"
#include "DataflowService.h"
#include "DateTimeText.h"
#include "DemoData.h"
#include "EmulatorContext.h"
#include "FaultInjector.h"
#include "FlowService.h"
#include "ImsService.h"
#include "Router.h"
#include "RunEngine.h"
#include "SandboxService.h"
#include "SchemaRegistryService.h"
#include "XdmLibrary.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonParseError>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace {

const QString kAdminPrefix = QStringLiteral("/__emulator");
constexpr qsizetype kMaxLogEntries = 5000;

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    default:
        return QStringLiteral("OTHER");
    }
}

enum class Service { Flow, Schema, Catalog, DataPrep, Sandbox, Other };

Service serviceOf(const QString& path)
{
    if (path.startsWith(QLatin1String("/data/foundation/flowservice"))) {
        return Service::Flow;
    }
    if (path.startsWith(QLatin1String("/data/foundation/schemaregistry"))) {
        return Service::Schema;
    }
    if (path.startsWith(QLatin1String("/data/foundation/catalog"))) {
        return Service::Catalog;
    }
    if (path.startsWith(QLatin1String("/data/foundation/conversion"))) {
        return Service::DataPrep;
    }
    if (path.startsWith(QLatin1String("/data/foundation/sandbox-management"))) {
        return Service::Sandbox;
    }
    return Service::Other;
}

/** An error in the shape of the service that owns the path (CONTRACT §7). */
ApiReply serviceError(Service service, const QString& number, int status, const QString& title, const QString& message)
{
    const QString code = QStringLiteral("%1-%2").arg(number).arg(status);
    switch (service) {
    case Service::Flow:
        return ApiReply::flow(code, title, message);
    case Service::Schema:
        return ApiReply::xdm(code, title, message);
    case Service::Catalog:
        return ApiReply::problem(QStringLiteral("CAT"), code, title, message);
    case Service::DataPrep:
        return ApiReply::problem(QStringLiteral("DPREP"), code, title, message);
    case Service::Sandbox:
        return ApiReply::problem(QStringLiteral("SMS"), code, title, message);
    case Service::Other:
        break;
    }
    return ApiReply::gateway(status, QString::number(status) + QStringLiteral("000"), message);
}

QJsonObject countsOf(const EmulatorContext& c)
{
    return QJsonObject{{QStringLiteral("tokens"), int(c.tokens.size())},
                       {QStringLiteral("connections"), c.connections.size()},
                       {QStringLiteral("sourceConnections"), c.sourceConnections.size()},
                       {QStringLiteral("targetConnections"), c.targetConnections.size()},
                       {QStringLiteral("flows"), c.flows.size()},
                       {QStringLiteral("runs"), c.runs.size()},
                       {QStringLiteral("schemas"), c.schemas.size()},
                       {QStringLiteral("descriptors"), c.descriptors.size()},
                       {QStringLiteral("dataSets"), c.dataSets.size()},
                       {QStringLiteral("batches"), c.batches.size()},
                       {QStringLiteral("mappingSets"), c.mappingSets.size()}};
}

} // namespace

struct LocalPlatform::Private
{
    explicit Private(const EmulatorOptions& options)
        : context(options)
        , xdm(options.xdmDir)
        , demo(options.rows, options.seed)
        , runEngine(context)
        , ims(context)
        , sandboxes(context)
        , flows(context)
        , dataflows(context)
        , schemas(context)
        , catalog(context)
        , dataPrep(context)
    {
        context.xdm = &xdm;
        context.demo = &demo;
        context.runEngine = &runEngine;
    }

    ApiReply process(ApiRequest& request);
    ApiReply gateway(ApiRequest& request);
    ApiReply admin(ApiRequest& request);
    void log(const ApiRequest& request, int status, qint64 elapsedMs);

    EmulatorContext context;
    QHttpServer server;
    quint16 port = 0;
    Router router;
    FaultInjector faults;
    XdmLibrary xdm;
    DemoData demo;
    RunEngine runEngine;
    ImsService ims;
    SandboxService sandboxes;
    FlowService flows;
    DataflowService dataflows;
    SchemaRegistryService schemas;
    CatalogService catalog;
    DataPrepService dataPrep;
    QTimer scheduler;
    QJsonArray requestLog;
};

LocalPlatform::LocalPlatform(const EmulatorOptions& options, QObject* parent)
    : QObject(parent), d(std::make_unique<Private>(options))
{
    for (const QString& spec : options.faults) {
        d->faults.add(spec, nullptr);
    }
    d->sandboxes.addRoutes(d->router);
    d->flows.addRoutes(d->router);
    d->dataflows.addRoutes(d->router);
    d->schemas.addRoutes(d->router);
    d->catalog.addRoutes(d->router);
    d->dataPrep.addRoutes(d->router);
    // Scheduled runs happen on their own, as in the real service; requests also advance them.
    d->scheduler.setInterval(250);
    connect(&d->scheduler, &QTimer::timeout, this, [this] { d->runEngine.advance(); });
    d->scheduler.start();
    d->server.setMissingHandler([this](const QHttpServerRequest& httpRequest, QHttpServerResponder&& responder) {
        QElapsedTimer timer;
        timer.start();
        ApiRequest request;
        request.method = methodName(httpRequest.method());
        request.path = httpRequest.url().path(QUrl::FullyEncoded);
        if (request.path.size() > 1 && request.path.endsWith(QLatin1Char('/'))) {
            request.path.chop(1);
        }
        request.query = httpRequest.query().queryItems(QUrl::FullyDecoded);
        for (const auto& header : httpRequest.headers()) {
            request.headers.insert(header.first.toLower(), header.second.trimmed());
        }
        request.body = httpRequest.body();

        FaultInjector::Fault fault;
        // Admin calls are never faulted, so a test can always clear what it armed.
        const bool faulted
            = !request.path.startsWith(kAdminPrefix) && d->faults.take(request.method, request.path, &fault);
        QPointer<QTcpSocket> socket = responder.socket();
        if (faulted && fault.kind == FaultInjector::Kind::Drop) {
            d->log(request, 0, timer.elapsed());
            // Abort after the server has finished with this request, so it never writes to a dead socket.
            QTimer::singleShot(0, this, [socket] {
                if (socket) {
                    socket->abort();
                }
            });
            return;
        }
        if (faulted && fault.kind == FaultInjector::Kind::ExpireToken) {
            const QByteArray auth = request.header("authorization");
            const QString token = QString::fromLatin1(auth.mid(auth.indexOf(' ') + 1));
            auto it = d->context.tokens.find(token);
            if (it != d->context.tokens.end()) {
                it->callsLeft = fault.after;
            }
        }
        ApiReply reply;
        if (faulted && fault.kind == FaultInjector::Kind::Status) {
            reply = fault.body.isEmpty() ? serviceError(serviceOf(request.path), QStringLiteral("1103"), fault.status,
                                                        fault.status == 429 ? QStringLiteral("Too Many Requests")
                                                                            : QStringLiteral("Service Unavailable"),
                                                        QStringLiteral("Injected fault %1").arg(fault.status))
                                         : ApiReply::empty(fault.status);
            if (!fault.body.isEmpty()) {
                reply.body = fault.body;
                reply.headers.emplaceBack("Content-Type", "application/json;charset=utf-8");
            }
            reply.headers.append(fault.headers);
        } else {
            reply = d->process(request);
        }
        if (faulted && fault.kind == FaultInjector::Kind::Lost) {
            // Done, then the answer lost on the way: the request took effect, the client never hears of it.
            d->log(request, 0, timer.elapsed());
            QTimer::singleShot(0, this, [socket] {
                if (socket) {
                    socket->abort();
                }
            });
            return;
        }
        if (faulted && fault.kind == FaultInjector::Kind::Malformed) {
            // A body cut short: what a proxy that drops the end of a response produces.
            reply.body = reply.body.left(qMax<qsizetype>(1, reply.body.size() / 2));
            if (reply.body.isEmpty()) {
                reply.body = "{\"items\": [";
            }
        }
        d->log(request, reply.status, timer.elapsed());
        const int delayMs
            = d->context.options.latencyMs + (faulted && fault.kind == FaultInjector::Kind::Delay ? fault.delayMs : 0);
        auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
        const auto deliver = [this, shared, socket, reply] {
            if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
                return;
            }
            // HeaderList is an initializer_list in Qt 6.4, so the headers are written one by one.
            shared->writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
            // Like every HTTP server, the time of the answer: here the emulated clock (--clock, /__emulator/clock),
            // so a client can tell how far and how fast it runs ahead of its own.
            shared->writeHeader("Date", DateTimeText::httpDate(d->context.nowMs()));
            for (const auto& header : reply.headers) {
                shared->writeHeader(header.first, header.second);
            }
            shared->writeHeader("Content-Length", QByteArray::number(reply.body.size()));
            shared->writeBody(reply.body);
        };
        if (delayMs <= 0) {
            deliver();
        } else {
            QTimer::singleShot(delayMs, this, deliver);
        }
    });
}

LocalPlatform::~LocalPlatform() = default;

quint16 LocalPlatform::listen(quint16 port)
{
    d->port = d->server.listen(QHostAddress::LocalHost, port);
    return d->port;
}

quint16 LocalPlatform::serve(QTcpServer* server)
{
    server->setParent(this);
    d->server.bind(server);
    d->port = server->serverPort();
    return d->port;
}

QUrl LocalPlatform::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(d->port));
}

const EmulatorOptions& LocalPlatform::options() const
{
    return d->context.options;
}

bool LocalPlatform::addFault(const QString& spec, QString* error)
{
    return d->faults.add(spec, error);
}

void LocalPlatform::clearFaults()
{
    d->faults.clear();
}

QJsonArray LocalPlatform::requestLog() const
{
    return d->requestLog;
}

QJsonObject LocalPlatform::counts() const
{
    return countsOf(d->context);
}

QJsonArray LocalPlatform::batchRecords(const QString& batchId) const
{
    return d->runEngine.records(batchId);
}

void LocalPlatform::advanceClock(qint64 seconds)
{
    d->context.advance(seconds * 1000);
    d->runEngine.advance();
}

QString LocalPlatform::mintToken()
{
    return d->ims.mint(d->context.options.clientId);
}

QStringList LocalPlatform::issuedTokens() const
{
    return d->context.tokens.keys();
}

void LocalPlatform::Private::log(const ApiRequest& request, int status, qint64 elapsedMs)
{
    if (request.path.startsWith(kAdminPrefix)) {
        return;
    }
    if (requestLog.size() >= kMaxLogEntries) {
        requestLog.removeFirst();
    }
    requestLog.append(QJsonObject{{QStringLiteral("time"), QDateTime::currentMSecsSinceEpoch()},
                                  {QStringLiteral("method"), request.method},
                                  {QStringLiteral("path"), request.path},
                                  {QStringLiteral("status"), status},
                                  {QStringLiteral("durationMs"), elapsedMs}});
}

ApiReply LocalPlatform::Private::process(ApiRequest& request)
{
    if (request.path == QLatin1String("/ims/token/v3")) {
        return request.method == QLatin1String("POST")
            ? ims.token(request)
            : ApiReply::oauth(405, QStringLiteral("invalid_request"), QStringLiteral("method not allowed"));
    }
    if (request.path.startsWith(kAdminPrefix)) {
        return admin(request);
    }
    if (!request.path.startsWith(QLatin1String("/data/"))) {
        return ApiReply::gateway(404, QStringLiteral("404000"), QStringLiteral("Resource not found"));
    }
    ApiReply refused = gateway(request);
    if (refused.status != 0) {
        return refused;
    }
    if (const Router::Handler* handler = router.match(request)) {
        return (*handler)(request);
    }
    return serviceError(serviceOf(request.path), QStringLiteral("1101"), 404, QStringLiteral("Resource not found"),
                        QStringLiteral("No resource at %1 %2").arg(request.method, request.path));
}

ApiReply LocalPlatform::Private::gateway(ApiRequest& request)
{
    const QByteArray auth = request.header("authorization");
    if (auth.isEmpty()) {
        return ApiReply::gateway(403, QStringLiteral("403010"), QStringLiteral("Oauth token is missing."));
    }
    const QString token = auth.toLower().startsWith("bearer ") ? QString::fromLatin1(auth.mid(7).trimmed()) : QString();
    auto it = context.tokens.find(token);
    if (it == context.tokens.end() || it->expiresAtMs <= context.nowMs() || it->callsLeft == 0) {
        if (it != context.tokens.end()) {
            context.tokens.erase(it);
        }
        return ApiReply::gateway(401, QStringLiteral("401013"), QStringLiteral("Oauth token is not valid"));
    }
    const QByteArray apiKey = request.header("x-api-key");
    if (apiKey.isEmpty()) {
        return ApiReply::gateway(403, QStringLiteral("403000"), QStringLiteral("Api Key is required"));
    }
    if (QString::fromUtf8(apiKey) != it->clientId) {
        return ApiReply::gateway(403, QStringLiteral("403003"), QStringLiteral("Api Key is invalid"));
    }
    const QByteArray org = request.header("x-gw-ims-org-id");
    if (org.isEmpty()) {
        return ApiReply::gateway(400, QStringLiteral("400003"), QStringLiteral("Missing header"));
    }
    if (QString::fromUtf8(org) != context.options.imsOrg) {
        return ApiReply::gateway(403, QStringLiteral("403027"), QStringLiteral("User region is missing"));
    }
    if (it->callsLeft > 0) {
        --it->callsLeft;
    }
    request.clientId = it->clientId;
    const Service service = serviceOf(request.path);
    const bool write = request.method == QLatin1String("POST") || request.method == QLatin1String("PUT")
        || request.method == QLatin1String("PATCH");
    if (write && !request.body.isEmpty()) {
        const QByteArray type = request.header("content-type").toLower();
        if (!type.startsWith("application/json") && !type.startsWith("application/json-patch+json")) {
            return ApiReply::badContentType();
        }
        QJsonParseError error;
        request.json = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError) {
            return serviceError(
                service, QStringLiteral("1100"), 400, QStringLiteral("Invalid request"),
                QStringLiteral("Malformed JSON at offset %1: %2").arg(error.offset).arg(error.errorString()));
        }
    }
    const QString sandbox = QString::fromUtf8(request.header("x-sandbox-name"));
    if (sandbox.isEmpty()) {
        if (service == Service::Flow) {
            return ApiReply::flow(QStringLiteral("2105-400"), QStringLiteral("Header is missing"),
                                  QStringLiteral("The x-sandbox-name header is missing. Add it and try again."));
        }
        request.sandbox = QStringLiteral("prod");
    } else if (!SandboxService::exists(sandbox)) {
        if (service == Service::Flow) {
            return ApiReply::flow(QStringLiteral("2100-404"), QStringLiteral("Sandbox not found"),
                                  QStringLiteral("The sandbox %1 is not found.").arg(sandbox));
        }
        if (service != Service::Sandbox) {
            return serviceError(service, QStringLiteral("1104"), 404, QStringLiteral("Sandbox not found"),
                                QStringLiteral("The sandbox %1 is not found.").arg(sandbox));
        }
    } else {
        request.sandbox = sandbox;
    }
    return ApiReply::empty(0);
}

ApiReply LocalPlatform::Private::admin(ApiRequest& request)
{
    const QString sub = request.path.mid(kAdminPrefix.size());
    if (sub == QLatin1String("/faults")) {
        if (request.method == QLatin1String("GET")) {
            return ApiReply::json(200, QJsonObject{{QStringLiteral("faults"), faults.describe()}});
        }
        if (request.method == QLatin1String("DELETE")) {
            faults.clear();
            return ApiReply::empty(204);
        }
        if (request.method == QLatin1String("POST")) {
            const QJsonDocument doc = QJsonDocument::fromJson(request.body);
            const QString spec = doc.isObject() ? doc.object().value(QStringLiteral("spec")).toString()
                                                : QString::fromUtf8(request.body).trimmed();
            QString error;
            if (!faults.add(spec, &error)) {
                return ApiReply::json(400, QJsonObject{{QStringLiteral("error"), error}});
            }
            return ApiReply::json(201, QJsonObject{{QStringLiteral("faults"), faults.describe()}});
        }
    }
    if (sub.startsWith(QLatin1String("/batches/")) && sub.endsWith(QLatin1String("/records"))) {
        const QString batchId = sub.section(QLatin1Char('/'), 2, 2);
        return ApiReply::json(
            200,
            QJsonObject{{QStringLiteral("batchId"), batchId}, {QStringLiteral("records"), runEngine.records(batchId)}});
    }
    if (sub == QLatin1String("/counts")) {
        return ApiReply::json(200, countsOf(context));
    }
    if (sub == QLatin1String("/requests")) {
        if (request.method == QLatin1String("DELETE")) {
            requestLog = QJsonArray();
            return ApiReply::empty(204);
        }
        return ApiReply::json(200, QJsonObject{{QStringLiteral("requests"), requestLog}});
    }
    if (sub == QLatin1String("/clock") && request.method == QLatin1String("POST")) {
        const qint64 seconds
            = qint64(QJsonDocument::fromJson(request.body).object().value(QStringLiteral("advanceSeconds")).toDouble());
        context.advance(seconds * 1000);
        runEngine.advance(); // the runs that fell due happen now, not at the next scheduler tick
        return ApiReply::json(200, QJsonObject{{QStringLiteral("nowMs"), context.nowMs()}});
    }
    return ApiReply::json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("unknown admin endpoint")}});
}
