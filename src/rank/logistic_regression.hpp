// The L2-regularised logistic regression behind the baseline model and the uplift arms.
#pragma once

#include <span>

#include "rank/model_data.hpp"

namespace eligo::detail {

// Fits on `rows` x `cols` row-major values (NaN = missing). Labels in [0, 1], weights
// empty or one per row.
LogisticParameters fit_logistic(std::span<const double> values, std::size_t rows, std::size_t cols,
                                std::span<const double> labels, std::span<const double> weights,
                                const LogisticOptions& options);

}  // namespace eligo::detail
