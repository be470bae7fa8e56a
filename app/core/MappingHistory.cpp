// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/MappingHistory.h"

#include "core/MappingIssues.h"

#include <QEvent>
#include <QUndoCommand>
#include <QUndoStack>

namespace {

constexpr int kCellCommandId = 0x4d48; // "MH": mergeable cell edits

QString sourceText(const MappingRule& rule)
{
    if (!rule.isExpression())
        return rule.source.trimmed();
    const QString expression = rule.expression.simplified();
    return expression.size() > 40 ? expression.left(39) + QChar(0x2026) : expression;
}

} // namespace

/** One step: the rules before and after one edit (or several merged keystrokes of one cell). */
class MappingSnapshotCommand : public QUndoCommand
{
public:
    MappingSnapshotCommand(MappingHistory* history, QList<MappingRule> before, QList<MappingRule> after,
                           MappingHistory::Wording wording, int cellRow, int cellColumn, qint64 atMs)
        : m_history(history)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_wording(std::move(wording))
        , m_cellRow(cellRow)
        , m_cellColumn(cellColumn)
        , m_atMs(atMs)
    {
        setText(m_wording());
    }

    void redo() override
    {
        // The first redo() is QUndoStack::push(): the model already holds the rules after the edit.
        if (m_pushed)
            m_history->apply(m_after);
        m_pushed = true;
    }
    void undo() override { m_history->apply(m_before); }
    int id() const override { return m_cellRow >= 0 ? kCellCommandId : -1; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const MappingSnapshotCommand*>(other);
        const int window = m_history->mergeWindowMs();
        if (window <= 0 || next->m_cellRow != m_cellRow || next->m_cellColumn != m_cellColumn
            || next->m_atMs - m_atMs > window)
            return false;
        m_after = next->m_after;
        m_wording = next->m_wording;
        m_atMs = next->m_atMs;
        setText(m_wording());
        setObsolete(m_after == m_before); // typed back to what it was: no step at all
        return true;
    }
    void retranslate() { setText(m_wording()); }

private:
    MappingHistory* m_history;
    QList<MappingRule> m_before;
    QList<MappingRule> m_after;
    MappingHistory::Wording m_wording;
    int m_cellRow;
    int m_cellColumn;
    qint64 m_atMs;
    bool m_pushed = false;
};

MappingHistory::MappingHistory(MappingModel* model, QObject* parent)
    : QObject(parent), m_model(model), m_stack(new QUndoStack(this))
{
    m_clock.start();
    m_current = model->rules();
    connect(model, &MappingModel::rulesEdited, this, &MappingHistory::recordEdit);
    for (auto signal : {&QUndoStack::canUndoChanged, &QUndoStack::canRedoChanged})
        connect(m_stack, signal, this, &MappingHistory::changed);
    for (auto signal : {&QUndoStack::undoTextChanged, &QUndoStack::redoTextChanged})
        connect(m_stack, signal, this, &MappingHistory::changed);
}

void MappingHistory::resetBaseline()
{
    m_stack->clear();
    m_nextText.clear();
    m_current = m_model ? m_model->rules() : QList<MappingRule>();
    Q_EMIT changed();
}

void MappingHistory::clearAll()
{
    if (!m_model || m_model->rules().isEmpty())
        return;
    nameNextEdit(tr("Clear all rules"));
    m_model->setRules({});
}

void MappingHistory::replaceRules(const QList<MappingRule>& rules, const QString& text)
{
    if (!m_model)
        return;
    nameNextEdit(text);
    m_model->setRules(rules);
}

bool MappingHistory::canUndo() const
{
    return m_stack->canUndo();
}

bool MappingHistory::canRedo() const
{
    return m_stack->canRedo();
}

QString MappingHistory::undoText() const
{
    return m_stack->undoText();
}

QString MappingHistory::redoText() const
{
    return m_stack->redoText();
}

int MappingHistory::count() const
{
    return m_stack->count();
}

void MappingHistory::undo()
{
    m_stack->undo();
}

void MappingHistory::redo()
{
    m_stack->redo();
}

void MappingHistory::retranslate()
{
    for (int i = 0; i < m_stack->count(); ++i)
        static_cast<MappingSnapshotCommand*>(const_cast<QUndoCommand*>(m_stack->command(i)))->retranslate();
    Q_EMIT changed();
}

bool MappingHistory::event(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::event(event);
}

void MappingHistory::apply(const QList<MappingRule>& rules)
{
    if (!m_model)
        return;
    m_applying = true;
    m_model->setRules(rules);
    m_applying = false;
    m_current = rules;
}

void MappingHistory::recordEdit(const MappingModel::Edit& edit)
{
    if (m_applying || !m_model)
        return;
    const QList<MappingRule> before = m_current;
    const QList<MappingRule>& after = m_model->rules();
    QString named;
    std::swap(named, m_nextText);
    if (after == before)
        return; // e.g. a cell set to what it held
    m_current = after;
    Wording wording = named.isEmpty() ? wordingOf(edit, before, after) : Wording([named] { return named; });
    const bool cell = edit.kind == MappingModel::EditKind::Cell && named.isEmpty();
    m_stack->push(new MappingSnapshotCommand(this, before, after, std::move(wording), cell ? edit.row : -1,
                                             cell ? edit.column : -1, m_clock.elapsed()));
}

MappingHistory::Wording MappingHistory::wordingOf(const MappingModel::Edit& edit, const QList<MappingRule>& before,
                                                  const QList<MappingRule>& after) const
{
    using Kind = MappingModel::EditKind;
    const int count = edit.count;
    switch (edit.kind) {
    case Kind::Cell: {
        const MappingRule rule = after.value(edit.row);
        const int row = edit.row;
        const bool source = edit.column == MappingModel::SourceColumn;
        return [rule, row, source] {
            const QString from = sourceText(rule);
            const QString to = rule.destination.trimmed();
            if (!from.isEmpty() && !to.isEmpty())
                //: An undo step: %1 the source column or calculated field, %2 the schema field.
                return tr("Map %1 to %2").arg(from, to);
            if (source)
                return from.isEmpty() ? tr("Clear the source of rule %1").arg(row + 1)
                                      : tr("Set the source of rule %1 to %2").arg(row + 1).arg(from);
            return to.isEmpty() ? tr("Clear the field of rule %1").arg(row + 1)
                                : tr("Set the field of rule %1 to %2").arg(row + 1).arg(to);
        };
    }
    case Kind::AddRule: {
        const bool expression = after.value(edit.row).isExpression();
        return [expression] { return expression ? tr("Add a calculated field") : tr("Add a rule"); };
    }
    case Kind::AddRules: {
        if (count == 1) {
            const MappingRule rule = after.value(edit.row);
            const int row = edit.row;
            return [rule, row] {
                const QString from = sourceText(rule);
                const QString to = rule.destination.trimmed();
                return !from.isEmpty() && !to.isEmpty() ? tr("Map %1 to %2").arg(from, to)
                                                        : tr("Add the rule %1").arg(MappingIssues::ruleName(rule, row));
            };
        }
        return [count] { return tr("Add %1 rules").arg(count); };
    }
    case Kind::AutoMap:
        return [count] { return count == 1 ? tr("Auto-map (1 rule)") : tr("Auto-map (%1 rules)").arg(count); };
    case Kind::RemoveRows: {
        if (count == 1) {
            const MappingRule rule = before.value(edit.row);
            const int row = edit.row;
            return [rule, row] { return tr("Remove the rule %1").arg(MappingIssues::ruleName(rule, row)); };
        }
        return [count] { return tr("Remove %1 rules").arg(count); };
    }
    case Kind::SetRules:
        break;
    }
    if (after.isEmpty())
        return [] { return tr("Clear all rules"); };
    return [count] {
        return count == 1 ? tr("Replace the rules (1 rule)") : tr("Replace the rules (%1 rules)").arg(count);
    };
}

QString MappingHistory::importedFromFlowText(const QString& flowName, int count)
{
    //: An undo step: %1 how many rules, %2 the dataflow's name.
    return count == 1 ? tr("Take 1 rule from the dataflow \u201c%1\u201d").arg(flowName)
                      : tr("Take %1 rules from the dataflow \u201c%2\u201d").arg(count).arg(flowName);
}

QString MappingHistory::importedFromCsvText(const QString& fileName, int count)
{
    //: An undo step: %1 how many rules, %2 the CSV file's name.
    return count == 1 ? tr("Import 1 rule from %1").arg(fileName)
                      : tr("Import %1 rules from %2").arg(count).arg(fileName);
}

QString MappingHistory::acceptedSuggestionsText(int count)
{
    return count == 1 ? tr("Accept 1 suggestion") : tr("Accept %1 suggestions").arg(count);
}
