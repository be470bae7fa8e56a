// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmulatorContext.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

EmulatorContext::EmulatorContext(const EmulatorOptions& emulatorOptions)
    : options(emulatorOptions), m_startMs(QDateTime::currentMSecsSinceEpoch())
{
    m_elapsed.start();
}

qint64 EmulatorContext::nowMs() const
{
    return m_startMs + qint64(double(m_elapsed.elapsed()) * options.clock) + m_offsetMs;
}

QString EmulatorContext::uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString EmulatorContext::hex(int length)
{
    static const char digits[] = "0123456789abcdef";
    QString result(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i) {
        result[i] = QLatin1Char(digits[QRandomGenerator::global()->bounded(16)]);
    }
    return result;
}

QString EmulatorContext::etag()
{
    return QStringLiteral("\"%1-0000-0200-0000-%2\"").arg(hex(8), hex(12));
}
