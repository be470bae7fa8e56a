// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListSearch.h"

#include <QLineEdit>
#include <QListWidget>

void ListSearch::attach(QLineEdit* edit, QListWidget* list, const QString& label, bool toolTips)
{
    edit->setPlaceholderText(label);
    edit->setAccessibleName(label);
    edit->setClearButtonEnabled(true);
    QObject::connect(edit, &QLineEdit::textChanged, list, [list, toolTips](const QString& text) {
        const QString wanted = text.trimmed();
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem* item = list->item(i);
            item->setHidden(!item->text().contains(wanted, Qt::CaseInsensitive)
                            && !(toolTips && item->toolTip().contains(wanted, Qt::CaseInsensitive)));
        }
    });
}
