// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/PlatformConfig.h"

#include <QHostAddress>

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
        const QString host = url.host();
        const QHostAddress address(host);
        const bool loopback = host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
            || (!address.isNull() && address.isLoopback());
        if (!loopback)
            return tr("only https:// addresses are allowed, except on this computer (localhost).");
    }
    return {};
}
