// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultInjector.h"

#include <QJsonObject>

namespace {

QString kindName(FaultInjector::Kind kind)
{
    switch (kind) {
    case FaultInjector::Kind::Status:
        return QStringLiteral("status");
    case FaultInjector::Kind::Drop:
        return QStringLiteral("drop");
    case FaultInjector::Kind::Delay:
        return QStringLiteral("delay");
    case FaultInjector::Kind::Malformed:
        return QStringLiteral("malformed");
    case FaultInjector::Kind::ExpireToken:
        return QStringLiteral("expire-token");
    case FaultInjector::Kind::Lost:
        return QStringLiteral("lost");
    }
    return {};
}

} // namespace

bool FaultInjector::parse(const QString& spec, Fault* fault, QString* error)
{
    const auto fail = [error](const QString& why) {
        if (error) {
            *error = why;
        }
        return false;
    };
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    if (eq <= 0) {
        return fail(QStringLiteral("fault spec needs PATH=ACTION"));
    }
    QString target = spec.left(eq).trimmed();
    QString rest = spec.mid(eq + 1);
    fault->spec = spec;
    fault->method = QStringLiteral("*");
    const qsizetype colon = target.indexOf(QLatin1Char(':'));
    if (colon > 0 && !target.left(colon).contains(QLatin1Char('/'))) {
        fault->method = target.left(colon).toUpper();
        target = target.mid(colon + 1);
    }
    if (!target.startsWith(QLatin1Char('/')) && target != QLatin1String("*")) {
        return fail(QStringLiteral("fault path must start with / or be *"));
    }
    // body= takes the rest of the spec so that a body may contain commas.
    const qsizetype bodyAt = rest.indexOf(QLatin1String(",body="));
    if (bodyAt >= 0) {
        fault->body = rest.mid(bodyAt + 6).toUtf8();
        rest = rest.left(bodyAt);
    }
    QString pattern = QRegularExpression::escape(target);
    pattern.replace(QLatin1String("\\*"), QLatin1String(".*"));
    fault->path = QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'));
    const QStringList parts = rest.split(QLatin1Char(','));
    const QString action = parts.value(0).trimmed().toLower();
    bool numeric = false;
    const int status = action.toInt(&numeric);
    if (numeric && status >= 100 && status <= 599) {
        fault->kind = Kind::Status;
        fault->status = status;
    } else if (action == QLatin1String("drop")) {
        fault->kind = Kind::Drop;
    } else if (action == QLatin1String("delay")) {
        fault->kind = Kind::Delay;
        fault->delayMs = 30000;
    } else if (action == QLatin1String("lost")) {
        fault->kind = Kind::Lost;
    } else if (action == QLatin1String("malformed")) {
        fault->kind = Kind::Malformed;
    } else if (action == QLatin1String("expire-token")) {
        fault->kind = Kind::ExpireToken;
    } else {
        return fail(QStringLiteral("unknown fault action '%1'").arg(action));
    }
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString key = parts.at(i).section(QLatin1Char('='), 0, 0).trimmed().toLower();
        const QString value = parts.at(i).section(QLatin1Char('='), 1).trimmed();
        bool ok = true;
        if (key == QLatin1String("count")) {
            fault->remaining = value == QLatin1String("always") ? -1 : value.toInt(&ok);
            ok = ok && fault->remaining != 0;
        } else if (key == QLatin1String("retry-after")) {
            value.toInt(&ok);
            fault->headers.emplaceBack("Retry-After", value.toLatin1());
        } else if (key == QLatin1String("header")) {
            const qsizetype sep = value.indexOf(QLatin1Char(':'));
            ok = sep > 0;
            fault->headers.emplaceBack(value.left(sep).toLatin1(), value.mid(sep + 1).trimmed().toUtf8());
        } else if (key == QLatin1String("ms")) {
            fault->delayMs = value.toInt(&ok);
        } else if (key == QLatin1String("after")) {
            fault->after = value.toInt(&ok);
        } else {
            ok = false;
        }
        if (!ok) {
            return fail(QStringLiteral("bad fault option '%1'").arg(parts.at(i)));
        }
    }
    return true;
}

bool FaultInjector::add(const QString& spec, QString* error)
{
    Fault fault;
    if (!parse(spec, &fault, error)) {
        return false;
    }
    m_faults.append(fault);
    return true;
}

bool FaultInjector::take(const QString& method, const QString& path, Fault* fault)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault& candidate = m_faults[i];
        if ((candidate.method != QLatin1String("*") && candidate.method != method)
            || !candidate.path.match(path).hasMatch()) {
            continue;
        }
        *fault = candidate;
        if (candidate.remaining > 0 && --candidate.remaining == 0) {
            m_faults.removeAt(i);
        }
        return true;
    }
    return false;
}

QJsonArray FaultInjector::describe() const
{
    QJsonArray list;
    for (const Fault& fault : m_faults) {
        list.append(QJsonObject{{QStringLiteral("spec"), fault.spec},
                                {QStringLiteral("kind"), kindName(fault.kind)},
                                {QStringLiteral("remaining"), fault.remaining}});
    }
    return list;
}
