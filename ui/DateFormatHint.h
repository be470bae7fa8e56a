// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DateFormats.h"

#include <QWidget>

class QLabel;
class QPushButton;

/**
 * Under the delta column's date format: how many of the preview's values read with it ("0 of 100 sample values match
 * this format.") and a button for the format the values fit ("Use yyyy-MM-dd HH:mm:ss"). DateFormats decides.
 */
class DateFormatHint : public QWidget
{
    Q_OBJECT
public:
    explicit DateFormatHint(QWidget* parent = nullptr);

    /** Shows @p check; hides itself when it has nothing to say. */
    void showCheck(const DateFormats::Check& check);
    QPushButton* button() const { return m_use; }

Q_SIGNALS:
    /** The user took the format the values fit. */
    void chosen(const QString& format);

private:
    QLabel* m_note;
    QPushButton* m_use;
    QString m_suggestion;
};
