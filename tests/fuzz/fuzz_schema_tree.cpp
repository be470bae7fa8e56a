// SPDX-License-Identifier: GPL-3.0-or-later
// An xed-full schema as the Schema Registry returns it (a schema, a class or a field group), through everything
// that walks its field tree: SchemaTree (alone and merged with the wizard's own parts), XdmFields::flatten and
// leaves (the Mapping page's lists), DraftValidator::schemaFields and checkAgainstSchema (the pre-write check).
#include "core/XdmFields.h"
#include "model/DataflowDraft.h"
#include "model/DraftValidator.h"
#include "model/SchemaTree.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

/** A draft that maps onto usual fields of a profile schema, and one that is not there. */
DataflowDraft mappingDraft()
{
    DataflowDraft draft;
    draft.mapping
        = {MappingRule{.source = QStringLiteral("Email"), .destination = QStringLiteral("personalEmail.address")},
           MappingRule{.source = QStringLiteral("Vid"), .destination = QStringLiteral("_id")},
           MappingRule{.source = QStringLiteral("Name"), .destination = QStringLiteral("person.name")},
           MappingRule{.source = QStringLiteral("Nick"), .destination = QStringLiteral("person.nickname")}};
    return draft;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    // A field group list ([tree, tree...]) is merged; an object is one tree.
    QList<SchemaTree> parts;
    if (document.isArray()) {
        for (const QJsonValue& part : document.array())
            parts << SchemaTree(part.toObject());
    } else {
        parts << SchemaTree(document.object());
    }
    const SchemaTree merged = SchemaTree::merge(parts);
    (void)merged.isEmpty();

    static const DataflowDraft draft = mappingDraft();
    for (const SchemaTree& tree : {parts.value(0), merged}) {
        const QList<XdmField> all = XdmFields::flatten(tree.json());
        const QList<XdmField> leaves = XdmFields::leaves(tree.json());
        if (leaves.size() > all.size()) {
            std::fprintf(stderr, "more leaves (%lld) than fields (%lld)\n", qlonglong(leaves.size()),
                         qlonglong(all.size()));
            std::abort();
        }
        (void)DraftValidator::schemaFields(tree.json());
        for (const DraftProblem& problem : DraftValidator::checkAgainstSchema(draft, tree.json()))
            (void)problem.toString();
    }
    // Merging a tree with itself changes nothing of its fields.
    const SchemaTree twice = SchemaTree::merge({merged, merged});
    if (!(twice == merged)) {
        std::fprintf(stderr, "merging a tree with itself changed it\n");
        std::abort();
    }
    return 0;
}
