// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/PlanJournal.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
constexpr int kJournalFormat = 1;
}

QString PlanJournal::defaultFolder()
{
    if (QStandardPaths::isTestModeEnabled())
        return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/journals");
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (state.isEmpty() || !QDir::isAbsolutePath(state))
        state = QDir::homePath() + QStringLiteral("/.local/state");
    return state + QLatin1Char('/') + QCoreApplication::applicationName() + QStringLiteral("/journals");
}

PlanJournal::PlanJournal(const QString& folder, const QString& draftKey)
    : m_path(folder + QLatin1Char('/') + draftKey + QStringLiteral(".json")), m_key(draftKey)
{ }

bool PlanJournal::load(QString* error)
{
    m_steps.clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the journal %1: %2").arg(m_path, file.errorString());
        return false;
    }
    QJsonParseError parseError{};
    const QJsonObject json = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError || json.value(QLatin1String("format")).toInt() != kJournalFormat) {
        *error = tr("The journal %1 is damaged; move it away to start over.").arg(m_path);
        return false;
    }
    const QJsonObject steps = json.value(QLatin1String("steps")).toObject();
    for (auto it = steps.begin(); it != steps.end(); ++it)
        m_steps.insert(it.key(), it.value().toObject());
    return true;
}

bool PlanJournal::save(QString* error)
{
    if (m_steps.isEmpty()) {
        QFile::remove(m_path);
        return true;
    }
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        *error = tr("Cannot create the folder of the journal %1.").arg(m_path);
        return false;
    }
    QJsonObject steps;
    for (auto it = m_steps.begin(); it != m_steps.end(); ++it)
        steps.insert(it.key(), it.value());
    const QJsonObject json{{QStringLiteral("format"), kJournalFormat},
                           {QStringLiteral("draftKey"), m_key},
                           {QStringLiteral("updated"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                           {QStringLiteral("steps"), steps}};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0 || !file.commit()) {
        *error = tr("Cannot write the journal %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

QHash<QString, QString> PlanJournal::values(const QString& stepId) const
{
    QHash<QString, QString> result;
    const QJsonObject values = m_steps.value(stepId).value(QLatin1String("values")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it)
        result.insert(it.key(), it.value().toString());
    return result;
}

void PlanJournal::record(const QString& stepId, const QHash<QString, QString>& values)
{
    QJsonObject json;
    for (auto it = values.begin(); it != values.end(); ++it)
        json.insert(it.key(), it.value());
    m_steps.insert(stepId,
                   QJsonObject{{QStringLiteral("values"), json},
                               {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
}

void PlanJournal::forget(const QString& stepId)
{
    m_steps.remove(stepId);
}
