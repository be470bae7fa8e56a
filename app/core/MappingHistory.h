// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/MappingModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QUndoStack;

/**
 * Undo and redo of the mapping rules of one MappingModel. Every call of the model's editing functions (setData,
 * addRule, addRules, autoMap, setRules, removeRows) becomes one undo step holding the rules before and after it,
 * worded after the edit ("Map Email to personalEmail.address", "Remove 3 rules", "Auto-map (11 rules)"); undo and
 * redo put back exactly those rules, row order included. Loading rules that are not the user's edit (the page's
 * initializePage after setContext/setRules) is followed by resetBaseline(), which forgets every step.
 * Edits of one cell that follow each other within mergeWindowMs() (keystrokes) are one step.
 */
class MappingHistory : public QObject
{
    Q_OBJECT
public:
    /** Edits of one cell closer than this (milliseconds) merge into one step; 0 never merges. */
    static constexpr int kDefaultMergeWindowMs = 1500;

    explicit MappingHistory(MappingModel* model, QObject* parent = nullptr);

    MappingModel* model() const { return m_model; }
    /** The stack, e.g. for QUndoStack::createUndoAction() or a QUndoView. */
    QUndoStack* stack() const { return m_stack; }

    /** Forgets every step and takes the model's rules as they are now as the start (nothing to undo). */
    void resetBaseline();
    /** Removes every rule, as one undoable step "Clear all rules"; does nothing when there is none. */
    void clearAll();
    /** Replaces the rules with @p rules as one undoable step named @p text (a CSV import, a dataflow's rules). */
    void replaceRules(const QList<MappingRule>& rules, const QString& text);
    /** The name of the next edit's step instead of the one worded after it (e.g. "Accept 3 suggestions"). */
    void nameNextEdit(const QString& text) { m_nextText = text; }

    bool canUndo() const;
    bool canRedo() const;
    /** The step undo() would take back ("Map Email to personalEmail.address"), or empty. */
    QString undoText() const;
    QString redoText() const;
    int count() const;
    void undo();
    void redo();

    int mergeWindowMs() const { return m_mergeWindowMs; }
    void setMergeWindowMs(int ms) { m_mergeWindowMs = ms; }

    /** Words every step again in the language installed now (also done on QEvent::LanguageChange). */
    void retranslate();
    bool event(QEvent* event) override;

    // The steps' words, also for the page's own labels.
    static QString importedFromFlowText(const QString& flowName, int count);
    static QString importedFromCsvText(const QString& fileName, int count);
    static QString acceptedSuggestionsText(int count);

Q_SIGNALS:
    /** canUndo(), canRedo(), undoText() or redoText() may have changed. */
    void changed();

private:
    friend class MappingSnapshotCommand;
    using Wording = std::function<QString()>;

    void recordEdit(const MappingModel::Edit& edit);
    /** Puts @p rules into the model without recording it (undo and redo). */
    void apply(const QList<MappingRule>& rules);
    Wording wordingOf(const MappingModel::Edit& edit, const QList<MappingRule>& before,
                      const QList<MappingRule>& after) const;

    QPointer<MappingModel> m_model;
    QUndoStack* m_stack;
    QList<MappingRule> m_current; ///< the rules after the last step recorded or applied
    QString m_nextText;
    bool m_applying = false;
    int m_mergeWindowMs = kDefaultMergeWindowMs;
    QElapsedTimer m_clock;
};
