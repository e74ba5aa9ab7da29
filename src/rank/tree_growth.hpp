// Growing one regression tree on binned features from first and second derivatives
// (the second-order boosting of XGBoost and LightGBM).
#pragma once

#include <span>

#include "eligo/rank.hpp"
#include "rank/binning.hpp"
#include "rank/model_data.hpp"
#include "rank/objectives.hpp"

namespace eligo::detail {

// Grows a tree of depth at most options.max_depth on `rows` (a subsample). Leaf values
// are -G / (H + l2), times the learning rate. Node covers count the rows reaching them.
Tree grow_tree(const BinnedMatrix& binned, const Derivatives& derivatives, std::vector<std::size_t> rows,
               const TreeOptions& options);

}  // namespace eligo::detail
