// Value types of the rule language and their exact machine representation.
//
// Every value is an int64_t so that columns, parameters and scratch registers share one
// layout: money in cents, decimals in millionths, dates in days since 1970-01-01,
// enumerations as the index of their value, booleans as 0 or 1. Exact integers keep
// results identical on every machine and every thread count. While a pack is evaluated,
// money is held in millionths of a euro so that products stay exact until the amount paid,
// which is rounded to the cent (see docs/rule-language.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace eligo {

enum class ValueType : std::uint8_t { boolean, integer, decimal, money, date, enumeration };

std::string_view to_string(ValueType type);
std::optional<ValueType> value_type_from_string(std::string_view name);

inline constexpr std::int64_t decimal_scale = 1'000'000;  // decimals are stored in millionths
inline constexpr std::int64_t cents_per_euro = 100;

// Parses an exact decimal such as "-646.52" or "1_000" into an integer scaled by
// 10^digits (digits=2 for cents, 6 for decimals). Returns nullopt when the text is not a
// number, has more fractional digits than `digits`, or does not fit.
std::optional<std::int64_t> parse_scaled(std::string_view text, int digits);

// "646.52" from 64652 with digits=2; trailing zeros kept to `digits`.
std::string format_scaled(std::int64_t value, int digits);

// Calendar dates as days since 1970-01-01 (proleptic Gregorian).
struct Date {
  std::int32_t days = 0;

  // Throws Error when the day does not exist (month 13, 31 April, 29 February 2025).
  static Date from_ymd(int year, int month, int day);
  // "YYYY-MM-DD". parse throws Error naming the text when it is not a real date, so that
  // a typo never becomes a garbage date; try_parse says so with an empty optional.
  static Date parse(std::string_view iso);
  static std::optional<Date> try_parse(std::string_view iso);
  void to_ymd(int& year, int& month, int& day) const;
  std::string to_string() const;

  friend bool operator==(Date, Date) = default;
  friend auto operator<=>(Date, Date) = default;
};

// The month a computation is about. Parameters are read on its first day and ages are
// counted at that day, as the CAF and the Cnav do for monthly benefits.
// A Period holds a month from 1 to 12 of a year from 1900 to 2200: start() and every
// evaluation throw Error on any other, so a Period built field by field is checked too.
struct Period {
  int year = 0;
  int month = 0;

  // "YYYY-MM". parse throws Error naming the text when it is not such a month ("2025-13");
  // try_parse returns an empty optional instead, for callers that report it themselves.
  static Period parse(std::string_view text);
  static std::optional<Period> try_parse(std::string_view text);
  Date start() const;
  std::string to_string() const;
  // Months since year 0: consecutive months have consecutive indexes.
  int index() const noexcept { return year * 12 + month - 1; }
  Period plus_months(int months) const noexcept;
};

// Full years between two dates, as the law counts an age.
int full_years_between(Date from, Date to);

}  // namespace eligo
