// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/RunsChart.h"

#include <QColor>
#include <QIcon>
#include <QIdentityProxyModel>

#include <array>

class QStyle;

/** Colours and icons for the runs table: RunsModel has no GUI types; RunsChart's tones say which, this says how. */
class RunStatusStyle : public QIdentityProxyModel
{
    Q_OBJECT
public:
    RunStatusStyle(QStyle* style, RunsModel* runs, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role) const override;
    /** Column titles of several words on two lines, so that the columns fit the default window in every language. */
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QColor colour(RunTone tone); ///< invalid for tones drawn in the default colour
    QIcon icon(RunTone tone) const;

private:
    RunsModel* m_runs;
    /**
     * One icon a tone, made once: the style reads and decodes its image files at each standardIcon() call, and the
     * table asks for an icon per row each time it measures its columns (a profile of a page watching 500 runs had
     * that decoding at a quarter of all instructions).
     */
    std::array<QIcon, 6> m_icons;
};
