// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/**
 * For the startup benchmark (tests/bench/BenchStartup.cpp) only: when the environment variable
 * AEP_QUIT_AFTER_FIRST_PAINT is set, the program prints "painted <microseconds since the epoch>" on stdout the first
 * time a wizard page is painted, then quits. Unset (always, outside the benchmark), it does nothing. The bare QWizard
 * program the benchmark compares with compiles this same file.
 */
namespace FirstPaintProbe {

/** Installs the probe on the application when the variable is set; call after the QApplication exists. */
void installIfAsked();

} // namespace FirstPaintProbe
