// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceIcon.h"

#include <QPainter>
#include <QPixmap>

namespace SourceIcon {

QIcon forName(const QString& name)
{
    static const QColor palette[] = {QColor(0xff, 0x7a, 0x59), QColor(0x1a, 0x5f, 0xb4), QColor(0xc6, 0x46, 0x00),
                                     QColor(0x26, 0xa2, 0x69), QColor(0x61, 0x35, 0x83), QColor(0x98, 0x6a, 0x44)};
    const QColor colour = palette[qHash(name, 0) % (sizeof(palette) / sizeof(palette[0]))];
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(colour);
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(QRectF(2, 2, 60, 60), 12, 12);
    QFont font = painter.font();
    font.setPixelSize(34);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, 64, 64), Qt::AlignCenter, name.left(1).toUpper());
    return QIcon(pixmap);
}

} // namespace SourceIcon
