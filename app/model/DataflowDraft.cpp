// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/DataflowDraft.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace {

QString join(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

/** Strict reading of one recipe: every problem is recorded with its JSON path, nothing throws. */
class RecipeReader
{
    Q_DECLARE_TR_FUNCTIONS(DataflowDraft)
public:
    explicit RecipeReader(QList<DraftProblem>* problems) : m_problems(problems) { }

    void add(const QString& code, const QString& field, const QString& message)
    {
        if (m_problems)
            m_problems->append({code, field, message, DraftProblem::Severity::Error});
    }

    /** Reports the keys of @p object that are not in @p allowed (secrets are reported once, by findSecrets). */
    void checkKeys(const QJsonObject& object, const QString& path, const QStringList& allowed)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (allowed.contains(it.key()) || DataflowDraft::isSecretKey(it.key()))
                continue;
            add(QStringLiteral("recipe.unknownKey"), join(path, it.key()),
                tr("Unknown key \"%1\"; expected one of: %2.").arg(it.key(), allowed.join(QStringLiteral(", "))));
        }
    }

    void findSecrets(const QJsonValue& value, const QString& path)
    {
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QString child = join(path, it.key());
                if (DataflowDraft::isSecretKey(it.key()))
                    add(QStringLiteral("recipe.secret"), child,
                        tr("A recipe must not hold a secret: remove this key. Secrets come from the keychain or "
                           "the environment."));
                else
                    findSecrets(it.value(), child);
            }
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                findSecrets(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i));
        }
    }

    bool present(const QJsonObject& object, const QString& key, const QString& path, bool required)
    {
        if (object.contains(key))
            return true;
        if (required)
            add(QStringLiteral("recipe.missingKey"), join(path, key), tr("This key is required."));
        return false;
    }

    void wrongType(const QString& field, const QString& expected, const QJsonValue& value)
    {
        add(QStringLiteral("recipe.wrongType"), field, tr("Expected %1, found %2.").arg(expected, found(value)));
    }

    /** What the recipe holds instead, in words for the "found" of wrongType; true, false and null as JSON writes them.
     */
    static QString found(const QJsonValue& value)
    {
        switch (value.type()) {
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Bool:
            return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QJsonValue::Double:
            return tr("a number");
        case QJsonValue::String:
            return tr("a string");
        case QJsonValue::Array:
            return tr("an array");
        case QJsonValue::Object:
            return tr("an object");
        case QJsonValue::Undefined:
            break;
        }
        return tr("no value");
    }

    QString string(const QJsonObject& object, const QString& key, const QString& path, bool required,
                   const QString& fallback = {})
    {
        if (!present(object, key, path, required))
            return fallback;
        const QJsonValue value = object.value(key);
        if (!value.isString()) {
            wrongType(join(path, key), tr("a string"), value);
            return fallback;
        }
        if (required && value.toString().trimmed().isEmpty())
            add(QStringLiteral("recipe.empty"), join(path, key), tr("This value must not be empty."));
        return value.toString();
    }

    std::optional<bool> boolean(const QJsonObject& object, const QString& key, const QString& path)
    {
        if (!present(object, key, path, false))
            return std::nullopt;
        const QJsonValue value = object.value(key);
        if (!value.isBool()) {
            wrongType(join(path, key), tr("true or false"), value);
            return std::nullopt;
        }
        return value.toBool();
    }

    std::optional<qint64> integer(const QJsonObject& object, const QString& key, const QString& path, bool required)
    {
        if (!present(object, key, path, required))
            return std::nullopt;
        const QJsonValue value = object.value(key);
        const double number = value.toDouble();
        if (!value.isDouble() || std::floor(number) != number || std::abs(number) > 9.0e15) {
            wrongType(join(path, key), tr("an integer"), value);
            return std::nullopt;
        }
        return static_cast<qint64>(number);
    }

    std::optional<double> number(const QJsonObject& object, const QString& key, const QString& path)
    {
        if (!present(object, key, path, false))
            return std::nullopt;
        const QJsonValue value = object.value(key);
        if (!value.isDouble()) {
            wrongType(join(path, key), tr("a number"), value);
            return std::nullopt;
        }
        return value.toDouble();
    }

    /** The object under @p key; an empty object (and a problem) when it is missing or not an object. */
    std::optional<QJsonObject> object(const QJsonObject& parent, const QString& key, const QString& path, bool required)
    {
        if (!present(parent, key, path, required))
            return std::nullopt;
        const QJsonValue value = parent.value(key);
        if (!value.isObject()) {
            wrongType(join(path, key), tr("an object"), value);
            return std::nullopt;
        }
        return value.toObject();
    }

    QStringList strings(const QJsonObject& object, const QString& key, const QString& path)
    {
        QStringList result;
        if (!present(object, key, path, false))
            return result;
        const QJsonValue value = object.value(key);
        if (!value.isArray()) {
            wrongType(join(path, key), tr("an array of strings"), value);
            return result;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (array.at(i).isString())
                result << array.at(i).toString();
            else
                wrongType(QStringLiteral("%1[%2]").arg(join(path, key)).arg(i), tr("a string"), array.at(i));
        }
        return result;
    }

    /** "id" xor "create": the shape shared by schema and dataset. */
    bool idOrCreate(const QJsonObject& object, const QString& path)
    {
        checkKeys(object, path, {QStringLiteral("id"), QStringLiteral("create")});
        const bool hasId = object.contains(QLatin1String("id"));
        const bool hasCreate = object.contains(QLatin1String("create"));
        if (hasId == hasCreate) {
            add(QStringLiteral("recipe.idOrCreate"), path,
                tr("Give exactly one of \"id\" (to use an existing one) and \"create\" (to make a new one)."));
            return false;
        }
        return true;
    }

private:
    QList<DraftProblem>* m_problems;
};

void readPlatform(RecipeReader& r, const QJsonObject& json, DraftPlatform& platform)
{
    const QString path = QStringLiteral("platform");
    r.checkKeys(json, path,
                {QStringLiteral("imsOrg"), QStringLiteral("clientId"), QStringLiteral("sandbox"),
                 QStringLiteral("scopes"), QStringLiteral("platformUrl"), QStringLiteral("imsUrl")});
    platform.imsOrg = r.string(json, QStringLiteral("imsOrg"), path, true);
    platform.clientId = r.string(json, QStringLiteral("clientId"), path, true);
    platform.sandbox = r.string(json, QStringLiteral("sandbox"), path, true, platform.sandbox);
    platform.scopes = r.string(json, QStringLiteral("scopes"), path, false);
    platform.platformUrl = r.string(json, QStringLiteral("platformUrl"), path, false);
    platform.imsUrl = r.string(json, QStringLiteral("imsUrl"), path, false);
}

void readSource(RecipeReader& r, const QJsonObject& json, DraftSource& source)
{
    const QString path = QStringLiteral("source");
    r.checkKeys(json, path,
                {QStringLiteral("connectionSpecId"), QStringLiteral("baseConnectionId"), QStringLiteral("path"),
                 QStringLiteral("newAccount")});
    source.connectionSpecId = r.string(json, QStringLiteral("connectionSpecId"), path, true);
    source.path = r.string(json, QStringLiteral("path"), path, true);
    const bool hasAccount = json.contains(QLatin1String("newAccount"));
    source.baseConnectionId = r.string(json, QStringLiteral("baseConnectionId"), path, !hasAccount);
    if (hasAccount && json.contains(QLatin1String("baseConnectionId")))
        r.add(QStringLiteral("recipe.idOrCreate"), path,
              DataflowDraft::tr("Give either \"baseConnectionId\" or \"newAccount\", not both."));
    if (const auto account = r.object(json, QStringLiteral("newAccount"), path, false)) {
        const QString accountPath = join(path, QStringLiteral("newAccount"));
        r.checkKeys(*account, accountPath,
                    {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("authSpecName"),
                     QStringLiteral("params")});
        DraftNewAccount value;
        value.name = r.string(*account, QStringLiteral("name"), accountPath, true);
        value.description = r.string(*account, QStringLiteral("description"), accountPath, false);
        value.authSpecName = r.string(*account, QStringLiteral("authSpecName"), accountPath, true);
        if (const auto params = r.object(*account, QStringLiteral("params"), accountPath, false)) {
            // Secret keys were reported by findSecrets; their values are not kept.
            for (auto it = params->begin(); it != params->end(); ++it) {
                if (!DataflowDraft::isSecretKey(it.key()))
                    value.params.insert(it.key(), it.value());
            }
        }
        source.newAccount = value;
    }
}

void readSchema(RecipeReader& r, const QJsonObject& json, DraftSchema& schema)
{
    const QString path = QStringLiteral("schema");
    if (!r.idOrCreate(json, path))
        return;
    schema.id = r.string(json, QStringLiteral("id"), path, false);
    const auto create = r.object(json, QStringLiteral("create"), path, false);
    if (!create)
        return;
    const QString createPath = join(path, QStringLiteral("create"));
    r.checkKeys(*create, createPath,
                {QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("class"),
                 QStringLiteral("fieldGroups"), QStringLiteral("primaryIdentity"), QStringLiteral("profileEnabled")});
    DraftSchemaCreate value;
    value.title = r.string(*create, QStringLiteral("title"), createPath, true);
    value.description = r.string(*create, QStringLiteral("description"), createPath, false);
    value.xdmClass = r.string(*create, QStringLiteral("class"), createPath, true);
    value.fieldGroups = r.strings(*create, QStringLiteral("fieldGroups"), createPath);
    value.profileEnabled = r.boolean(*create, QStringLiteral("profileEnabled"), createPath).value_or(false);
    if (const auto identity = r.object(*create, QStringLiteral("primaryIdentity"), createPath, false)) {
        const QString identityPath = join(createPath, QStringLiteral("primaryIdentity"));
        r.checkKeys(*identity, identityPath, {QStringLiteral("path"), QStringLiteral("namespace")});
        DraftIdentity id;
        id.path = r.string(*identity, QStringLiteral("path"), identityPath, true);
        id.namespaceCode = r.string(*identity, QStringLiteral("namespace"), identityPath, true);
        value.primaryIdentity = id;
    }
    schema.create = value;
}

void readDataset(RecipeReader& r, const QJsonObject& json, DraftDataset& dataset)
{
    const QString path = QStringLiteral("dataset");
    if (!r.idOrCreate(json, path))
        return;
    dataset.id = r.string(json, QStringLiteral("id"), path, false);
    const auto create = r.object(json, QStringLiteral("create"), path, false);
    if (!create)
        return;
    const QString createPath = join(path, QStringLiteral("create"));
    r.checkKeys(*create, createPath,
                {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("profileEnabled")});
    DraftDatasetCreate value;
    value.name = r.string(*create, QStringLiteral("name"), createPath, true);
    value.description = r.string(*create, QStringLiteral("description"), createPath, false);
    value.profileEnabled = r.boolean(*create, QStringLiteral("profileEnabled"), createPath).value_or(false);
    dataset.create = value;
}

void readMapping(RecipeReader& r, const QJsonValue& json, QList<MappingRule>& mapping)
{
    const QString path = QStringLiteral("mapping");
    if (!json.isArray()) {
        r.wrongType(path, DataflowDraft::tr("an array of rules"), json);
        return;
    }
    const QJsonArray rules = json.toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString rulePath = QStringLiteral("mapping[%1]").arg(i);
        if (!rules.at(i).isObject()) {
            r.wrongType(rulePath, DataflowDraft::tr("an object"), rules.at(i));
            continue;
        }
        const QJsonObject rule = rules.at(i).toObject();
        r.checkKeys(rule, rulePath,
                    {QStringLiteral("source"), QStringLiteral("expression"), QStringLiteral("destination")});
        MappingRule value;
        const bool hasSource = rule.contains(QLatin1String("source"));
        if (hasSource == rule.contains(QLatin1String("expression")))
            r.add(QStringLiteral("recipe.sourceOrExpression"), rulePath,
                  DataflowDraft::tr("Give either \"source\" (a column) or \"expression\", not both."));
        value.source = r.string(rule, QStringLiteral("source"), rulePath, false);
        value.expression = r.string(rule, QStringLiteral("expression"), rulePath, false);
        value.destination = r.string(rule, QStringLiteral("destination"), rulePath, true);
        mapping.append(value);
    }
}

void readDataflow(RecipeReader& r, const QJsonObject& json, DraftDataflow& dataflow)
{
    const QString path = QStringLiteral("dataflow");
    r.checkKeys(json, path,
                {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("deltaColumn"),
                 QStringLiteral("schedule"), QStringLiteral("errorDiagnostics"),
                 QStringLiteral("partialIngestionPercent")});
    dataflow.name = r.string(json, QStringLiteral("name"), path, true);
    dataflow.description = r.string(json, QStringLiteral("description"), path, false);
    dataflow.errorDiagnostics = r.boolean(json, QStringLiteral("errorDiagnostics"), path).value_or(false);
    dataflow.partialIngestionPercent = r.number(json, QStringLiteral("partialIngestionPercent"), path);
    if (const auto delta = r.object(json, QStringLiteral("deltaColumn"), path, false)) {
        const QString deltaPath = join(path, QStringLiteral("deltaColumn"));
        r.checkKeys(*delta, deltaPath,
                    {QStringLiteral("name"), QStringLiteral("dateFormat"), QStringLiteral("timezone")});
        DeltaColumn value;
        value.name = r.string(*delta, QStringLiteral("name"), deltaPath, true);
        value.dateFormat = r.string(*delta, QStringLiteral("dateFormat"), deltaPath, false);
        value.timezone = r.string(*delta, QStringLiteral("timezone"), deltaPath, false);
        dataflow.deltaColumn = value;
    }
    if (const auto schedule = r.object(json, QStringLiteral("schedule"), path, true)) {
        const QString schedulePath = join(path, QStringLiteral("schedule"));
        r.checkKeys(*schedule, schedulePath,
                    {QStringLiteral("frequency"), QStringLiteral("interval"), QStringLiteral("startTime"),
                     QStringLiteral("backfill")});
        Schedule value;
        value.frequency = r.string(*schedule, QStringLiteral("frequency"), schedulePath, true);
        value.interval = r.integer(*schedule, QStringLiteral("interval"), schedulePath, false);
        value.startTime = r.integer(*schedule, QStringLiteral("startTime"), schedulePath, true);
        value.backfill = r.boolean(*schedule, QStringLiteral("backfill"), schedulePath);
        dataflow.schedule = value;
    }
}

void putIfSet(QJsonObject& object, const QString& key, const QString& value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

} // namespace

QJsonObject Schedule::toJson() const
{
    QJsonObject json;
    if (startTime)
        json.insert(QStringLiteral("startTime"), *startTime);
    json.insert(QStringLiteral("frequency"), frequency);
    if (interval)
        json.insert(QStringLiteral("interval"), *interval);
    if (backfill)
        json.insert(QStringLiteral("backfill"), *backfill);
    return json;
}

bool DataflowDraft::isSecretKey(const QString& key)
{
    static const QRegularExpression secret(QStringLiteral("secret|password|passwd|token|private.?key|api.?key"),
                                           QRegularExpression::CaseInsensitiveOption);
    // "accessTokenUrl" and the like name where a token comes from, not the token.
    return secret.match(key).hasMatch() && !key.endsWith(QLatin1String("url"), Qt::CaseInsensitive);
}

QJsonObject DataflowDraft::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("recipe"), kRecipeVersion);

    QJsonObject p;
    p.insert(QStringLiteral("imsOrg"), platform.imsOrg);
    p.insert(QStringLiteral("clientId"), platform.clientId);
    p.insert(QStringLiteral("sandbox"), platform.sandbox);
    putIfSet(p, QStringLiteral("scopes"), platform.scopes);
    putIfSet(p, QStringLiteral("platformUrl"), platform.platformUrl);
    putIfSet(p, QStringLiteral("imsUrl"), platform.imsUrl);
    json.insert(QStringLiteral("platform"), p);

    QJsonObject s;
    s.insert(QStringLiteral("connectionSpecId"), source.connectionSpecId);
    if (source.newAccount) {
        QJsonObject account;
        account.insert(QStringLiteral("name"), source.newAccount->name);
        putIfSet(account, QStringLiteral("description"), source.newAccount->description);
        account.insert(QStringLiteral("authSpecName"), source.newAccount->authSpecName);
        QJsonObject params;
        for (auto it = source.newAccount->params.begin(); it != source.newAccount->params.end(); ++it) {
            if (!isSecretKey(it.key()))
                params.insert(it.key(), it.value());
        }
        if (!params.isEmpty())
            account.insert(QStringLiteral("params"), params);
        s.insert(QStringLiteral("newAccount"), account);
    } else {
        s.insert(QStringLiteral("baseConnectionId"), source.baseConnectionId);
    }
    s.insert(QStringLiteral("path"), source.path);
    json.insert(QStringLiteral("source"), s);

    QJsonObject schemaJson;
    if (schema.create) {
        const DraftSchemaCreate& c = *schema.create;
        QJsonObject create;
        create.insert(QStringLiteral("title"), c.title);
        putIfSet(create, QStringLiteral("description"), c.description);
        create.insert(QStringLiteral("class"), c.xdmClass);
        create.insert(QStringLiteral("fieldGroups"), QJsonArray::fromStringList(c.fieldGroups));
        if (c.primaryIdentity)
            create.insert(QStringLiteral("primaryIdentity"),
                          QJsonObject{{QStringLiteral("path"), c.primaryIdentity->path},
                                      {QStringLiteral("namespace"), c.primaryIdentity->namespaceCode}});
        if (c.profileEnabled)
            create.insert(QStringLiteral("profileEnabled"), true);
        schemaJson.insert(QStringLiteral("create"), create);
    } else {
        schemaJson.insert(QStringLiteral("id"), schema.id);
    }
    json.insert(QStringLiteral("schema"), schemaJson);

    QJsonObject datasetJson;
    if (dataset.create) {
        QJsonObject create;
        create.insert(QStringLiteral("name"), dataset.create->name);
        putIfSet(create, QStringLiteral("description"), dataset.create->description);
        if (dataset.create->profileEnabled)
            create.insert(QStringLiteral("profileEnabled"), true);
        datasetJson.insert(QStringLiteral("create"), create);
    } else {
        datasetJson.insert(QStringLiteral("id"), dataset.id);
    }
    json.insert(QStringLiteral("dataset"), datasetJson);

    QJsonArray rules;
    for (const MappingRule& rule : mapping) {
        QJsonObject r;
        if (rule.isExpression())
            r.insert(QStringLiteral("expression"), rule.expression);
        else
            r.insert(QStringLiteral("source"), rule.source);
        r.insert(QStringLiteral("destination"), rule.destination);
        rules.append(r);
    }
    json.insert(QStringLiteral("mapping"), rules);

    QJsonObject flow;
    flow.insert(QStringLiteral("name"), dataflow.name);
    putIfSet(flow, QStringLiteral("description"), dataflow.description);
    if (dataflow.deltaColumn) {
        QJsonObject delta;
        delta.insert(QStringLiteral("name"), dataflow.deltaColumn->name);
        putIfSet(delta, QStringLiteral("dateFormat"), dataflow.deltaColumn->dateFormat);
        putIfSet(delta, QStringLiteral("timezone"), dataflow.deltaColumn->timezone);
        flow.insert(QStringLiteral("deltaColumn"), delta);
    }
    flow.insert(QStringLiteral("schedule"), dataflow.schedule.toJson());
    flow.insert(QStringLiteral("errorDiagnostics"), dataflow.errorDiagnostics);
    if (dataflow.partialIngestionPercent)
        flow.insert(QStringLiteral("partialIngestionPercent"), *dataflow.partialIngestionPercent);
    json.insert(QStringLiteral("dataflow"), flow);
    return json;
}

DataflowDraft DataflowDraft::fromJson(const QJsonObject& json, QList<DraftProblem>* problems)
{
    RecipeReader r(problems);
    DataflowDraft draft;
    r.findSecrets(json, {});
    r.checkKeys(json, {},
                {QStringLiteral("recipe"), QStringLiteral("platform"), QStringLiteral("source"),
                 QStringLiteral("schema"), QStringLiteral("dataset"), QStringLiteral("mapping"),
                 QStringLiteral("dataflow")});
    const auto version = r.integer(json, QStringLiteral("recipe"), {}, true);
    if (version && *version != kRecipeVersion)
        r.add(QStringLiteral("recipe.version"), QStringLiteral("recipe"),
              tr("Unsupported recipe version %1; this program reads version %2.").arg(*version).arg(kRecipeVersion));
    if (const auto platform = r.object(json, QStringLiteral("platform"), {}, true))
        readPlatform(r, *platform, draft.platform);
    if (const auto source = r.object(json, QStringLiteral("source"), {}, true))
        readSource(r, *source, draft.source);
    if (const auto schema = r.object(json, QStringLiteral("schema"), {}, true))
        readSchema(r, *schema, draft.schema);
    if (const auto dataset = r.object(json, QStringLiteral("dataset"), {}, true))
        readDataset(r, *dataset, draft.dataset);
    if (r.present(json, QStringLiteral("mapping"), {}, true))
        readMapping(r, json.value(QLatin1String("mapping")), draft.mapping);
    if (const auto dataflow = r.object(json, QStringLiteral("dataflow"), {}, true))
        readDataflow(r, *dataflow, draft.dataflow);
    return draft;
}

DataflowDraft DataflowDraft::fromRecipe(const QByteArray& bytes, QList<DraftProblem>* problems)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        if (problems) {
            const QString message = error.error != QJsonParseError::NoError
                ? tr("Not valid JSON at offset %1: %2.").arg(error.offset).arg(error.errorString())
                : tr("A recipe is a JSON object.");
            problems->append({QStringLiteral("recipe.invalidJson"), {}, message, DraftProblem::Severity::Error});
        }
        return {};
    }
    return fromJson(document.object(), problems);
}
