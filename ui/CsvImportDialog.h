// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/MappingCsv.h"

#include <QDialog>

class QDialogButtonBox;
class QListWidget;

/**
 * What importing a CSV file of rules would do, before anything changes: the rules read (with their lines), the
 * lines left out and why, and that the import replaces the current rules. Import is enabled when a rule was read.
 */
class CsvImportDialog : public QDialog
{
    Q_OBJECT
public:
    CsvImportDialog(const MappingCsv::Import& import, const QString& fileName, int currentRules,
                    QWidget* parent = nullptr);

    const MappingCsv::Import& import() const { return m_import; }
    QListWidget* ruleList() const { return m_rules; }
    QListWidget* problemList() const { return m_problems; }

private:
    MappingCsv::Import m_import;
    QListWidget* m_rules;
    QListWidget* m_problems;
};
