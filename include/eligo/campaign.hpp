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

namespace eligo {

// How the past campaign reached a person, as its records say. Not the outreach planner's
// outreach::Channel: these are what was done then (a letter with help filling in the form,
// one message by SMS or e-mail), kept as recorded.
enum class CampaignChannel : std::uint8_t { letter, letter_with_help, phone, sms_email, in_person };
std::string_view to_string(CampaignChannel channel);  // "letter", "letter_with_help", ...

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
