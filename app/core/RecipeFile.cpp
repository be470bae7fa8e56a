// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/RecipeFile.h"

QString RecipeFile::withSuffix(const QString& chosenPath)
{
    if (chosenPath.isEmpty() || chosenPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return chosenPath;
    return chosenPath + QLatin1String(".json");
}

DataflowDraft RecipeFile::forSession(DataflowDraft draft, bool demo)
{
    if (demo) {
        draft.platform.platformUrl.clear();
        draft.platform.imsUrl.clear();
    }
    return draft;
}
