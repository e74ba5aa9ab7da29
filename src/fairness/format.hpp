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


}  // namespace eligo::detail
