// The data sets the two outputs learn from, built from detection and a past campaign, so
// that the demo, the benchmarks and an agency's own pipeline train on the same rows.
#include <algorithm>
#include <map>

#include "eligo/features.hpp"

namespace eligo {

Dataset non_claimant_dataset(const std::vector<Candidate>& rights, const FeatureMatrix& features,
                             const std::vector<std::string>& answer_columns) {
  std::vector<FeatureColumn> kept;
  std::vector<std::size_t> source;
  for (std::size_t col = 0; col < features.cols(); ++col) {
    const FeatureColumn& column = features.columns()[col];
    if (std::find(answer_columns.begin(), answer_columns.end(), column.name) != answer_columns.end()) continue;
    kept.push_back(column);
    source.push_back(col);
  }
  Dataset data;
  data.features = FeatureMatrix(kept, features.rows());
  for (std::size_t row = 0; row < features.rows(); ++row) {
    for (std::size_t col = 0; col < source.size(); ++col) data.features.set(row, col, features.at(row, source[col]));
    data.labels.push_back(rights[row].receipt == Receipt::no ? 1.0 : 0.0);
    data.households.push_back(rights[row].group);
  }
  return data;
}

Dataset campaign_dataset(const std::vector<CampaignContact>& campaign, const Results& results,
                         const std::vector<Candidate>& candidates, const FeatureMatrix& features) {
  std::map<std::pair<std::string_view, std::string_view>, std::size_t> row_of;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const Candidate& c = candidates[i];
    row_of[{results.group_ids[c.group], results.benefits[c.benefit].benefit}] = i;
  }
  std::vector<std::size_t> rows;
  Dataset data;
  for (const CampaignContact& contact : campaign) {
    const auto found = row_of.find({contact.group_id, contact.benefit});
    if (found == row_of.end()) continue;
    rows.push_back(found->second);
    data.labels.push_back(contact.claimed_within_3_months ? 1.0 : 0.0);
    data.contacted.push_back(contact.contacted ? 1 : 0);
  }
  data.features = features.select_rows(rows);
  return data;
}

}  // namespace eligo
