// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Http.h"

#include <QNetworkAccessManager>

/** Http::Backend on one QNetworkAccessManager: timeouts, size caps, one-shot bodies, certificate issues. */
class HttpBackend final : public Http::Backend
{
public:
    std::unique_ptr<Http::Exchange> send(const Http::Request& request, Http::Done done) override;

private:
    QNetworkAccessManager m_network;
};
