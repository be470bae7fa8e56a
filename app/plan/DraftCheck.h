// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DataflowDraft.h"
#include "platform/PlatformError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>

class PlatformCall;
class PlatformClient;

/**
 * The online checks of a draft, read-only (GETs only): the schedule against the flow spec the server returns, the
 * source columns and delta column against the table, the mapping destinations against the schema (the existing one,
 * or the class and field groups of the one to create). Emits finished() once, asynchronously; does not delete itself.
 */
class DraftCheck : public QObject
{
    Q_OBJECT
public:
    DraftCheck(PlatformClient* client, const DataflowDraft& draft, QObject* parent = nullptr);

    void start();
    const QList<DraftProblem>& problems() const { return m_problems; }
    /** The server's CRMToAEP flow spec, once fetched. */
    const QJsonObject& flowSpec() const { return m_flowSpec; }

    /** "https://ns.adobe.com/xdm/context/profile" -> "_xdm.context.profile" (the Schema Registry's meta:altId). */
    static QString altIdOf(const QString& xdmId);

Q_SIGNALS:
    void finished(DraftCheck* check);

private:
    void expect(PlatformCall* call, const std::function<void(PlatformCall*)>& onDone);
    void checkSchemaParts();
    void unreachable(const QString& field, const PlatformError& error);

    PlatformClient* m_client;
    DataflowDraft m_draft;
    QList<DraftProblem> m_problems;
    QJsonObject m_flowSpec;
    QJsonObject m_mergedSchema;
    int m_pending = 0;
    bool m_schemaFailed = false;
};
