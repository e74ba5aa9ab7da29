#include "eval/batch.hpp"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

#include "eval/arithmetic.hpp"
#include "eval/step_kernels.hpp"

namespace eligo::detail {

namespace {

// A function of two dates that splits them into years, months and days, computed again only
// when the dates change from one row to the next: `months_between(date("1900-01-01"),
// period_start)` has the same dates on every row.
template <typename F>
auto repeating_dates(F f) {
  return [f, last_a = std::int64_t{0}, last_b = std::int64_t{0}, last = std::int64_t{0}, computed = false](
             std::int64_t a, std::int64_t b) mutable -> std::int64_t {
    if (!computed || a != last_a || b != last_b) {
      last = f(Date{static_cast<std::int32_t>(a)}, Date{static_cast<std::int32_t>(b)});
      last_a = a;
      last_b = b;
      computed = true;
    }
    return last;
  };
}

class StepRunner {
 public:
  StepRunner(const EvaluationContext& context, Scratch& scratch) : context_(context), scratch_(scratch) {}

  void run(std::size_t index) {
    index_ = index;
    const Step& step = context_.plan.steps[index];
    const std::size_t n = scratch_.rows(step.level);
    std::int64_t* out = scratch_.values[static_cast<std::size_t>(step.out)];
    std::uint8_t* ok = scratch_.valid[static_cast<std::size_t>(step.out)];
    switch (step.op) {
      case Op::load_input: return load_input(step, n, out, ok);
      case Op::load_role: {
        const auto roles = context_.population.person_role();
        for (std::size_t i = 0; i < n; ++i) out[i] = roles[scratch_.first_person + i];
        std::fill_n(ok, n, 1);
        return;
      }
      case Op::constant:
      case Op::parameter:
      case Op::period_start: return uniform(step, n, out, ok);
      case Op::age_on: return age_on(step, n, out, ok);
      case Op::broadcast: {
        const std::int64_t* a = values(step.a);
        const std::uint8_t* a_ok = valid(step.a);
        const std::uint32_t* group = scratch_.person_group.data();
        for (std::size_t i = 0; i < n; ++i) {
          out[i] = a[group[i]];
          ok[i] = a_ok[group[i]];
        }
        return;
      }
      case Op::sum_members:
      case Op::count_members:
      case Op::min_members:
      case Op::max_members: return fold_members(step, n, out, ok);
      case Op::any_members:
      case Op::all_members: return quantify_members(step, n, out, ok);
      default: return row_by_row(step, n, out, ok, EveryRow{});
    }
  }

  // Step `index` on the listed rows of the batch alone: result j is that of row rows[j].
  void ages_differing_from_twin(std::size_t index, std::size_t twin, std::vector<std::uint32_t>& rows,
                                std::vector<std::int64_t>& ages) {
    index_ = index;
    ages_differing(context_.plan.steps[index], context_.plan.steps[twin], rows, ages);
  }

  void run_on_rows(std::size_t index, const std::uint32_t* rows, std::size_t k, std::int64_t* out, std::uint8_t* ok) {
    index_ = index;
    row_by_row(context_.plan.steps[index], k, out, ok, ListedRows{rows});
  }

 private:
  // Where a loop over a step's rows reads its operands: row i itself, or the i-th of a list
  // of rows (a step computing only the rows that differ from its twin's, month_sharing.cpp).
  struct EveryRow {
    std::size_t operator()(std::size_t i) const { return i; }
  };
  struct ListedRows {
    const std::uint32_t* rows;
    std::size_t operator()(std::size_t i) const { return rows[i]; }
  };

  // The operations whose row i reads only row i of their operands (reads_only_its_row).
  template <typename At>
  void row_by_row(const Step& step, std::size_t n, std::int64_t* out, std::uint8_t* ok, At at) {
    switch (step.op) {
      case Op::promote:
        return unary(step, n, out, ok, at, [&](std::int64_t a) { return checked(static_cast<int128>(a) * decimal_scale); });
      case Op::negate: return unary(step, n, out, ok, at, [&](std::int64_t a) { return checked(-static_cast<int128>(a)); });
      case Op::add:
        if (add_or_subtract(step, n, out, ok, at, false)) return;
        return binary(step, n, out, ok, at, [&](std::int64_t a, std::int64_t b) { return checked(static_cast<int128>(a) + b); });
      case Op::subtract:
        if (add_or_subtract(step, n, out, ok, at, true)) return;
        return binary(step, n, out, ok, at, [&](std::int64_t a, std::int64_t b) { return checked(static_cast<int128>(a) - b); });
      case Op::multiply:
        return binary(step, n, out, ok, at, [&](std::int64_t a, std::int64_t b) { return checked(static_cast<int128>(a) * b); });
      case Op::multiply_scaled:
        return binary(step, n, out, ok, at, [&](std::int64_t a, std::int64_t b) { return checked(multiply_scaled(a, b)); });
      case Op::divide_rounded:
        return binary(step, n, out, ok, at, [&](std::int64_t a, std::int64_t b) {
          if (b == 0) fail("division by zero");
          return checked(divide_rounded(a, b));
        });
      case Op::divide_scaled:
        return binary(step, n, out, ok, at, [&](std::int64_t a, std::int64_t b) {
          if (b == 0) fail("division by zero");
          return checked(divide_scaled(a, b));
        });
      case Op::equal: return binary_total(step, n, out, ok, at, [](std::int64_t a, std::int64_t b) -> std::int64_t { return a == b; });
      case Op::not_equal: return binary_total(step, n, out, ok, at, [](std::int64_t a, std::int64_t b) -> std::int64_t { return a != b; });
      case Op::less: return binary_total(step, n, out, ok, at, [](std::int64_t a, std::int64_t b) -> std::int64_t { return a < b; });
      case Op::less_equal: return binary_total(step, n, out, ok, at, [](std::int64_t a, std::int64_t b) -> std::int64_t { return a <= b; });
      case Op::greater: return binary_total(step, n, out, ok, at, [](std::int64_t a, std::int64_t b) -> std::int64_t { return a > b; });
      case Op::greater_equal: return binary_total(step, n, out, ok, at, [](std::int64_t a, std::int64_t b) -> std::int64_t { return a >= b; });
      case Op::minimum: return binary_total(step, n, out, ok, at, [](std::int64_t a, std::int64_t b) { return std::min(a, b); });
      case Op::maximum: return binary_total(step, n, out, ok, at, [](std::int64_t a, std::int64_t b) { return std::max(a, b); });
      case Op::logical_and: return logical(step, n, out, ok, at, 0);
      case Op::logical_or: return logical(step, n, out, ok, at, 1);
      case Op::logical_not: return unary(step, n, out, ok, at, [](std::int64_t a) -> std::int64_t { return a == 0; });
      case Op::choose: return choose(step, n, out, ok, at);
      case Op::round_nearest: return round(step, n, out, ok, at, Rounding::nearest);
      case Op::round_down: return round(step, n, out, ok, at, Rounding::down);
      case Op::round_up: return round(step, n, out, ok, at, Rounding::up);
      case Op::in_set: return in_set(step, n, out, ok, at);
      case Op::years_between: return dates_between(step, n, out, ok, at, true);
      case Op::months_between: return dates_between(step, n, out, ok, at, false);
      case Op::known: {
        const std::uint8_t* a_ok = valid(step.a);
        for (std::size_t i = 0; i < n; ++i) out[i] = a_ok[at(i)];
        std::fill_n(ok, n, 1);
        return;
      }
      case Op::bracket_amount:
      case Op::bracket_marginal:
        if (!parameter_available(step)) return fill_unknown(n, out, ok);
        return bracket(step, n, out, ok, at, step.op == Op::bracket_marginal);
      case Op::year_of:
        return unary(step, n, out, ok, at, [](std::int64_t a) -> std::int64_t {
          int year = 0, month = 0, day = 0;
          Date{static_cast<std::int32_t>(a)}.to_ymd(year, month, day);
          return year;
        });
      case Op::month_of:
        return unary(step, n, out, ok, at, [](std::int64_t a) -> std::int64_t {
          int year = 0, month = 0, day = 0;
          Date{static_cast<std::int32_t>(a)}.to_ymd(year, month, day);
          return month;
        });
      case Op::make_date: return make_date(step, n, out, ok, at);
      case Op::floor_decimal:
        return unary(step, n, out, ok, at, [](std::int64_t a) {
          return a / decimal_scale - (a % decimal_scale < 0 ? 1 : 0);  // rounded down
        });
      default: throw std::logic_error("eligo: a step that reads other rows than its own, run row by row");
    }
  }

  const std::int64_t* values(int reg) const { return scratch_.values[static_cast<std::size_t>(reg)]; }
  const std::uint8_t* valid(int reg) const { return scratch_.valid[static_cast<std::size_t>(reg)]; }

  [[noreturn]] void fail(const char* message) const { throw StepFailure{index_, row_, message}; }

  std::int64_t checked(int128 value) const {
    if (!fits(value)) fail("the result does not fit (overflow)");
    return static_cast<std::int64_t>(value);
  }

  bool parameter_available(const Step& step) const {
    return context_.parameters_at(step.month).versions[static_cast<std::size_t>(step.immediate)] != nullptr;
  }

  // Constants, parameters and the period start: the same value on every row of every batch.
  void uniform(const Step& step, std::size_t n, std::int64_t* out, std::uint8_t* ok) {
    std::size_t& filled = scratch_.uniform_rows[static_cast<std::size_t>(step.out)];
    if (filled >= n) return;
    if (step.op == Op::parameter && !parameter_available(step)) {
      fill_unknown(n, out, ok);
    } else if (step.op == Op::parameter) {
      const std::int64_t value = context_.parameters_at(step.month).scalars[static_cast<std::size_t>(step.immediate)];
      fill(n, out, ok, is_money(step.out) ? checked(static_cast<int128>(value) * register_units_per_cent) : value);
    } else {
      fill(n, out, ok, step.op == Op::constant ? step.immediate : context_.parameters_at(step.month).period_start.days);
    }
    filled = n;
  }

  static void fill_unknown(std::size_t n, std::int64_t* out, std::uint8_t* ok) {
    std::fill_n(out, n, 0);
    std::fill_n(ok, n, 0);
  }

  // make_date(year, month, day): unknown when a part is; an impossible date is an error.
  template <typename At>
  void make_date(const Step& step, std::size_t n, std::int64_t* out, std::uint8_t* ok, At at) {
    const std::int64_t* years = values(step.a);
    const std::int64_t* months = values(step.b);
    const std::int64_t* days = values(step.c);
    const std::uint8_t* years_ok = valid(step.a);
    const std::uint8_t* months_ok = valid(step.b);
    const std::uint8_t* days_ok = valid(step.c);
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t r = at(i);
      row_ = r;
      ok[i] = years_ok[r] & months_ok[r] & days_ok[r];
      out[i] = 0;
      if (!ok[i]) continue;
      char text[32];
      std::snprintf(text, sizeof text, "%04lld-%02lld-%02lld", static_cast<long long>(years[r]),
                    static_cast<long long>(months[r]), static_cast<long long>(days[r]));
      const auto date = years[r] >= 1 && years[r] <= 9999 ? Date::try_parse(text) : std::nullopt;
      if (!date) fail("make_date() was given a day that does not exist");
      out[i] = date->days;
    }
  }

  static void fill(std::size_t n, std::int64_t* out, std::uint8_t* ok, std::int64_t value) {
    std::fill_n(out, n, value);
    std::fill_n(ok, n, 1);
  }

  void load_input(const Step& step, std::size_t n, std::int64_t* out, std::uint8_t* ok) {
    const std::size_t first = step.level == Level::person ? scratch_.first_person : scratch_.first_group;
    const Column* column = scratch_.step_columns[index_];
    if (column == nullptr) {  // absent from the data: unknown for everyone
      std::fill_n(out, n, 0);
      std::fill_n(ok, n, 0);
      return;
    }
    column->read(first, n, out, ok);  // widened from 1 to 8 bytes a value
    if (is_money(step.out)) to_register_units(n, out, ok);
  }

  bool is_money(int reg) const { return context_.plan.registers[static_cast<std::size_t>(reg)].type == ValueType::money; }

  // Cents, as inputs and parameters hold money, to the registers' millionths of a euro.
  void to_register_units(std::size_t n, std::int64_t* out, const std::uint8_t* ok) {
    std::size_t first_overflow = n;
    for (std::size_t i = 0; i < n; ++i) {
      std::int64_t scaled = 0;
      const bool overflow = __builtin_mul_overflow(out[i], register_units_per_cent, &scaled);
      out[i] = scaled;
      if (overflow && ok[i] && first_overflow == n) first_overflow = i;
    }
    if (first_overflow == n) return;
    row_ = first_overflow;
    fail("the value does not fit (overflow)");
  }

  // Unknown in, unknown out: the operation runs only on known rows.
  template <typename At, typename F>
  void unary(const Step& step, std::size_t n, std::int64_t* out, std::uint8_t* ok, At at, F f) {
    const std::int64_t* a = values(step.a);
    const std::uint8_t* a_ok = valid(step.a);
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t r = at(i);
      row_ = r;
      ok[i] = a_ok[r];
      out[i] = a_ok[r] ? f(a[r]) : 0;
    }
  }

  // full_years_between(birth, period start). The period start is split once per step, the
  // birth dates once per batch (Scratch::split_dates): an age read for twelve months splits
  // them once, not twelve times.
  void age_on(const Step& step, std::size_t n, std::int64_t* out, std::uint8_t* ok) {
    int ty = 0, tm = 0, td = 0;
    context_.parameters_at(step.month).period_start.to_ymd(ty, tm, td);
    const std::int64_t day_of_period = tm * 32 + td;
    const std::int32_t* split = split_dates(step.a, n);
    const std::uint8_t* a_ok = valid(step.a);
    for (std::size_t i = 0; i < n; ++i) {
      ok[i] = a_ok[i];
      out[i] = a_ok[i] ? ty - split[i] / 512 - (day_of_period < split[i] % 512 ? 1 : 0) : 0;
    }
  }

  // An age_on step beside its twin, which computed the age of the same people on the first
  // day of another month: the rows whose age differs (the birthdays that fell in between,
  // the year moving with the month), found from the split dates in a loop over 32-bit
  // values, and their ages. The other rows, known or not, are the twin's.
  void ages_differing(const Step& step, const Step& twin, std::vector<std::uint32_t>& rows,
                      std::vector<std::int64_t>& ages) {
    const std::size_t n = scratch_.rows(step.level);
    int ty = 0, tm = 0, td = 0, twin_year = 0;
    context_.parameters_at(step.month).period_start.to_ymd(ty, tm, td);
    const std::int32_t day_of_period = tm * 32 + td;
    context_.parameters_at(twin.month).period_start.to_ymd(twin_year, tm, td);
    const std::int32_t twin_day_of_period = tm * 32 + td;
    const std::int32_t years_apart = ty - twin_year;
    const std::int32_t* split = split_dates(step.a, n);
    const std::uint8_t* known = valid(step.a);
    rows.clear();
    ages.clear();
    constexpr std::size_t block = 64;
    std::uint8_t differs[block];
    for (std::size_t first = 0; first < n; first += block) {
      const std::size_t count = std::min(block, n - first);
      std::uint8_t any = 0;
      for (std::size_t i = 0; i < count; ++i) {
        const std::int32_t day = split[first + i] % 512;
        const std::int32_t change = years_apart - (day_of_period < day) + (twin_day_of_period < day);
        differs[i] = static_cast<std::uint8_t>(known[first + i] & (change != 0));
        any |= differs[i];
      }
      if (any == 0) continue;
      for (std::size_t i = 0; i < count; ++i) {
        if (!differs[i]) continue;
        const std::int32_t date = split[first + i];
        rows.push_back(static_cast<std::uint32_t>(first + i));
        ages.push_back(ty - date / 512 - (day_of_period < date % 512 ? 1 : 0));
      }
    }
  }

  // Full years or months between two dates. When one is the same on every row (a constant
  // date, the period start) and the other changes from row to row (a birth date), the first
  // is split once and the others are read split for the batch (split_dates), as an age is:
  // `months_between(date("1900-01-01"), date_naissance)`, read for each month of a quarter,
  // splits no date of its own. Otherwise each row's dates are split apart.
  template <typename At>
  void dates_between(const Step& step, std::size_t n, std::int64_t* out, std::uint8_t* ok, At at, bool in_years) {
    const bool a_same = scratch_.same_on_every_row[static_cast<std::size_t>(step.a)] != 0;
    const bool b_same = scratch_.same_on_every_row[static_cast<std::size_t>(step.b)] != 0;
    if (a_same == b_same) {
      if (in_years)
        return binary(step, n, out, ok, at, repeating_dates([](Date a, Date b) -> std::int64_t { return full_years_between(a, b); }));
      return binary(step, n, out, ok, at, repeating_dates([](Date a, Date b) -> std::int64_t { return full_months_between(a, b); }));
    }
    const int changing = a_same ? step.b : step.a;
    const int same = a_same ? step.a : step.b;
    if (n == 0) return;
    if (!valid(same)[0]) return fill_unknown(n, out, ok);
    int year = 0, month = 0, day = 0;
    Date{static_cast<std::int32_t>(values(same)[0])}.to_ymd(year, month, day);
    const std::int32_t same_split = year * 512 + month * 32 + day;
    const std::int32_t* split = split_dates(changing, scratch_.rows(step.level));
    const std::uint8_t* known = valid(changing);
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t r = at(i);
      const std::int32_t from = a_same ? same_split : split[r];
      const std::int32_t to = a_same ? split[r] : same_split;
      // year * 512 + month * 32 + day: the day of the year compares as month * 32 + day.
      const std::int32_t years = to / 512 - from / 512 - (to % 512 < from % 512 ? 1 : 0);
      const std::int32_t months =
          (to / 512 - from / 512) * 12 + (to / 32 % 16 - from / 32 % 16) - (to % 32 < from % 32 ? 1 : 0);
      ok[i] = known[r];
      out[i] = known[r] ? (in_years ? years : months) : 0;
    }
  }

  // The known dates of `reg` as year * 512 + month * 32 + day, kept for the batch: a register
  // shared by several months has one store, which is the key.
  const std::int32_t* split_dates(int reg, std::size_t n) {
    const std::int64_t* dates = values(reg);
    if (scratch_.split_source == dates) return scratch_.split_dates.data();
    const std::uint8_t* known = valid(reg);
    scratch_.split_dates.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      int year = 0, month = 0, day = 0;
      if (known[i]) Date{static_cast<std::int32_t>(dates[i])}.to_ymd(year, month, day);
      scratch_.split_dates[i] = year * 512 + month * 32 + day;
    }
    scratch_.split_source = dates;
    return scratch_.split_dates.data();
  }

  template <typename At, typename F>
  void binary(const Step& step, std::size_t n, std::int64_t* out, std::uint8_t* ok, At at, F f) {
    const std::int64_t* a = values(step.a);
    const std::int64_t* b = values(step.b);
    const std::uint8_t* a_ok = valid(step.a);
    const std::uint8_t* b_ok = valid(step.b);
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t r = at(i);
      row_ = r;
      ok[i] = a_ok[r] & b_ok[r];
      out[i] = ok[i] ? f(a[r], b[r]) : 0;
    }
  }

  // a + b or a - b over every row without a branch; false when a known row overflows, so that
  // the caller runs the checked loop that names the row. The sum wraps in unsigned 64 bits,
  // the overflow is read from the signs (Hacker's Delight, 2-13) and an unknown row is
  // cleared by a mask rather than chosen: plain integer operations, which the compiler
  // vectorises, where __builtin_add_overflow and a choice per row kept the loop scalar.
  template <typename At>
  bool add_or_subtract(const Step& step, std::size_t n, std::int64_t* out, std::uint8_t* ok, At at, bool subtract) {
    return subtract ? wrapping_sum<true>(step, n, out, ok, at) : wrapping_sum<false>(step, n, out, ok, at);
  }

  template <bool subtract, typename At>
  bool wrapping_sum(const Step& step, std::size_t n, std::int64_t* out, std::uint8_t* ok, At at) {
    const std::int64_t* a = values(step.a);
    const std::int64_t* b = values(step.b);
    const std::uint8_t* a_ok = valid(step.a);
    const std::uint8_t* b_ok = valid(step.b);
    std::uint64_t overflow = 0;  // its sign bit set once a known row overflowed
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t r = at(i);
      const std::uint8_t known = a_ok[r] & b_ok[r];
      const std::uint64_t keep = 0 - static_cast<std::uint64_t>(known);
      const auto x = static_cast<std::uint64_t>(a[r]);
      const auto y = static_cast<std::uint64_t>(b[r]);
      const std::uint64_t result = subtract ? x - y : x + y;
      overflow |= (subtract ? (x ^ y) & (x ^ result) : (x ^ result) & (y ^ result)) & keep;
      ok[i] = known;
      out[i] = static_cast<std::int64_t>(result & keep);
    }
    return (overflow >> 63) == 0;
  }

  // An operation defined on every pair (comparisons, min, max): no failure to locate, and a
  // loop without branches, an unknown row cleared by a mask, that the compiler vectorises
  // where the processor compares 64-bit integers in vectors (run_step below).
  template <typename At, typename F>
  void binary_total(const Step& step, std::size_t n, std::int64_t* out, std::uint8_t* ok, At at, F f) {
    const std::int64_t* a = values(step.a);
    const std::int64_t* b = values(step.b);
    const std::uint8_t* a_ok = valid(step.a);
    const std::uint8_t* b_ok = valid(step.b);
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t r = at(i);
      const std::uint8_t known = a_ok[r] & b_ok[r];
      ok[i] = known;
      out[i] = static_cast<std::int64_t>(static_cast<std::uint64_t>(f(a[r], b[r])) & (0 - static_cast<std::uint64_t>(known)));
    }
  }

  // Kleene logic: `absorbing` (0 for and, 1 for or) decides the result even when the other
  // side is unknown.
  template <typename At>
  void logical(const Step& step, std::size_t n, std::int64_t* out, std::uint8_t* ok, At at, std::int64_t absorbing) {
    const std::int64_t* a = values(step.a);
    const std::int64_t* b = values(step.b);
    const std::uint8_t* a_ok = valid(step.a);
    const std::uint8_t* b_ok = valid(step.b);
    // Without a branch: which side decides changes from row to row, so that a branch would
    // be mispredicted often, and the loop can be vectorised.
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t r = at(i);
      const std::uint8_t decided = (a_ok[r] & (a[r] == absorbing)) | (b_ok[r] & (b[r] == absorbing));
      const std::uint8_t known = decided | (a_ok[r] & b_ok[r]);
      ok[i] = known;
      out[i] = (decided & absorbing) | ((1 - decided) & known & (1 - absorbing));
    }
  }

  template <typename At>
  void choose(const Step& step, std::size_t n, std::int64_t* out, std::uint8_t* ok, At at) {
    const std::int64_t* condition = values(step.a);
    const std::uint8_t* condition_ok = valid(step.a);
    const std::int64_t* then = values(step.b);
    const std::uint8_t* then_ok = valid(step.b);
    const std::int64_t* otherwise = values(step.c);
    const std::uint8_t* otherwise_ok = valid(step.c);
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t r = at(i);
      if (condition_ok[r]) {
        const bool pick_then = condition[r] != 0;
        out[i] = pick_then ? then[r] : otherwise[r];
        ok[i] = pick_then ? then_ok[r] : otherwise_ok[r];
      } else {  // unknown condition: known only when both branches agree
        ok[i] = then_ok[r] && otherwise_ok[r] && then[r] == otherwise[r];
        out[i] = ok[i] ? then[r] : 0;
      }
    }
  }

  // Enumeration values are small: a set of values below 64 is one word, tested without a search.
  template <typename At>
  void in_set(const Step& step, std::size_t n, std::int64_t* out, std::uint8_t* ok, At at) {
    std::uint64_t mask = 0;
    bool small = true;
    for (const std::int64_t v : step.set) {
      if (v < 0 || v >= 64) small = false;
      else mask |= std::uint64_t{1} << v;
    }
    if (!small) {
      return unary(step, n, out, ok, at, [&](std::int64_t a) -> std::int64_t {
        return std::find(step.set.begin(), step.set.end(), a) != step.set.end();
      });
    }
    const std::int64_t* a = values(step.a);
    const std::uint8_t* a_ok = valid(step.a);
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t r = at(i);
      const auto v = static_cast<std::uint64_t>(a[r]);
      ok[i] = a_ok[r];
      out[i] = a_ok[r] & (v < 64) & static_cast<std::int64_t>((mask >> (v & 63)) & 1u);
    }
  }

  template <typename At>
  void round(const Step& step, std::size_t n, std::int64_t* out, std::uint8_t* ok, At at, Rounding mode) {
    unary(step, n, out, ok, at, [&](std::int64_t a) {
      const auto rounded = round_to_step(a, step.immediate, mode);
      if (!rounded) fail("the rounded result does not fit (overflow)");
      return *rounded;
    });
  }

  template <typename At>
  void bracket(const Step& step, std::size_t n, std::int64_t* out, std::uint8_t* ok, At at, bool marginal) {
    // Thresholds in the unit of x, values in the unit of the result (a rate for a marginal
    // scale): money ones in cents in the pack, in register units here.
    const std::int64_t threshold_scale = is_money(step.a) ? register_units_per_cent : 1;
    const std::int64_t value_scale = !marginal && is_money(step.out) ? register_units_per_cent : 1;
    const auto& brackets = context_.parameters_at(step.month).brackets[static_cast<std::size_t>(step.immediate)];
    unary(step, n, out, ok, at, [&](std::int64_t x) -> std::int64_t {
      const auto threshold = [&](std::size_t k) { return static_cast<int128>(brackets[k].threshold) * threshold_scale; };
      if (!marginal) {
        int128 value = 0;  // below the first threshold: nothing
        for (std::size_t k = 0; k < brackets.size(); ++k) {
          if (x < threshold(k)) break;
          value = static_cast<int128>(brackets[k].value) * value_scale;
        }
        return checked(value);
      }
      int128 total = 0;  // rate (millionths) x slice, rounded once at the end
      for (std::size_t k = 0; k < brackets.size(); ++k) {
        if (x <= threshold(k)) break;
        const int128 top = k + 1 < brackets.size() ? std::min<int128>(x, threshold(k + 1)) : x;
        total += (top - threshold(k)) * static_cast<int128>(brackets[k].value);
      }
      return checked(divide_half_away(total, decimal_scale));
    });
  }

  // sum, count, min and max over the members a filter keeps; unknown when a kept member's
  // value, or whether a member is kept, is unknown. Over no member: 0.
  void fold_members(const Step& step, std::size_t n, std::int64_t* out, std::uint8_t* ok) {
    const std::int64_t* filter = step.a >= 0 ? values(step.a) : nullptr;
    const std::uint8_t* filter_ok = step.a >= 0 ? valid(step.a) : nullptr;
    const std::int64_t* value = step.b >= 0 ? values(step.b) : nullptr;
    const std::uint8_t* value_ok = step.b >= 0 ? valid(step.b) : nullptr;
    const std::uint32_t* offsets = scratch_.member_offsets.data();
    for (std::size_t g = 0; g < n; ++g) {
      row_ = g;
      int128 total = 0;
      std::int64_t extreme = 0;
      bool any = false;
      bool known = true;
      for (std::uint32_t p = offsets[g]; p < offsets[g + 1]; ++p) {
        if (filter != nullptr) {
          if (!filter_ok[p]) {
            known = false;
            continue;
          }
          if (filter[p] == 0) continue;
        }
        if (step.op == Op::count_members) {
          ++total;
          continue;
        }
        if (!value_ok[p]) {
          known = false;
          continue;
        }
        const std::int64_t v = value[p];
        total += v;
        extreme = !any ? v : step.op == Op::min_members ? std::min(extreme, v) : std::max(extreme, v);
        any = true;
      }
      ok[g] = known;
      if (!known) {
        out[g] = 0;
      } else if (step.op == Op::sum_members || step.op == Op::count_members) {
        out[g] = checked(total);
      } else {
        out[g] = extreme;
      }
    }
  }

  // any / all over members, in three-valued logic.
  void quantify_members(const Step& step, std::size_t n, std::int64_t* out, std::uint8_t* ok) {
    const bool any_op = step.op == Op::any_members;
    const std::int64_t* filter = step.a >= 0 ? values(step.a) : nullptr;
    const std::uint8_t* filter_ok = step.a >= 0 ? valid(step.a) : nullptr;
    const std::int64_t* value = values(step.b);
    const std::uint8_t* value_ok = valid(step.b);
    const std::uint32_t* offsets = scratch_.member_offsets.data();
    for (std::size_t g = 0; g < n; ++g) {
      bool decided = false;
      bool unknown = false;
      for (std::uint32_t p = offsets[g]; p < offsets[g + 1] && !decided; ++p) {
        // A member counts when the filter keeps it: excluded is known only if the filter is.
        const bool excluded = filter != nullptr && filter_ok[p] && filter[p] == 0;
        if (excluded) continue;
        const bool kept_unknown = filter != nullptr && !filter_ok[p];
        if (!value_ok[p]) {
          unknown = true;
          continue;
        }
        const bool holds = value[p] != 0;
        if (holds == any_op) {
          if (kept_unknown) unknown = true;
          else decided = true;
        }
      }
      ok[g] = decided || !unknown;
      out[g] = decided ? any_op : (ok[g] ? !any_op : 0);
    }
  }

  const EvaluationContext& context_;
  Scratch& scratch_;
  std::size_t index_ = 0;
  std::size_t row_ = 0;
};

}  // namespace

namespace {

bool same_parameter(const BoundParameters& a, const BoundParameters& b, std::size_t index) {
  if ((a.versions[index] == nullptr) != (b.versions[index] == nullptr)) return false;
  return a.scalars[index] == b.scalars[index] && a.brackets[index] == b.brackets[index];
}

// Which steps read what their twin reads: the same input column, the same parameter
// value. The first day of another month, and an age on it, are computed and their rows
// compared instead: a year or an age computed from them is often the same.
void mark_steps_reading_as_twin(const EvaluationContext& context, Scratch& scratch) {
  const Plan& plan = context.plan;
  scratch.reads_as_twin.assign(plan.steps.size(), 1);
  for (std::size_t s = 0; s < scratch.twins.size(); ++s) {
    if (scratch.twins[s] < 0) continue;
    const Step& step = plan.steps[s];
    const auto twin = static_cast<std::size_t>(scratch.twins[s]);
    const Step& other = plan.steps[twin];
    std::uint8_t same = 1;
    switch (step.op) {
      case Op::load_input: same = scratch.step_columns[s] == scratch.step_columns[twin]; break;
      case Op::parameter:
      case Op::bracket_amount:
      case Op::bracket_marginal:
        same = same_parameter(context.parameters_at(step.month), context.parameters_at(other.month),
                              static_cast<std::size_t>(step.immediate));
        break;
      case Op::period_start:
      case Op::age_on: same = step.month == other.month; break;
      default: break;
    }
    scratch.reads_as_twin[s] = same;
  }
}

}  // namespace

void prepare_batch(const EvaluationContext& context, std::size_t first, std::size_t last, Scratch& scratch) {
  const Population& population = context.population;
  scratch.first_group = first;
  scratch.group_rows = last - first;
  scratch.split_source = nullptr;
  scratch.first_person = population.member_begin(first);
  scratch.person_rows = population.member_begin(last) - scratch.first_person;
  scratch.member_offsets.resize(scratch.group_rows + 1);
  scratch.person_group.resize(scratch.person_rows);
  for (std::size_t g = 0; g <= scratch.group_rows; ++g)
    scratch.member_offsets[g] = population.member_begin(first + g) - static_cast<std::uint32_t>(scratch.first_person);
  for (std::size_t g = 0; g < scratch.group_rows; ++g)
    std::fill(scratch.person_group.begin() + scratch.member_offsets[g],
              scratch.person_group.begin() + scratch.member_offsets[g + 1], static_cast<std::uint32_t>(g));
  if (scratch.step_columns.size() != context.plan.steps.size()) {
    scratch.step_columns.assign(context.plan.steps.size(), nullptr);
    for (std::size_t s = 0; s < context.plan.steps.size(); ++s) {
      const Step& step = context.plan.steps[s];
      if (step.op != Op::load_input) continue;
      const EntityTable& table = step.level == Level::person ? population.persons() : population.groups();
      const std::string& name = context.input_names[static_cast<std::size_t>(step.immediate)];
      // A value given for the step's month, else the single value that holds every month.
      const Population::History& histories =
          step.level == Level::person ? population.person_history() : population.group_history();
      if (const auto history = histories.find(name); history != histories.end()) {
        const auto month = history->second.find(context.period_index + step.month);
        if (month != history->second.end()) {
          scratch.step_columns[s] = &month->second;
          continue;
        }
      }
      const auto column = table.columns.find(name);
      if (column != table.columns.end()) scratch.step_columns[s] = &column->second;
    }
    choose_evaluation_steps(context, scratch);
    mark_steps_reading_as_twin(context, scratch);
    find_lasting_sharing(context.plan, scratch);
  }
  const auto& registers = context.plan.registers;
  if (scratch.values.size() == registers.size() && scratch.group_rows <= scratch.group_capacity &&
      scratch.person_rows <= scratch.person_capacity)
    return;
  scratch.group_capacity = std::max(scratch.group_capacity, scratch.group_rows);
  scratch.person_capacity = std::max(scratch.person_capacity, scratch.person_rows);
  // Only the registers a step writes have rows of their own: the others point at the rows
  // of the register they equal (evaluation_steps.cpp), and the store stays small enough
  // to be read from the cache.
  const auto capacity = [&](std::size_t r) -> std::size_t {
    if (!scratch.written[r]) return 0;
    return registers[r].level == Level::person ? scratch.person_capacity : scratch.group_capacity;
  };
  std::size_t total = 0;
  for (std::size_t r = 0; r < registers.size(); ++r) total += capacity(r);
  // New stores: what the old ones held is gone, uniform values included.
  scratch.value_store = std::make_unique_for_overwrite<std::int64_t[]>(total);
  scratch.valid_store = std::make_unique_for_overwrite<std::uint8_t[]>(total);
  scratch.values.resize(registers.size());
  scratch.valid.resize(registers.size());
  scratch.uniform_rows.assign(registers.size(), 0);
  std::size_t offset = 0;
  for (std::size_t r = 0; r < registers.size(); ++r) {
    scratch.values[r] = scratch.value_store.get() + offset;
    scratch.valid[r] = scratch.valid_store.get() + offset;
    offset += capacity(r);
  }
  scratch.own_values = scratch.values;
  scratch.own_valid = scratch.valid;
  scratch.aliased.clear();
}

namespace {

// The loops of the steps compiled twice: for the baseline x86-64 processor, and with every
// call inlined (flatten) for processors with AVX2, whose vectors compare 64-bit integers,
// so that comparisons, minima, Kleene logic and sums run four rows at a time. The results
// are the same integers either way (tests/unit/fr_months_batches.cpp).
void run_step_baseline(const EvaluationContext& context, Scratch& scratch, std::size_t step) {
  StepRunner(context, scratch).run(step);
}

#if ELIGO_STEP_KERNELS_AVX2
[[gnu::target("avx2"), gnu::flatten]] void run_step_avx2(const EvaluationContext& context, Scratch& scratch,
                                                          std::size_t step) {
  StepRunner(context, scratch).run(step);
}
#endif

}  // namespace

void run_step(const EvaluationContext& context, Scratch& scratch, std::size_t step) {
#if ELIGO_STEP_KERNELS_AVX2
  if (step_kernels_in_use() == StepKernels::avx2) return run_step_avx2(context, scratch, step);
#endif
  run_step_baseline(context, scratch, step);
}

void ages_differing_from_twin(const EvaluationContext& context, Scratch& scratch, std::size_t step, std::size_t twin,
                              std::vector<std::uint32_t>& rows, std::vector<std::int64_t>& ages) {
  StepRunner(context, scratch).ages_differing_from_twin(step, twin, rows, ages);
}

void run_step_on_rows(const EvaluationContext& context, Scratch& scratch, std::size_t step, const std::uint32_t* rows,
                      std::size_t k, std::int64_t* out, std::uint8_t* ok) {
  StepRunner(context, scratch).run_on_rows(step, rows, k, out, ok);
}

void run_visited_step(const EvaluationContext& context, Scratch& scratch, std::size_t s) {
  const Step& step = context.plan.steps[s];
  const auto out = static_cast<std::size_t>(step.out);
  std::size_t& rows = step.level == Level::person ? scratch.person_rows : scratch.group_rows;
  const std::size_t n = rows;
  if (!scratch.same_on_every_row[out] || fills_once_per_evaluation(step.op) || n == 0)
    return run_step(context, scratch, s);
  std::int64_t* values = scratch.values[out];
  std::uint8_t* valid = scratch.valid[out];
  std::size_t& filled = scratch.uniform_rows[out];
  const std::int64_t before = values[0];
  const std::uint8_t known_before = valid[0];
  const std::size_t filled_before = filled;
  rows = 1;
  try {
    run_step(context, scratch, s);
  } catch (...) {
    rows = n;
    throw;
  }
  rows = n;
  if (filled_before >= n && values[0] == before && valid[0] == known_before) return;
  std::fill_n(values + 1, n - 1, values[0]);
  std::fill_n(valid + 1, n - 1, valid[0]);
  filled = n;
}

void run_batch(const EvaluationContext& context, std::size_t first, std::size_t last, Scratch& scratch) {
  prepare_batch(context, first, last, scratch);
  const Plan& plan = context.plan;
  if (plan.first_month == 0 && plan.last_month == 0) {
    scratch.shared = scratch.lasting_shared;
    for (const std::uint32_t s : scratch.steps_to_visit) {
      run_visited_step(context, scratch, s);
      point_lasting_readers(scratch, static_cast<std::size_t>(plan.steps[s].out));
    }
    return;
  }
  run_months_sharing(context, scratch);
}

}  // namespace eligo::detail
