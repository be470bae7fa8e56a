// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLineEdit;
class QListWidget;

namespace ListSearch {
/**
 * Makes @p edit the search field of @p list: @p label as placeholder and accessible name, a clear button, and the
 * rows whose text (or, with @p toolTips, tool tip) does not hold the search hidden.
 */
void attach(QLineEdit* edit, QListWidget* list, const QString& label, bool toolTips = false);
} // namespace ListSearch
