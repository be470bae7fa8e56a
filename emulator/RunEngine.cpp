// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunEngine.h"

#include "DataPrepService.h"
#include "DateTimeText.h"
#include "DemoData.h"
#include "EmulatorContext.h"
#include "MappingPlan.h"
#include "SchemaRegistryService.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

namespace {

constexpr int kMaxRunsPerAdvance = 24;
constexpr int kMaxSampleErrors = 10;

qint64 intervalMs(const QString& frequency, qint64 interval)
{
    const qint64 unit = frequency == QLatin1String("minute") ? 60000
        : frequency == QLatin1String("hour")                 ? 3600000
        : frequency == QLatin1String("day")                  ? 86400000
                                                             : 7 * 86400000LL;
    return unit * qMax<qint64>(1, interval);
}

QString batchId()
{
    // ULID-shaped (26 Crockford base-32 characters), like newer Catalog batch ids.
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString id(26, Qt::Uninitialized);
    for (int i = 0; i < 26; ++i) {
        id[i] = QLatin1Char(alphabet[QRandomGenerator::global()->bounded(32)]);
    }
    return id;
}

QJsonObject transformation(const QJsonObject& flow, const QString& name)
{
    for (const QJsonValue& item : flow.value(QStringLiteral("transformations")).toArray()) {
        if (item[QStringLiteral("name")].toString() == name) {
            return item[QStringLiteral("params")].toObject();
        }
    }
    return {};
}

} // namespace

RunEngine::RunEngine(EmulatorContext& context) : m_context(context) { }

RunEngine::~RunEngine() = default;

void RunEngine::advance()
{
    const qint64 now = m_context.nowMs();
    int budget = kMaxRunsPerAdvance;
    for (const QString& id : m_context.flows.ids()) {
        QString sandbox;
        const QJsonObject* stored = m_context.flows.findAny(id, &sandbox);
        if (!stored || stored->value(QStringLiteral("state")).toString() != QLatin1String("enabled")) {
            continue;
        }
        const QJsonObject schedule = stored->value(QStringLiteral("scheduleParams")).toObject();
        const QString frequency = schedule.value(QStringLiteral("frequency")).toString();
        auto it = m_schedules.find(id);
        if (it == m_schedules.end()) {
            Schedule fresh;
            const qint64 startMs = schedule.value(QStringLiteral("startTime")).toInteger() * 1000;
            fresh.nextMs = startMs;
            // A backfill reads all history on the first run; otherwise only what changed since startTime.
            fresh.windowStartMs = schedule.value(QStringLiteral("backfill")).toBool(true) ? 0 : startMs;
            // A flow created after its start time does not replay the slots that passed before it existed (nine
            // hourly runs at once for a flow created nine hours late): its first run is for the latest of them,
            // at once, and reads everything since the start; then the schedule goes on from there.
            const qint64 createdMs = stored->value(QStringLiteral("createdAt")).toInteger();
            if (frequency != QLatin1String("once") && createdMs > startMs) {
                const qint64 step = intervalMs(frequency, schedule.value(QStringLiteral("interval")).toInteger());
                fresh.nextMs = startMs + (createdMs - startMs) / step * step;
            }
            it = m_schedules.insert(id, fresh);
        }
        while (!it->done && it->nextMs <= now && budget-- > 0) {
            const QJsonObject flow = *stored;
            run(sandbox, flow, it->windowStartMs, it->nextMs);
            it = m_schedules.find(id);
            it->windowStartMs = it->nextMs;
            if (frequency == QLatin1String("once")) {
                it->done = true;
            } else {
                it->nextMs += intervalMs(frequency, schedule.value(QStringLiteral("interval")).toInteger());
            }
            stored = m_context.flows.findAny(id);
            if (!stored) {
                break;
            }
        }
    }
}

const std::vector<qint64>& RunEngine::deltaTimes(const QString& key, const std::vector<QList<QJsonValue>>& rows,
                                                 int column)
{
    auto it = m_deltaCache.find(key);
    if (it != m_deltaCache.end()) {
        return *it;
    }
    std::vector<qint64> times;
    times.reserve(rows.size());
    for (const auto& row : rows) {
        qint64 ms = -1;
        if (column < 0 || !DateTimeText::parseAnyUtcMs(row.at(column).toString(), &ms)) {
            ms = -1;
        }
        times.push_back(ms);
    }
    return *m_deltaCache.insert(key, std::move(times));
}

QJsonObject RunEngine::run(const QString& sandbox, const QJsonObject& flow, qint64 windowStartMs, qint64 windowEndMs)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 startedAt = m_context.nowMs();
    const QString sourceId = flow.value(QStringLiteral("sourceConnectionIds")).toArray().at(0).toString();
    const QString targetId = flow.value(QStringLiteral("targetConnectionIds")).toArray().at(0).toString();
    const QJsonObject* source = m_context.sourceConnections.find(sandbox, sourceId);
    const QJsonObject* target = m_context.targetConnections.find(sandbox, targetId);
    const QString dataSetId
        = target ? (*target)[QStringLiteral("params")][QStringLiteral("dataSetId")].toString() : QString();
    QJsonObject* dataSet = m_context.dataSets.find(sandbox, dataSetId);
    const QJsonObject* schema = dataSet
        ? SchemaRegistryService::findSchema(m_context, sandbox,
                                            (*dataSet)[QStringLiteral("schemaRef")][QStringLiteral("id")].toString())
        : nullptr;
    const QJsonObject mappingParams = transformation(flow, QStringLiteral("Mapping"));
    const QJsonValue versionValue = mappingParams.value(QStringLiteral("mappingVersion"));
    const QJsonObject mappingSet
        = DataPrepService::mappingSet(m_context, sandbox, mappingParams.value(QStringLiteral("mappingId")).toString(),
                                      versionValue.isString() ? versionValue.toString().toInt() : versionValue.toInt());
    const QString deltaName
        = transformation(flow, QStringLiteral("Copy"))[QStringLiteral("deltaColumn")][QStringLiteral("name")]
              .toString();
    const QString specId
        = source ? (*source)[QStringLiteral("connectionSpec")][QStringLiteral("id")].toString() : QString();
    const QString path = source ? (*source)[QStringLiteral("params")][QStringLiteral("path")].toString(
                             (*source)[QStringLiteral("params")][QStringLiteral("tableName")].toString())
                                : QString();
    const DemoData::Table* table = m_context.demo->table(specId, path);

    QJsonArray runErrors;
    QJsonArray sampleErrors;
    int input = 0;
    int failed = 0;
    auto plan = std::make_shared<MappingPlan>();
    Batch batch;
    if (!table || !schema || mappingSet.isEmpty()) {
        runErrors.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("CONNECTOR-2001-500")},
                                     {QStringLiteral("message"),
                                      QStringLiteral("The source, dataset, schema or mapping of "
                                                     "this flow no longer exists.")}});
    } else {
        QStringList problems;
        plan->compile(mappingSet.value(QStringLiteral("mappings")).toArray(),
                      SchemaRegistryService::schemaLeaves(m_context, *schema), &problems);
        QStringList columns;
        for (const DemoData::Column& column : table->columns) {
            columns.append(column.name);
        }
        plan->bind(columns);
        QStringList required;
        for (const QJsonObject& descriptor : m_context.descriptors.all(sandbox)) {
            if (descriptor.value(QStringLiteral("xdm:sourceSchema")) == schema->value(QStringLiteral("$id"))
                && descriptor.value(QStringLiteral("xdm:isPrimary")).toBool()) {
                required.append(descriptor.value(QStringLiteral("xdm:sourceProperty"))
                                    .toString()
                                    .mid(1)
                                    .replace(QLatin1Char('/'), QLatin1Char('.')));
            }
        }
        plan->setRequired(required);
        const std::vector<qint64>& times = deltaTimes(specId + path + deltaName + QString::number(table->rows.size()),
                                                      table->rows, table->columnIndex(deltaName));
        batch.records.reserve(table->rows.size());
        QList<QJsonValue> values;
        for (size_t i = 0; i < table->rows.size(); ++i) {
            if (times[i] < windowStartMs || times[i] >= windowEndMs) {
                continue;
            }
            ++input;
            QString error;
            if (plan->apply(table->rows[i], &values, &error)) {
                batch.records.push_back(std::move(values));
            } else {
                ++failed;
                if (sampleErrors.size() < kMaxSampleErrors) {
                    sampleErrors.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("MAPPER-3700-400")},
                                                    {QStringLiteral("row"), qint64(i)},
                                                    {QStringLiteral("message"), error}});
                }
            }
        }
    }
    const double threshold = flow[QStringLiteral("options")][QStringLiteral("partialIngestionPercent")].toDouble(0);
    const bool ok = runErrors.isEmpty() && (input == 0 || 100.0 * failed / input <= threshold);
    const int output = ok ? input - failed : 0;
    const QString status = ok ? QStringLiteral("success") : QStringLiteral("failed");
    if (!ok && runErrors.isEmpty()) {
        runErrors.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("CONNECTOR-2001-500")},
                                     {QStringLiteral("message"),
                                      QStringLiteral("%1 of %2 records failed, above the %3% partial "
                                                     "ingestion threshold.")
                                          .arg(failed)
                                          .arg(input)
                                          .arg(threshold)}});
    }
    const qint64 completedAt = startedAt + qMax<qint64>(1, timer.elapsed());
    const QString batch_id = batchId();
    if (dataSet) {
        QJsonObject catalogBatch{
            {QStringLiteral("id"), batch_id},
            {QStringLiteral("imsOrg"), m_context.options.imsOrg},
            {QStringLiteral("created"), startedAt},
            {QStringLiteral("updated"), completedAt},
            {QStringLiteral("started"), startedAt},
            {QStringLiteral("completed"), completedAt},
            {QStringLiteral("status"), status},
            {QStringLiteral("recordCount"), output},
            {QStringLiteral("failedRecordCount"), failed},
            {QStringLiteral("errors"), sampleErrors},
            {QStringLiteral("relatedObjects"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("dataSet")}, {QStringLiteral("id"), dataSetId}}}},
            {QStringLiteral("inputFormat"), QJsonObject{{QStringLiteral("format"), QStringLiteral("parquet")}}},
            {QStringLiteral("version"), QStringLiteral("1.0.0")},
            {QStringLiteral("tags"), QJsonObject()}};
        m_context.batches.insert(sandbox, batch_id, catalogBatch);
        dataSet->insert(QStringLiteral("lastBatchId"), batch_id);
        dataSet->insert(QStringLiteral("lastBatchStatus"), status);
        dataSet->insert(ok ? QStringLiteral("lastSuccessfulBatch") : QStringLiteral("lastFailedBatch"), batch_id);
        if (ok) {
            batch.plan = plan;
            m_batches.insert(batch_id, std::move(batch));
        }
    }
    const QJsonObject duration{{QStringLiteral("startedAtUTC"), startedAt},
                               {QStringLiteral("completedAtUTC"), completedAt}};
    const QJsonObject records{{QStringLiteral("inputRecordCount"), input},
                              {QStringLiteral("outputRecordCount"), output},
                              {QStringLiteral("failedRecordCount"), failed}};
    const QJsonObject runStatus{{QStringLiteral("status"), status},
                                {QStringLiteral("errors"), runErrors},
                                {QStringLiteral("activityRefs"), QJsonArray{QStringLiteral("promotionActivity")}}};
    const QString runId = EmulatorContext::uuid();
    const QString etag = EmulatorContext::etag();
    QJsonObject run{
        {QStringLiteral("id"), runId},
        {QStringLiteral("createdAt"), startedAt},
        {QStringLiteral("updatedAt"), completedAt},
        {QStringLiteral("createdBy"), QStringLiteral("scheduler@AdobeID")},
        {QStringLiteral("updatedBy"), QStringLiteral("scheduler@AdobeID")},
        {QStringLiteral("sandboxName"), sandbox},
        {QStringLiteral("flowId"), flow.value(QStringLiteral("id"))},
        {QStringLiteral("flowSpec"), flow.value(QStringLiteral("flowSpec"))},
        {QStringLiteral("providerRefId"), EmulatorContext::uuid()},
        {QStringLiteral("etag"), etag},
        {QStringLiteral("state"), status},
        {QStringLiteral("metrics"),
         QJsonObject{
             {QStringLiteral("durationSummary"), duration},
             {QStringLiteral("sizeSummary"),
              QJsonObject{{QStringLiteral("inputBytes"), input * 256}, {QStringLiteral("outputBytes"), output * 200}}},
             {QStringLiteral("recordSummary"), records},
             {QStringLiteral("fileSummary"),
              QJsonObject{{QStringLiteral("inputFileCount"), 1},
                          {QStringLiteral("outputFileCount"), ok ? 1 : 0},
                          {QStringLiteral("activityRefs"), QJsonArray{QStringLiteral("promotionActivity")}}}},
             {QStringLiteral("statusSummary"), runStatus}}},
        {QStringLiteral("activities"),
         QJsonArray{
             QJsonObject{{QStringLiteral("id"), QStringLiteral("copyActivity")},
                         {QStringLiteral("updatedAtUTC"), completedAt},
                         {QStringLiteral("durationSummary"),
                          QJsonObject{{QStringLiteral("startedAtUTC"), startedAt},
                                      {QStringLiteral("completedAtUTC"), completedAt},
                                      {QStringLiteral("extensions"),
                                       QJsonObject{{QStringLiteral("windowStart"), windowStartMs},
                                                   {QStringLiteral("windowEnd"), windowEndMs}}}}},
                         {QStringLiteral("recordSummary"), QJsonObject()},
                         {QStringLiteral("statusSummary"),
                          QJsonObject{{QStringLiteral("status"),
                                       runErrors.isEmpty() || input > 0 ? QStringLiteral("success") : status},
                                      {QStringLiteral("extensions"),
                                       QJsonObject{{QStringLiteral("type"), QStringLiteral("one-time")}}}}},
                         {QStringLiteral("sourceInfo"),
                          QJsonArray{QJsonObject{{QStringLiteral("id"), sourceId},
                                                 {QStringLiteral("type"), QStringLiteral("SourceConnection")}}}}},
             QJsonObject{
                 {QStringLiteral("id"), QStringLiteral("promotionActivity")},
                 {QStringLiteral("updatedAtUTC"), completedAt},
                 {QStringLiteral("durationSummary"), duration},
                 {QStringLiteral("recordSummary"), records},
                 {QStringLiteral("statusSummary"),
                  QJsonObject{{QStringLiteral("status"), status},
                              {QStringLiteral("errors"), runErrors},
                              {QStringLiteral("extensions"), QJsonObject{{QStringLiteral("errors"), sampleErrors}}}}},
                 {QStringLiteral("targetInfo"),
                  QJsonArray{QJsonObject{{QStringLiteral("id"), targetId},
                                         {QStringLiteral("type"), QStringLiteral("TargetConnection")},
                                         {QStringLiteral("reference"),
                                          QJsonObject{{QStringLiteral("type"), QStringLiteral("Batch")},
                                                      {QStringLiteral("ids"), QJsonArray{batch_id}}}}}}}}}}};
    m_context.runs.insert(sandbox, runId, run);
    if (QJsonObject* stored = m_context.flows.find(sandbox, flow.value(QStringLiteral("id")).toString())) {
        stored->insert(QStringLiteral("lastRunDetails"),
                       QJsonObject{{QStringLiteral("id"), runId},
                                   {QStringLiteral("state"), status},
                                   {QStringLiteral("startedAtUTC"), startedAt},
                                   {QStringLiteral("completedAtUTC"), completedAt}});
    }
    return run;
}

QJsonArray RunEngine::records(const QString& batchId) const
{
    QJsonArray list;
    const auto it = m_batches.constFind(batchId);
    if (it == m_batches.constEnd()) {
        return list;
    }
    for (const auto& values : it->records) {
        list.append(it->plan->nested(values));
    }
    return list;
}
