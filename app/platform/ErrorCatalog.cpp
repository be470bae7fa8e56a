// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/ErrorCatalog.h"

#include <QLocale>
#include <QRegularExpression>

#include <vector>

namespace {

enum Flag : unsigned {
    None = 0,
    Plural = 1, ///< "what" uses %n: the count of records
    ByStatus = 2, ///< no words of its own: the HTTP status's words fit (PlatformError says them)
};

/**
 * One entry: a code (an anchored, case-insensitive regular expression, so that one entry can cover a code every
 * service sends alike), an optional pattern on the Platform's text whose captures fill %1, %2..., and the words.
 * The first entry whose code and pattern both fit wins: entries with a pattern come before their code's catch-all.
 */
struct Row
{
    const char* code;
    const char* pattern; ///< nullptr: any text
    const char* what;
    const char* todo;
    unsigned flags = None;
    const char* context = "ErrorCatalog"; ///< of "what": older texts keep the context their translations have
};

// Shared "what to do" texts.
const char* const kFault = QT_TRANSLATE_NOOP("ErrorCatalog",
                                             "This is a fault of this program, not of your settings: please report "
                                             "it with the text under Details.");
const char* const kSignInAgain = QT_TRANSLATE_NOOP("ErrorCatalog", "Go back to the first page and sign in again.");
const char* const kDeveloperConsole = QT_TRANSLATE_NOOP(
    "ErrorCatalog", "Check the credential in the Adobe Developer Console and copy its values again.");
const char* const kReload = QT_TRANSLATE_NOOP("ErrorCatalog",
                                              "It may have been deleted in the meantime: reload the list, then "
                                              "choose another one or create a new one.");
const char* const kRerunWizard = QT_TRANSLATE_NOOP(
    "ErrorCatalog", "Go through the wizard again: it creates what is missing and keeps what still exists.");

// Field paths as the Platform writes them in mapping errors: "personalEmail.address", "_tenant.loyalty.tier".
#define AEP_FIELD "([A-Za-z_][A-Za-z0-9_.\\-]*)"

const std::vector<Row>& table()
{
    static const std::vector<Row> rows{
        // ---- API gateway (error_code) ----
        {"401013", nullptr, QT_TRANSLATE_NOOP("PlatformError", "The access token is no longer valid. Sign in again."),
         nullptr, None, "PlatformError"},
        {"403010", nullptr, QT_TRANSLATE_NOOP("PlatformError", "The request carried no access token. Sign in again."),
         nullptr, None, "PlatformError"},
        {"403000", nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "The request reached the Platform without the credential's API key "
                           "(its client ID)."),
         kSignInAgain},
        {"403003", nullptr,
         QT_TRANSLATE_NOOP("PlatformError", "The Platform refused the API key (the client ID) of this credential."),
         kDeveloperConsole, None, "PlatformError"},
        {"400003", nullptr, QT_TRANSLATE_NOOP("PlatformError", "The organization ID is missing."),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Enter the organization ID of the credential on the first page "
                           "(it ends in @AdobeOrg)."),
         None, "PlatformError"},
        {"40302[57]", nullptr,
         QT_TRANSLATE_NOOP("PlatformError",
                           "This credential has no access to Experience Platform in this "
                           "organization. Check the organization ID and the credential's product "
                           "profile."),
         nullptr, None, "PlatformError"},
        {"404000", nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The Platform has nothing at the address used."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Check the Platform address under Advanced on the first page.")},
        {"429050", nullptr, nullptr, nullptr, ByStatus}, // too many requests: the 429 words, with Retry-After
        {"[1-5][0-9][0-9]000", nullptr, nullptr, nullptr, ByStatus}, // the gateway's code for a bare HTTP status
        {"BadRequestError", nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog", "The Platform refused the format of the request (its content type)."),
         kFault},

        // ---- IMS sign-in (OAuth error) ----
        {"invalid_client", "client_id", QT_TRANSLATE_NOOP("ErrorCatalog", "Adobe does not know this client ID."),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Copy the client ID again from the credential in the Adobe Developer "
                           "Console.")},
        {"invalid_client", "client_secret", QT_TRANSLATE_NOOP("ErrorCatalog", "Adobe refused the client secret."),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Copy the client secret again from the credential in the Adobe "
                           "Developer Console: it may have been renewed.")},
        {"invalid_client|unauthorized_client", nullptr,
         QT_TRANSLATE_NOOP("PlatformError",
                           "Adobe refused the client ID or the client secret. Copy both again from "
                           "the credential in the Adobe Developer Console."),
         nullptr, None, "PlatformError"},
        {"invalid_scope", "\\(([^)]+)\\)",
         QT_TRANSLATE_NOOP("ErrorCatalog", "Adobe refused the scope \u201c%1\u201d for this credential."),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Use exactly the scopes listed for this credential in the Adobe "
                           "Developer Console.")},
        {"invalid_scope", nullptr,
         QT_TRANSLATE_NOOP("PlatformError",
                           "Adobe refused the scopes. Use exactly the scopes listed for this "
                           "credential in the Adobe Developer Console."),
         nullptr, None, "PlatformError"},
        {"invalid_request|unsupported_grant_type", nullptr,
         QT_TRANSLATE_NOOP("PlatformError",
                           "Adobe refused the sign-in request. Check the IMS address under "
                           "Advanced."),
         nullptr, None, "PlatformError"},

        // ---- Flow Service (FLOW-) ----
        {"FLOW-1100-400", "^The table '(.+)' does not exist in this source",
         QT_TRANSLATE_NOOP("ErrorCatalog", "The table \u201c%1\u201d does not exist in this source."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Choose another table on the Table page.")},
        {"FLOW-1100-400", "^The startTime cannot be changed",
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "The start time of this dataflow has passed: it can no longer be "
                           "changed."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Keep the start time as it is.")},
        {"FLOW-1100-400", "^The auth params do not match",
         QT_TRANSLATE_NOOP("ErrorCatalog", "The sign-in fields of the new account do not suit this source."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Check the new account's fields on the Source page.")},
        {"FLOW-1100-400", "^scheduleParams",
         QT_TRANSLATE_NOOP("ErrorCatalog", "The schedule does not follow this source's rules."),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Check the frequency, the interval and the start time on the Schedule "
                           "page.")},
        {"FLOW-1100-400", "^options do not match",
         QT_TRANSLATE_NOOP("ErrorCatalog", "The ingestion options do not suit this source."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Check error diagnostics and partial ingestion on the Schedule page.")},
        {"FLOW-1100-400", "^The deltaColumn (\\S+)",
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "The column \u201c%1\u201d cannot tell new and changed rows apart: it "
                           "is not a date-time column, or its date format is not usable."),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Choose another column, or correct its date format, on the Schedule "
                           "page.")},
        {"FLOW-1100-400", "^The base connection (\\S+) is not found",
         QT_TRANSLATE_NOOP("ErrorCatalog", "The account \u201c%1\u201d no longer exists in this sandbox."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Choose another account, or create a new one, on the Source page.")},
        {"FLOW-1100-400", "^The (source|target) connection (\\S+) is not found",
         QT_TRANSLATE_NOOP("ErrorCatalog", "A connection this dataflow uses no longer exists."), kRerunWizard},
        {"FLOW-1100-400", "^The dataset (\\S+) (is not found|does not use)",
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "The dataset \u201c%1\u201d no longer exists, or no longer uses the "
                           "chosen schema."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Choose the dataset again on the Dataset page.")},
        {"FLOW-1100-400", "^The schema (\\S+) is not found",
         QT_TRANSLATE_NOOP("ErrorCatalog", "The schema \u201c%1\u201d no longer exists in this sandbox."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Choose the schema again on the Schema page.")},
        {"FLOW-1100-400", "needs a name", QT_TRANSLATE_NOOP("ErrorCatalog", "A name is missing."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Give the dataflow and the new account a name.")},
        {"FLOW-1100-400", nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "The Flow Service refused the request: a value is missing or not "
                           "valid."),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Check the values entered on the previous pages; the Platform's reason "
                           "is under Details.")},
        {"FLOW-1101-404", nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "The connection asked for does not exist (or no longer exists) in this "
                           "sandbox."),
         kReload},
        {"FLOW-1401-400", nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog", "The Flow Service refused the way a list was asked for."), kFault},
        {"FLOW-1403-400", nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog", "A change was sent without the version of the object it changes."), kFault},
        {"FLOW-1404-412", nullptr,
         QT_TRANSLATE_NOOP("PlatformError",
                           "Someone changed this object in the meantime. Reload it, then try "
                           "again."),
         nullptr, None, "PlatformError"},
        {"FLOW-1405-400", nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The Flow Service received an empty request."),
         kFault},
        {"FLOW-1410-400", nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog", "A dataflow cannot be given a state when it is created."), kFault},
        {"FLOW-1412-400", nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog", "The version of the mapping this dataflow should use does not exist."),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Go back to the Mapping page, then create the dataflow again: the "
                           "mapping is saved anew.")},
        {"FLOW-1413-400", "^The base connection (\\S+) belongs to another",
         QT_TRANSLATE_NOOP("ErrorCatalog", "The chosen account belongs to another source."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Choose an account of this source on the Source page.")},
        {"FLOW-1413-400", nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "This source cannot be used in this kind of dataflow, or not with this "
                           "destination."),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Choose another source on the Source page; if it keeps happening, report "
                           "it with the text under Details.")},
        {"FLOW-1414-400", nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog", "This part of the dataflow cannot be changed once it is created."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Create a new dataflow to change it.")},
        {"FLOW-1415-400", nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog", "This source does not offer the chosen way of signing in."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Choose another authentication for the new account on the Source page.")},
        {"FLOW-1418-400", nullptr,
         QT_TRANSLATE_NOOP("PlatformError", "This account is still used by a dataflow, so it cannot be deleted."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Delete the dataflows that use it first."), None, "PlatformError"},
        {"FLOW-1425-400", nullptr,
         QT_TRANSLATE_NOOP("PlatformError", "The mapping was made for another schema than the dataset's."),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Choose a dataset of the mapping's schema on the Dataset page, or map "
                           "again."),
         None, "PlatformError"},
        {"FLOW-1432-400", nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog", "The Flow Service refused the order a list was asked in."), kFault},
        {"FLOW-1434-400|FLOW-1455-400", nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog", "The Flow Service refused a change of the dataflow as it was written."),
         kFault},
        {"FLOW-1439-404", nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog", "This dataflow does not exist (or no longer exists) in this sandbox."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "It may have been deleted: refresh the list, or check the sandbox.")},
        {"FLOW-1440-400", nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The Flow Service refused the filter of a list."),
         kFault},
        {"FLOW-2105-400", nullptr, QT_TRANSLATE_NOOP("PlatformError", "No sandbox was given. Choose a sandbox."),
         nullptr, None, "PlatformError"},
        {"FLOW-210[0-9]-404", "^The sandbox (\\S+) is not found",
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "The sandbox \u201c%1\u201d does not exist, or this credential cannot "
                           "use it."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Choose another sandbox on the first page.")},
        {"FLOW-210[0-9]-404", nullptr,
         QT_TRANSLATE_NOOP("PlatformError", "This sandbox does not exist or this credential cannot use it."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Choose another sandbox on the first page."), None, "PlatformError"},

        // ---- Schema Registry (XDM-) ----
        {"XDM-100[678]-400", nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog", "The Schema Registry refused the format a schema was asked in."), kFault},
        {"XDM-1012-404", nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "The schema, class or field group asked for does not exist (or no longer "
                           "exists) in this sandbox."),
         kReload},
        {"XDM-101[67]-400", nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog", "The Schema Registry refused the way a list was asked for."), kFault},
        {"XDM-1021-400", "needs a title", QT_TRANSLATE_NOOP("ErrorCatalog", "The new schema needs a name."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Enter a name for the schema on the Schema page.")},
        {"XDM-1021-400", "^The reference (\\S+) is not a known",
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "The class or field group \u201c%1\u201d does not exist in this "
                           "sandbox."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Choose another class or field group on the Schema page.")},
        {"XDM-1021-400", "^The field group (\\S+) cannot be used with the class",
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "The field group \u201c%1\u201d cannot be used with the schema's "
                           "class."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Remove this field group, or choose another class, on the Schema page.")},
        {"XDM-1021-400", "already has a primary identity \\((\\S+)\\)",
         QT_TRANSLATE_NOOP("ErrorCatalog", "The schema already has a primary identity: \u201c%1\u201d."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Keep that identity, or choose another schema on the Schema page.")},
        {"XDM-1021-400", "primary identity descriptor before",
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "A schema needs a primary identity before it can feed the Real-Time "
                           "Customer Profile."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Choose a primary identity on the Schema page.")},
        {"XDM-1021-400", "^The field (\\S+) does not exist in the schema",
         QT_TRANSLATE_NOOP("ErrorCatalog", "The field \u201c%1\u201d does not exist in the schema."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Choose another identity field on the Schema page.")},
        {"XDM-1021-400", "identity descriptor needs xdm:namespace",
         QT_TRANSLATE_NOOP("ErrorCatalog", "The identity field has no identity namespace."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Choose an identity namespace on the Schema page.")},
        {"XDM-1021-400", nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog", "The Schema Registry refused the schema or its identity."),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Check the schema's class, field groups and identity on the Schema page; "
                           "the Platform's reason is under Details.")},

        // ---- Catalog (CAT-) ----
        {"CAT-1400-400", nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog", "The Catalog refused the way a list was asked for."), kFault},
        {"CAT-1401-400", nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The new dataset needs a name."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Enter a name for the dataset on the Dataset page.")},
        {"CAT-1402-400", nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog", "The Catalog refused the way the dataset names its schema."), kFault},
        {"CAT-1403-400", "^The schema (\\S+) is not found",
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "The schema \u201c%1\u201d chosen for the dataset does not exist in "
                           "this sandbox."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Choose the schema again on the Schema page.")},
        {"CAT-1403-400", nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog", "The schema chosen for the dataset does not exist in this sandbox."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Choose the schema again on the Schema page.")},
        {"CAT-1404-404", "^Dataset (\\S+) not found",
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "The dataset \u201c%1\u201d does not exist (or no longer exists) in "
                           "this sandbox."),
         kReload},
        {"CAT-1404-404", nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "The dataset or the batch asked for does not exist (or no longer "
                           "exists) in this sandbox."),
         kReload},

        // ---- Data Prep (DPREP-, also written DATAPREP-) ----
        {"DPREP-1401-400", nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog", "The schema the mapping writes to does not exist in this sandbox."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Choose the schema again on the Schema page.")},
        {"DPREP-1402-400", nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The mapping maps no field."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Map at least one field on the Mapping page.")},
        {"DPREP-1403-400", nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "Data Prep refused the kind of a mapping rule."),
         kFault},
        {"DPREP-1404-404", nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog", "The mapping set asked for does not exist (or no longer exists)."),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Go back to the Mapping page, then create the dataflow again: the "
                           "mapping is saved anew.")},
        {"DPREP-1405-400", nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The Platform found problems in the mapping."),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Correct the rules on the Mapping page; the Platform's reasons are under "
                           "Details.")},
        {"DPREP-1406-400", nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog", "Data Prep refused the way a list was asked for."), kFault},

        // ---- Sandbox management (SMS-) ----
        {"SMS-2011-404", "^Sandbox (\\S+) not found",
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "The sandbox \u201c%1\u201d does not exist, or this credential cannot "
                           "use it."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Choose another sandbox on the first page.")},
        {"SMS-2011-404", nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog", "This sandbox does not exist, or this credential cannot use it."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Choose another sandbox on the first page.")},
        {"SMS-203[01]-400", nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "The sandbox service refused the way the list of sandboxes was asked "
                           "for."),
         kFault},

        // ---- Every service alike (FLOW, XDM, CAT, DPREP, SMS), after the codes a service gives its own words ----
        {"[A-Z]+-1100-400", "^Malformed JSON",
         QT_TRANSLATE_NOOP("ErrorCatalog", "The Platform could not read the request."), kFault},
        {"[A-Z]+-1101-404", nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The Platform has nothing at the address used."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Check the Platform address under Advanced on the first page.")},
        {"[A-Z]+-1103-[0-9]{3}", nullptr, nullptr, nullptr, ByStatus}, // a passing failure of the service
        {"[A-Z]+-1104-404", nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog", "This sandbox does not exist, or this credential cannot use it."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Choose another sandbox on the first page.")},
        {"[A-Z]+-1100-400", nullptr,
         QT_TRANSLATE_NOOP("ErrorCatalog", "The Platform refused the request as it was written."), kFault},

        // ---- Run-level codes (Runs page) ----
        {"CONNECTOR-1001-500", nullptr,
         QT_TRANSLATE_NOOP("RunErrorText",
                           "The run could not read the source. Check that the source account still "
                           "works and that the table or file still exists."),
         nullptr, None, "RunErrorText"},
        {"CONNECTOR-2001-500", "^(\\d+) of (\\d+) records failed, above the ([0-9.]+)% partial ingestion threshold",
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "%1 of the %2 records were refused, more than the partial ingestion "
                           "threshold of %3%: the run failed and nothing was ingested."),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Correct the errors listed here, or raise the threshold on the Schedule "
                           "page.")},
        {"CONNECTOR-2001-500", "^The source, dataset, schema or mapping of this flow no longer exists",
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "The source, dataset, schema or mapping this dataflow uses no longer "
                           "exists."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Create the dataflow again with the wizard, or delete this one.")},
        {"CONNECTOR-2001-500", nullptr,
         QT_TRANSLATE_NOOP("RunErrorText",
                           "The run could not copy the data into the dataset: too many records were "
                           "refused, or the source, dataset, schema or mapping it uses no longer "
                           "exists."),
         nullptr, None, "RunErrorText"},
        {"MAPPER-3700-400", "^" AEP_FIELD ": the required field is empty$",
         QT_TRANSLATE_N_NOOP("ErrorCatalog",
                             "%n record(s) have no value for \u201c%1\u201d, and this field must be "
                             "filled (it is required, or it is the identity): these records were "
                             "skipped."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Map another column to this field, or fill the value in the source."),
         Plural},
        {"MAPPER-3700-400", "^" AEP_FIELD ": the required field is not mapped$",
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "The required field \u201c%1\u201d is not mapped, so no record could be "
                           "ingested."),
         QT_TRANSLATE_NOOP("ErrorCatalog", "Map a column to this field on the Mapping page.")},
        {"MAPPER-3700-400", "^" AEP_FIELD ": '(.*)' is not a valid email address$",
         QT_TRANSLATE_N_NOOP("ErrorCatalog",
                             "%n record(s) have a value for \u201c%1\u201d that is not an e-mail "
                             "address (for example \u201c%2\u201d): these records were skipped."),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Correct the addresses in the source, or map another column to this "
                           "field."),
         Plural},
        {"MAPPER-3700-400", "^" AEP_FIELD ": '(.*)' is not one of the allowed values$",
         QT_TRANSLATE_N_NOOP("ErrorCatalog",
                             "%n record(s) have a value that the field \u201c%1\u201d does not "
                             "allow (for example \u201c%2\u201d): these records were skipped."),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Change the values in the source, or turn them into allowed ones with a "
                           "calculated field on the Mapping page."),
         Plural},
        {"MAPPER-3700-400", "^" AEP_FIELD ": '(.*)' is not a valid (.+)$",
         QT_TRANSLATE_N_NOOP("ErrorCatalog",
                             "%n record(s) have a value that does not fit the type of \u201c%1\u201d "
                             "(%3; for example \u201c%2\u201d): these records were skipped."),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Convert the value with a calculated field on the Mapping page, or "
                           "correct it in the source."),
         Plural},
        {"MAPPER-3700-400", "^" AEP_FIELD ": (.+) is out of range$",
         QT_TRANSLATE_N_NOOP("ErrorCatalog",
                             "%n record(s) have a number too large or too small for \u201c%1\u201d "
                             "(for example %2): these records were skipped."),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Map this column to a field of a larger type, or correct the values in "
                           "the source."),
         Plural},
        {"MAPPER-3700-400", "^" AEP_FIELD ": expected (.+)$",
         QT_TRANSLATE_N_NOOP("ErrorCatalog",
                             "%n record(s) have a value of the wrong type for \u201c%1\u201d "
                             "(expected: %2): these records were skipped."),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Convert the value with a calculated field on the Mapping page, or "
                           "correct it in the source."),
         Plural},
        {"MAPPER-3700-400", "^" AEP_FIELD ": .+$",
         QT_TRANSLATE_N_NOOP("ErrorCatalog",
                             "%n record(s) could not be mapped to \u201c%1\u201d: these records were "
                             "skipped."),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "The Platform's reason is under Details: correct the mapping of this "
                           "field, or the values in the source."),
         Plural},
        {"MAPPER-3700-400", nullptr,
         QT_TRANSLATE_NOOP("RunErrorText",
                           "A record could not be mapped: one of its values does not fit the schema "
                           "field it goes to (wrong type or format, or a required value is "
                           "missing). The record was not ingested."),
         nullptr, None, "RunErrorText"},
        // Records the mapping made but the dataset refused when they were written (INGEST-1212-400, -1401-400...).
        {"INGEST-1555-400", nullptr,
         QT_TRANSLATE_N_NOOP("ErrorCatalog",
                             "%n record(s) have no value for a field the schema requires (a required field, or the "
                             "identity): the dataset refused them."),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "Map a column to every required field on the Mapping page, or fill the values in the "
                           "source."),
         Plural},
        {"INGEST-[0-9]+-[0-9]{3}", nullptr,
         QT_TRANSLATE_N_NOOP("ErrorCatalog",
                             "%n record(s) were refused when written to the dataset: they do not fit its schema (a "
                             "value of the wrong type or format, or a value missing)."),
         QT_TRANSLATE_NOOP("ErrorCatalog",
                           "The Platform's reason is under Details: correct the mapping on the Mapping page, or the "
                           "values in the source."),
         Plural},
    };
    return rows;
}

#undef AEP_FIELD

QString normalized(const QString& code)
{
    QString c = code.trimmed();
    if (c.startsWith(QLatin1String("DATAPREP-"), Qt::CaseInsensitive))
        c = QStringLiteral("DPREP-") + c.mid(9);
    return c;
}

const QRegularExpression& codeRegex(size_t i)
{
    static const std::vector<QRegularExpression> compiled = [] {
        std::vector<QRegularExpression> all;
        for (const Row& row : table())
            all.emplace_back(QStringLiteral("^(?:%1)$").arg(QLatin1String(row.code)),
                             QRegularExpression::CaseInsensitiveOption);
        return all;
    }();
    return compiled.at(i);
}

const QRegularExpression& patternRegex(size_t i)
{
    static const std::vector<QRegularExpression> compiled = [] {
        std::vector<QRegularExpression> all;
        for (const Row& row : table())
            all.emplace_back(row.pattern ? QString::fromUtf8(row.pattern) : QString());
        return all;
    }();
    return compiled.at(i);
}

/** Numbers the Platform writes in its own (C) way, written the user's way: "1204" -> "1 204" in French. */
QString localized(const QString& value)
{
    static const QRegularExpression number(QStringLiteral("^[0-9]+(\\.[0-9]+)?$"));
    const auto m = number.match(value);
    if (!m.hasMatch())
        return value;
    if (m.captured(1).isEmpty())
        return QLocale().toString(value.toLongLong());
    return QLocale().toString(value.toDouble(), 'f', int(m.captured(1).size() - 1));
}

} // namespace

QString ErrorCatalog::Message::text() const
{
    return todo.isEmpty() ? what : what + QLatin1Char(' ') + todo;
}

ErrorCatalog::Match ErrorCatalog::match(const QString& code, const QString& platformText)
{
    Match found;
    const QString c = normalized(code);
    if (c.isEmpty())
        return found;
    const std::vector<Row>& rows = table();
    for (size_t i = 0; i < rows.size(); ++i) {
        if (!codeRegex(i).match(c).hasMatch())
            continue;
        QStringList values;
        if (rows[i].pattern) {
            const QRegularExpressionMatch m = patternRegex(i).match(platformText);
            if (platformText.isEmpty() || !m.hasMatch())
                continue;
            for (int g = 1; g <= m.lastCapturedIndex(); ++g)
                values << m.captured(g);
        }
        found.row = int(i);
        found.values = values;
        found.byStatus = (rows[i].flags & ByStatus) != 0;
        return found;
    }
    return found;
}

bool ErrorCatalog::knows(const QString& code)
{
    return match(code).isValid();
}

ErrorCatalog::Message ErrorCatalog::message(const Match& match, qint64 count)
{
    Message m;
    if (!match.isValid() || match.byStatus)
        return m;
    const Row& row = table().at(size_t(match.row));
    m.what = (row.flags & Plural)
        ? QCoreApplication::translate(row.context, row.what, nullptr, int(qMax<qint64>(1, count)))
        : QCoreApplication::translate(row.context, row.what);
    // %1, %2... are the values in order, replaced in one pass (a value may itself contain "%2").
    static const QRegularExpression placeholder(QStringLiteral("%([1-9])"));
    QString filled;
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(m.what); it.hasNext();) {
        const QRegularExpressionMatch p = it.next();
        const qsizetype index = p.captured(1).toInt() - 1;
        filled += m.what.mid(from, p.capturedStart() - from);
        filled += index < match.values.size() ? localized(match.values.at(index)) : p.captured(0);
        from = p.capturedEnd();
    }
    m.what = filled + m.what.mid(from);
    if (row.todo)
        m.todo = QCoreApplication::translate("ErrorCatalog", row.todo);
    return m;
}

ErrorCatalog::Message ErrorCatalog::message(const QString& code, const QString& platformText, qint64 count)
{
    return message(match(code, platformText), count);
}

QString ErrorCatalog::groupKey(const QString& code, const Match& match)
{
    if (!match.isValid())
        return {};
    // Same entry and same first value (the field, the name): one group; other values (examples) may differ.
    return normalized(code).toUpper() + QLatin1Char('#') + QString::number(match.row) + QLatin1Char('#')
        + match.values.value(0);
}

QList<ErrorCatalog::Source> ErrorCatalog::sources()
{
    QList<Source> all;
    for (const Row& row : table()) {
        if (row.what)
            all.append(Source{QLatin1String(row.code), row.context, row.what, (row.flags & Plural) != 0});
        if (row.todo)
            all.append(Source{QLatin1String(row.code), "ErrorCatalog", row.todo, false});
    }
    return all;
}
