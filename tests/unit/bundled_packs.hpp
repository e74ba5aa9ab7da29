// The bundled packs the tests read, each loaded once per test program and shared by every
// test file that needs it.
#pragma once

#include <filesystem>

#include "eligo/pack.hpp"

namespace eligo::test_packs {

inline const RulePack& french_pack() {
  static const RulePack pack = load_pack(std::filesystem::path(ELIGO_RULES_DIR) / "fr");
  return pack;
}

inline const RulePack& example_pack() {
  static const RulePack pack = load_pack(std::filesystem::path(ELIGO_RULES_DIR) / "example");
  return pack;
}

}  // namespace eligo::test_packs
