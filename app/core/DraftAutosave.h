// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

class Session;
class WizardState;

/**
 * Keeps the wizard's unfinished draft on disk, so that a crash or a kill loses at most a second of work: each
 * change (schedule()) starts one single-shot timer, if it is not already running; when it fires, the draft is
 * written with QSaveFile (a complete file or the previous one, never half of one) in the state folder, in the
 * format of a saved recipe (which holds no secret) plus the page shown. Nothing runs while nothing changes.
 * The file it wrote goes once nothing would be lost by closing (a dataflow was created from the draft: at once; it
 * was saved as a recipe; it holds no choice), and when the user discards the draft. A file it did not write (the
 * draft of an earlier run, not continued) stays until this run has a draft of its own.
 */
class DraftAutosave : public QObject
{
    Q_OBJECT
public:
    /** At most this long between a change and its write (changes made meanwhile go in the same write). */
    static constexpr int delayMs = 500;

    /** @p state and @p session (may be null: not a demo) are not owned and must outlive the autosave. */
    DraftAutosave(WizardState* state, Session* session, QObject* parent = nullptr);

    /**
     * The state folder: $XDG_STATE_HOME (by default ~/.local/state) and the application's name on Linux and the
     * other Unix desktops; elsewhere (and in QStandardPaths' test mode) the application's local data folder and
     * "state".
     */
    static QString defaultFolder();
    void setFolder(const QString& folder) { m_folder = folder; }
    /** The draft's file: draft.json, or demo-draft.json for a demo session (whose Platform is the emulator). */
    QString filePath() const;

    /** Called before each write, so that what the current page shows but has not handed over yet is saved too. */
    void setCollect(std::function<void()> collect) { m_collect = std::move(collect); }
    /** The wizard's page now shown (a PageId), saved with the draft. */
    void setPage(int page);
    /** Something changed: a write follows within delayMs, together with every other change made meanwhile. */
    void schedule();
    /** Writes now (or removes the file when nothing is left to lose); false when the file could not be written. */
    bool saveNow();
    /** Forgets the draft: no write pending, the file removed. With @p keepBackup it is renamed to *.bak instead. */
    void discard(bool keepBackup = false);
    /** The wizard closes: no write pending, and the file goes if this autosave wrote it (nothing is left to lose). */
    void stop();
    bool pending() const { return m_timer.isActive(); }
    /** How many times the file was written (for the tests). */
    int writeCount() const { return m_writes; }

    /** An unfinished draft read back: the recipe (the content of a recipe file) and the page it was left on. */
    struct Saved
    {
        QByteArray recipe;
        int page = 0;
        QString error; ///< why it cannot be read; empty when it can
        bool ok() const { return error.isEmpty(); }
    };
    /** The draft in @p path; nullopt when there is none. */
    static std::optional<Saved> read(const QString& path);
    /** The file's content for @p recipe and @p page. */
    static QByteArray content(const QJsonObject& recipe, int page);

Q_SIGNALS:
    /** A write failed (the disk is full, the folder cannot be made); the next change tries again. */
    void failed(const QString& error);

private:
    WizardState* m_state;
    Session* m_session;
    QString m_folder;
    std::function<void()> m_collect;
    QTimer m_timer;
    int m_page = 0;
    int m_writes = 0;
    QByteArray m_written; ///< what the file holds now, as written by this autosave (empty: not ours)
};
