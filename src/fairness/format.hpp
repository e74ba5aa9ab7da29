// Number and text formatting shared by the fairness reports.
#pragma once

#include <cmath>
#include <sstream>
#include <string>

#include "eligo/fairness.hpp"

namespace eligo::detail {

// A figure with a fixed number of decimals; "n/a" when it does not exist (a group without
// non-claimants has no recall).
inline std::string fixed(double x, int digits = 2) {
  if (std::isnan(x)) return "n/a";
  std::ostringstream out;
  out.setf(std::ios::fixed);
  out.precision(digits);
  out << x;
  return out.str();
}

inline std::string with_interval(double x, const Interval& interval, int digits = 2) {
  if (std::isnan(x)) return "n/a";
  if (std::isnan(interval.low)) return fixed(x, digits);
  return fixed(x, digits) + " [" + fixed(interval.low, digits) + ", " + fixed(interval.high, digits) + "]";
}

inline std::string escape_html(const std::string& text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace eligo::detail
