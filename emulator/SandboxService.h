// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiReply.h"
#include "ApiRequest.h"

class EmulatorContext;
class Router;

/** Sandbox management: the two sandboxes every emulated org has (prod and dev). */
class SandboxService
{
public:
    explicit SandboxService(EmulatorContext& context);
    void addRoutes(Router& router);
    static bool exists(const QString& name);

private:
    ApiReply available(const ApiRequest& request) const;
    ApiReply one(const ApiRequest& request) const;

    EmulatorContext& m_context;
};
