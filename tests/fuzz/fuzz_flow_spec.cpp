// SPDX-License-Identifier: GPL-3.0-or-later
// A flow spec as GET /flowSpecs returns it (one item), through what reads its JSON Schemas: FlowSpec's accessors
// and minimumInterval, JsonSchemaCheck (valijson) on its schedule, option and transformation schemas, and
// DraftValidator::checkAgainstFlowSpec, the check --validate and --apply run before the first write.
#include "model/DataflowDraft.h"
#include "model/DraftValidator.h"
#include "model/FlowSpec.h"
#include "model/JsonSchemaCheck.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>

namespace {

/** 2026-01-01T00:00:00Z: "now" of every check, so that a run does not depend on the day. */
constexpr qint64 kNow = 1767225600;

/** A draft as the wizard makes one: every part of the schedule and the options set. */
DataflowDraft scheduledDraft()
{
    DataflowDraft draft;
    draft.source.connectionSpecId = QString::fromLatin1(KnownIds::kHubSpotSpec);
    draft.source.path = QStringLiteral("Hubspot.Contacts");
    draft.dataflow.name = QStringLiteral("HubSpot contacts to Platform");
    draft.dataflow.deltaColumn = DeltaColumn{.name = QStringLiteral("Properties_Lastmodifieddate_Value"),
                                             .dateFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss"),
                                             .timezone = QStringLiteral("UTC")};
    draft.dataflow.schedule
        = Schedule{.frequency = QStringLiteral("minute"), .interval = 15, .startTime = kNow + 3600, .backfill = true};
    draft.dataflow.errorDiagnostics = true;
    draft.dataflow.partialIngestionPercent = 5;
    return draft;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    // The list answer ({"items": [spec]}) and a spec alone are both read.
    QJsonObject json = document.object();
    if (json.value(QLatin1String("items")).isArray())
        json = json.value(QLatin1String("items")).toArray().at(0).toObject();
    const FlowSpec spec(json);
    (void)spec.id();
    (void)spec.name();
    (void)spec.version();
    (void)spec.sourceConnectionSpecIds();
    (void)spec.targetConnectionSpecIds();

    static const DataflowDraft draft = scheduledDraft();
    for (const char* frequency : {"once", "minute", "hour", "day", "week"}) {
        (void)spec.minimumInterval(QLatin1String(frequency));
        Schedule schedule = draft.dataflow.schedule;
        schedule.frequency = QLatin1String(frequency);
        for (const DraftProblem& problem : DraftValidator::checkSchedule(schedule, spec, kNow))
            (void)problem.toString();
    }
    for (const DraftProblem& problem : DraftValidator::checkAgainstFlowSpec(draft, spec, kNow))
        (void)problem.toString();

    const QJsonObject mapping = spec.transformationSchema(QStringLiteral("Mapping"));
    const QJsonObject copy = spec.transformationSchema(QStringLiteral("Copy"));
    for (const QJsonObject& schema : {mapping, copy, spec.optionSchema()}) {
        if (schema.isEmpty())
            continue;
        (void)JsonSchemaCheck::describe(JsonSchemaCheck::validate(schema, draft.dataflow.schedule.toJson()));
        (void)JsonSchemaCheck::describe(
            JsonSchemaCheck::validate(schema, QJsonObject{{QStringLiteral("mappingId"), QStringLiteral("m1")}}));
    }
    return 0;
}
