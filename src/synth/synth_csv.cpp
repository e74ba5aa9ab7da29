// CSV forms of the synthetic tables an agency would hold: accessibility profiles, the
// past campaign, and the simulated truth (documented in docs/synthetic-population.md).
#include <array>
#include <cstdio>

#include "core/csv_text.hpp"
#include "core/file_output.hpp"
#include "core/file_set.hpp"
#include "data/csv_reader.hpp"
#include "data/problem_list.hpp"
#include "eligo/synth.hpp"

namespace eligo {

namespace {

constexpr std::array<std::string_view, 3> digital_names = {"none", "low", "autonomous"};

const char* flag(bool value) { return value ? "true" : "false"; }

std::string fixed(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

// Reads a CSV file whose header must be exactly `columns`, calling `row` on each record;
// `row` reports bad fields through the problem list.
template <typename RowReader>
void read_table(const std::filesystem::path& path, const std::vector<std::string_view>& columns, RowReader row) {
  const std::string file = path.string();
  data::CsvReader reader = data::CsvReader::from_file(path);
  data::ProblemList problems({file});
  bool header_ok = reader.next_record() && !reader.problem() && reader.fields().size() == columns.size();
  for (std::size_t i = 0; header_ok && i < columns.size(); ++i) header_ok = reader.fields()[i] == columns[i];
  if (!header_ok) {
    std::string expected;
    for (const auto column : columns) expected += (expected.empty() ? "" : ",") + std::string(column);
    problems.add(file, reader.line(), 0, "expected the header " + expected);
    problems.throw_if_any();
  }
  while (reader.next_record()) {
    if (const auto& problem = reader.problem()) {
      problems.add(file, reader.line(), problem->column, problem->message);
      continue;
    }
    if (reader.fields().size() != columns.size()) {
      problems.add(file, reader.line(), 0, "expected " + std::to_string(columns.size()) + " fields");
      continue;
    }
    const auto report = [&](std::size_t field, const std::string& message) {
      problems.add(file, reader.line(), static_cast<int>(field + 1), message);
    };
    row(reader.fields(), report);
  }
  problems.throw_if_any();
}

// The values of these tables are about persons (needs, contacts, claims): a message names
// the row, the column and what was expected, never the value found.
template <typename Report>
bool read_flag(std::string_view text, std::size_t field, Report& report) {
  if (text == "true" || text == "1") return true;
  if (text == "false" || text == "0") return false;
  report(field, "expected true or false");
  return false;
}

template <std::size_t N, typename Report>
std::size_t read_name(std::string_view text, const std::array<std::string_view, N>& names, std::size_t field,
                      Report& report) {
  for (std::size_t i = 0; i < N; ++i)
    if (names[i] == text) return i;
  std::string allowed;
  for (const auto name : names) allowed += (allowed.empty() ? "" : ", ") + std::string(name);
  report(field, "expected one of " + allowed);
  return 0;
}

const std::vector<std::string_view> accessibility_columns = {
    "person_id",         "digital_access", "visual_need",    "hearing_need",
    "cognitive_need",    "language",       "interpreter_need", "isolated",
    "travel_minutes_france_services", "online_account", "past_unanswered_contact", "recent_arrival"};

}  // namespace

std::string_view to_string(const CampaignChannel& contact) {
  return contact.help_to_claim ? "letter_with_help" : to_string(contact.channel);
}

std::optional<CampaignChannel> campaign_channel_from_string(std::string_view name) {
  if (name == "letter_with_help") return CampaignChannel{Channel::letter, true};
  // The names campaign.csv used before it spoke the planner's vocabulary.
  if (name == "sms_email") return CampaignChannel{Channel::sms, false};
  if (name == "in_person") return CampaignChannel{Channel::counter, false};
  if (const auto channel = channel_from_string(name)) return CampaignChannel{*channel, false};
  return std::nullopt;
}

void write_accessibility_csv(const std::vector<AccessibilityProfile>& profiles, const std::filesystem::path& path) {
  detail::write_file_whole(path, [&](std::ostream& out) {
    for (std::size_t i = 0; i < accessibility_columns.size(); ++i) out << (i ? "," : "") << accessibility_columns[i];
    out << '\n';
    std::string line;
    for (const auto& p : profiles) {
      line.clear();
      detail::append_csv_field(line, p.person_id);
      line += ',' + std::string(to_string(p.digital_access)) + ',' + flag(p.visual_need) + ',' + flag(p.hearing_need) +
              ',' + flag(p.cognitive_need) + ',';
      detail::append_csv_field(line, p.language);
      line += std::string(",") + flag(p.interpreter_need) + ',' + flag(p.isolated) + ',' +
              (p.travel_minutes ? std::to_string(*p.travel_minutes) : std::string()) + ',' + flag(p.online_account) + ',' + flag(p.past_unanswered_contact) +
              ',' + flag(p.recent_arrival) + '\n';
      out << line;
    }
  });
}

void write_campaign_csv(const std::vector<CampaignContact>& campaign, const std::string& group_entity,
                        const std::filesystem::path& path) {
  detail::write_file_whole(path, [&](std::ostream& out) {
    out << group_entity << "_id,person_id,benefit,contacted,channel,claimed_within_3_months\n";
    std::string line;
    for (const auto& c : campaign) {
      line.clear();
      detail::append_csv_field(line, c.group_id);
      line += ',';
      detail::append_csv_field(line, c.person_id);
      line += ',' + c.benefit + ',' + flag(c.contacted) + ',' + (c.channel ? std::string(to_string(*c.channel)) : "") +
              ',' + flag(c.claimed_within_3_months) + '\n';
      out << line;
    }
  });
}

std::vector<CampaignContact> read_campaign_csv(const std::filesystem::path& path) {
  std::vector<CampaignContact> campaign;
  // The first column is named after the group entity; accept any name ending in _id.
  const std::string file = path.string();
  {
    data::CsvReader header = data::CsvReader::from_file(path);
    if (!header.next_record() || header.fields().empty() || !header.fields()[0].ends_with("_id"))
      throw Error(SourceLocation{file, 1, 1}, "the first column must be the group id, named like famille_id");
  }
  data::CsvReader peek = data::CsvReader::from_file(path);
  peek.next_record();
  const std::string group_column(peek.fields()[0]);
  read_table(path, {group_column, "person_id", "benefit", "contacted", "channel", "claimed_within_3_months"},
             [&](std::span<const std::string_view> f, auto& report) {
               CampaignContact c;
               c.group_id = std::string(f[0]);
               c.person_id = std::string(f[1]);
               c.benefit = std::string(f[2]);
               c.contacted = read_flag(f[3], 3, report);
               if (!f[4].empty()) {
                 c.channel = campaign_channel_from_string(f[4]);
                 if (!c.channel) {
                   report(4, "expected one of letter, letter_with_help, phone, home_visit, counter, email_online, sms");
                   c.contacted = false;  // one problem reported for the field, not two
                 }
               }
               if (c.contacted != c.channel.has_value()) report(4, "a contacted group has a channel, a control group none");
               c.claimed_within_3_months = read_flag(f[5], 5, report);
               campaign.push_back(std::move(c));
             });
  return campaign;
}

void write_truth_csv(const SyntheticPopulation& synthetic, const std::string& group_entity,
                     const std::filesystem::path& path) {
  const auto& groups = synthetic.population.groups().ids;
  detail::write_file_whole(path, [&](std::ostream& out) {
    out << group_entity << "_id,benefit,monthly_amount,claim_probability,receives,reason\n";
    std::string line;
    for (const auto& d : synthetic.details) {
      line.clear();
      detail::append_csv_field(line, groups[d.group]);
      line += ',' + synthetic.truth.benefits[d.benefit] + ',' +
              format_scaled(synthetic.truth.monthly_cents[d.benefit][d.group], 2) + ',' +
              fixed(d.claim_probability, 4) + ',' + flag(d.receives) + ',' + d.reason + '\n';
      out << line;
    }
  });
}

void write_calibration_csv(const std::vector<Calibration>& calibration, const std::filesystem::path& path) {
  detail::write_file_whole(path, [&](std::ostream& out) {
    out << "benefit,eligible,target_non_take_up,simulated_non_take_up,intercept\n";
    for (const auto& c : calibration)
      out << c.benefit << ',' << fixed(c.eligible, 0) << ',' << fixed(c.target_non_take_up, 4) << ','
          << fixed(c.simulated_non_take_up, 4) << ',' << fixed(c.intercept, 6) << '\n';
  });
}

void write_synthetic_population(const RulePack& pack, const SyntheticPopulation& synthetic,
                                const std::filesystem::path& folder) {
  std::filesystem::create_directories(folder);
  // Complete or refused (core/file_set.hpp): readers never take one run's persons with
  // another run's receipts from a folder a run left half rewritten.
  detail::begin_file_set(folder);
  const std::string& group = pack.entities.group;
  const std::string groups = group + ".csv";
  const std::string persons = pack.entities.person + "s.csv";
  write_population_csv(pack, synthetic.population, folder / groups, folder / persons);
  write_receipts_csv(synthetic.receipts, group, folder / "receipts.csv");
  write_accessibility_csv(synthetic.accessibility, folder / "accessibility.csv");
  write_campaign_csv(synthetic.campaign, group, folder / "campaign.csv");
  write_truth_csv(synthetic, group, folder / "truth.csv");
  write_calibration_csv(synthetic.calibration, folder / "calibration.csv");
  detail::finish_file_set(folder, {groups, persons, "receipts.csv", "accessibility.csv", "campaign.csv", "truth.csv",
                                   "calibration.csv"});
}

}  // namespace eligo
