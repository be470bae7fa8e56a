// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/RunsModel.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace {

std::optional<qint64> number(const QJsonObject& object, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isDouble())
        return qint64(value.toDouble());
    // Values come back in the type they were sent; a string of digits still counts.
    bool ok = false;
    const qint64 parsed = value.toString().toLongLong(&ok);
    return ok ? std::optional<qint64>(parsed) : std::nullopt;
}

void collectErrors(const QJsonArray& errors, QList<RunError>& into)
{
    for (const QJsonValue& value : errors) {
        const QJsonObject object = value.toObject();
        RunError error{object.value(QLatin1String("code")).toString(),
                       object.value(QLatin1String("message")).toString(), number(object, "recordCount")};
        if (error.code.isEmpty() && error.message.isEmpty())
            continue;
        const bool seen = std::any_of(into.cbegin(), into.cend(), [&](const RunError& other) {
            return other.code == error.code && other.message == error.message;
        });
        if (!seen)
            into << error;
    }
}

QString localTime(std::optional<qint64> ms)
{
    if (!ms)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(*ms).toLocalTime(), QLocale::ShortFormat);
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

RunInfo::Status RunInfo::parseStatus(const QString& status)
{
    QString word = status.toLower();
    word.remove(QLatin1Char('_'));
    word.remove(QLatin1Char('-'));
    if (word == QLatin1String("success") || word == QLatin1String("succeeded") || word == QLatin1String("completed"))
        return Status::Success;
    if (word == QLatin1String("partialsuccess"))
        return Status::PartialSuccess;
    if (word == QLatin1String("failed") || word == QLatin1String("failure") || word == QLatin1String("partialfailure"))
        return Status::Failed;
    if (word == QLatin1String("inprogress") || word == QLatin1String("running") || word == QLatin1String("queued")
        || word == QLatin1String("scheduled") || word == QLatin1String("pending"))
        return Status::InProgress;
    return Status::Unknown;
}

RunInfo RunInfo::fromJson(const QJsonObject& run)
{
    RunInfo info;
    info.id = run.value(QLatin1String("id")).toString();
    const QJsonObject metrics = run.value(QLatin1String("metrics")).toObject();
    const QJsonObject statusSummary = metrics.value(QLatin1String("statusSummary")).toObject();
    // The run-level status is authoritative; "state" is what the Platform filters on and may be all there is.
    info.rawStatus = statusSummary.value(QLatin1String("status")).toString();
    if (info.rawStatus.isEmpty())
        info.rawStatus = run.value(QLatin1String("state")).toString();
    info.status = parseStatus(info.rawStatus);
    const QJsonObject duration = metrics.value(QLatin1String("durationSummary")).toObject();
    info.startedAtMs = number(duration, "startedAtUTC");
    info.completedAtMs = number(duration, "completedAtUTC");
    const QJsonObject records = metrics.value(QLatin1String("recordSummary")).toObject();
    info.recordsRead = number(records, "inputRecordCount");
    info.recordsWritten = number(records, "outputRecordCount");
    info.recordsFailed = number(records, "failedRecordCount");
    collectErrors(statusSummary.value(QLatin1String("errors")).toArray(), info.errors);
    // The OpenAPI file spells the array "activites"; the documented payload says "activities". Read both.
    QJsonArray activities = run.value(QLatin1String("activities")).toArray();
    for (const QJsonValue& activity : run.value(QLatin1String("activites")).toArray())
        activities.append(activity);
    for (const QJsonValue& activity : std::as_const(activities)) {
        const QJsonObject status = activity.toObject().value(QLatin1String("statusSummary")).toObject();
        collectErrors(status.value(QLatin1String("errors")).toArray(), info.errors);
        collectErrors(status.value(QLatin1String("extensions")).toObject().value(QLatin1String("errors")).toArray(),
                      info.errors);
    }
    return info;
}

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

QString RunsModel::errorsText(const RunInfo& run, const QString& separator)
{
    QStringList lines;
    for (const RunError& error : run.errors) {
        if (error.code.isEmpty())
            lines << error.message;
        else if (error.message.isEmpty())
            lines << error.code;
        else
            lines << tr("%1: %2").arg(error.code, error.message);
    }
    return lines.join(separator);
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
            return errorsText(run, QStringLiteral("; "));
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
            return run.errors.isEmpty() ? QVariant() : QVariant(errorsText(run, QStringLiteral("\n")));
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
