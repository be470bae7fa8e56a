// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcIms)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcCli)

/** Removes secrets before anything reaches a log line, an error message or a file. */
namespace Redact {

/** Replaces bearer tokens, access/refresh tokens, client secrets and passwords in free text with "***". */
QString text(const QString& text);
/** The request's headers as one line, with Authorization's value replaced by "Bearer ***". */
QString headers(const QNetworkRequest& request);

} // namespace Redact
