// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiReply.h"
#include "ApiRequest.h"

#include <QJsonObject>
#include <QList>

/** Flow Service list semantics: property filters, orderby, count=true, limit, continuationToken paging. */
class FlowListing
{
public:
    /** `resource` is the path after /flowservice (e.g. "/connections"), used in the next link. */
    static ApiReply respond(const ApiRequest& request, const QList<QJsonObject>& items, const QString& resource);
};
