// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoData.h"

#include "FlowSpecs.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace {

const QStringList kFirstNames{
    QStringLiteral("Camille"), QStringLiteral("Louis"),  QStringLiteral("Emma"),   QStringLiteral("Hugo"),
    QStringLiteral("Chloé"),   QStringLiteral("Nathan"), QStringLiteral("Olivia"), QStringLiteral("Liam"),
    QStringLiteral("Sofia"),   QStringLiteral("Mateo"),  QStringLiteral("Amara"),  QStringLiteral("Kenji"),
    QStringLiteral("Inès"),    QStringLiteral("Jonas"),  QStringLiteral("Priya"),  QStringLiteral("Noah")};
const QStringList kLastNames{QStringLiteral("Martin"),  QStringLiteral("Bernard"), QStringLiteral("Dubois"),
                             QStringLiteral("Smith"),   QStringLiteral("Johnson"), QStringLiteral("García"),
                             QStringLiteral("Müller"),  QStringLiteral("Rossi"),   QStringLiteral("Tanaka"),
                             QStringLiteral("Okafor"),  QStringLiteral("Nguyen"),  QStringLiteral("Kowalski"),
                             QStringLiteral("Lefèvre"), QStringLiteral("Silva"),   QStringLiteral("O'Brien")};
const QStringList kCompanies{QStringLiteral("Acme Analytics"),    QStringLiteral("Blue Harbor Foods"),
                             QStringLiteral("Cobalt Logistics"),  QStringLiteral("Delta Florals"),
                             QStringLiteral("Evergreen Clinics"), QStringLiteral("Fjord Outdoor"),
                             QStringLiteral("Granite Legal"),     QStringLiteral("Helios Solar")};
const QStringList kCities{
    QStringLiteral("Paris|IDF|75002|France"),        QStringLiteral("Lyon|ARA|69002|France"),
    QStringLiteral("Boston|MA|02110|United States"), QStringLiteral("Austin|TX|78701|United States"),
    QStringLiteral("Montréal|QC|H2Y 1C6|Canada"),    QStringLiteral("Berlin|BE|10115|Germany")};
const QStringList kStages{
    QStringLiteral("subscriber"),         QStringLiteral("lead"),        QStringLiteral("marketingqualifiedlead"),
    QStringLiteral("salesqualifiedlead"), QStringLiteral("opportunity"), QStringLiteral("customer")};

// Fixed so that the same --seed gives the same rows whatever the day.
const qint64 kAnchorSecs = QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();

QString pick(std::mt19937& rng, const QStringList& list)
{
    return list.at(int(rng() % quint32(list.size())));
}

QString stamp(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// Dates in the two years before the anchor; i orders them loosely so that delta windows select slices.
qint64 pastSecs(std::mt19937& rng, int i, int total)
{
    const qint64 span = 2 * 365 * 86400LL;
    const qint64 base = kAnchorSecs - span + span * i / qMax(1, total);
    return base + qint64(rng() % 86400);
}

QString emailFor(const QString& first, const QString& last, int i)
{
    QString local = (first + QLatin1Char('.') + last).toLower();
    local.remove(QLatin1Char('\''));
    static const QRegularExpression notLetterOrDot(QStringLiteral("[^a-z.]"));
    return local.normalized(QString::NormalizationForm_D).remove(notLetterOrDot) + QString::number(i)
        + QStringLiteral("@example.com");
}

} // namespace

int DemoData::Table::columnIndex(const QString& name) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).name == name) {
            return int(i);
        }
    }
    return -1;
}

DemoData::DemoData(int rows, quint32 seed) : m_rows(qMax(1, rows)), m_seed(seed)
{
    define();
}

void DemoData::define()
{
    const int contacts = m_rows;
    // Each generator sees the same per-row random stream, so columns of one row agree (names and email).
    const auto name = [](std::mt19937& rng, int) { return pick(rng, kFirstNames); };
    Definition hubContacts{FlowSpecs::hubspot, QStringLiteral("Hubspot.Contacts"), contacts, {}};
    const auto col = [](const QString& n, const QString& t) { return Column{n, t}; };
    hubContacts.columns = {
        {col(QStringLiteral("Vid"), QStringLiteral("long")), [](std::mt19937&, int i) { return QJsonValue(1001 + i); }},
        {col(QStringLiteral("Canonical_Vid"), QStringLiteral("long")),
         [](std::mt19937&, int i) { return QJsonValue(1001 + i); }},
        {col(QStringLiteral("Portal_Id"), QStringLiteral("string")),
         [](std::mt19937&, int) { return QJsonValue(QStringLiteral("7710523")); }},
        {col(QStringLiteral("Is_Contact"), QStringLiteral("boolean")),
         [](std::mt19937& rng, int) { return QJsonValue(rng() % 10 != 0); }},
        {col(QStringLiteral("Profile_Token"), QStringLiteral("string")),
         [](std::mt19937& rng, int) { return QJsonValue(QString::number(rng(), 36) + QString::number(rng(), 36)); }},
        {col(QStringLiteral("Profile_Url"), QStringLiteral("string")),
         [](std::mt19937&, int i) {
             return QJsonValue(QStringLiteral("https://app.hubspot.com/contacts/7710523/contact/%1").arg(1001 + i));
         }},
        {col(QStringLiteral("Added_At"), QStringLiteral("date-time")),
         [](std::mt19937& rng, int i) { return QJsonValue(stamp(pastSecs(rng, i, 1 << 20))); }},
        {col(QStringLiteral("Properties_Firstname_Value"), QStringLiteral("string")), name},
        {col(QStringLiteral("Properties_Lastname_Value"), QStringLiteral("string")),
         [](std::mt19937& rng, int) { return QJsonValue(pick(rng, kLastNames)); }},
        {col(QStringLiteral("Properties_Email_Value"), QStringLiteral("string")), nullptr},
        {col(QStringLiteral("Properties_Company_Value"), QStringLiteral("string")),
         [](std::mt19937& rng, int) { return QJsonValue(pick(rng, kCompanies)); }},
        {col(QStringLiteral("Properties_Phone_Value"), QStringLiteral("string")),
         [](std::mt19937& rng, int) {
             return QJsonValue(QStringLiteral("+33 6 %1 %2 %3 %4")
                                   .arg(rng() % 90 + 10)
                                   .arg(rng() % 90 + 10)
                                   .arg(rng() % 90 + 10)
                                   .arg(rng() % 90 + 10));
         }},
        {col(QStringLiteral("Properties_City_Value"), QStringLiteral("string")), nullptr},
        {col(QStringLiteral("Properties_State_Value"), QStringLiteral("string")), nullptr},
        {col(QStringLiteral("Properties_Zip_Value"), QStringLiteral("string")), nullptr},
        {col(QStringLiteral("Properties_Country_Value"), QStringLiteral("string")), nullptr},
        {col(QStringLiteral("Properties_Createdate_Value"), QStringLiteral("date-time")), nullptr},
        {col(QStringLiteral("Properties_Lastmodifieddate_Value"), QStringLiteral("date-time")), nullptr},
        {col(QStringLiteral("Properties_Lifecyclestage_Value"), QStringLiteral("string")),
         [](std::mt19937& rng, int) { return QJsonValue(pick(rng, kStages)); }},
        {col(QStringLiteral("Properties_Hs_Lead_Status_Value"), QStringLiteral("string")), [](std::mt19937& rng, int) {
             static const QStringList statuses{QStringLiteral("NEW"), QStringLiteral("OPEN"),
                                               QStringLiteral("IN_PROGRESS"), QStringLiteral("CONNECTED")};
             return QJsonValue(pick(rng, statuses));
         }}};
    m_definitions.append(hubContacts);

    Definition companies{FlowSpecs::hubspot, QStringLiteral("Hubspot.Companies"), contacts / 5 + 1, {}};
    companies.columns
        = {{col(QStringLiteral("Company_Id"), QStringLiteral("long")),
            [](std::mt19937&, int i) { return QJsonValue(50001 + i); }},
           {col(QStringLiteral("Properties_Name_Value"), QStringLiteral("string")),
            [](std::mt19937& rng, int i) { return QJsonValue(pick(rng, kCompanies) + QStringLiteral(" #%1").arg(i)); }},
           {col(QStringLiteral("Properties_Domain_Value"), QStringLiteral("string")),
            [](std::mt19937&, int i) { return QJsonValue(QStringLiteral("company%1.example.com").arg(i)); }},
           {col(QStringLiteral("Properties_Industry_Value"), QStringLiteral("string")),
            [](std::mt19937& rng, int) {
                static const QStringList industries{QStringLiteral("RETAIL"), QStringLiteral("HOSPITAL_HEALTH_CARE"),
                                                    QStringLiteral("COMPUTER_SOFTWARE"), QStringLiteral("LOGISTICS")};
                return QJsonValue(pick(rng, industries));
            }},
           {col(QStringLiteral("Properties_Numberofemployees_Value"), QStringLiteral("long")),
            [](std::mt19937& rng, int) { return QJsonValue(int(rng() % 5000) + 1); }},
           {col(QStringLiteral("Properties_Annualrevenue_Value"), QStringLiteral("double")),
            [](std::mt19937& rng, int) { return QJsonValue(double(rng() % 100000000) / 100.0); }},
           {col(QStringLiteral("Properties_Createdate_Value"), QStringLiteral("date-time")),
            [](std::mt19937& rng, int i) { return QJsonValue(stamp(pastSecs(rng, i, 1 << 18))); }},
           {col(QStringLiteral("Properties_Hs_Lastmodifieddate_Value"), QStringLiteral("date-time")),
            [contacts](std::mt19937& rng, int i) { return QJsonValue(stamp(pastSecs(rng, i, contacts / 5 + 1))); }}};
    m_definitions.append(companies);

    Definition deals{FlowSpecs::hubspot, QStringLiteral("Hubspot.Deals"), contacts / 2 + 1, {}};
    deals.columns = {
        {col(QStringLiteral("Deal_Id"), QStringLiteral("long")),
         [](std::mt19937&, int i) { return QJsonValue(90001 + i); }},
        {col(QStringLiteral("Properties_Dealname_Value"), QStringLiteral("string")),
         [](std::mt19937& rng, int i) {
             return QJsonValue(pick(rng, kCompanies) + QStringLiteral(" renewal %1").arg(i));
         }},
        {col(QStringLiteral("Properties_Amount_Value"), QStringLiteral("double")),
         [](std::mt19937& rng, int) { return QJsonValue(double(rng() % 5000000) / 100.0); }},
        {col(QStringLiteral("Properties_Dealstage_Value"), QStringLiteral("string")),
         [](std::mt19937& rng, int) {
             static const QStringList stages{QStringLiteral("appointmentscheduled"), QStringLiteral("qualifiedtobuy"),
                                             QStringLiteral("closedwon"), QStringLiteral("closedlost")};
             return QJsonValue(pick(rng, stages));
         }},
        {col(QStringLiteral("Properties_Pipeline_Value"), QStringLiteral("string")),
         [](std::mt19937&, int) { return QJsonValue(QStringLiteral("default")); }},
        {col(QStringLiteral("Properties_Closedate_Value"), QStringLiteral("date-time")),
         [](std::mt19937& rng, int i) { return QJsonValue(stamp(pastSecs(rng, i, 1 << 18) + 30 * 86400)); }},
        {col(QStringLiteral("Associated_Company_Id"), QStringLiteral("long")),
         [contacts](std::mt19937& rng, int) { return QJsonValue(50001 + int(rng() % quint32(contacts / 5 + 1))); }},
        {col(QStringLiteral("Properties_Hs_Lastmodifieddate_Value"), QStringLiteral("date-time")),
         [contacts](std::mt19937& rng, int i) { return QJsonValue(stamp(pastSecs(rng, i, contacts / 2 + 1))); }}};
    m_definitions.append(deals);

    Definition owners{FlowSpecs::hubspot, QStringLiteral("Hubspot.Owners"), 12, {}};
    owners.columns = {{col(QStringLiteral("Owner_Id"), QStringLiteral("long")),
                       [](std::mt19937&, int i) { return QJsonValue(301 + i); }},
                      {col(QStringLiteral("First_Name"), QStringLiteral("string")), name},
                      {col(QStringLiteral("Last_Name"), QStringLiteral("string")),
                       [](std::mt19937& rng, int) { return QJsonValue(pick(rng, kLastNames)); }},
                      {col(QStringLiteral("Email"), QStringLiteral("string")),
                       [](std::mt19937&, int i) { return QJsonValue(QStringLiteral("owner%1@example.com").arg(i)); }},
                      {col(QStringLiteral("Is_Active"), QStringLiteral("boolean")),
                       [](std::mt19937&, int i) { return QJsonValue(i % 5 != 4); }},
                      {col(QStringLiteral("Created_At"), QStringLiteral("date-time")),
                       [](std::mt19937& rng, int i) { return QJsonValue(stamp(pastSecs(rng, i, 12))); }},
                      {col(QStringLiteral("Updated_At"), QStringLiteral("date-time")),
                       [](std::mt19937& rng, int i) { return QJsonValue(stamp(pastSecs(rng, i, 12) + 3600)); }}};
    m_definitions.append(owners);

    // One small people table for each of the other tabular sources.
    const auto people = [&](const QString& spec, const QString& path, const QString& idName, const QString& emailName,
                            const QString& modifiedName) {
        Definition table{spec, path, qMin(contacts, 200), {}};
        table.columns
            = {{col(idName, QStringLiteral("string")),
                [](std::mt19937&, int i) { return QJsonValue(QStringLiteral("S%1").arg(100000 + i)); }},
               {col(QStringLiteral("FirstName"), QStringLiteral("string")), name},
               {col(QStringLiteral("LastName"), QStringLiteral("string")),
                [](std::mt19937& rng, int) { return QJsonValue(pick(rng, kLastNames)); }},
               {col(emailName, QStringLiteral("string")),
                [](std::mt19937&, int i) { return QJsonValue(QStringLiteral("member%1@example.org").arg(i)); }},
               {col(modifiedName, QStringLiteral("date-time")),
                [](std::mt19937& rng, int i) { return QJsonValue(stamp(pastSecs(rng, i, 200))); }}};
        m_definitions.append(table);
    };
    people(FlowSpecs::salesforceMarketingCloud, QStringLiteral("Subscribers"), QStringLiteral("SubscriberKey"),
           QStringLiteral("EmailAddress"), QStringLiteral("ModifiedDate"));
    people(FlowSpecs::eloqua, QStringLiteral("Eloqua.Contacts"), QStringLiteral("ContactID"),
           QStringLiteral("EmailAddress"), QStringLiteral("UpdatedAt"));
    people(FlowSpecs::responsys, QStringLiteral("Responsys.Profile_List"), QStringLiteral("RIID"),
           QStringLiteral("EMAIL_ADDRESS"), QStringLiteral("MODIFIED_DATE"));
}

QStringList DemoData::tables(const QString& connectionSpecId) const
{
    QStringList names;
    for (const Definition& definition : m_definitions) {
        if (definition.specId == connectionSpecId) {
            names.append(definition.path);
        }
    }
    return names;
}

const DemoData::Table* DemoData::table(const QString& connectionSpecId, const QString& path)
{
    const QString key = connectionSpecId + QLatin1Char('/') + path;
    if (auto it = m_tables.constFind(key); it != m_tables.constEnd()) {
        return it->get();
    }
    for (const Definition& definition : m_definitions) {
        if (definition.specId != connectionSpecId || definition.path != path) {
            continue;
        }
        auto table = std::make_shared<Table>();
        table->path = path;
        for (const auto& column : definition.columns) {
            table->columns.append(column.first);
        }
        table->rows.reserve(size_t(definition.rows));
        const bool contacts = path == QLatin1String("Hubspot.Contacts");
        for (int i = 0; i < definition.rows; ++i) {
            std::mt19937 rng(m_seed * 7919u + quint32(i) * 104729u + quint32(qHash(path)));
            QList<QJsonValue> row;
            row.reserve(definition.columns.size());
            for (const auto& column : definition.columns) {
                row.append(column.second ? column.second(rng, i) : QJsonValue());
            }
            if (contacts) {
                // Columns that must agree with each other within a row, plus the deliberate dirt.
                const QString first = row.at(7).toString();
                const QString last = row.at(8).toString();
                const quint32 dirt = rng() % 100;
                row[9] = dirt < 3
                    ? QString()
                    : (dirt < 5 ? QString(first + QStringLiteral(" at example.com")) : emailFor(first, last, i));
                const QStringList place = pick(rng, kCities).split(QLatin1Char('|'));
                row[12] = place.at(0);
                row[13] = place.at(1);
                row[14] = place.at(2);
                row[15] = place.at(3);
                const qint64 created = pastSecs(rng, i, definition.rows);
                row[16] = dirt >= 5 && dirt < 7 ? QStringLiteral("31/02/2024") : stamp(created);
                row[17] = stamp(created + qint64(rng() % (30 * 86400)));
            }
            table->rows.push_back(std::move(row));
        }
        m_tables.insert(key, table);
        return table.get();
    }
    return nullptr;
}

QJsonArray DemoData::describeColumns(const Table& table)
{
    QJsonArray columns;
    for (const Column& column : table.columns) {
        QJsonObject entry{{QStringLiteral("name"), column.name}};
        if (column.type == QLatin1String("date-time")) {
            entry.insert(QStringLiteral("type"), QStringLiteral("string"));
            entry.insert(QStringLiteral("meta:xdmType"), QStringLiteral("date-time"));
            entry.insert(QStringLiteral("xdm"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                     {QStringLiteral("format"), QStringLiteral("date-time")}});
        } else {
            const QString xdmType = column.type == QLatin1String("long")
                ? QStringLiteral("integer")
                : (column.type == QLatin1String("double") ? QStringLiteral("number") : column.type);
            entry.insert(QStringLiteral("type"), column.type);
            entry.insert(QStringLiteral("meta:xdmType"),
                         column.type == QLatin1String("double") ? QStringLiteral("number") : column.type);
            entry.insert(QStringLiteral("xdm"), QJsonObject{{QStringLiteral("type"), xdmType}});
        }
        columns.append(entry);
    }
    return columns;
}

QJsonObject DemoData::rowObject(const Table& table, qsizetype index)
{
    QJsonObject row;
    const auto& values = table.rows.at(size_t(index));
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        row.insert(table.columns.at(c).name, values.at(c));
    }
    return row;
}

QJsonObject DemoData::restMemberSchema()
{
    const auto type = [](const char* name, const char* format = nullptr) {
        QJsonObject field{{QStringLiteral("type"), QLatin1String(name)}};
        if (format) {
            field.insert(QStringLiteral("format"), QLatin1String(format));
        }
        return field;
    };
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("properties"),
                        QJsonObject{{QStringLiteral("id"), type("string")},
                                    {QStringLiteral("email_address"), type("string", "email")},
                                    {QStringLiteral("unique_email_id"), type("string")},
                                    {QStringLiteral("status"), type("string")},
                                    {QStringLiteral("merge_fields"),
                                     QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                                 {QStringLiteral("properties"),
                                                  QJsonObject{{QStringLiteral("FNAME"), type("string")},
                                                              {QStringLiteral("LNAME"), type("string")}}}}},
                                    {QStringLiteral("language"), type("string")},
                                    {QStringLiteral("vip"), type("boolean")},
                                    {QStringLiteral("timestamp_signup"), type("string", "date-time")},
                                    {QStringLiteral("last_changed"), type("string", "date-time")},
                                    {QStringLiteral("list_id"), type("string")}}}};
}

QJsonArray DemoData::restMembers(const QString& listId, int count) const
{
    static const QStringList statuses{QStringLiteral("subscribed"), QStringLiteral("subscribed"),
                                      QStringLiteral("subscribed"), QStringLiteral("unsubscribed"),
                                      QStringLiteral("cleaned"),    QStringLiteral("pending")};
    QJsonArray members;
    for (int i = 0; i < count; ++i) {
        std::mt19937 rng(m_seed * 7919u + quint32(i) * 104729u + quint32(qHash(listId)));
        const QString first = pick(rng, kFirstNames);
        const QString last = pick(rng, kLastNames);
        const QString email = emailFor(first, last, i);
        const qint64 signup = pastSecs(rng, i, count);
        members.append(QJsonObject{
            {QStringLiteral("id"),
             QString::fromLatin1(QCryptographicHash::hash(email.toLower().toUtf8(), QCryptographicHash::Md5).toHex())},
            {QStringLiteral("email_address"), email},
            {QStringLiteral("unique_email_id"), QString::number(rng(), 16)},
            {QStringLiteral("status"), pick(rng, statuses)},
            {QStringLiteral("merge_fields"),
             QJsonObject{{QStringLiteral("FNAME"), first}, {QStringLiteral("LNAME"), last}}},
            {QStringLiteral("language"), QStringLiteral("en")},
            {QStringLiteral("vip"), rng() % 20 == 0},
            {QStringLiteral("timestamp_signup"),
             QString(stamp(signup).replace(QLatin1Char(' '), QLatin1Char('T')) + QLatin1Char('Z'))},
            {QStringLiteral("last_changed"),
             QString(stamp(signup + qint64(rng() % (90 * 86400))).replace(QLatin1Char(' '), QLatin1Char('T'))
                     + QLatin1Char('Z'))},
            {QStringLiteral("list_id"), listId}});
    }
    return members;
}
