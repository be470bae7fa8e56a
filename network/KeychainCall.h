// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/NetworkModule.h"

/** Starts one QtKeychain job (NetworkModule::Api::keychain). */
std::unique_ptr<Http::Exchange> startKeychainCall(NetworkModule::KeychainOperation operation, const QString& service,
                                                  const QString& key, const QString& secret,
                                                  std::function<void(const NetworkModule::KeychainAnswer&)> done);
