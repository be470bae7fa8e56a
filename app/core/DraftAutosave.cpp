// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/DraftAutosave.h"

#include "base/Logging.h"
#include "core/RecipeFile.h"
#include "core/Session.h"
#include "core/WizardState.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
const QLatin1String formatKey("aepDraftAutosave");
const QLatin1String pageKey("page");
const QLatin1String recipeKey("recipe");
} // namespace

DraftAutosave::DraftAutosave(WizardState* state, Session* session, QObject* parent)
    : QObject(parent), m_state(state), m_session(session), m_folder(defaultFolder())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(&m_timer, &QTimer::timeout, this, &DraftAutosave::saveNow);
    connect(m_state, &WizardState::changed, this, [this](WizardState::Part part) {
        if (part == WizardState::Part::Created)
            saveNow(); // the dataflow exists: its draft goes at once, never to be continued (and created twice)
        else
            schedule();
    });
}

QString DraftAutosave::defaultFolder()
{
    QString name = QCoreApplication::applicationName();
    if (name.isEmpty())
        name = QStringLiteral("aep-dataflow-wizard");
    if (QStandardPaths::isTestModeEnabled()) // as PlanJournal: the tests' folders, never the user's
        return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QLatin1String("/state");
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    QString base = qEnvironmentVariable("XDG_STATE_HOME");
    if (base.isEmpty() || QDir::isRelativePath(base)) // the XDG specification: a relative path is ignored
        base = QDir::homePath() + QLatin1String("/.local/state");
    return base + QLatin1Char('/') + name;
#else
    Q_UNUSED(name)
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QLatin1String("/state");
#endif
}

QString DraftAutosave::filePath() const
{
    const bool demo = m_session && m_session->isDemo();
    return m_folder + QLatin1Char('/') + (demo ? QLatin1String("demo-draft.json") : QLatin1String("draft.json"));
}

void DraftAutosave::setPage(int page)
{
    if (page == m_page)
        return;
    m_page = page;
    schedule();
}

void DraftAutosave::schedule()
{
    if (!m_timer.isActive()) // not restarted: steady typing is saved every delayMs all the same
        m_timer.start();
}

QByteArray DraftAutosave::content(const QJsonObject& recipe, int page)
{
    QJsonObject file;
    file.insert(formatKey, 1);
    file.insert(pageKey, page);
    file.insert(recipeKey, recipe);
    return QJsonDocument(file).toJson();
}

bool DraftAutosave::saveNow()
{
    m_timer.stop();
    if (m_collect)
        m_collect(); // may change the state: the write below holds it, no second one follows
    m_timer.stop();
    const QString path = filePath();
    if (!m_state->hasUnsavedChoices()) {
        if (!m_written.isEmpty()) // only our own: an earlier run's draft stays until this run makes one
            QFile::remove(path);
        m_written.clear();
        return true;
    }
    const bool demo = m_session && m_session->isDemo();
    const DataflowDraft draft = RecipeFile::forSession(m_state->recipeDraft(QDateTime::currentSecsSinceEpoch()), demo);
    const QByteArray bytes = content(draft.toJson(), m_page);
    if (bytes == m_written && QFile::exists(path))
        return true;
    QSaveFile file(path);
    if (!QDir().mkpath(m_folder) || !file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        const QString error = file.errorString();
        qCWarning(lcUi) << "The draft could not be saved to" << path << ":" << error;
        Q_EMIT failed(error);
        return false;
    }
    m_written = bytes;
    ++m_writes;
    return true;
}

void DraftAutosave::discard(bool keepBackup)
{
    m_timer.stop();
    m_written.clear();
    const QString path = filePath();
    if (!QFile::exists(path))
        return;
    if (keepBackup) {
        const QString backup = path + QLatin1String(".bak");
        QFile::remove(backup);
        if (QFile::rename(path, backup))
            return;
    }
    QFile::remove(path);
}

void DraftAutosave::stop()
{
    m_timer.stop();
    if (!m_written.isEmpty())
        QFile::remove(filePath());
    m_written.clear();
}

std::optional<DraftAutosave::Saved> DraftAutosave::read(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    Saved saved;
    if (!file.open(QIODevice::ReadOnly)) {
        saved.error = file.errorString();
        return saved;
    }
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parse);
    const QJsonObject object = document.object();
    if (parse.error != QJsonParseError::NoError || !object.value(formatKey).isDouble()
        || !object.value(recipeKey).isObject()) {
        saved.error
            = parse.error != QJsonParseError::NoError ? parse.errorString() : QStringLiteral("not an autosaved draft");
        return saved;
    }
    saved.page = object.value(pageKey).toInt();
    saved.recipe = QJsonDocument(object.value(recipeKey).toObject()).toJson();
    return saved;
}
