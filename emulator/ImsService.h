// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiReply.h"
#include "ApiRequest.h"

class EmulatorContext;

/** Adobe IMS OAuth server-to-server token endpoint: one accepted credential, OAuth2 error bodies. */
class ImsService
{
public:
    explicit ImsService(EmulatorContext& context);
    ApiReply token(const ApiRequest& request);
    /** Mints a token directly (tests and --demo use it to skip the form round trip). */
    QString mint(const QString& clientId);

private:
    EmulatorContext& m_context;
};
