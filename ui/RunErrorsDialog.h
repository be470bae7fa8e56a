// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/RunsModel.h"

#include <QDialog>

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

private:
    QTableWidget* m_table;
    QToolButton* m_detailsButton;
    QPlainTextEdit* m_details;
};
