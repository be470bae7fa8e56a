// SPDX-License-Identifier: GPL-3.0-or-later
// A recipe file's bytes through every reader of it: DataflowDraft::fromRecipe (--apply, --validate), RecipeFile::open
// (the wizard's Open) and the offline checks of --validate. A recipe read without a problem must write back
// (toJson) to a recipe that reads again without a problem into the same draft.
#include "core/RecipeFile.h"
#include "model/DataflowDraft.h"
#include "model/DraftValidator.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));

    QList<DraftProblem> problems;
    const DataflowDraft draft = DataflowDraft::fromRecipe(bytes, &problems);
    for (const DraftProblem& problem : std::as_const(problems))
        (void)problem.toString();
    const RecipeFile::Opened opened = RecipeFile::open(bytes);
    (void)RecipeFile::forSession(opened.draft, true);

    // 2026-01-01T00:00:00Z, so that a run does not depend on the day.
    const QList<DraftProblem> checks = DraftValidator::validate(draft, FlowSpec::crmToAep(), 1767225600);
    for (const DraftProblem& problem : checks)
        (void)problem.toString();

    if (problems.isEmpty()) {
        const QByteArray written = QJsonDocument(draft.toJson()).toJson();
        QList<DraftProblem> again;
        const DataflowDraft reread = DataflowDraft::fromRecipe(written, &again);
        if (!again.isEmpty() || !(reread == draft)) {
            std::fprintf(stderr, "a recipe read without a problem does not read back the same:\n%s\n%s\n",
                         written.constData(), again.isEmpty() ? "" : qPrintable(again.first().toString()));
            std::abort();
        }
    }
    return 0;
}
