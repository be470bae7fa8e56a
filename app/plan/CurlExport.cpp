// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/CurlExport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace {

const QStringList kValueNames{QStringLiteral("baseConnectionId"),
                              QStringLiteral("sourceConnectionId"),
                              QStringLiteral("schemaId"),
                              QStringLiteral("schemaAltId"),
                              QStringLiteral("descriptorId"),
                              QStringLiteral("dataSetId"),
                              QStringLiteral("targetConnectionId"),
                              QStringLiteral("mappingSetId"),
                              QStringLiteral("mappingVersion"),
                              QStringLiteral("flowSpecId"),
                              QStringLiteral("flowSpecVersion"),
                              QStringLiteral("mappingVersionType"),
                              QStringLiteral("flowId")};

QString placeholder(const QString& name)
{
    return QStringLiteral("@@%1@@").arg(name);
}

/** jq reads each placeholder as a variable; mappingVersion becomes a number when the flow spec types it so. */
QString jqProgram(const QJsonDocument& body, QStringList* used)
{
    QString text = QString::fromUtf8(body.toJson(QJsonDocument::Indented)).trimmed();
    for (const QString& name : kValueNames) {
        const QString quoted = QLatin1Char('"') + placeholder(name) + QLatin1Char('"');
        if (!text.contains(quoted))
            continue;
        *used << name;
        if (name == QLatin1String("mappingVersion")) {
            *used << QStringLiteral("mappingVersionType");
            text.replace(quoted,
                         QStringLiteral("(if $mappingVersionType == \"number\" then ($mappingVersion | "
                                        "tonumber) else $mappingVersion end)"));
        } else {
            text.replace(quoted, QLatin1Char('$') + name);
        }
    }
    return text;
}

/** Paths hold only URL characters and ${VARIABLES}, so they go between double quotes. */
QString pathWithQuery(const StepRequest& request)
{
    QString path = request.path;
    for (const QString& name : kValueNames) {
        const QString variable = QStringLiteral("${%1}").arg(CurlExport::shellName(name));
        path.replace(placeholder(name), variable);
        // the services percent-encode ids in paths
        path.replace(QString::fromLatin1(QUrl::toPercentEncoding(placeholder(name))), variable);
    }
    if (!request.query.isEmpty())
        path += QLatin1Char('?') + request.query.toString(QUrl::FullyEncoded);
    return path;
}

/** jq filters that read a step's values from its response (the same as DataflowPlan::readResult). */
QList<QPair<QString, QString>> extractors(PlanStep::Kind kind)
{
    using K = PlanStep::Kind;
    switch (kind) {
    case K::BaseConnection:
        return {{QStringLiteral("baseConnectionId"), QStringLiteral(".id")}};
    case K::SourceConnection:
        return {{QStringLiteral("sourceConnectionId"), QStringLiteral(".id")}};
    case K::TargetConnection:
        return {{QStringLiteral("targetConnectionId"), QStringLiteral(".id")}};
    case K::Flow:
        return {{QStringLiteral("flowId"), QStringLiteral(".id")}};
    case K::Schema:
        return {{QStringLiteral("schemaId"), QStringLiteral(".\"$id\"")},
                {QStringLiteral("schemaAltId"), QStringLiteral(".\"meta:altId\"")}};
    case K::IdentityDescriptor:
        return {{QStringLiteral("descriptorId"), QStringLiteral(".\"@id\"")}};
    case K::Dataset:
        return {{QStringLiteral("dataSetId"), QStringLiteral(".[0] | sub(\"^@/dataSets/\"; \"\"; \"i\")")}};
    case K::MappingSet:
        return {{QStringLiteral("mappingSetId"), QStringLiteral(".id")},
                {QStringLiteral("mappingVersion"), QStringLiteral(".version | tostring")}};
    case K::FlowSpecLookup:
        return {
            {QStringLiteral("flowSpecId"), QStringLiteral(".items[0].id")},
            {QStringLiteral("flowSpecVersion"), QStringLiteral(".items[0].version // \"1.0\"")},
            {QStringLiteral("mappingVersionType"),
             QStringLiteral("(.items[0] | (.transformationSpecs // .transformationSpec // []) | map(select(.name == "
                            "\"Mapping\"))[0].spec.properties.mappingVersion.type // \"string\") | if . == "
                            "\"integer\" or . == \"number\" then \"number\" else \"string\" end")}};
    case K::ProfileTag:
        break;
    }
    return {};
}

const char kHelpers[] = R"bash(set -euo pipefail
for variable in ACCESS_TOKEN API_KEY IMS_ORG SANDBOX_NAME PLATFORM_URL; do
    if [ -z "${!variable:-}" ]; then
        echo "Set $variable first (see the top of this script)." >&2
        exit 2
    fi
done
PLATFORM_URL=${PLATFORM_URL%/}

# call METHOD PATH [BODY] [ACCEPT]: prints the response; stops the script on an HTTP error.
call() {
    local method=$1 path=$2 body=${3-} accept=${4:-application/json} out status
    out=$(mktemp)
    local args=(-sS -X "$method" "$PLATFORM_URL$path" -o "$out" -w '%{http_code}'
        -H "Authorization: Bearer $ACCESS_TOKEN" -H "x-api-key: $API_KEY"
        -H "x-gw-ims-org-id: $IMS_ORG" -H "x-sandbox-name: $SANDBOX_NAME" -H "Accept: $accept")
    if [ -n "$body" ]; then
        args+=(-H "Content-Type: application/json" --data-binary "$body")
    fi
    status=$(curl "${args[@]}") || { rm -f "$out"; echo "$method $path: no answer" >&2; exit 1; }
    if [ "$status" -ge 300 ]; then
        echo "$method $path failed with HTTP $status:" >&2
        cat "$out" >&2
        echo >&2
        rm -f "$out"
        exit 1
    fi
    cat "$out"
    rm -f "$out"
}

# value NAME FILTER RESPONSE: one value read from a response, or the script stops.
value() {
    local result
    if ! result=$(jq -er "$2" <<<"$3") || [ -z "$result" ]; then
        echo "The response has no $1:" >&2
        echo "$3" >&2
        exit 1
    fi
    printf '%s' "$result"
}
)bash";

} // namespace

QString CurlExport::shellName(const QString& valueName)
{
    QString result;
    for (const QChar c : valueName) {
        if (c.isUpper() && !result.isEmpty())
            result += QLatin1Char('_');
        result += c.toUpper();
    }
    return result;
}

QString CurlExport::shellQuote(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString CurlExport::script(const DataflowPlan& plan)
{
    const DataflowDraft& draft = plan.draft();
    QHash<QString, QString> placeholders;
    for (const QString& name : kValueNames)
        placeholders.insert(name, placeholder(name));
    const bool newAccount = plan.step(QStringLiteral("baseConnection")) != nullptr;

    QString s;
    s += QStringLiteral("#!/usr/bin/env bash\n");
    s += QStringLiteral(
             "# Dataflow \"%1\" (%2 -> Experience Platform), generated by aep-dataflow-wizard --export-curl.\n")
             .arg(QString(draft.dataflow.name).replace(QLatin1Char('\n'), QLatin1Char(' ')), draft.source.path);
    s += QStringLiteral(
        "# Needs bash, curl and jq. Set these environment variables first:\n"
        "#   ACCESS_TOKEN   an IMS access token (POST <IMS URL>/ims/token/v3, grant_type=client_credentials)\n"
        "#   API_KEY        the OAuth client id of the credential\n"
        "#   IMS_ORG        the organization id, e.g. 0123456789ABCDEF01234567@AdobeOrg\n"
        "#   SANDBOX_NAME   the sandbox, e.g. prod\n"
        "#   PLATFORM_URL   e.g. https://platform.adobe.io\n");
    if (newAccount)
        s += QStringLiteral(
                 "#   ACCOUNT_SECRETS  the new account's secret auth params (of \"%1\") as one JSON object,\n"
                 "#                    e.g. {\"clientSecret\": \"...\", \"accessToken\": \"...\", "
                 "\"refreshToken\": \"...\"};\n"
                 "#                    merged into auth.params of POST /connections only, never printed\n"
                 "#                    (--apply reads each one from AEP_ACCOUNT_<PARAM> instead)\n")
                 .arg(QString(draft.source.newAccount->authSpecName).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    s += QStringLiteral("# It creates each object in turn and prints their ids as one JSON object on stdout.\n"
                        "# Unlike aep-dataflow-wizard --apply, it keeps no journal: run it once.\n\n");
    s += QLatin1String(kHelpers);
    if (newAccount)
        s += QStringLiteral("if [ -z \"${ACCOUNT_SECRETS:-}\" ]; then echo \"Set ACCOUNT_SECRETS first.\" >&2; exit 2; "
                            "fi\n");
    s += QLatin1Char('\n');

    const QHash<QString, QString> initial = plan.initialValues();
    for (auto it = initial.begin(); it != initial.end(); ++it)
        s += QStringLiteral("%1=%2\n").arg(shellName(it.key()), shellQuote(it.value()));

    for (const PlanStep& step : plan.steps()) {
        StepRequest request = plan.createRequest(step, placeholders);
        if (step.kind == PlanStep::Kind::Flow) // the type is only known from the looked-up spec
            request.body = QJsonDocument(plan.flowBody(placeholders, true));
        s += QStringLiteral("\necho %1 >&2\n").arg(shellQuote(step.title));
        QString bodyArg;
        if (!request.body.isNull()) {
            QStringList used;
            const QString program = jqProgram(request.body, &used);
            QString args;
            for (const QString& name : std::as_const(used))
                args += QStringLiteral(" --arg %1 \"$%2\"").arg(name, shellName(name));
            if (step.kind == PlanStep::Kind::BaseConnection)
                args += QStringLiteral(" --argjson secrets \"$ACCOUNT_SECRETS\"");
            const QString merge = step.kind == PlanStep::Kind::BaseConnection
                ? QStringLiteral(" | .auth.params += $secrets")
                : QString();
            s += QStringLiteral("BODY=$(jq -n%1 -f /dev/stdin <<'JQ'\n(%2)%3\nJQ\n)\n").arg(args, program, merge);
            bodyArg = QStringLiteral(" \"$BODY\"");
        }
        const QString accept = request.accept.isEmpty()
            ? QString()
            : QStringLiteral(" ") + shellQuote(QString::fromLatin1(request.accept));
        if (!accept.isEmpty() && bodyArg.isEmpty())
            bodyArg = QStringLiteral(" ''");
        s += QStringLiteral("RESPONSE=$(call %1 %2%3%4)\n")
                 .arg(QString::fromLatin1(request.method), QLatin1Char('"') + pathWithQuery(request) + QLatin1Char('"'),
                      bodyArg, accept);
        for (const auto& [name, filter] : extractors(step.kind))
            s += QStringLiteral("%1=$(value %2 %3 \"$RESPONSE\")\n").arg(shellName(name), name, shellQuote(filter));
    }

    s += QStringLiteral("\njq -n");
    QString object;
    for (const QString& key : DataflowPlan::outputKeys()) {
        s += QStringLiteral(" --arg %1 \"$%2\"").arg(key, shellName(key));
        object += (object.isEmpty() ? QString() : QStringLiteral(", ")) + key + QStringLiteral(": $") + key;
    }
    s += QStringLiteral(" --arg mappingVersionType \"$MAPPING_VERSION_TYPE\" \\\n    ");
    object.replace(QStringLiteral("mappingVersion: $mappingVersion"),
                   QStringLiteral("mappingVersion: (if $mappingVersionType == \"number\" then ($mappingVersion | "
                                  "tonumber) else $mappingVersion end)"));
    s += shellQuote(QLatin1Char('{') + object + QLatin1Char('}')) + QLatin1Char('\n');
    return s;
}
