#pragma once
// A pack as it would be without monthly histories: every formula that reads other months
// reads the evaluated month instead, the peer of `eligo_bench months` on a stationary
// population (where both give the law's amounts for a quarter without a change).

#include "eligo/pack.hpp"

namespace eligo::bench {

// `month_mean(x, a, b)` becomes `(x)`, `month_sum(x, a, b)` becomes `(x) * n` with n the
// number of months, and `x@k` becomes `x`, in every variable, condition and amount.
RulePack single_month_pack(const RulePack& pack);

}  // namespace eligo::bench
