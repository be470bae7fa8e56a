// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/NetworkModule.h"

#include "base/Logging.h"
#include "base/ModuleFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QMetaObject>

namespace NetworkModule {

namespace {

struct Loaded
{
    bool tried = false;
    Api* api = nullptr;
    QString error;
};

Loaded& loaded()
{
    static Loaded state;
    return state;
}

/** An exchange that never went out: only its (failed) callback is due, unless it is dropped first. */
class FailedExchange : public Http::Exchange
{
public:
    explicit FailedExchange(std::shared_ptr<bool> alive) : m_alive(std::move(alive)) { }
    ~FailedExchange() override { *m_alive = false; }
    void abort() override { *m_alive = false; }

private:
    std::shared_ptr<bool> m_alive;
};

/** The program's backend: the module's once loaded, loading it at the first request. */
class LoadingBackend final : public Http::Backend
{
public:
    std::unique_ptr<Http::Exchange> send(const Http::Request& request, Http::Done done) override
    {
        QString error;
        if (Api* api = load(&error))
            return api->http()->send(request, std::move(done));
        auto alive = std::make_shared<bool>(true);
        Http::Result result;
        result.url = request.url;
        result.error = Http::UnknownNetworkError;
        result.errorString = error;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [alive, result, done = std::move(done)] {
                if (*alive)
                    done(result);
            },
            Qt::QueuedConnection);
        return std::make_unique<FailedExchange>(alive);
    }
};

} // namespace

QString fileName()
{
    return QStringLiteral(AEP_NETWORK_MODULE_FILE);
}

QString path(const QString& programDir)
{
    const QString fromEnvironment = qEnvironmentVariable("AEP_NETWORK_MODULE");
    if (!fromEnvironment.isEmpty()) // taken as it is: a file that is not there is said with its name at load()
        return QFileInfo(fromEnvironment).absoluteFilePath();
    return ModuleFile::find(programDir, fileName());
}

Api* load(QString* error)
{
    Loaded& state = loaded();
    if (!state.tried) {
        state.tried = true;
        const QString file = path(QCoreApplication::applicationDirPath());
        if (file.isEmpty()) {
            state.error = QCoreApplication::translate("NetworkModule",
                                                      "The network module %1 is neither next to the program nor in "
                                                      "its library folder.")
                              .arg(fileName());
        } else {
            // Loaded once and for good: its objects live as long as the program.
            QLibrary module(file);
            // A file that is not there: said so (QLibrary would try other names and report one of those).
            const bool exists = QFileInfo(file).isFile();
            if (!exists || !module.load()) {
                state.error
                    = QCoreApplication::translate("NetworkModule", "The network module %1 could not be loaded: %2")
                          .arg(QDir::toNativeSeparators(file),
                               exists ? module.errorString()
                                      : QCoreApplication::translate("NetworkModule", "there is no such file."));
            } else {
                const auto version = reinterpret_cast<Version>(module.resolve(kVersion));
                const auto entry = reinterpret_cast<Entry>(module.resolve(kEntry));
                if (!version || !entry) {
                    state.error = QCoreApplication::translate("NetworkModule", "The file %1 is not the network module.")
                                      .arg(QDir::toNativeSeparators(file));
                } else if (qstrcmp(version(), AEP_VERSION) != 0) {
                    state.error = QCoreApplication::translate(
                                      "NetworkModule", "The network module %1 is version %2, not %3 as the program is.")
                                      .arg(QDir::toNativeSeparators(file), QString::fromUtf8(version()),
                                           QStringLiteral(AEP_VERSION));
                } else {
                    state.api = entry();
                    qCDebug(lcNet).noquote() << "network module loaded from" << file;
                }
            }
        }
        if (!state.api) // the caller says it, in the window or on stderr: only the debug log repeats it
            qCDebug(lcNet).noquote() << state.error;
    }
    if (!state.api && error)
        *error = state.error;
    return state.api;
}

ReleaseHttpAtEnd::~ReleaseHttpAtEnd()
{
    if (Api* api = loaded().api)
        api->releaseHttp();
}

Http::Backend* http()
{
    static LoadingBackend backend;
    return &backend;
}

} // namespace NetworkModule
