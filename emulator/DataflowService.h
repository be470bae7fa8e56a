// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiReply.h"
#include "ApiRequest.h"

#include <QJsonObject>

class EmulatorContext;
class Router;

/** Flow Service, second half: flow specs, dataflows (validated against the flow spec) and their runs. */
class DataflowService
{
public:
    explicit DataflowService(EmulatorContext& context);
    void addRoutes(Router& router);

private:
    ApiReply createFlow(const ApiRequest& request);
    /** Everything a flow must satisfy, on create and after a PATCH; status 0 when valid. */
    ApiReply validateFlow(const QString& sandbox, QJsonObject& flow) const;
    ApiReply action(const ApiRequest& request);
    ApiReply deleteFlow(const ApiRequest& request);
    ApiReply createRun(const ApiRequest& request);

    EmulatorContext& m_context;
};
