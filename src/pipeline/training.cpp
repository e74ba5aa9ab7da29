// The datasets the ranking model learns from, and its training with the settings the
// command line and Python share.
#include "eligo/pipeline.hpp"
#include "eligo/synth.hpp"

namespace eligo {

Dataset rights_dataset(const RulePack& pack, const DetectedRights& detected) {
  return non_claimant_dataset(detected.rights, detected.rights_features.model, inputs_recording_receipt(pack));
}

Dataset campaign_rows(const std::vector<CampaignContact>& campaign, const DetectedRights& detected) {
  return campaign_dataset(campaign, detected.results, detected.candidates, detected.features.model);
}

SavedModel train_ranking_model(const Dataset& rights, const Dataset& campaign, std::uint64_t seed) {
  TreeOptions trees;
  trees.trees = 60;
  trees.seed = seed;
  return train_two_outputs(rights, campaign, trees);
}

}  // namespace eligo
