// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSchema.h"

#include "XdmLibrary.h"

#include <QJsonArray>

namespace BenchSchema {

namespace {

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

} // namespace

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

QList<AutoMap::SourceColumn> hubSpotColumns(int count)
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
    for (int i = 0; columns.size() < count; ++i) {
        const QString property = i % 3 == 2
            ? QStringLiteral("custom_field_%1").arg(i)
            : QStringLiteral("hs_%1_%2_%3")
                  .arg(QLatin1String(words[i % 24]), QLatin1String(words[(i / 24) % 24]))
                  .arg(i / 576);
        columns << AutoMap::SourceColumn{hubSpotName(property), typeOf(property)};
    }
    return columns;
}

QString xdmDir()
{
    QString dir = qEnvironmentVariable("AEP_XDM_DIR");
#ifdef AEP_XDM_DIR
    if (dir.isEmpty())
        dir = QStringLiteral(AEP_XDM_DIR);
#endif
    return dir;
}

QJsonObject generatedSchema(int count)
{
    QJsonObject groups;
    for (const XdmField& field : generatedFields(count)) {
        const QStringList parts = field.path.split(QLatin1Char('.')); // _demo.groupN.name
        QJsonObject group = groups.value(parts.at(1)).toObject();
        QJsonObject properties = group.value(QLatin1String("properties")).toObject();
        properties.insert(parts.at(2),
                          QJsonObject{{QStringLiteral("title"), field.title},
                                      {QStringLiteral("type"), QStringLiteral("string")},
                                      {QStringLiteral("meta:xdmType"), field.type}});
        group.insert(QStringLiteral("type"), QStringLiteral("object"));
        group.insert(QStringLiteral("properties"), properties);
        groups.insert(parts.at(1), group);
    }
    const QJsonObject demo{{QStringLiteral("type"), QStringLiteral("object")}, {QStringLiteral("properties"), groups}};
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("properties"), QJsonObject{{QStringLiteral("_demo"), demo}}}};
}

} // namespace BenchSchema
