// Amounts as people read them: French groups thousands with spaces and writes a decimal
// comma before the euro sign; English writes EUR first, commas between thousands.
#include <cstdlib>
#include <string>

#include "eligo/explain.hpp"

namespace eligo {

namespace {

std::string group_thousands(std::int64_t units, char separator) {
  std::string digits = std::to_string(units);
  std::string grouped;
  const std::size_t first = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
  grouped += digits.substr(0, first);
  for (std::size_t i = first; i < digits.size(); i += 3) {
    grouped += separator;
    grouped += digits.substr(i, 3);
  }
  return grouped;
}

}  // namespace

std::string format_euros(std::int64_t cents, const std::string& language) {
  const bool negative = cents < 0;
  // Magnitude as unsigned so that the most negative amount does not overflow.
  const auto magnitude = negative ? 0 - static_cast<std::uint64_t>(cents) : static_cast<std::uint64_t>(cents);
  const auto units = static_cast<std::int64_t>(magnitude / 100);
  const auto rest = static_cast<int>(magnitude % 100);
  const std::string hundredths = (rest < 10 ? "0" : "") + std::to_string(rest);
  const std::string sign = negative ? "-" : "";
  if (language == "en") return sign + "EUR " + group_thousands(units, ',') + "." + hundredths;
  return sign + group_thousands(units, ' ') + "," + hundredths + " €";
}

}  // namespace eligo
