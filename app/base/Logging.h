// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <QPair>
#include <QString>
#include <QStringList>

Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcIms)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcCli)

/** Removes secrets before anything reaches a log line, an error message or a file. */
namespace Redact {

/**
 * Replaces secrets in free text with "***": the value of an Authorization header or field (Bearer or Basic), and the
 * value after a secret-bearing key (access_token, refresh_token, accessToken, refreshToken, client_secret,
 * clientSecret, password, secret, token, and every name given to addSecretKeys) in JSON, form and header spellings.
 */
QString text(const QString& text);
/** A request's headers as one line, with Authorization's value replaced by its scheme and "***". */
QString headers(const QList<QPair<QByteArray, QByteArray>>& headers);
/**
 * Names of more secret-bearing keys, redacted by text() from now on: the auth parameters that a connection spec marks
 * secret ("format": "password"), registered where the specs are read. Thread-safe.
 */
void addSecretKeys(const QStringList& names);
/**
 * Guards the process's log, once, early in main(): Qt's HTTP server categories (qt.httpserver*) are turned off below
 * warnings whatever QT_LOGGING_RULES says (the demo's in-process emulator runs such a server; with debug on it prints
 * every request it receives, headers included: "Authorization": "Bearer <token>"), and every message, Qt's own
 * included, goes through text() before the handler installed before (the one that prints it).
 */
void installLogGuard();

} // namespace Redact
