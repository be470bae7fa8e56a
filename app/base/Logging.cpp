// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/Logging.h"

#include <QMutex>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcNet, "aep.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIms, "aep.ims", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "aep.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "aep.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "aep.cli", QtInfoMsg)

namespace Redact {

namespace {

// The guard may be called while the program's statics are destroyed (Qt libraries log from their own static
// destructors: QLibrary's "unloaded library" with every category on): what it uses is made once and never freed.
QBasicMutex keysLock; // trivially destroyed
QStringList& extraKeys() ///< guarded by keysLock
{
    static auto* keys = new QStringList;
    return *keys;
}

QRegularExpression keyedPattern(const QStringList& extra)
{
    QStringList names{QStringLiteral("access_token"), QStringLiteral("refresh_token"), QStringLiteral("accessToken"),
                      QStringLiteral("refreshToken"), QStringLiteral("client_secret"), QStringLiteral("clientSecret"),
                      QStringLiteral("password"),     QStringLiteral("secret"),        QStringLiteral("token")};
    for (const QString& name : extra)
        names << QRegularExpression::escape(name);
    // JSON ("key": "value"), form (key=value) and header-ish (key: value) spellings of secret-bearing keys.
    return QRegularExpression(
        QStringLiteral(R"((["']?(?:%1)["']?\s*[:=]\s*["']?)[^\s"'&,;}]+)").arg(names.join(QLatin1Char('|'))),
        QRegularExpression::CaseInsensitiveOption);
}

QRegularExpression keyed()
{
    static auto* pattern = new QRegularExpression(keyedPattern({}));
    static qsizetype known = 0;
    QMutexLocker lock(&keysLock);
    if (known != extraKeys().size()) {
        *pattern = keyedPattern(extraKeys());
        known = extraKeys().size();
    }
    return *pattern;
}

QtMessageHandler previousHandler = nullptr;
QLoggingCategory::CategoryFilter previousFilter = nullptr;

void redacting(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (previousHandler)
        previousHandler(type, context, text(message));
}

void httpServerQuiet(QLoggingCategory* category)
{
    if (previousFilter)
        previousFilter(category); // the rules (QT_LOGGING_RULES, setFilterRules) first
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

} // namespace

void installLogGuard()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    previousFilter = QLoggingCategory::installFilter(httpServerQuiet);
    previousHandler = qInstallMessageHandler(redacting);
}

void addSecretKeys(const QStringList& names)
{
    QMutexLocker lock(&keysLock);
    for (const QString& name : names) {
        if (!name.isEmpty() && !extraKeys().contains(name, Qt::CaseInsensitive))
            extraKeys() << name;
    }
}

QString text(const QString& text)
{
    // Never freed (see keysLock): the guard may run during the statics' destruction.
    static const auto* bearer
        = new QRegularExpression(QStringLiteral(R"((Bearer\s+)[^\s"',;]+)"), QRegularExpression::CaseInsensitiveOption);
    // "Authorization: Basic dXNlcjpzZWNyZXQ=", "authorization": "…", -H 'Authorization: …': the value, whatever scheme.
    static const auto* authorization = new QRegularExpression(
        QStringLiteral(R"((["']?authorization["']?\s*[:=]\s*["']?(?:(?:Basic|Bearer|Token)\s+)?)[^\s"',;]+)"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(*authorization, QStringLiteral("\\1***"));
    out.replace(*bearer, QStringLiteral("\\1***"));
    out.replace(keyed(), QStringLiteral("\\1***"));
    return out;
}

QString headers(const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QStringList parts;
    for (const auto& [name, raw] : headers) {
        QString value = QString::fromLatin1(raw);
        if (name.compare("authorization", Qt::CaseInsensitive) == 0) {
            const qsizetype space = value.indexOf(QLatin1Char(' '));
            value = (space > 0 ? value.left(space + 1) : QString()) + QLatin1String("***");
        }
        parts << QString::fromLatin1(name) + QLatin1String(": ") + value;
    }
    return parts.join(QLatin1String("; "));
}

} // namespace Redact
