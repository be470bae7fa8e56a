// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AutoMap.h"

#include "model/TypeCompatibility.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace AutoMap {

namespace {

/** A thing a column can mean, the English word shown for it and where a person's profile keeps it (preferred first). */
struct Concept
{
    const char* word;
    QStringList paths;
};

const QHash<QString, Concept>& concepts()
{
    static const QHash<QString, Concept> table = {
        {QStringLiteral("id"), {"identifier", {QStringLiteral("_id")}}},
        {QStringLiteral("firstname"), {"first name", {QStringLiteral("person.name.firstName")}}},
        {QStringLiteral("lastname"), {"last name", {QStringLiteral("person.name.lastName")}}},
        {QStringLiteral("fullname"), {"full name", {QStringLiteral("person.name.fullName")}}},
        {QStringLiteral("email"),
         {"email", {QStringLiteral("personalEmail.address"), QStringLiteral("workEmail.address")}}},
        {QStringLiteral("phone"),
         {"phone",
          {QStringLiteral("mobilePhone.number"), QStringLiteral("homePhone.number"),
           QStringLiteral("workPhone.number")}}},
        {QStringLiteral("mobilephone"), {"mobile phone", {QStringLiteral("mobilePhone.number")}}},
        {QStringLiteral("city"), {"city", {QStringLiteral("homeAddress.city")}}},
        {QStringLiteral("state"), {"state", {QStringLiteral("homeAddress.stateProvince")}}},
        {QStringLiteral("zip"), {"postal code", {QStringLiteral("homeAddress.postalCode")}}},
        {QStringLiteral("country"), {"country", {QStringLiteral("homeAddress.country")}}},
        {QStringLiteral("street"), {"street", {QStringLiteral("homeAddress.street1")}}},
        {QStringLiteral("birthdate"), {"birth date", {QStringLiteral("person.birthDate")}}},
        {QStringLiteral("gender"), {"gender", {QStringLiteral("person.gender")}}},
        {QStringLiteral("company"), {"company", {QStringLiteral("organizations.name")}}},
        {QStringLiteral("jobtitle"), {"job title", {QStringLiteral("person.occupation")}}},
        {QStringLiteral("createdate"), {"creation date", {QStringLiteral("_repo.createDate")}}},
        {QStringLiteral("lastmodifieddate"), {"modification date", {QStringLiteral("_repo.modifyDate")}}},
    };
    return table;
}

/** Folded names -> the meaningKey they mean. The meaningKey's own key is a usual name; the others are synonyms. */
const QHash<QString, QString>& aliases()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        const auto add = [&t](const char* meaningKey, std::initializer_list<const char*> names) {
            t.insert(QLatin1String(meaningKey), QLatin1String(meaningKey));
            for (const char* name : names)
                t.insert(QLatin1String(name), QLatin1String(meaningKey));
        };
        add("id", {"vid"});
        add("firstname", {"prenom", "givenname", "forename", "fname", "first"});
        add("lastname", {"nom", "nomdefamille", "surname", "familyname", "lname", "last"});
        add("fullname", {"nomcomplet"});
        add("email", {"courriel", "adressecourriel", "adresseemail", "adressemail", "mel", "mail", "emailaddress"});
        add("phone", {"telephone", "tel", "phonenumber", "numerodetelephone"});
        add("mobilephone",
            {"mobile", "portable", "telephoneportable", "telportable", "cellphone", "cell", "mobilenumber"});
        add("city", {"ville", "town"});
        add("state", {"region", "departement", "province"});
        add("zip", {"codepostal", "cp", "postcode", "postalcode", "zipcode"});
        add("country", {"pays", "nation", "countryname"});
        add("street", {"adresse", "rue", "address", "streetaddress"});
        add("birthdate", {"datedenaissance", "datenaissance", "naissance", "dob", "dateofbirth", "birthday"});
        add("gender", {"sexe", "genre", "sex"});
        add("company",
            {"societe", "entreprise", "employeur", "companyname", "organization", "organisation", "employer"});
        add("jobtitle", {"poste", "fonction", "position", "job"});
        add("createdate", {"addedat", "datedecreation", "createdat"});
        add("lastmodifieddate", {"datedemodification", "updatedat", "modifiedat"});
        return t;
    }();
    return table;
}

/** "Properties_Firstname_Value" -> "Firstname"; empty when @p column is not a flattened HubSpot property. */
QString hubSpotProperty(const QString& column)
{
    if (column.size() > 17 && column.startsWith(QLatin1String("properties_"), Qt::CaseInsensitive)
        && column.endsWith(QLatin1String("_value"), Qt::CaseInsensitive))
        return column.mid(11, column.size() - 17);
    return {};
}

using TypeKind = TypeCompatibility::Kind;

/** A type name as TypeCompatibility reads it (the one rule of the wizard); an empty name is not known. */
TypeKind kindOf(const QString& type, const QString& format = {})
{
    return type.isEmpty() ? TypeKind::Unknown : TypeCompatibility::kindOf(type, format);
}

constexpr int kMaxPerKey = 8;
constexpr int kMaxFuzzyLength = 48;

/** FNV-1a of @p key without its letter at @p skip (-1: the whole key). */
quint64 hashSkipping(QStringView key, qsizetype skip)
{
    quint64 hash = 14695981039346656037ull;
    for (qsizetype i = 0; i < key.size(); ++i) {
        if (i == skip)
            continue;
        hash = (hash ^ key[i].unicode()) * 1099511628211ull;
    }
    return hash;
}

} // namespace

QString Reason::text() const
{
    switch (kind) {
    case Kind::SameName:
        return tr("same name");
    case Kind::SameNameLoosely:
        return tr("same name, written differently");
    case Kind::HubSpot:
        return tr("HubSpot property %1 = %2").arg(first, second);
    case Kind::Usual:
        return tr("usual field for \u201c%1\u201d").arg(first);
    case Kind::Synonym:
        return tr("synonym: %1 = %2").arg(first, second);
    case Kind::Similar:
        return tr("similar name (%n letter(s) differ)", nullptr, count);
    case Kind::Words:
        return tr("shared words: %1").arg(first);
    case Kind::TypesAgree:
        return tr("types agree");
    case Kind::TypesDiffer:
        return tr("types differ: %1 into %2, converted").arg(first, second);
    }
    return {};
}

QString Suggestion::why() const
{
    QStringList texts;
    for (const Reason& reason : reasons)
        texts << reason.text();
    return texts.join(QStringLiteral("; "));
}

namespace {

TypeFit fitOf(TypeKind column, TypeKind target)
{
    if (column == TypeKind::Unknown || target == TypeKind::Unknown)
        return TypeFit::Unknown;
    if (column == target)
        return TypeFit::Agree;
    // TypeCompatibility decides, as for the Mapping page's checks and the checks before --apply: what it calls
    // impossible is refused, what converts (always, or for the values that can) is kept with a lower score.
    return TypeCompatibility::verdict(column, target) == TypeCompatibility::Verdict::Never ? TypeFit::Refused
                                                                                           : TypeFit::Converted;
}

} // namespace

TypeFit typeFit(const QString& columnType, const XdmField& field)
{
    return fitOf(kindOf(columnType), kindOf(field.type, field.format));
}

QString fold(const QString& text)
{
    QString result;
    result.reserve(text.size());
    bool plain = true;
    for (QChar c : text)
        plain = plain && c.unicode() < 0x80;
    const QString source = plain ? text : text.normalized(QString::NormalizationForm_D);
    for (QChar c : source) {
        if (c.isLetterOrNumber())
            result += c.toLower();
    }
    return result;
}

QStringList words(const QString& name)
{
    QStringList result;
    QString current;
    const auto flush = [&] {
        const QString folded = fold(current);
        if (!folded.isEmpty())
            result << folded;
        current.clear();
    };
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        if (!current.isEmpty()) {
            const QChar previous = current.back();
            const bool lowerToUpper = previous.isLower() && c.isUpper();
            const bool acronymEnd
                = previous.isUpper() && c.isUpper() && i + 1 < name.size() && name.at(i + 1).isLower();
            const bool digitEdge = previous.isDigit() != c.isDigit();
            if (lowerToUpper || acronymEnd || digitEdge)
                flush();
        }
        current += c;
    }
    flush();
    return result;
}

int editDistance(QStringView a, QStringView b, int limit)
{
    if (std::abs(int(a.size()) - int(b.size())) > limit)
        return limit + 1;
    if (b.size() > kMaxFuzzyLength)
        return a == b ? 0 : limit + 1;
    int previous[kMaxFuzzyLength + 1];
    int row[kMaxFuzzyLength + 1];
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        row[0] = int(i);
        int best = row[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[j] = std::min({previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost});
            best = std::min(best, row[j]);
        }
        if (best > limit)
            return limit + 1;
        std::copy(row, row + b.size() + 1, previous);
    }
    return std::min(previous[b.size()], limit + 1);
}

QString normalise(const QString& column)
{
    const QString property = hubSpotProperty(column);
    return fold(property.isEmpty() ? column : property);
}

struct Matcher::Candidate
{
    int column = 0;
    int field = 0;
    int score = 0;
    int rank = 0;
    Reason reason;
};

Matcher::Matcher(const QList<XdmField>& leaves)
{
    m_fields.reserve(leaves.size());
    QSet<QString> keys;
    for (const XdmField& leaf : leaves) {
        const int index = int(m_fields.size());
        Field field{leaf,
                    fold(leaf.path.section(QLatin1Char('.'), -1)),
                    fold(leaf.title),
                    {},
                    int(kindOf(leaf.type, leaf.format))};
        for (const QString& word : words(leaf.path) + words(leaf.title)) {
            int id = m_wordIds.value(word, -1);
            if (id < 0) {
                id = int(m_postings.size());
                m_wordIds.insert(word, id);
                m_postings.emplace_back();
            }
            field.words.push_back(id);
        }
        std::sort(field.words.begin(), field.words.end());
        field.words.erase(std::unique(field.words.begin(), field.words.end()), field.words.end());
        for (int id : field.words)
            m_postings[size_t(id)].push_back(index);
        m_byPath.insert(leaf.path, index);
        for (const QString& key : {field.key, field.titleKey, fold(leaf.path)}) {
            if (key.isEmpty())
                continue;
            std::vector<int>& list = m_byKey[key];
            if (list.empty() || list.back() != index)
                list.push_back(index);
            if (!keys.contains(key)) {
                keys.insert(key);
                if (key.size() >= 4 && key.size() <= kMaxFuzzyLength) {
                    const int id = int(m_keys.size());
                    m_keys << key;
                    m_variants.emplace_back(hashSkipping(key, -1), id);
                    for (qsizetype skip = 0; skip < key.size(); ++skip)
                        m_variants.emplace_back(hashSkipping(key, skip), id);
                }
            }
        }
        m_fields.push_back(std::move(field));
    }
    std::sort(m_variants.begin(), m_variants.end());
    for (auto it = m_byKey.begin(); it != m_byKey.end(); ++it)
        std::stable_sort(it->begin(), it->end(), [this](int a, int b) {
            return m_fields[size_t(a)].field.depth < m_fields[size_t(b)].field.depth;
        });
}

int Matcher::wordId(const QString& word) const
{
    return m_wordIds.value(word, -1);
}

void Matcher::addByKey(const QString& key, int score, const Reason& reason, std::vector<Candidate>& out) const
{
    const auto found = m_byKey.constFind(key);
    if (found == m_byKey.constEnd())
        return;
    // A name that many fields share (a title such as "Address") says little: its first (shallowest) fields only.
    const int count = std::min(int(found->size()), kMaxPerKey);
    for (int rank = 0; rank < count; ++rank)
        out.push_back(Candidate{0, (*found)[size_t(rank)], score, rank, reason});
}

void Matcher::candidatesFor(const SourceColumn& column, int columnIndex, std::vector<int>& counts,
                            std::vector<Candidate>& out) const
{
    const QString property = hubSpotProperty(column.name);
    const QString stripped = property.isEmpty() ? column.name : property;
    const QString key = fold(stripped);
    if (key.isEmpty())
        return;
    std::vector<Candidate> found;
    const auto titleOf = [this](int field) { return m_fields[size_t(field)].field.title.toLower(); };

    // Usual names and synonyms: the meaningKey's preferred fields first.
    QList<int> conceptFields;
    const QString meaningKey = aliases().value(key);
    if (!meaningKey.isEmpty()) {
        const Concept& meaning = concepts()[meaningKey];
        const QString word = QLatin1String(meaning.word);
        int rank = 0;
        for (const QString& path : meaning.paths) {
            const int field = m_byPath.value(path, -1);
            if (field < 0)
                continue;
            conceptFields << field;
            Reason reason = !property.isEmpty() ? Reason{Reason::Kind::HubSpot, property, titleOf(field)}
                : key == meaningKey             ? Reason{Reason::Kind::Usual, word}
                                                : Reason{Reason::Kind::Synonym, stripped.toLower(), word};
            // As high as the same name (the earlier column wins a tie, as rules were always made), but a column
            // named like its field still says "same name" (see the reasons' order below).
            found.push_back(Candidate{columnIndex, field, (key == meaningKey ? 95 : 90) - rank, rank, reason});
            ++rank;
        }
        if (key != meaningKey)
            addByKey(meaningKey, 88, Reason{Reason::Kind::Synonym, stripped.toLower(), word}, found);
    }

    // The same name: exactly, or once case, accents and separators are set aside.
    if (const int exact = m_byPath.value(column.name, -1); exact >= 0)
        found.push_back(Candidate{columnIndex, exact, 100, 0, Reason{Reason::Kind::SameName}});
    if (const auto same = m_byKey.constFind(key); same != m_byKey.constEnd()) {
        const int count = std::min(int(same->size()), kMaxPerKey);
        for (int rank = 0; rank < count; ++rank) {
            const int field = (*same)[size_t(rank)];
            const XdmField& target = m_fields[size_t(field)].field;
            const bool exact = target.path.section(QLatin1Char('.'), -1) == stripped;
            // Where the meaningKey has its own field (homeAddress.city), other cities come after it.
            int score = conceptFields.isEmpty() || conceptFields.contains(field) ? (exact ? 100 : 95) : 85;
            Reason reason = !property.isEmpty() ? Reason{Reason::Kind::HubSpot, property, target.title.toLower()}
                : exact                         ? Reason{Reason::Kind::SameName}
                                                : Reason{Reason::Kind::SameNameLoosely};
            if (!property.isEmpty())
                score = std::min(score, 95);
            found.push_back(Candidate{columnIndex, field, score, rank, reason});
        }
    }

    // Similar names, found through the keys that meet the column's once each loses one letter at most (one letter
    // apart, or two for longer names: a letter changed, two swapped...), then measured.
    if (key.size() >= 5 && key.size() <= kMaxFuzzyLength) {
        const int limit = key.size() >= 8 ? 2 : 1;
        std::vector<int> near;
        for (qsizetype skip = -1; skip < key.size(); ++skip) {
            const quint64 hash = hashSkipping(key, skip);
            auto it = std::lower_bound(m_variants.begin(), m_variants.end(), std::pair<quint64, int>(hash, -1));
            for (; it != m_variants.end() && it->first == hash; ++it)
                near.push_back(it->second);
        }
        std::sort(near.begin(), near.end());
        near.erase(std::unique(near.begin(), near.end()), near.end());
        for (int id : near) {
            const QString& other = m_keys.at(id);
            const int distance = editDistance(key, other, limit);
            if (distance < 1 || distance > limit)
                continue;
            addByKey(other, distance == 1 ? 70 : 60, Reason{Reason::Kind::Similar, {}, {}, distance}, found);
        }
    }

    // Shared words (Dice coefficient of the column's words and the field's path and title words).
    const QStringList columnWords = words(stripped);
    std::vector<int> ids;
    for (const QString& word : columnWords) {
        const int id = wordId(word);
        if (id >= 0 && std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.push_back(id);
    }
    if (!ids.empty() && columnWords.size() > 1) {
        std::vector<int> touched;
        for (int id : ids) {
            for (int field : m_postings[size_t(id)]) {
                if (counts[size_t(field)]++ == 0)
                    touched.push_back(field);
            }
        }
        for (int field : touched) {
            const int shared = counts[size_t(field)];
            counts[size_t(field)] = 0;
            const double dice
                = 2.0 * shared / double(columnWords.size() + qsizetype(m_fields[size_t(field)].words.size()));
            if (dice >= 0.5)
                found.push_back(Candidate{columnIndex, field, 30 + int(40 * dice), 0, Reason{Reason::Kind::Words}});
        }
    }

    // One candidate per field (its best), then the types: refused ones go, agreeing ones gain.
    std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
        if (a.field != b.field)
            return a.field < b.field;
        if (a.score != b.score)
            return a.score > b.score;
        return a.rank != b.rank ? a.rank < b.rank : int(a.reason.kind) < int(b.reason.kind);
    });
    const TypeKind columnKind = kindOf(column.type);
    std::vector<Candidate> kept;
    for (size_t i = 0; i < found.size(); ++i) {
        if (i > 0 && found[i].field == found[i - 1].field)
            continue;
        Candidate candidate = found[i];
        candidate.column = columnIndex;
        const auto target = TypeKind(m_fields[size_t(candidate.field)].kind);
        const TypeFit fit = fitOf(columnKind, target);
        if (fit == TypeFit::Refused)
            continue;
        if (fit == TypeFit::Agree)
            candidate.score = std::min(100, candidate.score + 5);
        else if (fit == TypeFit::Converted)
            candidate.score -= target == TypeKind::String ? 5 : 10;
        kept.push_back(candidate);
    }
    constexpr size_t kPerColumn = 6;
    const auto better = [](const Candidate& a, const Candidate& b) {
        return a.score != b.score ? a.score > b.score : (a.rank != b.rank ? a.rank < b.rank : a.field < b.field);
    };
    if (kept.size() > kPerColumn) {
        std::partial_sort(kept.begin(), kept.begin() + kPerColumn, kept.end(), better);
        kept.resize(kPerColumn);
    }
    out.insert(out.end(), kept.begin(), kept.end());
}

QList<Suggestion> Matcher::suggest(const QList<SourceColumn>& columns, const QList<MappingRule>& rules,
                                   const QList<Suggestion>& rejected) const
{
    QSet<QString> readColumns;
    std::vector<bool> usedField(m_fields.size(), false);
    for (const MappingRule& rule : rules) {
        if (!rule.source.isEmpty())
            readColumns.insert(rule.source);
        if (const int field = m_byPath.value(rule.destination, -1); field >= 0)
            usedField[size_t(field)] = true;
    }
    QSet<QString> refused;
    for (const Suggestion& suggestion : rejected)
        refused.insert(suggestion.column + QChar(0) + suggestion.destination);

    std::vector<int> counts(m_fields.size(), 0);
    std::vector<Candidate> all;
    for (int i = 0; i < columns.size(); ++i) {
        if (!readColumns.contains(columns.at(i).name))
            candidatesFor(columns.at(i), i, counts, all);
    }
    std::stable_sort(all.begin(), all.end(), [](const Candidate& a, const Candidate& b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.column != b.column ? a.column < b.column : a.rank < b.rank;
    });
    std::vector<bool> columnDone(columns.size(), false);
    QList<Suggestion> result;
    for (const Candidate& candidate : all) {
        if (columnDone[size_t(candidate.column)] || usedField[size_t(candidate.field)])
            continue;
        const SourceColumn& column = columns.at(candidate.column);
        const XdmField& target = m_fields[size_t(candidate.field)].field;
        if (!refused.isEmpty() && refused.contains(column.name + QChar(0) + target.path))
            continue;
        columnDone[size_t(candidate.column)] = true;
        usedField[size_t(candidate.field)] = true;
        Suggestion suggestion{column.name, target.path, candidate.score, {candidate.reason}};
        if (candidate.reason.kind == Reason::Kind::Words) {
            const QStringList columnWords
                = words(hubSpotProperty(column.name).isEmpty() ? column.name : hubSpotProperty(column.name));
            QStringList shared;
            const std::vector<int>& fieldWords = m_fields[size_t(candidate.field)].words;
            for (const QString& word : columnWords) {
                const int id = wordId(word);
                if (id >= 0 && std::binary_search(fieldWords.begin(), fieldWords.end(), id) && !shared.contains(word))
                    shared << word;
            }
            suggestion.reasons.first().first = shared.join(QStringLiteral(", "));
        }
        const TypeFit fit = typeFit(column.type, target);
        if (fit == TypeFit::Agree)
            suggestion.reasons << Reason{Reason::Kind::TypesAgree};
        else if (fit == TypeFit::Converted)
            suggestion.reasons << Reason{Reason::Kind::TypesDiffer, column.type, target.type};
        result << suggestion;
    }
    return result;
}

QList<Suggestion> suggest(const QList<SourceColumn>& columns, const QList<XdmField>& leaves,
                          const QList<MappingRule>& rules)
{
    return Matcher(leaves).suggest(columns, rules);
}

QList<MappingRule> propose(const QStringList& columns, const QList<XdmField>& leaves, const QStringList& taken)
{
    QList<SourceColumn> named;
    for (const QString& column : columns)
        named << SourceColumn{column, {}};
    QList<MappingRule> written;
    for (const QString& path : taken)
        written << MappingRule{{}, {}, path};
    QList<MappingRule> rules;
    const QList<Suggestion> suggestions = Matcher(leaves).suggest(named, written);
    for (const QString& column : columns) {
        // In the columns' order, as the rules were always added.
        for (const Suggestion& suggestion : suggestions) {
            if (suggestion.column == column && suggestion.score >= kAcceptThreshold)
                rules << suggestion.rule();
        }
    }
    return rules;
}

} // namespace AutoMap
