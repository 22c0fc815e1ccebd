// libsodium must be initialised once before use; every function of this module calls this.
#pragma once

#include <sodium.h>

#include <stdexcept>

namespace needlepoint::security {

inline void EnsureSodium() {
  static const bool ready = sodium_init() >= 0;
  if (!ready) throw std::runtime_error("libsodium failed to initialise");
}

}  // namespace needlepoint::security
