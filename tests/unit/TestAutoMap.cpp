// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AutoMap.h"
#include "core/SuggestionModel.h"
#include "model/TypeCompatibility.h"

#include <QAbstractItemModelTester>
#include <QTest>

using AutoMap::SourceColumn;
using AutoMap::Suggestion;

namespace {

XdmField field(const char* path, const char* title, const char* type = "string", const char* format = "")
{
    XdmField f;
    f.path = QLatin1String(path);
    f.title = QLatin1String(title);
    f.type = QLatin1String(type);
    f.format = QLatin1String(format);
    f.depth = int(f.path.count(QLatin1Char('.')));
    return f;
}

/** A profile-like schema: the usual person fields, two addresses, two e-mails, tenant fields. */
QList<XdmField> leaves()
{
    return {field("_id", "Identifier"),
            field("person.name.firstName", "First name"),
            field("person.name.lastName", "Last name"),
            field("person.name.fullName", "Full name"),
            field("person.birthDate", "Birth date", "date"),
            field("person.gender", "Gender"),
            field("workAddress.city", "City"),
            field("workAddress.postalCode", "Postal code"),
            field("homeAddress.city", "City"),
            field("homeAddress.postalCode", "Postal code"),
            field("homeAddress.country", "Country"),
            field("homeAddress.stateProvince", "State or province"),
            field("personalEmail.address", "Address", "string", "email"),
            field("workEmail.address", "Address", "string", "email"),
            field("mobilePhone.number", "Number"),
            field("homePhone.number", "Number"),
            field("_repo.createDate", "Create date", "date-time"),
            field("_repo.modifyDate", "Modify date", "date-time"),
            field("_demo.loyaltyPoints", "Loyalty points", "int"),
            field("_demo.newsletterOptIn", "Newsletter opt-in", "boolean")};
}

const Suggestion* find(const QList<Suggestion>& suggestions, const QString& column)
{
    for (const Suggestion& s : suggestions) {
        if (s.column == column)
            return &s;
    }
    return nullptr;
}

} // namespace

/** The auto-map's suggestions: which field, what score, which reasons; types, uniqueness and the user's rules. */
class TestAutoMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scoresAndReasons_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("destination"); // empty: no suggestion
        QTest::addColumn<int>("minScore");
        QTest::addColumn<QString>("reason");
        const auto row = [](const char* name, const char* column, const char* type, const char* destination,
                            int minScore, const QString& reason) {
            QTest::newRow(name) << QString::fromUtf8(column) << QString::fromLatin1(type)
                                << QString::fromLatin1(destination) << minScore << reason;
        };
        row("hubspot first name", "Properties_Firstname_Value", "string", "person.name.firstName", 95,
            QStringLiteral("HubSpot property Firstname = first name; types agree"));
        row("hubspot last name", "Properties_Lastname_Value", "string", "person.name.lastName", 95,
            QStringLiteral("HubSpot property Lastname = last name"));
        row("hubspot email", "Properties_Email_Value", "string", "personalEmail.address", 95,
            QStringLiteral("HubSpot property Email = address"));
        row("hubspot city at home", "Properties_City_Value", "string", "homeAddress.city", 95,
            QStringLiteral("HubSpot property City = city"));
        row("hubspot zip", "Properties_Zip_Value", "string", "homeAddress.postalCode", 90,
            QStringLiteral("HubSpot property Zip = postal code"));
        row("hubspot create date", "Properties_Createdate_Value", "date-time", "_repo.createDate", 95,
            QStringLiteral("types agree"));
        row("french prénom", "Prénom", "string", "person.name.firstName", 90,
            QStringLiteral("synonym: prénom = first name"));
        row("french nom", "Nom", "string", "person.name.lastName", 90, QStringLiteral("synonym: nom = last name"));
        row("french courriel", "Courriel", "string", "personalEmail.address", 90,
            QStringLiteral("synonym: courriel = email"));
        row("french ville", "Ville", "string", "homeAddress.city", 90, QStringLiteral("synonym: ville = city"));
        row("french code postal", "Code postal", "string", "homeAddress.postalCode", 90,
            QStringLiteral("synonym: code postal = postal code"));
        row("french téléphone", "Téléphone", "string", "mobilePhone.number", 85,
            QStringLiteral("synonym: téléphone = phone"));
        row("french pays", "Pays", "string", "homeAddress.country", 90, QStringLiteral("synonym: pays = country"));
        row("french date de naissance", "Date de naissance", "date", "person.birthDate", 95,
            QStringLiteral("synonym: date de naissance = birth date; types agree"));
        row("english e-mail", "E-mail", "string", "personalEmail.address", 90,
            QStringLiteral("usual field for \u201cemail\u201d"));
        row("english surname", "Surname", "string", "person.name.lastName", 90,
            QStringLiteral("synonym: surname = last name"));
        row("same name", "firstName", "string", "person.name.firstName", 100, QStringLiteral("same name; types agree"));
        row("same name loosely", "first_name", "string", "person.name.firstName", 95,
            QStringLiteral("same name, written differently"));
        row("similar name", "Fristname", "", "person.name.firstName", 60, QStringLiteral("similar name (2 letter"));
        row("similar name, one letter", "Loyaltypoint", "int", "_demo.loyaltyPoints", 70,
            QStringLiteral("similar name (1 letter"));
        row("shared words", "Points_Loyalty_Total", "int", "_demo.loyaltyPoints", 50,
            QStringLiteral("shared words: points, loyalty"));
        row("number into text", "Vid", "long", "_id", 80, QStringLiteral("types differ: long into string, converted"));
        row("boolean never into a date", "Birthdate", "boolean", "", 0, QString());
        row("boolean never into a number", "Loyalty_Points", "boolean", "", 0, QString());
        row("boolean into boolean", "Newsletter_Opt_In", "boolean", "_demo.newsletterOptIn", 80,
            QStringLiteral("types agree"));
        // TypeCompatibility's rule (the Mapping page's and the checks' before --apply): a whole number is read as
        // milliseconds since 1970, so it may go into a date, with a lower score (it was refused here before).
        row("whole number into a date, converted", "Date_De_Naissance", "long", "person.birthDate", 60,
            QStringLiteral("types differ: long into date, converted"));
        row("whole number never into a boolean", "Newsletter_Opt_In", "long", "", 0, QString());
        row("nothing alike", "Hs_Analytics_Source", "string", "", 0, QString());
    }

    void scoresAndReasons()
    {
        QFETCH(QString, column);
        QFETCH(QString, type);
        QFETCH(QString, destination);
        QFETCH(int, minScore);
        QFETCH(QString, reason);
        const QList<Suggestion> suggestions = AutoMap::suggest({SourceColumn{column, type}}, leaves());
        if (destination.isEmpty()) {
            QVERIFY2(suggestions.isEmpty(), qPrintable(suggestions.value(0).destination));
            return;
        }
        QCOMPARE(suggestions.size(), 1);
        const Suggestion& s = suggestions.first();
        QCOMPARE(s.destination, destination);
        QVERIFY2(s.score >= minScore && s.score <= 100, qPrintable(QString::number(s.score)));
        QVERIFY2(s.why().contains(reason), qPrintable(s.why()));
    }

    void oneFieldOneSuggestion()
    {
        const QList<Suggestion> suggestions
            = AutoMap::suggest({{QStringLiteral("Email"), QStringLiteral("string")},
                                {QStringLiteral("Courriel"), QStringLiteral("string")},
                                {QStringLiteral("Properties_Email_Value"), QStringLiteral("string")}},
                               leaves());
        QSet<QString> fields;
        QSet<QString> columns;
        for (const Suggestion& s : suggestions) {
            QVERIFY2(!fields.contains(s.destination), qPrintable(s.destination));
            QVERIFY(!columns.contains(s.column));
            fields.insert(s.destination);
            columns.insert(s.column);
        }
        QCOMPARE(fields, (QSet<QString>{QStringLiteral("personalEmail.address"), QStringLiteral("workEmail.address")}));
        // The higher score wins the preferred field; on equal scores, the earlier column.
        QCOMPARE(find(suggestions, QStringLiteral("Email"))->destination, QStringLiteral("personalEmail.address"));
        for (int i = 1; i < suggestions.size(); ++i)
            QVERIFY(suggestions.at(i - 1).score >= suggestions.at(i).score);
    }

    void theUsersRulesAreKept()
    {
        const QList<SourceColumn> columns{{QStringLiteral("Properties_Email_Value"), QStringLiteral("string")},
                                          {QStringLiteral("Courriel"), QStringLiteral("string")},
                                          {QStringLiteral("Properties_City_Value"), QStringLiteral("string")}};
        // The user sent the HubSpot e-mail to the work address and something else to the home city.
        const QList<MappingRule> rules{
            {QStringLiteral("Properties_Email_Value"), {}, QStringLiteral("workEmail.address")},
            {{}, QStringLiteral("\"Paris\""), QStringLiteral("homeAddress.city")}};
        const QList<Suggestion> suggestions = AutoMap::suggest(columns, leaves(), rules);
        QVERIFY(!find(suggestions, QStringLiteral("Properties_Email_Value")));
        QCOMPARE(find(suggestions, QStringLiteral("Courriel"))->destination, QStringLiteral("personalEmail.address"));
        QCOMPARE(find(suggestions, QStringLiteral("Properties_City_Value"))->destination,
                 QStringLiteral("workAddress.city"));
        for (const Suggestion& s : suggestions)
            QVERIFY(s.destination != QLatin1String("homeAddress.city")
                    && s.destination != QLatin1String("workEmail.address"));
    }

    void rejectedStayRejected()
    {
        const AutoMap::Matcher matcher(leaves());
        const QList<SourceColumn> columns{{QStringLiteral("Properties_City_Value"), QStringLiteral("string")}};
        const QList<Suggestion> first = matcher.suggest(columns);
        QCOMPARE(first.value(0).destination, QStringLiteral("homeAddress.city"));
        const QList<Suggestion> second = matcher.suggest(columns, {}, first);
        QCOMPARE(second.value(0).destination, QStringLiteral("workAddress.city")); // the next best
        QVERIFY(second.value(0).score < first.value(0).score);
    }

    void proposeKeepsItsShape()
    {
        const QStringList columns{QStringLiteral("Vid"), QStringLiteral("Properties_Email_Value"),
                                  QStringLiteral("Fristname"), QStringLiteral("Properties_Firstname_Value")};
        const QList<MappingRule> rules = AutoMap::propose(columns, leaves(), {QStringLiteral("personalEmail.address")});
        QCOMPARE(rules,
                 (QList<MappingRule>{
                     {QStringLiteral("Vid"), {}, QStringLiteral("_id")},
                     {QStringLiteral("Properties_Email_Value"), {}, QStringLiteral("workEmail.address")},
                     {QStringLiteral("Properties_Firstname_Value"), {}, QStringLiteral("person.name.firstName")}}));
        QCOMPARE(AutoMap::normalise(QStringLiteral("Properties_Firstname_Value")), QStringLiteral("firstname"));
    }

    void namesAndDistances()
    {
        QCOMPARE(AutoMap::words(QStringLiteral("homeAddress.postalCode")),
                 (QStringList{"home", "address", "postal", "code"}));
        QCOMPARE(AutoMap::words(QStringLiteral("profileURLValue2")), (QStringList{"profile", "url", "value", "2"}));
        QCOMPARE(AutoMap::fold(QStringLiteral("Société Générale")), QStringLiteral("societegenerale"));
        QCOMPARE(AutoMap::editDistance(u"firstname", u"fristname", 3), 2);
        QCOMPARE(AutoMap::editDistance(u"city", u"country", 1), 2); // beyond the limit: limit + 1
        QCOMPARE(AutoMap::editDistance(u"", u"ab", 2), 2);
    }

    void typeRule()
    {
        const XdmField date = field("a", "A", "date");
        const XdmField stamp = field("b", "B", "string", "date-time");
        const XdmField text = field("c", "C");
        const XdmField map = field("d", "D", "map");
        QCOMPARE(AutoMap::typeFit(QStringLiteral("boolean"), date), AutoMap::TypeFit::Refused);
        QCOMPARE(AutoMap::typeFit(QStringLiteral("date-time"), stamp), AutoMap::TypeFit::Agree);
        QCOMPARE(AutoMap::typeFit(QStringLiteral("date"), stamp), AutoMap::TypeFit::Converted);
        QCOMPARE(AutoMap::typeFit(QStringLiteral("boolean"), text), AutoMap::TypeFit::Converted);
        QCOMPARE(AutoMap::typeFit(QStringLiteral("string"), map), AutoMap::TypeFit::Refused);
        QCOMPARE(AutoMap::typeFit(QString(), date), AutoMap::TypeFit::Unknown);
        // TypeCompatibility's rule, not a rule of its own: a whole number is read as milliseconds since 1970 (it was
        // refused here while the Mapping page accepted it with a warning); a decimal into a whole number may fail.
        QCOMPARE(AutoMap::typeFit(QStringLiteral("long"), date), AutoMap::TypeFit::Converted);
        QCOMPARE(AutoMap::typeFit(QStringLiteral("double"), field("e", "E", "int")), AutoMap::TypeFit::Converted);
        QCOMPARE(AutoMap::typeFit(QStringLiteral("long"), field("f", "F", "boolean")), AutoMap::TypeFit::Refused);
    }

    void typeRuleIsTypeCompatibility()
    {
        // Every pair of type names: refused exactly when TypeCompatibility says no value converts.
        using TypeCompatibility::Kind;
        const QStringList names{"string", "long", "double", "boolean", "date", "date-time", "array", "object"};
        for (const QString& from : names) {
            for (const QString& to : names) {
                const Kind fromKind = TypeCompatibility::kindOf(from);
                const Kind toKind = TypeCompatibility::kindOf(to);
                const bool never = TypeCompatibility::verdict(fromKind, toKind) == TypeCompatibility::Verdict::Never;
                const AutoMap::TypeFit fit = AutoMap::typeFit(from, field("x", "X", qPrintable(to)));
                QVERIFY2((fit == AutoMap::TypeFit::Refused) == never, qPrintable(from + " into " + to));
                QVERIFY2((fit == AutoMap::TypeFit::Agree) == (fromKind == toKind), qPrintable(from + " into " + to));
            }
        }
    }

    void suggestionModel()
    {
        SuggestionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const AutoMap::Matcher matcher(leaves());
        const QList<SourceColumn> columns{{QStringLiteral("Properties_Firstname_Value"), QStringLiteral("string")},
                                          {QStringLiteral("Fristname"), QStringLiteral("string")},
                                          {QStringLiteral("Ville"), QStringLiteral("string")},
                                          {QStringLiteral("Loyaltypoint"), QStringLiteral("int")}};
        model.refresh(matcher, columns, {});
        QCOMPARE(model.rowCount(), 3); // Fristname loses first name to the HubSpot column and has nothing else
        QCOMPARE(model.index(0, SuggestionModel::ScoreColumn).data().toInt(), 100);
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().startsWith(QLatin1String("Suggested, score 100: ")));
        // Accept all from 80: two rules, the loyalty points (75) stay.
        const QList<MappingRule> accepted = model.takeScoring(AutoMap::kAcceptThreshold);
        QCOMPARE(accepted.size(), 2);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.suggestions().first().destination, QStringLiteral("_demo.loyaltyPoints"));
        model.reject(0);
        QCOMPARE(model.rowCount(), 0);
        model.refresh(matcher, columns, accepted);
        // Fristname now gets nothing (first name is taken), and the rejected pair does not come back.
        QCOMPARE(model.rowCount(), 0);
        model.clear();
        model.refresh(matcher, columns, accepted);
        QCOMPARE(model.rowCount(), 1);
        // A rule written meanwhile to its field takes the suggestion away.
        model.dropTaken({{QStringLiteral("Other"), {}, QStringLiteral("_demo.loyaltyPoints")}});
        QCOMPARE(model.rowCount(), 0);
    }

    void aThousandsOfFieldsSchema()
    {
        // Many fields sharing words and names: still one suggestion per column, each field once.
        QList<XdmField> many = leaves();
        for (int i = 0; i < 3000; ++i)
            many << field(qPrintable(QStringLiteral("_demo.group%1.customField%2").arg(i / 50).arg(i)), "Custom field");
        QList<SourceColumn> columns;
        for (int i = 0; i < 500; ++i)
            columns << SourceColumn{QStringLiteral("Properties_Custom_Field_%1_Value").arg(i),
                                    QStringLiteral("string")};
        const AutoMap::Matcher matcher(many);
        const QList<Suggestion> suggestions = matcher.suggest(columns);
        QSet<QString> fields;
        for (const Suggestion& s : suggestions)
            fields.insert(s.destination);
        QCOMPARE(fields.size(), suggestions.size());
        QVERIFY(suggestions.size() > 400);
        QCOMPARE(find(suggestions, QStringLiteral("Properties_Custom_Field_42_Value"))->destination,
                 QStringLiteral("_demo.group0.customField42"));
    }
};

QTEST_GUILESS_MAIN(TestAutoMap)
#include "TestAutoMap.moc"
