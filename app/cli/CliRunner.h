// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CommandLine.h"

#include <QCoreApplication>

/**
 * The headless modes: --apply, --validate and --export-curl, on the same draft, plan and runner as the wizard.
 * Results on stdout, progress and problems on stderr.
 *
 * Exit codes: 0 done; 1 the Platform refused or failed (rerun --apply to resume); 3 the recipe cannot be read or is
 * invalid; 4 no credential (no client secret in the keychain or AEP_CLIENT_SECRET, no AEP_ACCESS_TOKEN), or a
 * secret parameter of the recipe's new account missing from the environment (AEP_ACCOUNT_<PARAM>).
 * (2 is the command line itself, reported by main.)
 */
class CliRunner
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)
public:
    enum ExitCode { Ok = 0, PlatformFailed = 1, BadRecipe = 3, NoCredential = 4 };

    /** Runs the mode of @p commandLine to its end (its own event loop) and returns the exit code. */
    static int run(const CommandLine& commandLine);
};
