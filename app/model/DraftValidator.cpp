// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/DraftValidator.h"

#include "model/JsonSchemaCheck.h"
#include "platform/PlatformConfig.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace {

DraftProblem error(const QString& code, const QString& field, const QString& message)
{
    return {code, field, message, DraftProblem::Severity::Error};
}

DraftProblem warning(const QString& code, const QString& field, const QString& message)
{
    return {code, field, message, DraftProblem::Severity::Warning};
}

const QString kSchedule = QStringLiteral("dataflow.schedule");

QString schedulePath(const char* key)
{
    return kSchedule + QLatin1Char('.') + QLatin1String(key);
}

void collectFields(const QJsonObject& node, const QString& prefix, QHash<QString, QJsonObject>& fields)
{
    const QJsonObject properties = node.value(QLatin1String("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        const QJsonObject child = it.value().toObject();
        fields.insert(path, child);
        collectFields(child, path, fields);
    }
}

QString intervalTooSmall(const QString& frequency, int minimum)
{
    // One sentence per frequency, in the Schedule page's words rather than the spec's codes, so that a translation
    // can make the unit agree.
    if (frequency == QLatin1String("minute"))
        return DraftValidator::tr("A dataflow that runs every few minutes needs an interval of at least %n minute(s).",
                                  nullptr, minimum);
    if (frequency == QLatin1String("hour"))
        return DraftValidator::tr("A dataflow that runs every few hours needs an interval of at least %n hour(s).",
                                  nullptr, minimum);
    if (frequency == QLatin1String("day"))
        return DraftValidator::tr("A dataflow that runs every few days needs an interval of at least %n day(s).",
                                  nullptr, minimum);
    return DraftValidator::tr("A dataflow that runs every few weeks needs an interval of at least %n week(s).", nullptr,
                              minimum);
}

} // namespace

QString DraftValidator::localTime(qint64 secondsSinceEpoch, const QLocale& locale)
{
    // Day and month name rather than digits: "1 Dec 2025 12:00" reads the same in every country (01/12 does not).
    const QDateTime local = QDateTime::fromSecsSinceEpoch(secondsSinceEpoch).toLocalTime();
    return locale.toString(local.date(), QStringLiteral("d MMM yyyy")) + QLatin1Char(' ')
        + locale.toString(local.time(), QLocale::ShortFormat);
}

QList<DraftProblem> DraftValidator::validate(const DataflowDraft& draft, const FlowSpec& spec, qint64 nowSeconds)
{
    if (nowSeconds < 0)
        nowSeconds = QDateTime::currentSecsSinceEpoch();
    QList<DraftProblem> problems;
    problems << checkPlatform(draft.platform);
    problems << checkSource(draft.source, spec);
    problems << checkSchemaAndDataset(draft);
    problems << checkMapping(draft.mapping);
    problems << checkDeltaColumn(draft.dataflow.deltaColumn, spec);
    problems << checkSchedule(draft.dataflow.schedule, spec, nowSeconds);
    problems << checkOptions(draft.dataflow, spec);
    if (draft.dataflow.name.trimmed().isEmpty())
        problems << error(QStringLiteral("draft.missing"), QStringLiteral("dataflow.name"),
                          tr("Give the dataflow a name."));
    problems << checkText(draft.dataflow.name, QStringLiteral("dataflow.name"), kMaxNameLength);
    problems << checkText(draft.dataflow.description, QStringLiteral("dataflow.description"), kMaxTextLength, true);
    return problems;
}

QList<DraftProblem> DraftValidator::checkText(const QString& text, const QString& field, int maxLength, bool multiLine)
{
    QList<DraftProblem> problems;
    if (text.size() > maxLength) {
        // The text itself is not repeated: it may be megabytes long.
        problems << error(
            QStringLiteral("text.tooLong"), field,
            tr("At most %1 characters are allowed here (this text has %2).").arg(maxLength).arg(text.size()));
        return problems;
    }
    for (const QChar c : text) {
        const bool allowed = multiLine && (c == QLatin1Char('\n') || c == QLatin1Char('\t') || c == QLatin1Char('\r'));
        if (c.category() == QChar::Other_Control && !allowed) {
            problems << error(QStringLiteral("text.controlCharacter"), field,
                              multiLine ? tr("Control characters (such as NUL or escape) are not allowed here.")
                                        : tr("Control characters (such as NUL, a tab or a line break) are not "
                                             "allowed here."));
            break;
        }
    }
    return problems;
}

QList<DraftProblem> DraftValidator::checkPlatform(const DraftPlatform& platform)
{
    QList<DraftProblem> problems;
    if (!platform.imsOrg.endsWith(QLatin1String("@AdobeOrg")))
        problems << error(QStringLiteral("platform.badImsOrg"), QStringLiteral("platform.imsOrg"),
                          tr("An organization ID ends with \"@AdobeOrg\"."));
    if (platform.clientId.trimmed().isEmpty())
        problems << error(QStringLiteral("draft.missing"), QStringLiteral("platform.clientId"),
                          tr("The client ID (API key) is required."));
    static const QRegularExpression sandbox(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (!sandbox.match(platform.sandbox).hasMatch())
        problems << error(QStringLiteral("platform.badSandbox"), QStringLiteral("platform.sandbox"),
                          tr("A sandbox name is lower case letters, digits and dashes, e.g. \"prod\"."));
    const std::pair<const char*, QString> urls[]
        = {{"platform.platformUrl", platform.platformUrl}, {"platform.imsUrl", platform.imsUrl}};
    for (const auto& [field, url] : urls) {
        if (url.isEmpty())
            continue;
        const QString why = PlatformConfig::checkBaseUrl(QUrl(url));
        if (!why.isEmpty())
            problems << error(QStringLiteral("platform.insecureUrl"), QLatin1String(field), why);
    }
    return problems;
}

QList<DraftProblem> DraftValidator::checkSource(const DraftSource& source, const FlowSpec& spec)
{
    QList<DraftProblem> problems;
    if (source.connectionSpecId.isEmpty())
        problems << error(QStringLiteral("draft.missing"), QStringLiteral("source.connectionSpecId"),
                          tr("Choose a source."));
    else if (!spec.isNull() && !spec.sourceConnectionSpecIds().contains(source.connectionSpecId))
        problems << error(QStringLiteral("source.notInFlowSpec"), QStringLiteral("source.connectionSpecId"),
                          tr("This source cannot be used with the %1 flow spec.").arg(spec.name()));
    if (source.baseConnectionId.isEmpty() && !source.newAccount)
        problems << error(QStringLiteral("draft.missing"), QStringLiteral("source.baseConnectionId"),
                          tr("Choose an account, or create one."));
    if (source.path.trimmed().isEmpty())
        problems << error(QStringLiteral("draft.missing"), QStringLiteral("source.path"), tr("Choose a table."));
    problems << checkText(source.path, QStringLiteral("source.path"), kMaxPathLength);
    return problems;
}

QList<DraftProblem> DraftValidator::checkSchemaAndDataset(const DataflowDraft& draft)
{
    QList<DraftProblem> problems = checkSchemaChoice(draft.schema);
    if (draft.schema.create && draft.schema.create->primaryIdentity) {
        bool mapped = false;
        for (const MappingRule& rule : draft.mapping)
            mapped = mapped || rule.destination == draft.schema.create->primaryIdentity->path;
        if (!mapped)
            problems << warning(QStringLiteral("schema.identityNotMapped"),
                                QStringLiteral("schema.create.primaryIdentity.path"),
                                tr("No mapping rule fills the primary identity field."));
    }
    return problems << checkDatasetChoice(draft.dataset, draft.schema);
}

QList<DraftProblem> DraftValidator::checkSchemaChoice(const DraftSchema& schema)
{
    QList<DraftProblem> problems;
    if (schema.create) {
        const DraftSchemaCreate& create = *schema.create;
        if (create.title.trimmed().isEmpty())
            problems << error(QStringLiteral("draft.missing"), QStringLiteral("schema.create.title"),
                              tr("Give the schema a title."));
        problems << checkText(create.title, QStringLiteral("schema.create.title"), kMaxNameLength);
        problems << checkText(create.description, QStringLiteral("schema.create.description"), kMaxTextLength, true);
        if (create.xdmClass.trimmed().isEmpty())
            problems << error(QStringLiteral("draft.missing"), QStringLiteral("schema.create.class"),
                              tr("Choose the schema's class."));
        if (create.profileEnabled && !create.primaryIdentity)
            problems << error(QStringLiteral("schema.profileNeedsIdentity"),
                              QStringLiteral("schema.create.primaryIdentity"),
                              tr("A schema enabled for Profile needs a primary identity."));
    } else if (schema.id.trimmed().isEmpty()) {
        problems << error(QStringLiteral("draft.missing"), QStringLiteral("schema.id"),
                          tr("Choose a schema, or create one."));
    }
    return problems;
}

QList<DraftProblem> DraftValidator::checkDatasetChoice(const DraftDataset& dataset, const DraftSchema& schema)
{
    QList<DraftProblem> problems;
    if (dataset.create) {
        if (dataset.create->name.trimmed().isEmpty())
            problems << error(QStringLiteral("draft.missing"), QStringLiteral("dataset.create.name"),
                              tr("Give the dataset a name."));
        problems << checkText(dataset.create->name, QStringLiteral("dataset.create.name"), kMaxNameLength);
        problems << checkText(dataset.create->description, QStringLiteral("dataset.create.description"), kMaxTextLength,
                              true);
        if (dataset.create->profileEnabled && schema.create && !schema.create->profileEnabled)
            problems << error(QStringLiteral("dataset.profileNeedsProfileSchema"),
                              QStringLiteral("dataset.create.profileEnabled"),
                              tr("A dataset enabled for Profile needs a schema enabled for Profile."));
    } else if (dataset.id.trimmed().isEmpty()) {
        problems << error(QStringLiteral("draft.missing"), QStringLiteral("dataset.id"),
                          tr("Choose a dataset, or create one."));
    }
    return problems;
}

QList<DraftProblem> DraftValidator::checkMapping(const QList<MappingRule>& mapping)
{
    QList<DraftProblem> problems;
    if (mapping.isEmpty())
        problems << error(QStringLiteral("mapping.empty"), QStringLiteral("mapping"),
                          tr("Map at least one column to the schema."));
    if (mapping.size() > kMaxMappingRules) {
        // One problem, not one per rule: the rules themselves are not looked at.
        problems << error(
            QStringLiteral("mapping.tooManyRules"), QStringLiteral("mapping"),
            tr("A mapping has at most %1 rules (this one has %2).").arg(kMaxMappingRules).arg(mapping.size()));
        return problems;
    }
    // Tenant fields start with "_" ("_acme.loyalty.tier"); XDM names are identifiers.
    static const QRegularExpression destination(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$"));
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < mapping.size(); ++i) {
        const MappingRule& rule = mapping.at(i);
        const QString path = QStringLiteral("mapping[%1]").arg(i);
        if (rule.source.trimmed().isEmpty() && rule.expression.trimmed().isEmpty())
            problems << error(QStringLiteral("mapping.noSource"), path + QLatin1String(".source"),
                              tr("Choose a source column or write an expression."));
        if (rule.expression.size() > kMaxExpressionLength)
            problems << error(QStringLiteral("mapping.expressionTooLong"), path + QLatin1String(".expression"),
                              tr("An expression has at most %1 characters (this one has %2).")
                                  .arg(kMaxExpressionLength)
                                  .arg(rule.expression.size()));
        problems << checkText(rule.source, path + QLatin1String(".source"), kMaxPathLength);
        const QString field = path + QLatin1String(".destination");
        if (rule.destination.isEmpty()) {
            problems << error(QStringLiteral("mapping.noDestination"), field, tr("Choose the schema field to fill."));
            continue;
        }
        const QList<DraftProblem> destinationText = checkText(rule.destination, field, kMaxPathLength);
        if (!destinationText.isEmpty()) {
            problems << destinationText; // not echoed by the path check below
            continue;
        }
        if (!destination.match(rule.destination).hasMatch())
            problems << error(
                QStringLiteral("mapping.badDestination"), field,
                tr("\"%1\" is not a dotted XDM path such as person.name.firstName.").arg(rule.destination));
        // The message names the other rule as the Mapping page does ("Rule 1" is mapping[0]); the field keeps the path.
        if (seen.contains(rule.destination))
            problems << error(
                QStringLiteral("mapping.duplicateDestination"), field,
                tr("\"%1\" is already filled by rule %2.").arg(rule.destination).arg(seen.value(rule.destination) + 1));
        else
            seen.insert(rule.destination, i);
    }
    return problems;
}

QList<DraftProblem> DraftValidator::checkDeltaColumn(const std::optional<DeltaColumn>& deltaColumn,
                                                     const FlowSpec& spec)
{
    QList<DraftProblem> problems;
    const QString field = QStringLiteral("dataflow.deltaColumn");
    QJsonObject params;
    if (deltaColumn) {
        QJsonObject delta{{QStringLiteral("name"), deltaColumn->name}};
        if (!deltaColumn->dateFormat.isEmpty())
            delta.insert(QStringLiteral("dateFormat"), deltaColumn->dateFormat);
        if (!deltaColumn->timezone.isEmpty())
            delta.insert(QStringLiteral("timezone"), deltaColumn->timezone);
        params.insert(QStringLiteral("deltaColumn"), delta);
    }
    const QJsonObject copySchema = spec.transformationSchema(QStringLiteral("Copy"));
    if (!copySchema.isEmpty() && !JsonSchemaCheck::validate(copySchema, params).isEmpty())
        problems << error(QStringLiteral("deltaColumn.missing"), field,
                          tr("Choose the column that tells which rows changed (the delta column)."));
    if (!deltaColumn)
        return problems;
    if (deltaColumn->name.trimmed().isEmpty() && problems.isEmpty())
        problems << error(QStringLiteral("deltaColumn.missing"), field + QLatin1String(".name"),
                          tr("Choose the column that tells which rows changed (the delta column)."));
    if (!deltaColumn->dateFormat.isEmpty())
        problems << checkDateFormat(deltaColumn->dateFormat, field + QLatin1String(".dateFormat"));
    if (!deltaColumn->timezone.isEmpty() && !QTimeZone(deltaColumn->timezone.toUtf8()).isValid())
        problems << error(
            QStringLiteral("deltaColumn.badTimezone"), field + QLatin1String(".timezone"),
            tr("\"%1\" is not a time zone; use an IANA name such as UTC or Europe/Paris.").arg(deltaColumn->timezone));
    return problems;
}

QList<DraftProblem> DraftValidator::checkDateFormat(const QString& pattern, const QString& field)
{
    // Pattern letters of java.time.format.DateTimeFormatter; any other ASCII letter must be quoted.
    static const QString letters = QStringLiteral("GuyDMLdQqYwWEecFaBhKkHmsSAnNVvzOXxZp");
    QList<DraftProblem> problems = checkText(pattern, field, kMaxNameLength);
    if (!problems.isEmpty())
        return problems;
    bool quoted = false;
    bool anyLetter = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('\'')) {
            quoted = !quoted;
            continue;
        }
        if (quoted || !c.isLetter() || c.unicode() > 127)
            continue;
        anyLetter = true;
        if (c == QLatin1Char('Y')) {
            problems << error(QStringLiteral("deltaColumn.weekYear"), field,
                              tr("\"Y\" is the week-based year, wrong around New Year: write \"yyyy\", e.g. "
                                 "yyyy-MM-dd HH:mm:ss."));
            return problems;
        }
        if (c == QLatin1Char('D')) {
            problems << error(QStringLiteral("deltaColumn.dayOfYear"), field,
                              tr("\"D\" is the day of the year: write \"dd\" for the day of the month, e.g. "
                                 "yyyy-MM-dd HH:mm:ss."));
            return problems;
        }
        if (!letters.contains(c)) {
            problems << error(QStringLiteral("deltaColumn.badDateFormat"), field,
                              tr("\"%1\" is not a Java date pattern letter; quote literal text with '.").arg(c));
            return problems;
        }
    }
    if (quoted)
        problems << error(QStringLiteral("deltaColumn.badDateFormat"), field, tr("A quote (') is not closed."));
    else if (!anyLetter)
        problems << error(QStringLiteral("deltaColumn.badDateFormat"), field,
                          tr("A date format needs pattern letters, e.g. yyyy-MM-dd HH:mm:ss."));
    return problems;
}

QList<DraftProblem> DraftValidator::checkAgainstFlowSpec(const DataflowDraft& draft, const FlowSpec& spec,
                                                         qint64 nowSeconds)
{
    QList<DraftProblem> problems = checkSource(draft.source, spec);
    problems << checkSchedule(draft.dataflow.schedule, spec, nowSeconds) << checkOptions(draft.dataflow, spec)
             << checkDeltaColumn(draft.dataflow.deltaColumn, spec);
    return problems;
}

QList<DraftProblem> DraftValidator::checkSchedule(const Schedule& schedule, const FlowSpec& spec, qint64 nowSeconds)
{
    QList<DraftProblem> problems;
    // Hand-written explanations of what the flow spec's JSON Schema refuses: valijson decides, these say why.
    const QJsonObject scheduleSchema = spec.scheduleSchema();
    const QList<JsonSchemaCheck::Error> errors = scheduleSchema.isEmpty()
        ? QList<JsonSchemaCheck::Error>{}
        : JsonSchemaCheck::validate(scheduleSchema, schedule.toJson());
    if (!errors.isEmpty()) {
        const bool once = schedule.frequency == QLatin1String("once");
        const QStringList known = {QStringLiteral("once"), QStringLiteral("minute"), QStringLiteral("hour"),
                                   QStringLiteral("day"), QStringLiteral("week")};
        if (!known.contains(schedule.frequency))
            problems << error(QStringLiteral("schedule.badFrequency"), schedulePath("frequency"),
                              tr("\"%1\" is not a frequency: a dataflow runs once, or every few minutes, hours, "
                                 "days or weeks.")
                                  .arg(schedule.frequency));
        if (!schedule.startTime)
            problems << error(QStringLiteral("schedule.startTimeMissing"), schedulePath("startTime"),
                              tr("Choose when the dataflow starts."));
        if (once && schedule.interval)
            problems << error(QStringLiteral("schedule.onceWithInterval"), schedulePath("interval"),
                              tr("A dataflow that runs once has no interval: remove it."));
        if (once && schedule.backfill)
            problems << error(QStringLiteral("schedule.onceWithBackfill"), schedulePath("backfill"),
                              tr("A dataflow that runs once has no backfill: remove it."));
        if (!once && known.contains(schedule.frequency)) {
            // The spec's own minimum (a live spec may raise it), else the documented one.
            const qint64 minimum
                = spec.minimumInterval(schedule.frequency)
                      .value_or(schedule.frequency == QLatin1String("minute") ? kMinuteMinimumInterval : 1);
            if (!schedule.interval)
                problems << error(QStringLiteral("schedule.intervalMissing"), schedulePath("interval"),
                                  tr("Give the interval between runs."));
            else if (*schedule.interval < minimum)
                problems << error(QStringLiteral("schedule.intervalTooSmall"), schedulePath("interval"),
                                  intervalTooSmall(schedule.frequency, int(minimum)));
        }
        if (problems.isEmpty())
            problems << error(QStringLiteral("schedule.spec"), kSchedule,
                              tr("The flow spec refuses this schedule: %1").arg(JsonSchemaCheck::describe(errors)));
    }
    if (schedule.startTime) {
        // Epoch milliseconds by mistake would be a date tens of thousands of years away.
        if (*schedule.startTime > 100'000'000'000LL)
            problems << error(QStringLiteral("schedule.startTimeMilliseconds"), schedulePath("startTime"),
                              tr("The start time is in seconds since 1970, not milliseconds."));
        else if (*schedule.startTime < nowSeconds)
            problems << error(
                QStringLiteral("schedule.startTimeInPast"), schedulePath("startTime"),
                tr("The start time %1 is in the past; choose a time after now.").arg(localTime(*schedule.startTime)));
    }
    return problems;
}

QList<DraftProblem> DraftValidator::checkOptions(const DraftDataflow& dataflow, const FlowSpec& spec)
{
    QList<DraftProblem> problems;
    if (!dataflow.partialIngestionPercent)
        return problems;
    const double percent = *dataflow.partialIngestionPercent;
    QJsonObject options{{QStringLiteral("errorDiagnosticsEnabled"), dataflow.errorDiagnostics},
                        {QStringLiteral("partialIngestionPercent"), percent}};
    const QJsonObject schema = spec.optionSchema();
    const bool refused = !schema.isEmpty() && !JsonSchemaCheck::validate(schema, options).isEmpty();
    if (refused || percent <= 0 || percent > 100)
        problems << error(QStringLiteral("dataflow.badPartialIngestion"),
                          QStringLiteral("dataflow.partialIngestionPercent"),
                          tr("The partial ingestion threshold is a percentage above 0 and at most 100."));
    return problems;
}

QHash<QString, QJsonObject> DraftValidator::schemaFields(const QJsonObject& xedFullSchema)
{
    QHash<QString, QJsonObject> fields;
    collectFields(xedFullSchema, {}, fields);
    return fields;
}

QList<DraftProblem> DraftValidator::checkAgainstSchema(const DataflowDraft& draft, const QJsonObject& xedFullSchema)
{
    QList<DraftProblem> problems;
    const QHash<QString, QJsonObject> fields = schemaFields(xedFullSchema);
    for (qsizetype i = 0; i < draft.mapping.size(); ++i) {
        const QString destination = draft.mapping.at(i).destination;
        if (destination.isEmpty())
            continue;
        if (!fields.contains(destination))
            problems << error(QStringLiteral("mapping.unknownDestination"),
                              QStringLiteral("mapping[%1].destination").arg(i),
                              tr("The schema has no field \"%1\".").arg(destination));
        else if (fields.value(destination).value(QLatin1String("type")).toString() == QLatin1String("object"))
            problems << error(QStringLiteral("mapping.objectDestination"),
                              QStringLiteral("mapping[%1].destination").arg(i),
                              tr("\"%1\" is a group of fields; map to one of its fields.").arg(destination));
    }
    if (draft.schema.create && draft.schema.create->primaryIdentity
        && !fields.contains(draft.schema.create->primaryIdentity->path))
        problems << error(QStringLiteral("schema.unknownIdentityPath"),
                          QStringLiteral("schema.create.primaryIdentity.path"),
                          tr("The schema has no field \"%1\".").arg(draft.schema.create->primaryIdentity->path));
    return problems;
}

QList<DraftProblem> DraftValidator::checkAgainstTable(const DataflowDraft& draft, const QJsonArray& columns)
{
    QList<DraftProblem> problems;
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue& column : columns)
        byName.insert(column.toObject().value(QLatin1String("name")).toString(), column.toObject());
    for (qsizetype i = 0; i < draft.mapping.size(); ++i) {
        const MappingRule& rule = draft.mapping.at(i);
        if (rule.isExpression() || rule.source.isEmpty() || byName.contains(rule.source))
            continue;
        problems << error(QStringLiteral("mapping.unknownColumn"), QStringLiteral("mapping[%1].source").arg(i),
                          tr("The table %1 has no column \"%2\".").arg(draft.source.path, rule.source));
    }
    if (draft.dataflow.deltaColumn && !draft.dataflow.deltaColumn->name.isEmpty()) {
        const QString name = draft.dataflow.deltaColumn->name;
        const QString field = QStringLiteral("dataflow.deltaColumn.name");
        if (!byName.contains(name)) {
            problems << error(QStringLiteral("deltaColumn.unknownColumn"), field,
                              tr("The table %1 has no column \"%2\".").arg(draft.source.path, name));
        } else {
            const QJsonObject column = byName.value(name);
            const bool dateTime = column.value(QLatin1String("meta:xdmType")).toString() == QLatin1String("date-time")
                || column.value(QLatin1String("xdm")).toObject().value(QLatin1String("format")).toString()
                    == QLatin1String("date-time");
            if (!dateTime)
                problems << error(QStringLiteral("deltaColumn.notDateTime"), field,
                                  tr("The delta column must be a date-time column; \"%1\" is not.").arg(name));
        }
    }
    return problems;
}
