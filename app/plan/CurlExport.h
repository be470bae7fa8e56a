// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/DataflowPlan.h"

#include <QCoreApplication>
#include <QString>

/**
 * The plan as a bash script of curl calls (bash, curl and jq only): the same payloads as PlanRunner, each id read
 * from the previous response with jq, the token, API key, org, sandbox and Platform URL read from the environment.
 * No secret is ever written into the script.
 */
class CurlExport
{
    Q_DECLARE_TR_FUNCTIONS(CurlExport)
public:
    static QString script(const DataflowPlan& plan);
    /** "sourceConnectionId" -> "SOURCE_CONNECTION_ID". */
    static QString shellName(const QString& valueName);
    /** A word bash reads back as exactly @p text. */
    static QString shellQuote(const QString& text);
};
