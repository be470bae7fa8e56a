// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QEvent>

namespace ModelTexts {

/**
 * For a model's event(): on QEvent::LanguageChange (a model gets it from the widget that owns it) its views ask
 * again for every header and cell, which the model words in the language now installed (and QLocale's default).
 */
inline void refreshOnLanguageChange(QAbstractItemModel* model, const QEvent* event)
{
    if (event->type() != QEvent::LanguageChange)
        return;
    const int rows = model->rowCount();
    const int columns = model->columnCount();
    if (columns > 0)
        Q_EMIT model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rows > 0 && columns > 0)
        Q_EMIT model->dataChanged(model->index(0, 0), model->index(rows - 1, columns - 1));
}

} // namespace ModelTexts
