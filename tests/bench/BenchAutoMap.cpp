// SPDX-License-Identifier: GPL-3.0-or-later
// The auto-map of 500 HubSpot-like columns onto a profile schema made of every profile field group of the standard
// XDM definitions (thousands of fields): the schema index built, then every column's suggestion; median of 15 runs.
//   BENCH automap_ms 12.3 ms goal 50
// The standard definitions are read at run time from AEP_XDM_DIR (environment, else the folder CMake names); when
// they are not there, the figure is measured on a generated schema of the same size and a "# " note says so.
#include "XdmLibrary.h"
#include "core/AutoMap.h"
#include "core/FieldChoices.h"
#include "core/XdmFields.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {

constexpr double kGoalMs = 50;
constexpr int kColumns = 500;
constexpr int kRuns = 15;

/** Deep merge: field groups add fields under the same objects (person, homeAddress...). */
void merge(QJsonObject& into, const QJsonObject& properties)
{
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        QJsonObject node = it.value().toObject();
        if (!into.contains(it.key())) {
            into.insert(it.key(), node);
            continue;
        }
        QJsonObject existing = into.value(it.key()).toObject();
        QJsonObject children = existing.value(QLatin1String("properties")).toObject();
        const QJsonObject more = node.value(QLatin1String("properties")).toObject();
        if (!more.isEmpty()) {
            merge(children, more);
            existing.insert(QStringLiteral("properties"), children);
            into.insert(it.key(), existing);
        }
    }
}

/** Every profile field group of @p dir merged into one schema; @p groups counts them. */
QJsonObject profileSchema(const QString& dir, int* groups)
{
    const XdmLibrary library(dir);
    if (!library.loadError().isEmpty())
        return {};
    QJsonObject properties;
    for (const QJsonObject& group : library.resources(QStringLiteral("mixins"))) {
        const QJsonArray extends = group.value(QLatin1String("meta:intendedToExtend")).toArray();
        if (!extends.contains(QJsonValue(QStringLiteral("https://ns.adobe.com/xdm/context/profile"))))
            continue;
        merge(properties, library.expandProperties(group));
        ++*groups;
    }
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}, {QStringLiteral("properties"), properties}};
}

/** Without the definitions: @p count fields in groups of 40, titled like XDM's. */
QList<XdmField> generatedFields(int count)
{
    static const char* const words[] = {"address", "city", "name",  "email", "phone",  "date",  "status", "country",
                                        "code",    "type", "score", "value", "source", "label", "count",  "id"};
    QList<XdmField> fields;
    for (int i = 0; i < count; ++i) {
        XdmField field;
        const QString a = QLatin1String(words[i % 16]);
        const QString b = QLatin1String(words[(i / 16) % 16]);
        field.path = QStringLiteral("_demo.group%1.%2%3%4").arg(i / 40).arg(a, b.left(1).toUpper() + b.mid(1)).arg(i);
        field.title = a + QLatin1Char(' ') + b;
        field.type = i % 7 == 0 ? QStringLiteral("date-time") : QStringLiteral("string");
        field.depth = 2;
        fields << field;
    }
    return fields;
}

/** 500 columns as HubSpot's Contacts table names them: its usual properties, then hs_ and custom ones. */
QList<AutoMap::SourceColumn> hubSpotColumns()
{
    static const char* const usual[] = {"firstname",
                                        "lastname",
                                        "email",
                                        "phone",
                                        "mobilephone",
                                        "city",
                                        "state",
                                        "zip",
                                        "country",
                                        "address",
                                        "company",
                                        "jobtitle",
                                        "website",
                                        "date_of_birth",
                                        "gender",
                                        "lifecyclestage",
                                        "hs_lead_status",
                                        "createdate",
                                        "lastmodifieddate",
                                        "hs_email_optout",
                                        "hs_analytics_source",
                                        "hs_analytics_num_visits",
                                        "num_notes",
                                        "notes_last_contacted",
                                        "hubspot_owner_id",
                                        "hs_persona",
                                        "industry",
                                        "annualrevenue",
                                        "numemployees",
                                        "salutation",
                                        "fax",
                                        "twitterhandle",
                                        "hs_language",
                                        "hs_timezone",
                                        "ip_city",
                                        "ip_country",
                                        "ip_state",
                                        "ip_zipcode",
                                        "hs_email_last_open_date",
                                        "hs_email_bounce",
                                        "recent_deal_amount",
                                        "total_revenue",
                                        "first_conversion_date",
                                        "hs_marital_status",
                                        "hs_education_level",
                                        "hs_preferred_language",
                                        "work_email",
                                        "hs_whatsapp_phone_number",
                                        "degree",
                                        "field_of_study",
                                        "school",
                                        "seniority",
                                        "hs_buying_role"};
    static const char* const words[]
        = {"email",      "open",     "click",  "last",    "first", "date",    "count",    "social",
           "page",       "views",    "source", "score",   "deal",  "amount",  "sequence", "form",
           "submission", "campaign", "ad",     "network", "call",  "meeting", "owner",    "team"};
    QList<AutoMap::SourceColumn> columns{{QStringLiteral("Vid"), QStringLiteral("long")},
                                         {QStringLiteral("Canonical_Vid"), QStringLiteral("long")},
                                         {QStringLiteral("Portal_Id"), QStringLiteral("string")},
                                         {QStringLiteral("Is_Contact"), QStringLiteral("boolean")},
                                         {QStringLiteral("Profile_Url"), QStringLiteral("string")},
                                         {QStringLiteral("Added_At"), QStringLiteral("date-time")}};
    const auto typeOf = [](const QString& name) {
        if (name.contains(QLatin1String("date")) || name.endsWith(QLatin1String("_at")))
            return QStringLiteral("date-time");
        if (name.contains(QLatin1String("optout")) || name.contains(QLatin1String("bounce")))
            return QStringLiteral("boolean");
        if (name.contains(QLatin1String("num")) || name.contains(QLatin1String("count")))
            return QStringLiteral("long");
        if (name.contains(QLatin1String("amount")) || name.contains(QLatin1String("revenue")))
            return QStringLiteral("double");
        return QStringLiteral("string");
    };
    const auto hubSpotName = [](const QString& property) {
        QStringList parts = property.split(QLatin1Char('_'));
        for (QString& part : parts)
            part = part.left(1).toUpper() + part.mid(1);
        return QStringLiteral("Properties_%1_Value").arg(parts.join(QLatin1Char('_')));
    };
    for (const char* property : usual)
        columns << AutoMap::SourceColumn{hubSpotName(QLatin1String(property)), typeOf(QLatin1String(property))};
    for (int i = 0; columns.size() < kColumns; ++i) {
        const QString property = i % 3 == 2
            ? QStringLiteral("custom_field_%1").arg(i)
            : QStringLiteral("hs_%1_%2_%3")
                  .arg(QLatin1String(words[i % 24]), QLatin1String(words[(i / 24) % 24]))
                  .arg(i / 576);
        columns << AutoMap::SourceColumn{hubSpotName(property), typeOf(property)};
    }
    return columns;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString dir = qEnvironmentVariable("AEP_XDM_DIR");
#ifdef AEP_XDM_DIR
    if (dir.isEmpty())
        dir = QStringLiteral(AEP_XDM_DIR);
#endif
    int groups = 0;
    QList<XdmField> leaves;
    if (!dir.isEmpty() && QDir(dir + QStringLiteral("/components/fieldgroups")).exists())
        leaves = FieldChoices::mappable(XdmFields::flatten(profileSchema(dir, &groups)));
    QString note;
    if (leaves.isEmpty()) {
        leaves = generatedFields(4000);
        note = QStringLiteral("# automap_ms: the standard XDM field groups were skipped (none found at \"%1\"): "
                              "measured on a generated schema of %2 fields")
                   .arg(dir)
                   .arg(leaves.size());
    }
    const QList<AutoMap::SourceColumn> columns = hubSpotColumns();
    std::vector<double> times;
    QList<AutoMap::Suggestion> suggestions;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        const AutoMap::Matcher matcher(leaves); // the first auto-map on a schema pays for its index
        suggestions = matcher.suggest(columns);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    const double median = times[times.size() / 2];
    int sure = 0;
    for (const AutoMap::Suggestion& s : suggestions)
        sure += s.score >= AutoMap::kAcceptThreshold ? 1 : 0;
    QTextStream err(stderr);
    err << "automap: " << columns.size() << " columns onto " << leaves.size() << " fields (" << groups
        << " profile field groups): " << suggestions.size() << " suggestions, " << sure << " from "
        << AutoMap::kAcceptThreshold << "; runs " << times.front() << ".." << times.back() << " ms" << Qt::endl;
    for (const AutoMap::Suggestion& s : suggestions.mid(0, argc > 1 && QByteArray(argv[1]) == "-v" ? 500 : 0))
        err << "  " << s.score << ' ' << s.column << " -> " << s.destination << ": " << s.why() << Qt::endl;
    QTextStream out(stdout);
    out << "BENCH automap_ms " << QString::number(median, 'f', 1) << " ms goal " << kGoalMs << Qt::endl;
    if (!note.isEmpty())
        out << note << Qt::endl;
    return 0;
}
