// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ModelTexts.h"
#include "services/FlowsService.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

/** A run as the wizard shows it: the Flow Service's typed run (services/FlowsService.h). */
using RunInfo = Run;

/**
 * The runs of one dataflow, newest first: status, start and end, record counts and errors. Refreshing with the
 * Platform's latest list updates rows in place (no reset), so the view keeps its selection and scroll position.
 */
class RunsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StatusColumn, StartColumn, EndColumn, ReadColumn, WrittenColumn, FailedColumn, ErrorsColumn };
    Q_ENUM(Column)
    static constexpr int kColumnCount = ErrorsColumn + 1;
    /** RunInfo::Status as an int, for the view's colours and icons (this library has no GUI types). */
    static constexpr int StatusRole = Qt::UserRole + 1;
    static constexpr int RunIdRole = Qt::UserRole + 2;
    /** Epoch milliseconds of the start or end, or the record count, as a number (for sorting and tests). */
    static constexpr int ValueRole = Qt::UserRole + 3;

    using QAbstractTableModel::QAbstractTableModel;

    /** Replaces the list with @p runs (items of GET /runs, any order); rows with the same id are updated in place. */
    void setRuns(const QJsonArray& runs);
    void setRuns(QList<RunInfo> runs);
    void clear();

    const QList<RunInfo>& runs() const { return m_runs; }
    const RunInfo& run(int row) const { return m_runs.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /** On QEvent::LanguageChange: every header and cell again, in the language installed now. */
    bool event(QEvent* event) override
    {
        ModelTexts::refreshOnLanguageChange(this, event);
        return QAbstractTableModel::event(event);
    }

    /** The status in words ("Succeeded", "Failed"...). */
    static QString statusText(const RunInfo& run);
    /**
     * A moment of a run as the table shows it: the time in @p moment's own zone (the computer's, for the table) in
     * @p locale's words, and the Platform's UTC beside it: "05/08/2020 21:34 (19:34 UTC)"; the UTC date is said too
     * when it is another day than the local one. With TwoLines (the table's cells, which must fit an 820-pixel
     * window in French) the UTC goes under the local time: "05/08/2020 21:34\n19:34 UTC".
     */
    enum class TimeLayout { OneLine, TwoLines };
    static QString timeWithUtc(const QDateTime& moment, const QLocale& locale, TimeLayout layout = TimeLayout::OneLine);

private:
    QList<RunInfo> m_runs;
};
