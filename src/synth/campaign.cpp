#include "synth/campaign.hpp"

#include <algorithm>
#include <array>

#include "synth/ids.hpp"

namespace eligo::synth {

namespace {

// The campaign's arms: a letter, a letter offering help to claim, a phone call, one text
// message, an appointment at a France Services counter (campaign.csv's sms_email and
// in_person before it spoke the planner's vocabulary; the arms and their draws are the same).
constexpr CampaignChannel arm_letter{Channel::letter, false};
constexpr CampaignChannel arm_letter_with_help{Channel::letter, true};
constexpr CampaignChannel arm_phone{Channel::phone, false};
constexpr CampaignChannel arm_sms{Channel::sms, false};
constexpr CampaignChannel arm_counter{Channel::counter, false};
constexpr std::array<CampaignChannel, 5> campaign_arms = {arm_letter, arm_letter_with_help, arm_phone, arm_sms, arm_counter};

std::size_t arm_index(const CampaignChannel& arm) {
  return static_cast<std::size_t>(std::find(campaign_arms.begin(), campaign_arms.end(), arm) - campaign_arms.begin());
}

// Without contact, a non-claimant opens the right within three months with a tenth of
// their claim probability: Finkelstein & Notowidigdo's control group enrolled 6 % in nine
// months.
constexpr double spontaneous_share = 0.10;

// How much each reason for not claiming responds to each channel, relative to the
// average (rows: not_knowing, complexity, fear, autonomy, other; columns: the arms, in
// order). Information cures not knowing; help cures complexity; little moves those who
// want to stay autonomous.
constexpr std::array<std::array<double, 5>, 5> response = {{
    {1.6, 1.4, 1.5, 1.6, 1.3},
    {0.4, 1.6, 1.0, 0.3, 1.7},
    {0.6, 0.9, 0.9, 0.5, 1.0},
    {0.1, 0.2, 0.2, 0.1, 0.3},
    {1.0, 1.0, 1.0, 1.0, 1.0},
}};

std::size_t reason_index(std::string_view reason) {
  static constexpr std::array<std::string_view, 5> reasons = {"not_knowing", "complexity", "fear", "autonomy", "other"};
  const auto found = std::find(reasons.begin(), reasons.end(), reason);
  return found == reasons.end() ? reasons.size() - 1 : static_cast<std::size_t>(found - reasons.begin());
}

double heterogeneity(std::string_view reason, const CampaignChannel& arm, const AccessibilityProfile& profile) {
  double factor = response[reason_index(reason)][arm_index(arm)];
  // Someone who left a past contact unanswered reads the next letter or message less.
  if (profile.past_unanswered_contact && (arm == arm_letter || arm == arm_sms)) factor *= 0.5;
  if (profile.digital_access == DigitalAccess::low && arm == arm_sms) factor *= 0.5;
  return factor;
}

struct Row {
  CampaignContact contact;
  std::uint32_t group = 0;
  std::uint16_t truth_benefit = 0;
  bool truly_eligible = false;
  double spontaneous = 0;  // probability of opening the right without contact
  double heterogeneity = 0;
};

// The right at stake a contact would be about: the largest eligible amount, else the
// first undetermined right.
std::optional<std::size_t> chosen_benefit(const Results& observed, const ReceiptTable& receipts, std::size_t group,
                                          const std::vector<std::size_t>& receipt_column) {
  std::optional<std::size_t> best;
  std::int64_t best_amount = -1;
  std::optional<std::size_t> undetermined;
  for (std::size_t b = 0; b < observed.benefits.size(); ++b) {
    if (receipt_column[b] == static_cast<std::size_t>(-1) || receipts.get(receipt_column[b], group) != Receipt::no)
      continue;
    const Status status = observed.benefits[b].status[group];
    if (status == Status::eligible && observed.benefits[b].amount_cents[group] > best_amount) {
      best = b;
      best_amount = observed.benefits[b].amount_cents[group];
    }
    if (status == Status::undetermined && !undetermined) undetermined = b;
  }
  return best ? best : undetermined;
}

}  // namespace

std::vector<CampaignChannel> usable_channels(const AccessibilityProfile& profile) {
  std::vector<CampaignChannel> usable;
  for (const CampaignChannel& arm : campaign_arms) {
    bool can_use = true;
    if (arm == arm_letter) can_use = !profile.visual_need;
    if (arm == arm_phone) can_use = !profile.hearing_need;
    if (arm == arm_sms)
      can_use = profile.digital_access == DigitalAccess::autonomous && !profile.visual_need && profile.language == "fr";
    if (arm == arm_counter) can_use = profile.travel_minutes && *profile.travel_minutes <= 45;
    if (can_use) usable.push_back(arm);
  }
  return usable;
}

double channel_effect(const CampaignChannel& arm) {
  constexpr std::array<double, campaign_arms.size()> effects = {
      0.05,  // letter: 11 % against 6 %
      0.12,  // letter with help: 18 % against 6 %
      0.08,  // phone: assumption, between the two
      0.03,  // text message: assumption, below a letter
      0.18,  // counter: assumption, more than help by letter
  };
  const std::size_t index = arm_index(arm);
  return index < effects.size() ? effects[index] : 0.0;
}

std::vector<CampaignContact> simulate_campaign(const CampaignInputs& in, double contacted_share, std::uint64_t seed) {
  Random random(mix_seed(seed, 3));
  std::vector<std::size_t> receipt_column, truth_column;
  for (const auto& benefit : in.observed.benefits) {
    receipt_column.push_back(in.receipts.find_benefit(benefit.benefit).value_or(static_cast<std::size_t>(-1)));
    const auto found = std::find(in.truth.benefits.begin(), in.truth.benefits.end(), benefit.benefit);
    truth_column.push_back(static_cast<std::size_t>(found - in.truth.benefits.begin()));
  }
  // Detail (claim probability, reason) of each truly eligible group x benefit.
  std::vector<std::vector<std::int32_t>> detail_of(in.truth.benefits.size(),
                                                   std::vector<std::int32_t>(in.observed.group_count(), -1));
  for (std::size_t d = 0; d < in.details.size(); ++d)
    detail_of[in.details[d].benefit][in.details[d].group] = static_cast<std::int32_t>(d);

  std::vector<Row> rows;
  std::array<double, 5> heterogeneity_sum{}, heterogeneity_count{};
  for (std::size_t group = 0; group < in.observed.group_count(); ++group) {
    const auto b = chosen_benefit(in.observed, in.receipts, group, receipt_column);
    if (!b) continue;
    const Household& household = in.world.households[group];
    const Person& claimant = in.world.persons[household.first_member];
    const AccessibilityProfile& profile = in.world.profiles[static_cast<std::size_t>(claimant.profile)];
    Row row;
    row.group = static_cast<std::uint32_t>(group);
    row.contact.group_id = in.observed.group_ids[group];
    row.contact.person_id = person_id(household.first_member);
    row.contact.benefit = in.observed.benefits[*b].benefit;
    row.contact.contacted = random.chance(contacted_share);
    if (row.contact.contacted) {
      const auto channels = usable_channels(profile);
      row.contact.channel = channels[static_cast<std::size_t>(random.between(0, static_cast<int>(channels.size()) - 1))];
    }
    const std::size_t t = truth_column[*b];
    if (t < in.truth.benefits.size() && in.truth.eligible[t][group] != 0) {
      const std::int32_t d = detail_of[t][group];
      row.truly_eligible = d >= 0 && !in.details[static_cast<std::size_t>(d)].receives;
      if (row.truly_eligible) {
        const TakeUpDetail& detail = in.details[static_cast<std::size_t>(d)];
        row.spontaneous = spontaneous_share * detail.claim_probability;
        if (row.contact.channel) {
          row.heterogeneity = heterogeneity(detail.reason, *row.contact.channel, profile);
          heterogeneity_sum[arm_index(*row.contact.channel)] += row.heterogeneity;
          heterogeneity_count[arm_index(*row.contact.channel)] += 1;
        }
      }
    }
    rows.push_back(std::move(row));
  }
  // Scale each channel so that its average effect among the eligible it reached is the
  // documented one: the heterogeneity moves effects between people, not on average.
  std::array<double, 5> scale{};
  for (std::size_t c = 0; c < scale.size(); ++c) {
    const double mean = heterogeneity_count[c] > 0 ? heterogeneity_sum[c] / heterogeneity_count[c] : 1.0;
    scale[c] = channel_effect(campaign_arms[c]) / std::max(mean, 1e-9);
  }
  std::vector<CampaignContact> campaign;
  campaign.reserve(rows.size());
  for (Row& row : rows) {
    const double u = random.uniform();
    if (row.truly_eligible) {
      double probability = row.spontaneous;
      if (row.contact.channel) probability += scale[arm_index(*row.contact.channel)] * row.heterogeneity;
      row.contact.claimed_within_3_months = u < std::min(0.95, probability);
    }
    campaign.push_back(std::move(row.contact));
  }
  return campaign;
}

}  // namespace eligo::synth
