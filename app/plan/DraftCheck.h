// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DataflowDraft.h"
#include "model/SchemaTree.h"
#include "platform/PlatformError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>

class PlatformClient;

/**
 * The online checks of a draft, read-only: the schedule against the flow spec the server returns, the
 * source columns and delta column against the table, the mapping destinations against the schema (the existing one,
 * or the class and field groups of the one to create), the type of each rule's column or calculated field against its
 * destination's (MappingTypeCheck, the Mapping page's rule; calculated fields also for their syntax and the table's
 * columns), an existing dataset exists and is built on the existing schema,
 * and, on an existing schema, Data Prep's own verdict on each rule (POST mappingSets/validate, which creates nothing).
 * Emits finished() once, asynchronously; does not delete itself.
 */
class DraftCheck : public QObject
{
    Q_OBJECT
public:
    DraftCheck(PlatformClient* client, const DataflowDraft& draft, QObject* parent = nullptr);

    /** "Now" of the start-time rule: -1 (default) this machine's clock, 0 no such rule (PlanRunner's own check). */
    void setNowSeconds(qint64 now) { m_nowSeconds = now; }
    /**
     * The table's columns as read already (the wizard's Table page), for the types when the table cannot be read here:
     * a draft whose account is still to create has no connection to explore yet. A table read here replaces them.
     */
    void setKnownColumns(const QJsonArray& columns) { m_knownColumns = columns; }
    void start();
    const QList<DraftProblem>& problems() const { return m_problems; }
    /** The server's CRMToAEP flow spec, once fetched. */
    const QJsonObject& flowSpec() const { return m_flowSpec; }

Q_SIGNALS:
    void finished(DraftCheck* check);

private:
    void checkSchemaParts();
    void checkDataset();
    void checkWithDataPrep();
    void settle();
    void unreachable(const QString& field, const PlatformError& error);

    PlatformClient* m_client;
    DataflowDraft m_draft;
    QList<DraftProblem> m_problems;
    QList<DraftProblem> m_dataPrepProblems; ///< kept only for rules no other check found wrong
    QJsonObject m_flowSpec;
    QJsonArray m_columns; ///< the table's, once read (else the known ones; else empty: column types not known)
    QJsonArray m_knownColumns;
    QMap<qsizetype, SchemaTree> m_schemaParts; ///< the class and field groups (or the schema), by position
    int m_pending = 0;
    qint64 m_nowSeconds = -1;
    bool m_schemaFailed = false;
};
