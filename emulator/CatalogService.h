// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiReply.h"
#include "ApiRequest.h"

#include <QJsonObject>
#include <QList>

class EmulatorContext;
class Router;

/** Catalog: datasets (created against a tenant schema) and the batches runs write into them. */
class CatalogService
{
public:
    explicit CatalogService(EmulatorContext& context);
    void addRoutes(Router& router);

private:
    ApiReply createDataSet(const ApiRequest& request);
    /** Catalog lists are objects keyed by id, paged with start/limit (limit 1..100, default 20). */
    ApiReply keyedPage(const ApiRequest& request, QList<QJsonObject> items) const;

    EmulatorContext& m_context;
};
