// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizard>

/** The wizard's pages, in order; ids are stable because tests and saved state refer to them. */
enum class PageId : int {
    Credentials = 0,
    Source = 1,
    Schema = 2,
    Dataset = 3,
    Mapping = 4,
    Schedule = 5,
    Review = 6,
    Runs = 7,
};

/** The dataflow wizard: one page per step, from the credential to the created dataflow's runs. */
class DataflowWizard : public QWizard
{
    Q_OBJECT
public:
    explicit DataflowWizard(QWidget* parent = nullptr);
};
