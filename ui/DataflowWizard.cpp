// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataflowWizard.h"

DataflowWizard::DataflowWizard(QWidget* parent) : QWizard(parent)
{
    setWindowTitle(tr("Dataflow Wizard"));
}
