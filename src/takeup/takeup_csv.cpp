// CSV forms of candidates, statistics and the simulated truth.
#include <cstdio>
#include <unordered_map>

#include "core/csv_text.hpp"
#include "core/file_output.hpp"
#include "data/csv_reader.hpp"
#include "data/problem_list.hpp"
#include "data/value_text.hpp"
#include "eligo/takeup.hpp"

namespace eligo {

namespace {

std::string euros(std::int64_t cents) { return format_scaled(cents, 2); }

std::string fixed(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

std::string optional_fixed(const std::optional<double>& value, int decimals) {
  return value ? fixed(*value, decimals) : std::string();
}

}  // namespace

void write_candidates_csv(const RulePack& pack, const Results& results, const std::vector<Candidate>& candidates,
                          const std::filesystem::path& path) {
  detail::write_file_whole(path, [&](std::ostream& out) {
    out << pack.entities.group << "_id,benefit,status,receipt,monthly_amount,missing_inputs\n";
    std::string line;
    for (const auto& candidate : candidates) {
      line.clear();
      detail::append_csv_field(line, results.group_ids[candidate.group]);
      line += ',';
      line += results.benefits[candidate.benefit].benefit;
      line += ',';
      line += to_string(candidate.status);
      line += ',';
      line += candidate.receipt == Receipt::unknown ? "unknown" : to_string(candidate.receipt);
      line += ',';
      if (candidate.status == Status::eligible) line += euros(candidate.monthly_cents);
      line += ',';
      detail::append_csv_list(line, candidate.missing);
      line += '\n';
      out << line;
    }
  });
}

void write_statistics_csv(const TakeUpStatistics& statistics, const std::filesystem::path& path) {
  detail::write_file_whole(path, [&](std::ostream& out) {
    out << "benefit,eligible,receiving,not_receiving,receipt_unknown,undetermined,undetermined_not_receiving,"
           "non_take_up_rate,monthly_at_stake,true_eligible,true_not_receiving,true_non_take_up_rate,"
           "true_monthly_at_stake\n";
    for (const auto& row : statistics.by_benefit) {
      out << row.benefit << ',' << fixed(row.eligible, 2) << ',' << fixed(row.receiving, 2) << ','
          << fixed(row.not_receiving, 2) << ',' << fixed(row.receipt_unknown, 2) << ',' << fixed(row.undetermined, 2)
          << ',' << fixed(row.undetermined_not_receiving, 2) << ',' << fixed(row.non_take_up_rate, 4) << ','
          << fixed(row.monthly_at_stake_euros, 2) << ',' << optional_fixed(row.true_eligible, 2) << ','
          << optional_fixed(row.true_not_receiving, 2) << ',' << optional_fixed(row.true_non_take_up_rate, 4) << ','
          << optional_fixed(row.true_monthly_at_stake_euros, 2) << '\n';
    }
  });
}

TakeUpTruth read_truth_csv(const std::filesystem::path& path, const Results& results) {
  const std::string file = path.string();
  data::CsvReader reader = data::CsvReader::from_file(path);
  data::ProblemList problems({file});
  TakeUpTruth truth;
  for (const auto& benefit : results.benefits) {
    truth.benefits.push_back(benefit.benefit);
    truth.eligible.emplace_back(results.group_count(), 0);
    truth.monthly_cents.emplace_back(results.group_count(), 0);
  }
  std::unordered_map<std::string_view, std::size_t> group_row;
  group_row.reserve(results.group_count());
  for (std::size_t group = 0; group < results.group_count(); ++group) group_row.emplace(results.group_ids[group], group);

  if (!reader.next_record() || reader.problem() || reader.fields().size() < 3 || reader.fields()[1] != "benefit" ||
      reader.fields()[2] != "monthly_amount") {
    problems.add(file, reader.line(), 0, "expected a header starting <group>_id,benefit,monthly_amount");
    problems.throw_if_any();
  }
  while (reader.next_record()) {
    if (const auto& problem = reader.problem()) {
      problems.add(file, reader.line(), problem->column, problem->message);
      continue;
    }
    const auto fields = reader.fields();
    if (fields.size() < 3) {
      problems.add(file, reader.line(), 0, "expected at least 3 fields");
      continue;
    }
    const auto group = group_row.find(fields[0]);
    if (group == group_row.end()) {
      problems.add(file, reader.line(), 1, "group " + data::quote_field(fields[0]) + " is not in the population");
      continue;
    }
    const auto benefit = results.find(std::string(fields[1]));
    if (benefit == nullptr) continue;  // a benefit this evaluation does not cover
    const auto amount = parse_scaled(fields[2], 2);
    if (!amount) {
      problems.add(file, reader.line(), 3, "not an amount in euros with at most 2 decimals (e.g. 646.52)");
      continue;
    }
    const auto b = static_cast<std::size_t>(benefit - results.benefits.data());
    truth.eligible[b][group->second] = 1;
    truth.monthly_cents[b][group->second] = *amount;
  }
  problems.throw_if_any();
  return truth;
}

}  // namespace eligo
