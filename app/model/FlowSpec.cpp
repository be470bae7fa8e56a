// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/FlowSpec.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

// The offline copy, used only until the live spec is read (services/FlowsService.h, flowSpec()): the Flow Service's
// answer to GET /flowSpecs?property=name=="CRMToAEP" as Adobe's tutorial on creating a CRM dataflow with the Flow
// Service API documents it, items[0] of that answer. Whenever the Platform is reachable its own
// copy is preferred (ScheduleDefaults::rulesSpec, DraftCheck, PlanRunner).
constexpr char kCrmToAep[] = R"json(
{
  "id": "14518937-270c-4525-bdec-c2ba7cce3860",
  "name": "CRMToAEP",
  "providerId": "0ed90a81-07f4-4586-8190-b40eccef1c5a",
  "version": "1.0",
  "attributes": {"isSourceFlow": true, "flacValidationSupported": true, "frequency": "batch",
                 "notification": {"category": "sources", "flowRun": {"enabled": true}}},
  "sourceConnectionSpecIds": [
    "3416976c-a9ca-4bba-901a-1f08f66978ff", "38ad80fe-8b06-4938-94f4-d4ee80266b07", "d771e9c1-4f26-40dc-8617-ce58c4b53702",
    "3c9b37f8-13a6-43d8-bad3-b863b941fedd", "cc6a4487-9e91-433e-a3a3-9cf6626c1806", "3000eb99-cd47-43f3-827c-43caf170f015",
    "26d738e0-8963-47ea-aadf-c60de735468a", "74a1c565-4e59-48d7-9d67-7c03b8a13137", "cfc0fee1-7dc0-40ef-b73e-d8b134c436f5",
    "4f63aa36-bd48-4e33-bb83-49fbcd11c708", "cb66ab34-8619-49cb-96d1-39b37ede86ea", "eb13cb25-47ab-407f-ba89-c0125281c563",
    "1f372ff9-38a4-4492-96f5-b9a4e4bd00ec", "37b6bf40-d318-4655-90be-5cd6f65d334b", "a49bcc7d-8038-43af-b1e4-5a7a089a7d79",
    "221c7626-58f6-4eec-8ee2-042b0226f03b", "a8b6a1a4-5735-42b4-952c-85dce0ac38b5", "6a8d82bc-1caf-45d1-908d-cadabc9d63a6",
    "aac9bbd4-6c01-46ce-b47e-51c6f0f6db3f", "8e6b41a8-d998-4545-ad7d-c6a9fff406c3", "ecde33f2-c56f-46cc-bdea-ad151c16cd69",
    "102706fb-a5cd-42ee-afe0-bc42f017ff43", "09182899-b429-40c9-a15a-bf3ddbc8ced7", "0479cc14-7651-4354-b233-7480606c2ac3",
    "d6b52d86-f0f8-475f-89d4-ce54c8527328", "a8f4d393-1a6b-43f3-931f-91a16ed857f4", "1fe283f6-9bec-11ea-bb37-0242ac130002",
    "fcad62f3-09b0-41d3-be11-449d5a621b69", "ea1c2a08-b722-11eb-8529-0242ac130003", "35d6c4d8-c9a9-11eb-b8bc-0242ac130003",
    "ff4274f2-c9a9-11eb-b8bc-0242ac130003", "ba5126ec-c9ac-11eb-b8bc-0242ac130003", "b2e08744-4f1a-40ce-af30-7abac3e23cf3",
    "929e4450-0237-4ed2-9404-b7e1e0a00309", "2acf109f-9b66-4d5e-bc18-ebb2adcff8d5", "2fa8af9c-2d1a-43ea-a253-f00a00c74412"
  ],
  "targetConnectionSpecIds": ["c604ff05-7f1a-43c0-8e18-33bf874cb11c"],
  "permissionsInfo": {"view":   [{"@type": "lowLevel", "name": "EnterpriseSource", "permissions": ["read"]}],
                      "manage": [{"@type": "lowLevel", "name": "EnterpriseSource", "permissions": ["write"]}]},
  "optionSpec": {"name": "OptionSpec", "spec": {"$schema": "http://json-schema.org/draft-07/schema#", "type": "object",
     "properties": {"errorDiagnosticsEnabled": {"title": "Error diagnostics.", "type": "boolean", "default": false},
                    "partialIngestionPercent": {"title": "Partial ingestion threshold.", "type": "number", "exclusiveMinimum": 0}}}},
  "scheduleSpec": {
    "name": "PeriodicSchedule", "type": "Periodic",
    "spec": {
      "$schema": "http://json-schema.org/draft-07/schema#", "type": "object",
      "properties": {"startTime": {"description": "epoch time", "type": "integer"},
                     "frequency": {"type": "string", "enum": ["once", "minute", "hour", "day", "week"]},
                     "interval": {"type": "integer"},
                     "backfill": {"type": "boolean", "default": true}},
      "required": ["startTime", "frequency"],
      "if":   {"properties": {"frequency": {"const": "once"}}},
      "then": {"allOf": [{"not": {"required": ["interval"]}}, {"not": {"required": ["backfill"]}}]},
      "else": {"required": ["interval"],
               "if":   {"properties": {"frequency": {"const": "minute"}}},
               "then": {"properties": {"interval": {"minimum": 15}}},
               "else": {"properties": {"interval": {"minimum": 1}}}}
    }
  },
  "transformationSpec": [
    {"name": "Copy", "spec": {"$schema": "http://json-schema.org/draft-07/schema#", "type": "object",
       "properties": {"deltaColumn": {"type": "object",
          "properties": {"name": {"type": "string"}, "dateFormat": {"type": "string"}, "timezone": {"type": "string"}},
          "required": ["name"]}},
       "required": ["deltaColumn"]}},
    {"name": "Mapping", "spec": {"$schema": "http://json-schema.org/draft-07/schema#", "type": "object",
       "description": "defines various params required for different mapping from source to target",
       "properties": {"mappingId": {"type": "string"}, "mappingVersion": {"type": "string"}}}}
  ],
  "runSpec": {"name": "ProviderParams", "spec": {"$schema": "http://json-schema.org/draft-07/schema#", "type": "object",
     "properties": {"startTime": {"type": "integer"}, "windowStartTime": {"type": "integer"}, "windowEndTime": {"type": "integer"},
                    "deltaColumn": {"type": "object", "properties": {"name": {"type": "string"}, "dateFormat": {"type": "string"},
                                    "timezone": {"type": "string"}}, "required": ["name"]}},
     "required": ["startTime", "windowStartTime", "windowEndTime", "deltaColumn"]}}
}
)json";

QStringList strings(const QJsonValue& value)
{
    QStringList result;
    for (const QJsonValue& item : value.toArray())
        result << item.toString();
    return result;
}

/** Whether a schema's "if" holds for @p frequency; nullopt when it says nothing about the frequency. */
std::optional<bool> frequencyMatches(const QJsonObject& condition, const QString& frequency)
{
    const QJsonValue rule = condition.value(QLatin1String("properties")).toObject().value(QLatin1String("frequency"));
    if (!rule.isObject())
        return std::nullopt;
    const QJsonObject object = rule.toObject();
    if (object.contains(QLatin1String("const")))
        return object.value(QLatin1String("const")).toString() == frequency;
    if (object.contains(QLatin1String("enum")))
        return strings(object.value(QLatin1String("enum"))).contains(frequency);
    return std::nullopt;
}

/**
 * A schema's bound on the interval as a whole number, kept within int's range: a spec may say 1e300, which as a
 * qint64 would be undefined behaviour (found by fuzz_flow_spec); no interval a draft can have comes near it anyway.
 */
qint64 intervalBound(double bound)
{
    constexpr double kLimit = std::numeric_limits<int>::max();
    return qint64(std::clamp(bound, -kLimit, kLimit));
}

void collectMinimum(const QJsonObject& node, const QString& frequency, std::optional<qint64>& minimum, int depth)
{
    if (depth > 16) // a spec is a few levels deep; a cycle cannot happen in JSON, a huge nesting can
        return;
    const QJsonObject interval
        = node.value(QLatin1String("properties")).toObject().value(QLatin1String("interval")).toObject();
    const auto raise = [&minimum](qint64 value) { minimum = qMax(minimum.value_or(value), value); };
    if (interval.value(QLatin1String("minimum")).isDouble())
        raise(intervalBound(std::ceil(interval.value(QLatin1String("minimum")).toDouble())));
    if (interval.value(QLatin1String("exclusiveMinimum")).isDouble())
        raise(intervalBound(std::floor(interval.value(QLatin1String("exclusiveMinimum")).toDouble()) + 1));
    for (const QJsonValue& part : node.value(QLatin1String("allOf")).toArray())
        collectMinimum(part.toObject(), frequency, minimum, depth + 1);
    if (node.contains(QLatin1String("if"))) {
        const std::optional<bool> holds = frequencyMatches(node.value(QLatin1String("if")).toObject(), frequency);
        if (holds)
            collectMinimum(node.value(QLatin1String(*holds ? "then" : "else")).toObject(), frequency, minimum,
                           depth + 1);
    }
}

} // namespace

FlowSpec FlowSpec::crmToAep()
{
    static const QJsonObject json = QJsonDocument::fromJson(QByteArray(kCrmToAep)).object();
    return FlowSpec(json);
}

QString FlowSpec::id() const
{
    return m_json.value(QLatin1String("id")).toString();
}

QString FlowSpec::name() const
{
    return m_json.value(QLatin1String("name")).toString();
}

QString FlowSpec::version() const
{
    const QString version = m_json.value(QLatin1String("version")).toString();
    return version.isEmpty() ? QStringLiteral("1.0") : version;
}

QStringList FlowSpec::sourceConnectionSpecIds() const
{
    return strings(m_json.value(QLatin1String("sourceConnectionSpecIds")));
}

QStringList FlowSpec::targetConnectionSpecIds() const
{
    return strings(m_json.value(QLatin1String("targetConnectionSpecIds")));
}

QJsonObject FlowSpec::scheduleSchema() const
{
    return m_json.value(QLatin1String("scheduleSpec")).toObject().value(QLatin1String("spec")).toObject();
}

std::optional<qint64> FlowSpec::minimumInterval(const QString& frequency) const
{
    std::optional<qint64> minimum;
    collectMinimum(scheduleSchema(), frequency, minimum, 0);
    return minimum;
}

QJsonObject FlowSpec::optionSchema() const
{
    return m_json.value(QLatin1String("optionSpec")).toObject().value(QLatin1String("spec")).toObject();
}

QJsonObject FlowSpec::transformationSchema(const QString& name) const
{
    // The spec's DTO says "transformationSpecs", the current tutorial prints "transformationSpec" (§10 #11).
    QJsonArray specs = m_json.value(QLatin1String("transformationSpecs")).toArray();
    if (specs.isEmpty())
        specs = m_json.value(QLatin1String("transformationSpec")).toArray();
    for (const QJsonValue& spec : specs) {
        if (spec.toObject().value(QLatin1String("name")).toString() == name)
            return spec.toObject().value(QLatin1String("spec")).toObject();
    }
    return {};
}
