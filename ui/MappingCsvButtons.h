// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class MappingModel;
class QPushButton;

/**
 * Export and Import of the rules as CSV (Adobe's template columns, see MappingCsv). Export writes the rules as they
 * are; Import reads a file, shows what it would do in a window-modal CsvImportDialog, and replaces the rules through
 * the MappingModel only once the user accepts. The file dialogs are Qt's own (not the desktop's), window-modal.
 */
class MappingCsvButtons : public QWidget
{
    Q_OBJECT
public:
    explicit MappingCsvButtons(MappingModel* rules, QWidget* parent = nullptr);

    /** Writes the rules to @p path; false (and the reason in @p error) when the file cannot be written. */
    bool exportTo(const QString& path, QString* error = nullptr);
    /** Reads @p path and opens the preview; the rules change when it is accepted. */
    void importFrom(const QString& path);

Q_SIGNALS:
    /** A sentence for the page's banner; @p ok false for a failure. */
    void message(bool ok, const QString& text);
    /** The rules were replaced by @p count imported rules. */
    void imported(int count);

private:
    void chooseFile(bool save);

    MappingModel* m_rules;
    QPushButton* m_export;
    QPushButton* m_import;
};
