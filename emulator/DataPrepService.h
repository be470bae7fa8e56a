// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiReply.h"
#include "ApiRequest.h"

#include <QJsonObject>

class EmulatorContext;
class Router;

/** Data Prep (conversion service): mapping sets in the legacy and current formats, validate and preview. */
class DataPrepService
{
public:
    explicit DataPrepService(EmulatorContext& context);
    void addRoutes(Router& router);

    /** The stored mapping set at `version` (-1 = latest), without internal history; empty when unknown. */
    static QJsonObject mappingSet(EmulatorContext& context, const QString& sandbox, const QString& id,
                                  int version = -1);

private:
    /** Turns either body format into the stored shape; status 0 and `out` filled when valid. */
    ApiReply normalise(const ApiRequest& request, QJsonObject* out, QJsonArray* validation) const;
    ApiReply create(const ApiRequest& request);
    ApiReply replace(const ApiRequest& request);
    ApiReply validate(const ApiRequest& request) const;
    ApiReply preview(const ApiRequest& request) const;
    ApiReply list(const ApiRequest& request) const;

    EmulatorContext& m_context;
};
