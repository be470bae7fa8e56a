// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QString>

/** Faults chosen per method and path pattern, each for the next N matching requests (syntax in README.md). */
class FaultInjector
{
public:
    enum class Kind { Status, Drop, Delay, Malformed, ExpireToken, Lost };

    struct Fault
    {
        QString spec;
        QString method;
        QRegularExpression path;
        Kind kind = Kind::Status;
        int status = 500;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int delayMs = 0;
        int after = 0;
        int remaining = 1; // -1: until cleared
    };

    /** Parses METHOD:PATH=ACTION[,key=value...]; returns false and an English reason on a bad spec. */
    static bool parse(const QString& spec, Fault* fault, QString* error);
    bool add(const QString& spec, QString* error);
    void clear() { m_faults.clear(); }
    /** The first armed fault matching the request, consumed once; nullopt-like empty kind when none. */
    bool take(const QString& method, const QString& path, Fault* fault);
    QJsonArray describe() const;

private:
    QList<Fault> m_faults;
};
