// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/**
 * What a plan created so far, by step: the ids each step produced. One JSON file per draft in the state folder,
 * rewritten atomically (QSaveFile) after every change, so that a crash never leaves half a journal. Holds ids only,
 * never a secret.
 */
class PlanJournal
{
    Q_DECLARE_TR_FUNCTIONS(PlanJournal)
public:
    /**
     * $XDG_STATE_HOME/aep-dataflow-wizard/journals (~/.local/state/...): Qt 6.4 has no StateLocation. In Qt's test
     * mode, the test-mode AppLocalDataLocation instead, so tests never touch the user's folder.
     */
    static QString defaultFolder();

    PlanJournal() = default;
    PlanJournal(const QString& folder, const QString& draftKey);

    QString filePath() const { return m_path; }
    /** Reads the file if there is one; false with @p error on an unreadable file (a missing one is fine). */
    bool load(QString* error);
    /** Writes the file atomically; false with @p error. An empty journal removes the file. */
    bool save(QString* error);

    bool contains(const QString& stepId) const { return m_steps.contains(stepId); }
    QStringList steps() const { return m_steps.keys(); }
    /** The values the step produced ("schemaId" -> "https://ns.adobe.com/..."). */
    QHash<QString, QString> values(const QString& stepId) const;
    void record(const QString& stepId, const QHash<QString, QString>& values);
    void forget(const QString& stepId);
    bool isEmpty() const { return m_steps.isEmpty(); }

private:
    QString m_path;
    QString m_key;
    QHash<QString, QJsonObject> m_steps;
};
