// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/MappingPreview.h"

#include <QWidget>

#include <optional>

class InlineMessage;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

/**
 * The mapping preview: the sentence comparing the failing sample rows with the partial-ingestion threshold, the
 * sample rows (number, identity, OK or why they fail) and the selected row's XDM record as a tree (field, value,
 * type). The page feeds it (debounced) whenever the rules change; the panel decides nothing itself.
 */
class MappingPreviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MappingPreviewPanel(QWidget* parent = nullptr);

    /** Runs MappingPreview on @p input and shows it (again on a language change, so reasons are retranslated). */
    void setInput(const MappingPreview::Input& input);
    /** Shows a preview computed elsewhere. */
    void setPreview(const MappingPreview::Result& result);
    const MappingPreview::Result& preview() const { return m_result; }
    /** The sample row whose record the tree shows (-1: none). */
    int currentRow() const;
    void setCurrentRow(int row);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showRows();
    void showRecord();
    void addFields(QStandardItem* parent, const QJsonObject& object, const QString& prefix);

    std::optional<MappingPreview::Input> m_input;
    MappingPreview::Result m_result;
    InlineMessage* m_summary;
    QStandardItemModel* m_rowsModel;
    QTreeView* m_rowsView;
    QStandardItemModel* m_recordModel;
    QTreeView* m_recordView;
};
