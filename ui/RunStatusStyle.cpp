// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunStatusStyle.h"

#include <QIcon>
#include <QStyle>

RunStatusStyle::RunStatusStyle(QStyle* style, RunsModel* runs, QObject* parent)
    : QIdentityProxyModel(parent), m_runs(runs)
{
    setSourceModel(runs);
    const auto make = [this, style](RunTone tone, QStyle::StandardPixmap pixmap) {
        m_icons.at(std::size_t(tone)) = style->standardIcon(pixmap);
    };
    make(RunTone::Good, QStyle::SP_DialogApplyButton);
    make(RunTone::Warning, QStyle::SP_MessageBoxWarning);
    make(RunTone::Bad, QStyle::SP_MessageBoxCritical);
    make(RunTone::Busy, QStyle::SP_BrowserReload);
    make(RunTone::Unknown, QStyle::SP_MessageBoxQuestion); // RunTone::Neutral: no icon
}

QColor RunStatusStyle::colour(RunTone tone)
{
    switch (tone) {
    case RunTone::Good:
        return QColor(0x26, 0x7f, 0x00);
    case RunTone::Warning:
        return QColor(0x9c, 0x65, 0x00);
    case RunTone::Bad:
        return QColor(0xc0, 0x1c, 0x28);
    case RunTone::Neutral:
    case RunTone::Busy:
    case RunTone::Unknown:
        break;
    }
    return {};
}

QIcon RunStatusStyle::icon(RunTone tone) const
{
    return m_icons.at(std::size_t(tone));
}

QVariant RunStatusStyle::data(const QModelIndex& index, int role) const
{
    if (index.isValid() && (role == Qt::DecorationRole || role == Qt::ForegroundRole)) {
        const RunInfo& run = m_runs->run(mapToSource(index).row());
        if (index.column() == RunsModel::StatusColumn) {
            const RunTone tone = RunsChart::toneOf(run.status);
            const QColor color = colour(tone);
            if (role == Qt::ForegroundRole)
                return color.isValid() ? QVariant(color) : QVariant();
            return icon(tone);
        }
        if (index.column() == RunsModel::ErrorsColumn && role == Qt::ForegroundRole) {
            const QColor color = colour(RunsChart::errorsTone(run));
            if (color.isValid())
                return color;
        }
    }
    return QIdentityProxyModel::data(index, role);
}

QVariant RunStatusStyle::headerData(int section, Qt::Orientation orientation, int role) const
{
    QString title = QIdentityProxyModel::headerData(section, orientation, role).toString();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || !title.contains(QLatin1Char(' ')))
        return QIdentityProxyModel::headerData(section, orientation, role);
    // Break at the space nearest the middle: "Records / written", "Enregistrements / ingérés".
    qsizetype best = -1;
    for (qsizetype i = title.indexOf(QLatin1Char(' ')); i >= 0; i = title.indexOf(QLatin1Char(' '), i + 1)) {
        if (best < 0 || qAbs(i - title.size() / 2) < qAbs(best - title.size() / 2))
            best = i;
    }
    title[best] = QLatin1Char('\n');
    return title;
}
