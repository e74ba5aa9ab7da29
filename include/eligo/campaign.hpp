// A past outreach campaign, as an agency records it (campaign.csv): who was contacted about
// which right, through which channel, and who then claimed. Among the candidates of the
// time, some were drawn at random and not contacted: that control group is what lets the
// ranking model learn the gain from contact. `eligo synth` simulates one; an agency's own
// records replace it without code changes.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "eligo/channel.hpp"

namespace eligo {

// How a past contact reached a person is a Channel (eligo/channel.hpp), the planner's
// vocabulary, with one thing the planner has no channel for: whether the letter offered
// help filling in the claim (Finkelstein & Notowidigdo's "information plus assistance").
// In campaign.csv's `channel` column that contact is written `letter_with_help`; the
// older names `sms_email` (one message by SMS or e-mail) and `in_person` (an appointment
// at a France Services counter) are still read, as sms and counter.
struct CampaignChannel {
  Channel channel = Channel::letter;
  bool help_to_claim = false;  // only with a letter

  bool operator==(const CampaignChannel&) const = default;
};
std::string_view to_string(const CampaignChannel& contact);  // a channel's name, or "letter_with_help"
// Any channel's name, letter_with_help, sms_email or in_person; empty for another word.
std::optional<CampaignChannel> campaign_channel_from_string(std::string_view name);

// One household of a past outreach campaign.
struct CampaignContact {
  std::string group_id;
  std::string person_id;   // the claimant (demandeur), whom the contact addressed
  std::string benefit;     // the right the contact was about: the largest at stake
  bool contacted = false;  // false: control group
  std::optional<CampaignChannel> channel;  // when contacted
  bool claimed_within_3_months = false;  // the right was opened within three months
};

// Columns: <group>_id, person_id, benefit, contacted, channel, claimed_within_3_months.
void write_campaign_csv(const std::vector<CampaignContact>& campaign, const std::string& group_entity,
                        const std::filesystem::path& path);
std::vector<CampaignContact> read_campaign_csv(const std::filesystem::path& path);

}  // namespace eligo
