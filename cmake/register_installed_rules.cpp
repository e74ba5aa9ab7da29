// Compiled into every program that links an installed eligo::eligo (the exported target's
// INTERFACE_SOURCES). A static library cannot tell at run time where it was installed, but
// this file is installed beside the rules, and __FILE__ is where the program found it when
// it was built: the program registers those rules at start-up, wherever the prefix is.
#include <eligo/pack.hpp>

#include <filesystem>

namespace {

[[maybe_unused]] const bool eligo_installed_rules_registered = [] {
  eligo::add_rules_search_path(std::filesystem::path(__FILE__).parent_path() / "rules");
  return true;
}();

}  // namespace
