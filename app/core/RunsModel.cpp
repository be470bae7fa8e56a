// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/RunsModel.h"

#include "core/RunErrorText.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace {

/** A run's time in the table: local time, and the UTC under it (beside it, the table would no longer fit an
 * 820-pixel window in French). */
QString localTime(std::optional<qint64> ms)
{
    if (!ms)
        return {};
    return RunsModel::timeWithUtc(QDateTime::fromMSecsSinceEpoch(*ms).toLocalTime(), QLocale(),
                                  RunsModel::TimeLayout::TwoLines);
}

QString utcTime(std::optional<qint64> ms)
{
    if (!ms)
        return {};
    return QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QVariant count(std::optional<qint64> value)
{
    return value ? QVariant(QLocale().toString(*value)) : QVariant(QString());
}

/** Newest first; a run that has not started yet is the newest of all. */
bool newerFirst(const RunInfo& a, const RunInfo& b)
{
    const qint64 aStart = a.startedAtMs.value_or(std::numeric_limits<qint64>::max());
    const qint64 bStart = b.startedAtMs.value_or(std::numeric_limits<qint64>::max());
    if (aStart != bStart)
        return aStart > bStart;
    return a.id < b.id;
}

} // namespace

void RunsModel::setRuns(const QJsonArray& runs)
{
    QList<RunInfo> infos;
    infos.reserve(runs.size());
    for (const QJsonValue& run : runs)
        infos << RunInfo::fromJson(run.toObject());
    setRuns(std::move(infos));
}

void RunsModel::setRuns(QList<RunInfo> runs)
{
    // One row per id (a run listed on two pages is shown once), newest first.
    QSet<QString> ids;
    QList<RunInfo> fresh;
    for (RunInfo& run : runs) {
        if (!ids.contains(run.id)) {
            ids.insert(run.id);
            fresh << std::move(run);
        }
    }
    std::stable_sort(fresh.begin(), fresh.end(), newerFirst);

    // Rows that are gone go first; if the survivors kept their order, the rest is updates and insertions.
    for (int row = int(m_runs.size()) - 1; row >= 0; --row) {
        if (!ids.contains(m_runs.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_runs.removeAt(row);
            endRemoveRows();
        }
    }
    QStringList kept;
    for (const RunInfo& run : std::as_const(fresh)) {
        if (std::any_of(m_runs.cbegin(), m_runs.cend(), [&](const RunInfo& old) { return old.id == run.id; }))
            kept << run.id;
    }
    QStringList current;
    for (const RunInfo& run : std::as_const(m_runs))
        current << run.id;
    if (kept != current) {
        beginResetModel();
        m_runs = fresh;
        endResetModel();
        return;
    }
    for (int row = 0; row < fresh.size(); ++row) {
        if (row < m_runs.size() && m_runs.at(row).id == fresh.at(row).id) {
            if (!(m_runs.at(row) == fresh.at(row))) {
                m_runs[row] = fresh.at(row);
                Q_EMIT dataChanged(index(row, 0), index(row, kColumnCount - 1));
            }
            continue;
        }
        beginInsertRows({}, row, row);
        m_runs.insert(row, fresh.at(row));
        endInsertRows();
    }
}

void RunsModel::clear()
{
    if (m_runs.isEmpty())
        return;
    beginResetModel();
    m_runs.clear();
    endResetModel();
}

int RunsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QString RunsModel::timeWithUtc(const QDateTime& moment, const QLocale& locale, TimeLayout layout)
{
    const QDateTime utc = moment.toUTC();
    const QString here = locale.toString(moment, QLocale::ShortFormat);
    const QString there = utc.date() == moment.date() ? locale.toString(utc.time(), QLocale::ShortFormat)
                                                      : locale.toString(utc, QLocale::ShortFormat);
    if (moment.offsetFromUtc() == 0) // the computer keeps UTC: once is enough
        return layout == TimeLayout::TwoLines ? tr("%1\nUTC").arg(here) : tr("%1 UTC").arg(here);
    if (layout == TimeLayout::TwoLines)
        return tr("%1\n%2 UTC").arg(here, there);
    return tr("%1 (%2 UTC)").arg(here, there);
}

QString RunsModel::statusText(const RunInfo& run)
{
    switch (run.status) {
    case RunInfo::Status::InProgress:
        return tr("In progress");
    case RunInfo::Status::Success:
        return tr("Succeeded");
    case RunInfo::Status::PartialSuccess:
        return tr("Succeeded with errors");
    case RunInfo::Status::Failed:
        return tr("Failed");
    case RunInfo::Status::Unknown:
        break;
    }
    return run.rawStatus.isEmpty() ? tr("Unknown") : run.rawStatus;
}

QVariant RunsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunInfo& run = m_runs.at(index.row());
    switch (role) {
    case StatusRole:
        return int(run.status);
    case RunIdRole:
        return run.id;
    case ValueRole:
        switch (index.column()) {
        case StartColumn:
            return run.startedAtMs ? QVariant(*run.startedAtMs) : QVariant();
        case EndColumn:
            return run.completedAtMs ? QVariant(*run.completedAtMs) : QVariant();
        case ReadColumn:
            return run.recordsRead ? QVariant(*run.recordsRead) : QVariant();
        case WrittenColumn:
            return run.recordsWritten ? QVariant(*run.recordsWritten) : QVariant();
        case FailedColumn:
            return run.recordsFailed ? QVariant(*run.recordsFailed) : QVariant();
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            return statusText(run);
        case StartColumn:
            return localTime(run.startedAtMs);
        case EndColumn:
            return localTime(run.completedAtMs);
        case ReadColumn:
            return count(run.recordsRead);
        case WrittenColumn:
            return count(run.recordsWritten);
        case FailedColumn:
            return count(run.recordsFailed);
        case ErrorsColumn:
            return RunErrorText::summary(run.errors);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StatusColumn:
            return tr("Run %1").arg(run.id);
        case StartColumn:
            return run.startedAtMs ? tr("%1 UTC").arg(utcTime(run.startedAtMs)) : QVariant();
        case EndColumn:
            return run.completedAtMs ? tr("%1 UTC").arg(utcTime(run.completedAtMs)) : QVariant();
        case ErrorsColumn:
            return run.errors.isEmpty()
                ? QVariant()
                : QVariant(tr("%1\nDouble-click the run, or select it and click Show errors, to read every error.")
                               .arg(RunErrorText::summary(run.errors)));
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == ReadColumn || index.column() == WrittenColumn || index.column() == FailedColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant RunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == StartColumn)
        return tr("Newest run first, as in the chart.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case StartColumn:
        return tr("Started");
    case EndColumn:
        return tr("Ended");
    case ReadColumn:
        return tr("Records read");
    case WrittenColumn:
        return tr("Records written");
    case FailedColumn:
        return tr("Records failed");
    case ErrorsColumn:
        return tr("Errors");
    default:
        return {};
    }
}
