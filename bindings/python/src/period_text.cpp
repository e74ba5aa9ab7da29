#include <string>

#include "eligo/error.hpp"
#include "registers.hpp"

namespace eligo::python {

Period period_of(const std::string& text) {
  const auto period = Period::try_parse(text);
  if (!period) throw Error("period '" + text + "' is not a month written YYYY-MM");
  return *period;
}

}  // namespace eligo::python
