// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/PlatformConfig.h"

#include <array>
#include <optional>

namespace {

bool allDigits(QStringView text, int base)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        const bool hex
            = (c >= QLatin1Char('a') && c <= QLatin1Char('f')) || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
        if (!digit && !(base == 16 && hex))
            return false;
    }
    return true;
}

/**
 * An IPv4 address of one to four decimal parts, the last one filling the bytes left ("127.1" is 127.0.0.1). Octal and
 * hexadecimal parts are not taken (not an address: http is then refused, the safe side).
 */
std::optional<quint32> parseIpv4(QStringView text)
{
    const QList<QStringView> parts = text.split(QLatin1Char('.'));
    if (parts.size() > 4)
        return {};
    quint32 value = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        // A leading zero makes a part octal for inet_aton, browsers and QHostAddress ("0127" is 87): refused.
        if (!allDigits(parts[i], 10) || parts[i].size() > 10
            || (parts[i].size() > 1 && parts[i][0] == QLatin1Char('0')))
            return {};
        const qulonglong number = parts[i].toULongLong();
        const bool last = i == parts.size() - 1;
        const int bytes = last ? int(4 - i) : 1;
        if (number >> (8 * bytes))
            return {};
        value |= last ? quint32(number) : quint32(number) << (8 * (3 - i));
    }
    return value;
}

/** An IPv6 address (groups of hex digits, one "::", an IPv4 tail) as its 16 bytes. */
std::optional<std::array<quint8, 16>> parseIpv6(QStringView text)
{
    std::array<quint8, 16> bytes{};
    const qsizetype gap = text.indexOf(QLatin1String("::"));
    if (gap >= 0 && text.indexOf(QLatin1String("::"), gap + 1) >= 0)
        return {};
    // An IPv4 tail may only end the address: in the last group of its last side.
    const auto groups = [](QStringView side, bool endsAddress, QList<quint16>* out) {
        if (side.isEmpty())
            return true;
        const QList<QStringView> parts = side.split(QLatin1Char(':'));
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (endsAddress && i == parts.size() - 1 && parts[i].contains(QLatin1Char('.'))) {
                const QList<QStringView> quad = parts[i].split(QLatin1Char('.'));
                const std::optional<quint32> v4 = quad.size() == 4 ? parseIpv4(parts[i]) : std::nullopt;
                if (!v4)
                    return false;
                *out << quint16(*v4 >> 16) << quint16(*v4 & 0xffff);
                continue;
            }
            if (!allDigits(parts[i], 16) || parts[i].size() > 4)
                return false;
            *out << quint16(parts[i].toUInt(nullptr, 16));
        }
        return true;
    };
    QList<quint16> head;
    QList<quint16> tail;
    if (!groups(gap >= 0 ? text.left(gap) : text, gap < 0, &head)
        || (gap >= 0 && !groups(text.mid(gap + 2), true, &tail)))
        return {};
    const qsizetype count = head.size() + tail.size();
    if (gap >= 0 ? count > 7 : count != 8)
        return {};
    for (qsizetype i = 0; i < head.size(); ++i) {
        bytes[size_t(2 * i)] = quint8(head[i] >> 8);
        bytes[size_t(2 * i + 1)] = quint8(head[i] & 0xff);
    }
    for (qsizetype i = 0; i < tail.size(); ++i) {
        const size_t at = size_t(16 - 2 * (tail.size() - i));
        bytes[at] = quint8(tail[i] >> 8);
        bytes[at + 1] = quint8(tail[i] & 0xff);
    }
    return bytes;
}

} // namespace

bool PlatformConfig::isLoopbackHost(const QString& host)
{
    QStringView text(host);
    if (text.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')))
        text = text.mid(1, text.size() - 2);
    if (!text.contains(QLatin1Char(':'))) {
        const std::optional<quint32> v4 = parseIpv4(text);
        return v4 && (*v4 >> 24) == 127;
    }
    const qsizetype zone = text.indexOf(QLatin1Char('%'));
    if (zone >= 0)
        text = text.left(zone);
    const std::optional<std::array<quint8, 16>> v6 = parseIpv6(text);
    if (!v6)
        return false;
    const std::array<quint8, 16>& b = *v6;
    bool zeroHead = true;
    for (size_t i = 0; i < 10; ++i)
        zeroHead = zeroHead && b[i] == 0;
    if (!zeroHead)
        return false;
    if (b[10] == 0 && b[11] == 0 && b[12] == 0 && b[13] == 0 && b[14] == 0 && b[15] == 1)
        return true; // ::1
    return b[10] == 0xff && b[11] == 0xff && b[12] == 127; // ::ffff:127.x.y.z
}

QString PlatformConfig::checkBaseUrl(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("it is not a complete address (for example https://platform.adobe.io).");
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return tr("only https:// addresses are allowed.");
    if (!url.userInfo().isEmpty())
        return tr("the address must not contain a user name or password.");
    if (url.hasQuery() || url.hasFragment())
        return tr("the address must not contain \u201c?\u201d or \u201c#\u201d.");
    if (scheme == QLatin1String("http")) {
        if (!isLoopbackHost(url.host()))
            return tr("only https:// addresses are allowed, except on this computer (localhost).");
    }
    return {};
}
