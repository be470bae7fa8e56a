// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ProposedText.h"

QString ProposedText::propose(const QString& text)
{
    m_last = text;
    return text;
}

QString ProposedText::follow(const QString& current, const QString& proposal)
{
    if (!current.trimmed().isEmpty() && !isUntouched(current))
        return current;
    return propose(proposal);
}

bool ProposedText::isUntouched(const QString& current) const
{
    return !m_last.isEmpty() && current.trimmed() == m_last.trimmed();
}
