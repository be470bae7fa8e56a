// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/RunsModel.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTableWidget;
class QToolButton;

/** Every error of one run, readable: code, plain explanation and count; the Platform's own text under Details. */
class RunErrorsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RunErrorsDialog(const RunInfo& run, QWidget* parent = nullptr);

    enum Column { CodeColumn, TextColumn, CountColumn };

protected:
    void changeEvent(QEvent* event) override;

private:
    /** Every text built from the run: the title, the count of refused records, the rows (again after a switch). */
    void fill();

    RunInfo m_run;
    QLabel* m_refused;
    QTableWidget* m_table;
    QToolButton* m_detailsButton;
    QPlainTextEdit* m_details;
};
