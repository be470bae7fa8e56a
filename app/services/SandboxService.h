// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceJob.h"

#include <QList>
#include <QString>

class PlatformClient;

/** One sandbox of the organization, as the Sandbox Management API lists it. */
struct Sandbox
{
    QString name; ///< "prod", "dev": what the x-sandbox-name header carries
    QString title; ///< "Production", or empty
    QString state; ///< "active", "creating", "deleted"...
    bool isActive() const { return state == QLatin1String("active"); }
};

/** The Sandbox Management API: the sandboxes this credential may use. */
class SandboxService
{
public:
    explicit SandboxService(PlatformClient* client) : m_client(client) { }

    /** The sandboxes of the credential (one page of 100: an organization has far fewer). */
    TypedJob<QList<Sandbox>>* list(QObject* parent = nullptr) const;

    /** The request list() sends (no x-sandbox-name header: the list is organization-wide). */
    static PlatformRequest listRequest();
    /** Parses the list's answer; a body without "sandboxes" is a BadResponse. */
    static QList<Sandbox> parseList(const QJsonDocument& json, PlatformError* error);

private:
    PlatformClient* m_client;
};
