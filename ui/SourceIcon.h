// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

/** A neutral badge for a source (its initial on a colour of its own), instead of vendors' trademarked logos. */
namespace SourceIcon {
QIcon forName(const QString& name);
} // namespace SourceIcon
