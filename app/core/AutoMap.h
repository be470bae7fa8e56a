// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/XdmFields.h"
#include "model/DataflowDraft.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <vector>

/**
 * Suggests mapping rules from the source columns' names and types: the same name, the name once HubSpot's flattening
 * (Properties_Firstname_Value) is undone, usual marketing names, French and English synonyms, similar names (edit
 * distance) and shared words, each kept only when the types can go together. Every suggestion has a score (0-100)
 * and its reasons; one column and one field get one suggestion at most, and what rules already use is left alone.
 */
namespace AutoMap {

/** The score from which "accept all" (and the first visit of the page) takes a suggestion. */
constexpr int kAcceptThreshold = 80;

/** A column of the source table: its name and its type as the table describes it ("string", "long"...). */
struct SourceColumn
{
    QString name;
    QString type;
};

/** One reason of a suggestion; its text is made in the language installed when it is shown. */
struct Reason
{
    Q_DECLARE_TR_FUNCTIONS(AutoMap)

public:
    enum class Kind {
        SameName, ///< the column is the field's name or path
        SameNameLoosely, ///< the same name once case, accents and separators are set aside
        HubSpot, ///< a HubSpot property (first = property, second = the field's title)
        Usual, ///< a usual marketing name for this field (first = the concept)
        Synonym, ///< first = the column's word, second = the concept
        Similar, ///< count = letters that differ
        Words, ///< first = the shared words, comma-separated
        TypesAgree,
        TypesDiffer, ///< first = column type, second = field type
    };
    Kind kind;
    QString first;
    QString second;
    int count = 0;

    QString text() const;
    bool operator==(const Reason&) const = default;
};

struct Suggestion
{
    QString column;
    QString destination;
    int score = 0;
    QList<Reason> reasons;

    /** The reasons in words, joined ("HubSpot property Firstname = first name; types agree"). */
    QString why() const;
    MappingRule rule() const { return MappingRule{column, QString(), destination}; }
    bool operator==(const Suggestion&) const = default;
};

/**
 * How a column's type goes into a field's type, by the wizard's one rule, TypeCompatibility::verdict: Never is
 * Refused; Fits, MayFail and NeedsFormat are Converted (Agree when both are of the same kind).
 */
enum class TypeFit { Unknown, Agree, Converted, Refused };
TypeFit typeFit(const QString& columnType, const XdmField& field);

/**
 * The schema side, prepared once: every field's folded name, title and words, indexed, so that hundreds of columns
 * against thousands of fields stay fast.
 */
class Matcher
{
public:
    explicit Matcher(const QList<XdmField>& leaves);

    /**
     * The best suggestions for @p columns, highest score first: none for a column that a rule of @p rules reads, none
     * for a field that a rule writes, none of the pairs in @p rejected.
     */
    QList<Suggestion> suggest(const QList<SourceColumn>& columns, const QList<MappingRule>& rules = {},
                              const QList<Suggestion>& rejected = {}) const;
    int fieldCount() const { return int(m_fields.size()); }

private:
    struct Field
    {
        XdmField field;
        QString key; ///< folded last segment: "firstname"
        QString titleKey; ///< folded title
        std::vector<int> words; ///< sorted unique word ids (path segments and title)
        int kind = 0; ///< its type's kind, for the type rule
    };
    struct Candidate;
    void candidatesFor(const SourceColumn& column, int columnIndex, std::vector<int>& counts,
                       std::vector<Candidate>& out) const;
    void addByKey(const QString& key, int score, const Reason& reason, std::vector<Candidate>& out) const;
    int wordId(const QString& word) const;

    std::vector<Field> m_fields;
    QHash<QString, int> m_byPath;
    QHash<QString, std::vector<int>> m_byKey; ///< folded name or title -> fields, shallowest first
    QHash<QString, int> m_wordIds;
    std::vector<std::vector<int>> m_postings; ///< word id -> fields
    QStringList m_keys; ///< the distinct keys (for similar names)
    std::vector<std::pair<quint64, int>> m_variants; ///< sorted: hash of a key less one letter (or none) -> key
};

/** Matcher(leaves).suggest(columns, rules). */
QList<Suggestion> suggest(const QList<SourceColumn>& columns, const QList<XdmField>& leaves,
                          const QList<MappingRule>& rules = {});
/** The rules of the suggestions scoring kAcceptThreshold or more; none for a field in @p taken. */
QList<MappingRule> propose(const QStringList& columns, const QList<XdmField>& leaves, const QStringList& taken = {});
/** "Properties_Firstname_Value" -> "firstname": the column's meaningful words, lower case, joined. */
QString normalise(const QString& column);
/** Lower case, accents removed, letters and digits only: "Code postal" -> "codepostal". */
QString fold(const QString& text);
/** The words of a name: "homeAddress.postalCode" -> home, address, postal, code (folded). */
QStringList words(const QString& name);
/** Levenshtein distance of @p a and @p b, or @p limit + 1 once it is known to exceed @p limit. */
int editDistance(QStringView a, QStringView b, int limit);

} // namespace AutoMap
