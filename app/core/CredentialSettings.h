// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/PlatformConfig.h"

/**
 * What the program remembers of the last credential between runs, in QSettings: only what identifies it
 * (organization, client ID, scopes, sandbox, URLs) and whether "Remember" was ticked. The client secret goes to
 * the keychain, never here.
 */
struct CredentialSettings
{
    PlatformConfig config;
    bool remember = true;

    static CredentialSettings load();
    void save() const;
    /** True when the URLs are not Adobe's defaults (the page then opens its Advanced part). */
    bool hasCustomUrls() const;
};
