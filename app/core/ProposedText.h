// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * A text the wizard proposes in a field the user may change (the new account's name, the dataflow's name), and the
 * rule for proposing it again: after a language switch, or when what it is made from changes, a field still holding
 * the last proposal, untouched, takes the new one; anything the user typed stays.
 */
class ProposedText
{
public:
    /** Remembers @p text as proposed and returns it, to show. */
    QString propose(const QString& text);
    /**
     * What the field holding @p current shows now that the proposal is @p proposal: the new proposal when @p current
     * is the last one proposed (or empty), else @p current.
     */
    QString follow(const QString& current, const QString& proposal);
    /** True when @p current is the last proposal, as proposed. */
    bool isUntouched(const QString& current) const;
    QString last() const { return m_last; }

private:
    QString m_last;
};
