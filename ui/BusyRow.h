// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

/**
 * "Doing this…" with a Stop button above an indeterminate progress bar, shown while a page waits for the
 * Platform. Its parts keep the object names tests look for: busyLabel, stopButton, busyIndicator.
 */
class BusyRow : public QWidget
{
    Q_OBJECT
public:
    explicit BusyRow(QWidget* parent = nullptr);
    /** Shows the row with @p text, or hides it. */
    void setBusy(bool busy, const QString& text = {});

Q_SIGNALS:
    void stopRequested();

private:
    QLabel* m_label;
    QPushButton* m_stop;
    QProgressBar* m_bar;
};
