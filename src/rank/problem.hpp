// A diagnostic without a location: the ranking stage's problems concern data in memory.
#pragma once

#include <string>

#include "eligo/error.hpp"

namespace eligo::detail {

// Built member by member: brace-initialising the nested location trips GCC 12's
// -Wmaybe-uninitialized at -O3.
inline Diagnostic problem(std::string message) {
  Diagnostic diagnostic;
  diagnostic.message = std::move(message);
  return diagnostic;
}

}  // namespace eligo::detail
