// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlowSpecs.h"

#include <QJsonDocument>

namespace {

const char* const kProvider = "0ed90a81-07f4-4586-8190-b40eccef1c5a";

QJsonObject schemaOf(const QJsonObject& properties, const QStringList& required)
{
    return QJsonObject{{QStringLiteral("$schema"), QStringLiteral("http://json-schema.org/draft-07/schema#")},
                       {QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("properties"), properties},
                       {QStringLiteral("required"), QJsonArray::fromStringList(required)}};
}

QJsonObject text(const QString& description)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                       {QStringLiteral("description"), description}};
}

QJsonObject secret(const QString& description)
{
    QJsonObject field = text(description);
    field.insert(QStringLiteral("format"), QStringLiteral("password"));
    return field;
}

QJsonObject authSpec(const QString& name, const QString& type, const QJsonObject& properties,
                     const QStringList& required)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("spec"), schemaOf(properties, required)}};
}

QJsonObject permissions()
{
    const auto one = [](const QString& permission) {
        return QJsonArray{QJsonObject{{QStringLiteral("@type"), QStringLiteral("lowLevel")},
                                      {QStringLiteral("name"), QStringLiteral("EnterpriseSource")},
                                      {QStringLiteral("permissions"), QJsonArray{permission}}}};
    };
    return QJsonObject{{QStringLiteral("view"), one(QStringLiteral("read"))},
                       {QStringLiteral("manage"), one(QStringLiteral("write"))}};
}

QJsonObject sourceSpec(const QString& id, const QString& label, const QString& connector, const QString& description,
                       const QString& icon, const QJsonArray& auth, bool tabular)
{
    const QJsonObject ui{
        {QStringLiteral("isSource"), true},
        {QStringLiteral("label"), label},
        {QStringLiteral("description"), description},
        {QStringLiteral("category"), QStringLiteral("marketingAutomation")},
        {QStringLiteral("icon"), icon},
        {QStringLiteral("documentationLink"),
         QStringLiteral("https://experienceleague.adobe.com/docs/experience-platform/sources/home.html")}};
    const QJsonObject params = tabular
        ? QJsonObject{{QStringLiteral("tableName"), text(QStringLiteral("Table to read"))},
                      {QStringLiteral("path"), text(QStringLiteral("Table to read, as listed by explore"))}}
        : QJsonObject{{QStringLiteral("listId"), text(QStringLiteral("Audience list to read"))}};
    QJsonObject source{{QStringLiteral("name"), tabular ? QStringLiteral("Tabular") : QStringLiteral("REST")},
                       {QStringLiteral("type"), tabular ? QStringLiteral("Tabular") : QStringLiteral("REST")},
                       {QStringLiteral("spec"), schemaOf(params, {})},
                       {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("uiAttributes"), ui}}}};
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), connector},
        {QStringLiteral("providerId"), QLatin1String(kProvider)},
        {QStringLiteral("version"), QStringLiteral("1.0")},
        {QStringLiteral("authSpec"), auth},
        {QStringLiteral("sourceSpec"), source},
        {QStringLiteral("exploreSpec"),
         QJsonObject{{QStringLiteral("name"), tabular ? QStringLiteral("Tabular") : QStringLiteral("REST")},
                     {QStringLiteral("type"), tabular ? QStringLiteral("Tabular") : QStringLiteral("REST")}}},
        {QStringLiteral("attributes"),
         QJsonObject{{QStringLiteral("category"), QStringLiteral("Marketing Automation")},
                     {QStringLiteral("connectorName"), label},
                     {QStringLiteral("isSource"), true},
                     {QStringLiteral("uiAttributes"),
                      QJsonObject{{QStringLiteral("apiFeatures"),
                                   QJsonObject{{QStringLiteral("explorePaginationSupported"), false}}}}}}},
        {QStringLiteral("permissionsInfo"), permissions()}};
}

QJsonArray buildConnectionSpecs()
{
    QJsonArray specs;
    specs.append(sourceSpec(
        FlowSpecs::hubspot, QStringLiteral("HubSpot"), QStringLiteral("hubspot"),
        QStringLiteral("Bring contacts, companies and deals from your HubSpot portal."), QStringLiteral("hubspot"),
        QJsonArray{
            authSpec(QStringLiteral("Basic Authentication"), QStringLiteral("BasicAuthentication"),
                     QJsonObject{{QStringLiteral("clientId"), text(QStringLiteral("App client id"))},
                                 {QStringLiteral("clientSecret"), secret(QStringLiteral("App client secret"))},
                                 {QStringLiteral("accessToken"), secret(QStringLiteral("OAuth access token"))},
                                 {QStringLiteral("refreshToken"), secret(QStringLiteral("OAuth refresh token"))}},
                     {QStringLiteral("clientId"), QStringLiteral("clientSecret"), QStringLiteral("accessToken"),
                      QStringLiteral("refreshToken")})},
        true));
    specs.append(sourceSpec(
        FlowSpecs::salesforceMarketingCloud, QStringLiteral("Salesforce Marketing Cloud"),
        QStringLiteral("salesforce-marketing-cloud"),
        QStringLiteral("Bring subscribers and journeys from Salesforce Marketing Cloud."),
        QStringLiteral("salesforce-marketing-cloud"),
        QJsonArray{authSpec(
            QStringLiteral("Client-Id-Secret Based Authentication"), QStringLiteral("ClientIdSecret"),
            QJsonObject{{QStringLiteral("host"), text(QStringLiteral("Subdomain of your Marketing Cloud instance"))},
                        {QStringLiteral("clientId"), text(QStringLiteral("Installed package client id"))},
                        {QStringLiteral("clientSecret"), secret(QStringLiteral("Installed package client secret"))}},
            {QStringLiteral("host"), QStringLiteral("clientId"), QStringLiteral("clientSecret")})},
        true));
    specs.append(sourceSpec(
        FlowSpecs::eloqua, QStringLiteral("Oracle Eloqua"), QStringLiteral("oracle-eloqua"),
        QStringLiteral("Bring contacts and accounts from Oracle Eloqua."), QStringLiteral("oracle-eloqua"),
        QJsonArray{authSpec(QStringLiteral("Basic Authentication"), QStringLiteral("BasicAuthentication"),
                            QJsonObject{{QStringLiteral("endpoint"), text(QStringLiteral("Eloqua base URL"))},
                                        {QStringLiteral("username"), text(QStringLiteral("Company\\User name"))},
                                        {QStringLiteral("password"), secret(QStringLiteral("Password"))}},
                            {QStringLiteral("endpoint"), QStringLiteral("username"), QStringLiteral("password")})},
        true));
    specs.append(sourceSpec(
        FlowSpecs::responsys, QStringLiteral("Oracle Responsys"), QStringLiteral("oracle-responsys"),
        QStringLiteral("Bring profile lists from Oracle Responsys."), QStringLiteral("oracle-responsys"),
        QJsonArray{authSpec(QStringLiteral("Basic Authentication"), QStringLiteral("BasicAuthentication"),
                            QJsonObject{{QStringLiteral("endpoint"), text(QStringLiteral("Responsys login endpoint"))},
                                        {QStringLiteral("clientId"), text(QStringLiteral("Client id"))},
                                        {QStringLiteral("clientSecret"), secret(QStringLiteral("Client secret"))}},
                            {QStringLiteral("endpoint"), QStringLiteral("clientId"), QStringLiteral("clientSecret")})},
        true));
    specs.append(sourceSpec(
        FlowSpecs::mailchimpMembers, QStringLiteral("Mailchimp Members"), QStringLiteral("mailchimp-members"),
        QStringLiteral("Bring audience members from Mailchimp."), QStringLiteral("mailchimp"),
        QJsonArray{
            authSpec(QStringLiteral("Basic Authentication"), QStringLiteral("BasicAuthentication"),
                     QJsonObject{{QStringLiteral("authorizationTestUrl"), text(QStringLiteral("Test URL"))},
                                 {QStringLiteral("username"), text(QStringLiteral("User name"))},
                                 {QStringLiteral("password"), secret(QStringLiteral("API key"))}},
                     {QStringLiteral("authorizationTestUrl"), QStringLiteral("username"), QStringLiteral("password")}),
            authSpec(QStringLiteral("oAuth2RefreshCode"), QStringLiteral("OAuth2RefreshCode"),
                     QJsonObject{{QStringLiteral("authorizationTestUrl"), text(QStringLiteral("Test URL"))},
                                 {QStringLiteral("accessToken"), secret(QStringLiteral("OAuth access token"))}},
                     {QStringLiteral("authorizationTestUrl"), QStringLiteral("accessToken")})},
        false));
    specs.append(QJsonObject{
        {QStringLiteral("id"), FlowSpecs::dataLake},
        {QStringLiteral("name"), QStringLiteral("Data Lake")},
        {QStringLiteral("providerId"), QLatin1String(kProvider)},
        {QStringLiteral("version"), QStringLiteral("1.0")},
        {QStringLiteral("authSpec"), QJsonArray()},
        {QStringLiteral("targetSpec"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("Data Lake")},
                     {QStringLiteral("type"), QStringLiteral("DataSet")},
                     {QStringLiteral("spec"),
                      schemaOf(QJsonObject{{QStringLiteral("dataSetId"), text(QStringLiteral("Target dataset"))}},
                               {QStringLiteral("dataSetId")})}}},
        {QStringLiteral("attributes"),
         QJsonObject{{QStringLiteral("category"), QStringLiteral("Platform")},
                     {QStringLiteral("isDestination"), true},
                     {QStringLiteral("isSource"), false}}},
        {QStringLiteral("permissionsInfo"), permissions()}});
    return specs;
}

// The CRMToAEP flow spec as the current tutorial prints it (CONTRACT §3.6), ids list included.
const char* const kCrmToAep = R"({
  "id": "14518937-270c-4525-bdec-c2ba7cce3860", "name": "CRMToAEP",
  "providerId": "0ed90a81-07f4-4586-8190-b40eccef1c5a", "version": "1.0",
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
})";

QJsonObject findById(const QJsonArray& list, const QString& id)
{
    for (const QJsonValue& item : list) {
        if (item[QStringLiteral("id")].toString() == id) {
            return item.toObject();
        }
    }
    return {};
}

} // namespace

const QJsonArray& FlowSpecs::connectionSpecs()
{
    static const QJsonArray specs = buildConnectionSpecs();
    return specs;
}

const QJsonArray& FlowSpecs::flowSpecs()
{
    static const QJsonArray specs{QJsonDocument::fromJson(kCrmToAep).object()};
    return specs;
}

QJsonObject FlowSpecs::connectionSpec(const QString& id)
{
    return findById(connectionSpecs(), id);
}

QJsonObject FlowSpecs::flowSpec(const QString& id)
{
    return findById(flowSpecs(), id);
}
