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

RecipeFile::Opened RecipeFile::open(const QByteArray& content)
{
    Opened opened;
    QList<DraftProblem> found;
    opened.draft = DataflowDraft::fromRecipe(content, &found);
    for (const DraftProblem& problem : std::as_const(found)) {
        if (problem.isError() && problem.isMissingValue())
            opened.incomplete = true;
        else if (problem.isError())
            opened.problems << problem.toString();
    }
    return opened;
}

DraftPlatform RecipeFile::platformOf(const PlatformConfig& config)
{
    DraftPlatform platform;
    platform.imsOrg = config.imsOrg;
    platform.clientId = config.clientId;
    platform.sandbox = config.sandbox;
    platform.scopes = config.scopes == PlatformConfig::defaultScopes() ? QString() : config.scopes;
    platform.platformUrl
        = config.platformUrl == PlatformConfig::defaultPlatformUrl() ? QString() : config.platformUrl.toString();
    platform.imsUrl = config.imsUrl == PlatformConfig::defaultImsUrl() ? QString() : config.imsUrl.toString();
    return platform;
}
