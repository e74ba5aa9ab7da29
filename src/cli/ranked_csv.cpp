#include "cli/ranked_csv.hpp"

#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <utility>

#include "core/file_output.hpp"
#include "core/csv_text.hpp"
#include "data/csv_reader.hpp"
#include "data/problem_list.hpp"

namespace eligo::cli {

namespace {

std::string decimal(double value) {
  if (std::isnan(value)) return "";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6f", value);
  return buffer;
}

// Below every listed row's score, -rank.
constexpr double unlisted_score = std::numeric_limits<double>::lowest();

std::string_view status_name(Status status) { return status == Status::undetermined ? "undetermined" : "eligible"; }

}  // namespace

void write_ranked_csv(const std::filesystem::path& path, const std::string& group_entity,
                      const std::vector<ContactRow>& rows) {
  detail::write_file_whole(path, [&](std::ostream& out) {
    out << "rank," << group_entity << "_id,person_id,benefit,status,monthly_amount,non_claimant_probability,"
        << "expected_gain,within_capacity";
    for (std::size_t r = 1; r <= reasons_per_row; ++r) out << ",reason_" << r << ",contribution_" << r;
    out << '\n';
    std::string line;
    for (const ContactRow& row : rows) {
      line = std::to_string(row.rank) + ',';
      detail::append_csv_field(line, row.group_id);
      line += ',';
      detail::append_csv_field(line, row.person_id);
      line += ',' + row.benefit + ',' + std::string(status_name(row.status)) + ',' +
              (row.monthly_cents ? format_scaled(*row.monthly_cents, 2) : "") + ',' +
              decimal(row.non_claimant_probability) + ',' + (row.expected_gain ? decimal(*row.expected_gain) : "") +
              ',' + (row.within_capacity ? "true" : "false");
      for (std::size_t r = 0; r < reasons_per_row; ++r) {
        line += ',';
        if (r < row.reasons.size()) {
          detail::append_csv_field(line, row.reasons[r].feature);
          line += ',' + decimal(row.reasons[r].contribution);
        } else {
          line += ',';
        }
      }
      out << line << '\n';
    }
  });
}

std::vector<double> read_ranked_csv(const std::filesystem::path& path, const std::string& group_entity,
                                    const DetectedRights& detected, std::size_t& listed) {
  const std::string file = path.string();
  data::CsvReader reader = data::CsvReader::from_file(path);
  data::ProblemList problems({file});
  const std::string group_column = group_entity + "_id";
  std::map<std::string_view, std::size_t> column;
  if (reader.next_record() && !reader.problem())
    for (std::size_t i = 0; i < reader.fields().size(); ++i) column.emplace(reader.fields()[i], i);
  for (const std::string& name : {std::string("rank"), group_column, std::string("benefit")})
    if (!column.contains(name)) problems.add(file, 1, 0, "the header has no column `" + name + "`");
  problems.throw_if_any();
  const std::size_t rank_at = column.at("rank"), group_at = column.at(group_column), benefit_at = column.at("benefit");

  std::map<std::pair<std::string_view, std::string_view>, std::size_t> candidate_of;
  for (std::size_t row = 0; row < detected.candidates.size(); ++row) {
    const Candidate& c = detected.candidates[row];
    candidate_of.emplace(std::pair<std::string_view, std::string_view>(detected.results.group_ids[c.group],
                                                                       detected.results.benefits[c.benefit].benefit),
                         row);
  }
  std::vector<double> scores(detected.candidates.size(), unlisted_score);
  std::vector<int> listed_at(detected.candidates.size(), 0);  // the line that listed each candidate
  std::map<std::int64_t, int> rank_line;
  listed = 0;
  while (reader.next_record()) {
    const int line = reader.line();
    if (const auto& problem = reader.problem()) {
      problems.add(file, line, problem->column, problem->message);
      continue;
    }
    const auto fields = reader.fields();
    if (fields.size() != column.size()) {
      problems.add(file, line, 0, "expected " + std::to_string(column.size()) + " fields, as in the header");
      continue;
    }
    const auto rank = parse_scaled(fields[rank_at], 0);
    if (!rank || *rank < 1) {
      problems.add(file, line, static_cast<int>(rank_at + 1), "`rank` must be a whole number from 1");
      continue;
    }
    if (const auto [at, added] = rank_line.emplace(*rank, line); !added) {
      problems.add(file, line, static_cast<int>(rank_at + 1),
                   "rank " + std::to_string(*rank) + " is given twice (first on line " + std::to_string(at->second) + ")");
      continue;
    }
    const auto found = candidate_of.find({fields[group_at], fields[benefit_at]});
    if (found == candidate_of.end()) {
      problems.add(file, line, static_cast<int>(group_at + 1),
                   "group `" + std::string(fields[group_at]) + "` with benefit `" + std::string(fields[benefit_at]) +
                       "` is not a candidate of this population (ranked on other data?)");
      continue;
    }
    if (listed_at[found->second] != 0) {
      problems.add(file, line, static_cast<int>(group_at + 1),
                   "group `" + std::string(fields[group_at]) + "` with benefit `" + std::string(fields[benefit_at]) +
                       "` is listed twice (first on line " + std::to_string(listed_at[found->second]) + ")");
      continue;
    }
    listed_at[found->second] = line;
    scores[found->second] = -static_cast<double>(*rank);  // rank 1 first
    ++listed;
  }
  problems.throw_if_any();
  return scores;
}

}  // namespace eligo::cli
