// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/Logging.h"

#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcNet, "aep.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIms, "aep.ims", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "aep.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "aep.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "aep.cli", QtInfoMsg)

namespace Redact {

QString text(const QString& text)
{
    static const QRegularExpression bearer(QStringLiteral(R"((Bearer\s+)[^\s"',;]+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    // JSON ("key": "value"), form (key=value) and header-ish (key: value) spellings of secret-bearing keys.
    static const QRegularExpression keyed(
        QStringLiteral(R"((["']?(?:access_token|refresh_token|accessToken|refreshToken|client_secret|clientSecret|)"
                       R"(password|secret|token)["']?\s*[:=]\s*["']?)[^\s"'&,;}]+)"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(bearer, QStringLiteral("\\1***"));
    out.replace(keyed, QStringLiteral("\\1***"));
    return out;
}

QString headers(const QNetworkRequest& request)
{
    QStringList parts;
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray& name : names) {
        const bool secret = name.compare("authorization", Qt::CaseInsensitive) == 0;
        parts << QString::fromLatin1(name) + QLatin1String(": ")
                + (secret ? QStringLiteral("Bearer ***") : QString::fromLatin1(request.rawHeader(name)));
    }
    return parts.join(QLatin1String("; "));
}

} // namespace Redact
