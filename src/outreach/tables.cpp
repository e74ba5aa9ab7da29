// The three input tables of a plan: accessibility profiles, candidates and capacity.
// Every value of these tables is about a person (needs, age, amounts): messages name the
// row, the column and what was expected, never the value found.
#include <cmath>
#include <set>

#include "eligo/outreach.hpp"
#include "outreach/csv_table.hpp"
#include "data/value_text.hpp"

namespace eligo::outreach {
namespace {

std::optional<int> whole_number(const detail::TableRow& row, std::size_t column, std::string_view what) {
  const auto value = row.number(column);
  if (!value) return std::nullopt;
  if (*value < 0 || *value > 1e8 || std::floor(*value) != *value) {
    row.problem(column, "expected " + std::string(what) + " as a whole number from 0 to 100000000");
    return std::nullopt;
  }
  return static_cast<int>(*value);
}

}  // namespace

std::vector<AccessibilityProfile> read_accessibility_csv(const std::filesystem::path& path) {
  enum Column : std::size_t { id, digital, visual, hearing, cognitive, language, interpreter, isolated, travel,
                              account, unanswered, arrival, age };
  const std::vector<detail::ColumnSpec> columns = {
      {"person_id"},        {"digital_access"}, {"visual_need"},      {"hearing_need"},
      {"cognitive_need"},   {"language"},       {"interpreter_need"}, {"isolated"},
      {"travel_minutes_france_services"},       {"online_account"},   {"past_unanswered_contact"},
      {"recent_arrival"},   {"age", false}};
  std::vector<AccessibilityProfile> profiles;
  std::set<std::string, std::less<>> seen;
  detail::read_table(path, columns, [&](const detail::TableRow& row) {
    AccessibilityProfile profile;
    profile.person_id = std::string(row.field(id));
    if (profile.person_id.empty()) row.problem(id, "empty person_id");
    if (!seen.insert(profile.person_id).second) row.problem(id, "person " + data::quote_field(profile.person_id) + " is listed twice");
    const std::string_view access = row.field(digital);
    if (access == "none" || access.empty())  // unknown access is treated as none: never assume someone is online
      profile.digital_access = DigitalAccess::none;
    else if (access == "low")
      profile.digital_access = DigitalAccess::low;
    else if (access == "autonomous")
      profile.digital_access = DigitalAccess::autonomous;
    else
      row.problem(digital, "expected none, low or autonomous (or an empty field)");
    profile.visual_need = row.flag(visual);
    profile.hearing_need = row.flag(hearing);
    profile.cognitive_need = row.flag(cognitive);
    if (!row.field(language).empty()) profile.language = std::string(row.field(language));
    profile.interpreter_need = row.flag(interpreter);
    profile.isolated = row.flag(isolated);
    profile.travel_minutes = whole_number(row, travel, "minutes");
    profile.online_account = row.flag(account);
    profile.past_unanswered_contact = row.flag(unanswered);
    profile.recent_arrival = row.flag(arrival);
    profile.age = whole_number(row, age, "an age");
    profiles.push_back(std::move(profile));
  });
  return profiles;
}

std::vector<Candidate> read_candidates_csv(const std::filesystem::path& path) {
  enum Column : std::size_t { id, benefit, gain, amount, probability, status };
  const std::vector<detail::ColumnSpec> columns = {{"person_id"},
                                                   {"benefit"},
                                                   {"expected_gain"},
                                                   {"monthly_amount", true, "amount"},
                                                   {"non_claimant_probability", false},
                                                   {"status", false}};
  std::vector<Candidate> candidates;
  detail::read_table(path, columns, [&](const detail::TableRow& row) {
    Candidate candidate;
    candidate.person_id = std::string(row.field(id));
    if (candidate.person_id.empty()) row.problem(id, "empty person_id");
    candidate.benefit = std::string(row.field(benefit));
    // A model without an uplift part leaves expected_gain blank: the probability of not
    // claiming is then what orders contacts, as it ordered the list.
    const bool gain_blank = row.field(gain).empty();
    const std::size_t gain_column = gain_blank && row.has(probability) ? probability : gain;
    if (const auto expected = row.number(gain_column))
      candidate.expected_gain = *expected;
    else if (row.field(gain_column).empty())
      row.problem(gain, row.has(probability) ? "expected_gain and non_claimant_probability are both blank"
                                             : "expected a number for expected_gain, got a blank");
    const std::string_view status_text = row.field(status);
    if (row.has(status) && status_text != "eligible" && status_text != "undetermined")
      row.problem(status, "expected eligible or undetermined");
    if (!row.field(amount).empty()) {
      const auto cents = parse_scaled(row.field(amount), 2);
      if (!cents || *cents < 0)
        row.problem(amount, "expected an amount in euros, zero or more, such as 210.00");
      else
        candidate.amount_cents = *cents;
    } else if (status_text == "eligible") {
      row.problem(amount, "an eligible row needs its amount; only an undetermined right may leave it blank");
    }
    candidates.push_back(std::move(candidate));
  });
  return candidates;
}

Capacity read_capacity_csv(const std::filesystem::path& path) {
  enum Column : std::size_t { channel, count };
  const std::vector<detail::ColumnSpec> columns = {{"channel"}, {"capacity"}};
  Capacity capacity;
  std::set<Channel> seen;
  detail::read_table(path, columns, [&](const detail::TableRow& row) {
    const auto which = channel_from_string(row.field(channel));
    if (!which) {
      row.problem(channel, "unknown channel " + data::quote_field(row.field(channel)) +
                               "; expected letter, phone, home_visit, counter, email_online or sms");
      return;
    }
    if (!seen.insert(*which).second) row.problem(channel, "channel " + data::quote_field(row.field(channel)) + " is listed twice");
    if (row.field(count) == "unlimited") {
      capacity.set(*which, Capacity::unlimited);
      return;
    }
    const auto value = whole_number(row, count, "a capacity");
    if (!value && row.field(count).empty()) row.problem(count, "missing capacity");
    capacity.set(*which, static_cast<std::size_t>(value.value_or(0)));
  });
  return capacity;
}

}  // namespace eligo::outreach
