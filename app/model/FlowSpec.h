// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

/** Well-known ids of the HubSpot -> data lake dataflow. */
namespace KnownIds {
inline constexpr char kHubSpotSpec[] = "cc6a4487-9e91-433e-a3a3-9cf6626c1806";
inline constexpr char kDataLakeSpec[] = "c604ff05-7f1a-43c0-8e18-33bf874cb11c";
inline constexpr char kCrmToAepFlowSpec[] = "14518937-270c-4525-bdec-c2ba7cce3860";
inline constexpr char kCrmToAepName[] = "CRMToAEP";
} // namespace KnownIds

/**
 * A flow spec as /flowSpecs returns it, with its JSON Schemas. crmToAep() is the copy shipped for offline checks;
 * the one the server returns is preferred when the platform is reachable.
 */
class FlowSpec
{
public:
    FlowSpec() = default;
    explicit FlowSpec(const QJsonObject& json) : m_json(json) { }

    /** The CRMToAEP flow spec as documented. */
    static FlowSpec crmToAep();

    bool isNull() const { return m_json.isEmpty(); }
    const QJsonObject& json() const { return m_json; }
    QString id() const;
    QString name() const;
    QString version() const;
    QStringList sourceConnectionSpecIds() const;
    QStringList targetConnectionSpecIds() const;
    /** The JSON Schema of scheduleParams. */
    QJsonObject scheduleSchema() const;
    /**
     * The smallest interval the scheduleParams schema allows for @p frequency, read from its "minimum" (or
     * "exclusiveMinimum") of "interval", following its if/then/else on the frequency and its allOf; nullopt when
     * the schema states none for that frequency (the caller has its own fallback).
     */
    std::optional<qint64> minimumInterval(const QString& frequency) const;
    /** The JSON Schema of the flow's "options" (errorDiagnosticsEnabled, partialIngestionPercent). */
    QJsonObject optionSchema() const;
    /** The JSON Schema of one transformation's params ("Copy", "Mapping"); both spellings of the array are read. */
    QJsonObject transformationSchema(const QString& name) const;

private:
    QJsonObject m_json;
};
