// A past outreach campaign with a random control group. Among the groups an agency would
// have detected (eligible or undetermined on its data, and not receiving), a random share
// is contacted through a channel the claimant can use; the others are the control group.
// Who opens the right within three months follows the take-up model and channel effects
// from the literature, heterogeneous by the reason for not claiming, so that "likely
// non-claimant" and "likely to respond" are not the same people (Ascarza 2018).
#pragma once

#include <vector>

#include "eligo/pack.hpp"
#include "eligo/results.hpp"
#include "eligo/synth.hpp"
#include "synth/behaviour.hpp"
#include "synth/world.hpp"

namespace eligo::synth {

struct CampaignInputs {
  const RulePack& pack;
  const World& world;
  const Results& observed;   // on the agency's data
  const ReceiptTable& receipts;
  const TakeUpTruth& truth;
  const std::vector<TakeUpDetail>& details;
  const std::vector<ClaimProfile>& profiles;
};

std::vector<CampaignContact> simulate_campaign(const CampaignInputs& inputs, double contacted_share,
                                               std::uint64_t seed);

// The campaign's arms (channel, and help to claim with a letter) the claimant can use,
// given their accessibility profile.
std::vector<CampaignChannel> usable_channels(const AccessibilityProfile& profile);

// Average effect of each channel on opening the right within three months, in points
// (letter and letter with help: Finkelstein & Notowidigdo 2019; the others assumed).
double channel_effect(const CampaignChannel& arm);

}  // namespace eligo::synth
