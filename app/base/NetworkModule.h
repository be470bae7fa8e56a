// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The network module (aep-network.so, built from network/): everything that links Qt Network or QtKeychain. The
// program loads it with QLibrary once its first window is painted (or at once for the command line), so that those
// libraries and the ones they pull in (Kerberos, GSSAPI, libproxy) cost the start nothing. Api is the module's
// side, header-only; the functions below are the program's side.

#include "base/Http.h"

#include <QString>

#include <functional>
#include <memory>

class QObject;

namespace NetworkModule {

/** QKeychain::Error, value for value (checked in the module). */
enum KeychainError {
    KeychainNoError = 0,
    KeychainEntryNotFound,
    KeychainCouldNotDeleteEntry,
    KeychainAccessDeniedByUser,
    KeychainAccessDenied,
    KeychainNoBackendAvailable,
    KeychainNotImplemented,
    KeychainOtherError,
};

enum class KeychainOperation { Read, Write, Remove };

struct KeychainAnswer
{
    KeychainError error = KeychainNoError;
    QString errorString; ///< QtKeychain's words (they may quote what was written: the caller strips it)
    QString secret; ///< reads only
};

/** What the module offers. Its objects live until the application object is destroyed. */
class Api
{
public:
    /** The one HTTP backend (one QNetworkAccessManager: connections are reused between calls). */
    virtual Http::Backend* http() = 0;
    /**
     * A backend of its own (another QNetworkAccessManager, no connection shared with http()'s), deleted with
     * @p owner: for the tests, each of which starts without a connection kept from the one before.
     */
    virtual Http::Backend* newHttp(QObject* owner) = 0;
    /** Deletes http()'s backend now (its exchanges must be gone); a later http() makes a new one. */
    virtual void releaseHttp() = 0;
    /**
     * One QtKeychain job on @p key of @p service (insecure fallbacks off); @p done is called once, later, unless the
     * exchange is destroyed first. The QtKeychain job itself always runs to its end and deletes itself.
     */
    virtual std::unique_ptr<Http::Exchange> keychain(KeychainOperation operation, const QString& service,
                                                     const QString& key, const QString& secret,
                                                     std::function<void(const KeychainAnswer&)> done)
        = 0;
    /**
     * A QTcpServer on @p descriptor, a socket already listening (the demo emulator's, DemoEmulator::listenOnLoopback),
     * owned by the caller; or null, with @p error saying why.
     */
    virtual QObject* serverOn(qintptr descriptor, QString* error) = 0;

protected:
    ~Api() = default;
};

/** extern "C" NetworkModule::Api* aep_network_module(): the module's one Api. */
using Entry = Api* (*)();
inline constexpr char kEntry[] = "aep_network_module";
/** extern "C" const char* aep_network_module_version(): the version the module was built as (AEP_VERSION). */
using Version = const char* (*)();
inline constexpr char kVersion[] = "aep_network_module_version";

/** The module's file name. */
QString fileName();

/**
 * Where the module is: $AEP_NETWORK_MODULE when set (the tests', taken as it is), else next to the program in
 * @p programDir (a build tree), else in the program's library folder once installed. Empty when none has it.
 */
QString path(const QString& programDir);

/**
 * Loads the module once (later calls return at once). Null when it cannot be loaded, with @p error saying which
 * file and why.
 */
Api* load(QString* error = nullptr);

/**
 * The program's HTTP backend. Usable before the module is loaded: the first request loads it. When the module
 * cannot be loaded, every request ends with UnknownNetworkError and the reason.
 */
Http::Backend* http();

/**
 * Deletes the module's shared HTTP backend, its network manager and connections, when the module is loaded: at the
 * end of a run, once nothing that sends is left, so that they go in order and not in the application object's
 * destruction (where LeakSanitizer saw Qt Network's connection objects left behind). Holds for a scope.
 */
class ReleaseHttpAtEnd
{
public:
    ReleaseHttpAtEnd() = default;
    ~ReleaseHttpAtEnd();
    ReleaseHttpAtEnd(const ReleaseHttpAtEnd&) = delete;
    ReleaseHttpAtEnd& operator=(const ReleaseHttpAtEnd&) = delete;
};

} // namespace NetworkModule
