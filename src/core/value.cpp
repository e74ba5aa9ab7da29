#include "eligo/value.hpp"

#include <array>
#include <charconv>
#include <cstdio>
#include <limits>

#include "core/int128.hpp"
#include "eligo/error.hpp"

namespace eligo {
using detail::int128;

namespace {
constexpr std::array<std::string_view, 6> type_names = {"bool",  "integer", "decimal",
                                                        "money", "date",    "enum"};
}

std::string_view to_string(ValueType type) { return type_names[static_cast<std::size_t>(type)]; }

std::optional<ValueType> value_type_from_string(std::string_view name) {
  for (std::size_t i = 0; i < type_names.size(); ++i)
    if (type_names[i] == name) return static_cast<ValueType>(i);
  if (name == "boolean") return ValueType::boolean;
  if (name == "int") return ValueType::integer;
  if (name == "number") return ValueType::decimal;
  if (name == "enumeration") return ValueType::enumeration;
  return std::nullopt;
}

std::optional<std::int64_t> parse_scaled(std::string_view text, int digits) {
  // Exact decimal parsing: binary floating point would turn 0.165 into 0.16499999...
  std::size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) negative = text[i++] == '-';
  int128 whole = 0;
  int whole_digits = 0;
  int fraction_digits = 0;
  int128 fraction = 0;
  bool seen_point = false;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '_') continue;  // 1_000 reads as 1000
    if (c == '.' && !seen_point) {
      seen_point = true;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    if (seen_point) {
      if (++fraction_digits > digits) {
        if (c != '0') return std::nullopt;  // more precision than the type holds
        --fraction_digits;
        continue;
      }
      fraction = fraction * 10 + (c - '0');
    } else {
      whole = whole * 10 + (c - '0');
      if (++whole_digits > 19) return std::nullopt;
    }
  }
  if (whole_digits == 0 && fraction_digits == 0) return std::nullopt;
  for (int d = fraction_digits; d < digits; ++d) fraction *= 10;
  int128 scale = 1;
  for (int d = 0; d < digits; ++d) scale *= 10;
  int128 result = whole * scale + fraction;
  if (negative) result = -result;
  if (result > std::numeric_limits<std::int64_t>::max() ||
      result < std::numeric_limits<std::int64_t>::min())
    return std::nullopt;
  return static_cast<std::int64_t>(result);
}

std::string format_scaled(std::int64_t value, int digits) {
  std::int64_t scale = 1;
  for (int d = 0; d < digits; ++d) scale *= 10;
  const bool negative = value < 0;
  const unsigned long long magnitude =
      negative ? 0ull - static_cast<unsigned long long>(value) : static_cast<unsigned long long>(value);
  std::string text = (negative ? "-" : "") + std::to_string(magnitude / scale);
  if (digits > 0) {
    std::string fraction = std::to_string(magnitude % scale);
    text += '.' + std::string(digits - fraction.size(), '0') + fraction;
  }
  return text;
}

namespace {
// Days from civil, after Howard Hinnant's public-domain algorithm.
Date days_from_civil(int year, int month, int day) {
  year -= month <= 2;
  const int era = (year >= 0 ? year : year - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(year - era * 400);
  const unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return Date{static_cast<std::int32_t>(era * 146097 + static_cast<int>(doe) - 719468)};
}
}  // namespace

void Date::to_ymd(int& year, int& month, int& day) const {
  const int z = days + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  year = static_cast<int>(yoe) + era * 400 + (month <= 2);
}

namespace {
bool parse_int(std::string_view text, int& out) {
  if (text.empty()) return false;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
  return error == std::errc{} && end == text.data() + text.size();
}

bool valid_day(int year, int month, int day) {
  static constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= lengths[month - 1] + (month == 2 && leap);
}
}  // namespace

Date Date::from_ymd(int year, int month, int day) {
  if (!valid_day(year, month, day))
    throw Error("no such day: year " + std::to_string(year) + ", month " + std::to_string(month) + ", day " +
                std::to_string(day));
  return days_from_civil(year, month, day);
}

std::optional<Date> Date::try_parse(std::string_view iso) {
  int year = 0, month = 0, day = 0;
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  if (!parse_int(iso.substr(0, 4), year) || !parse_int(iso.substr(5, 2), month) ||
      !parse_int(iso.substr(8, 2), day) || !valid_day(year, month, day))
    return std::nullopt;
  return days_from_civil(year, month, day);
}

Date Date::parse(std::string_view iso) {
  if (const std::optional<Date> date = try_parse(iso)) return *date;
  throw Error("expected a date as YYYY-MM-DD that exists in the calendar, got `" + std::string(iso) + "`");
}

std::string Date::to_string() const {
  int year = 0, month = 0, day = 0;
  to_ymd(year, month, day);
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

namespace {
bool valid_period(int year, int month) { return year >= 1900 && year <= 2200 && month >= 1 && month <= 12; }
}  // namespace

std::optional<Period> Period::try_parse(std::string_view text) {
  int year = 0, month = 0;
  if (text.size() != 7 || text[4] != '-') return std::nullopt;
  if (!parse_int(text.substr(0, 4), year) || !parse_int(text.substr(5, 2), month)) return std::nullopt;
  if (!valid_period(year, month)) return std::nullopt;
  return Period{year, month};
}

Period Period::parse(std::string_view text) {
  if (const std::optional<Period> period = try_parse(text)) return *period;
  throw Error("expected a month as YYYY-MM (month 01 to 12, year 1900 to 2200), got `" + std::string(text) + "`");
}

Date Period::start() const {
  if (!valid_period(year, month))
    throw Error("a period is a month 1 to 12 of a year 1900 to 2200, got year " + std::to_string(year) + ", month " +
                std::to_string(month));
  return days_from_civil(year, month, 1);
}

Period Period::plus_months(int months) const noexcept {
  const int shifted = index() + months;
  return Period{shifted / 12, shifted % 12 + 1};
}

std::string Period::to_string() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  return buffer;
}

int full_years_between(Date from, Date to) {
  int fy = 0, fm = 0, fd = 0, ty = 0, tm = 0, td = 0;
  from.to_ymd(fy, fm, fd);
  to.to_ymd(ty, tm, td);
  int years = ty - fy;
  if (tm < fm || (tm == fm && td < fd)) --years;
  return years;
}

}  // namespace eligo
