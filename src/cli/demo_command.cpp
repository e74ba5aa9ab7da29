// eligo demo: the bundled example pack over bundled sample households, with no argument.
// It shows in one screen what eligo gives: a status and an amount per household and
// benefit, the missing information of undetermined cases, and one explanation.
#include <algorithm>
#include <iomanip>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/demo_chain.hpp"
#include "cli/results_table.hpp"

namespace eligo::cli {

namespace {

// The month the sample households were written for (their ages and incomes).
constexpr const char* sample_period = "2025-06";

std::string join(const std::vector<std::string>& items) {
  std::string text;
  for (const std::string& item : items) text += (text.empty() ? "" : ", ") + item;
  return text;
}

void print_table(const std::vector<ResultRow>& rows) {
  std::size_t group_width = 9;  // "household"
  std::size_t benefit_width = 7;
  for (const ResultRow& row : rows) {
    group_width = std::max(group_width, row.group_id.size());
    benefit_width = std::max(benefit_width, row.benefit.size());
  }
  const auto line = [&](const std::string& group, const std::string& benefit, const std::string& status,
                        const std::string& amount, const std::string& detail) {
    std::cout << std::left << std::setw(static_cast<int>(group_width) + 2) << group
              << std::setw(static_cast<int>(benefit_width) + 2) << benefit << std::setw(14) << status
              << std::right << std::setw(10) << amount;
    if (!detail.empty()) std::cout << "  " << detail;
    std::cout << '\n';
  };
  line("household", "benefit", "status", "amount", "why");
  for (const ResultRow& row : rows) {
    std::string detail;
    if (!row.failed_conditions.empty()) detail = "failed: " + join(row.failed_conditions);
    if (!row.missing_inputs.empty()) detail = "missing: " + join(row.missing_inputs);
    line(row.group_id, row.benefit, std::string(to_string(row.status)), row.amount, detail);
  }
}

int run_demo(const std::string& language) {
  const std::filesystem::path folder = resolve_pack_path("example");
  const RulePack pack = load_pack_or_throw(folder.string());
  const Program program = Program::compile(pack);
  const Population population =
      read_population_csv(pack, folder / "data" / "foyers.csv", folder / "data" / "personnes.csv");
  const Period period = Period::parse(sample_period);
  const Results results = program.evaluate(population, period);

  std::cout << "eligo demo: pack `" << pack.id << "` (" << pack.title.in("en") << ", version " << pack.version
            << "), " << population.group_count() << " households, period " << period.to_string() << "\n\n";
  const std::vector<ResultRow> rows = result_rows(results);
  print_table(rows);
  std::size_t counts[3] = {0, 0, 0};
  for (const ResultRow& row : rows) ++counts[static_cast<std::size_t>(row.status)];
  std::cout << '\n' << counts[1] << " eligible, " << counts[0] << " not eligible, " << counts[2] << " undetermined\n";

  // Explain the first household entitled to something: the case a counsellor would open.
  const auto shown = std::find_if(rows.begin(), rows.end(), [](const ResultRow& row) {
    return row.status == Status::eligible;
  });
  const std::string group_id = shown == rows.end() ? results.group_ids.front() : shown->group_id;
  const std::size_t group = *population.find_group(group_id);
  const Trace trace = program.trace(population, group, period);
  std::cout << "\nExplanation for household " << group_id << " (" << language << "):\n\n"
            << render_text(explain(pack, results, group, language, &trace));
  return exit_ok;
}

}  // namespace

void add_demo_command(CLI::App& app, Action& action) {
  auto language = std::make_shared<std::string>("fr");
  auto sample = std::make_shared<bool>(false);
  auto chain = std::make_shared<DemoChainOptions>();
  CLI::App* command = app.add_subcommand(
      "demo", "The whole chain on a synthetic French population: rules, non-take-up, ranking, fairness, letters");
  command->add_flag("--sample", *sample, "Only evaluate the example pack on its bundled sample households");
  command->add_option("--language", *language, "Register of the sample's explanation: fr, fr-falc or en")
      ->check(CLI::IsMember({"fr", "fr-falc", "en"}))
      ->capture_default_str();
  command->add_option("--households", chain->households, "Synthetic households per population")
      ->check(CLI::Range(100, 10'000'000))
      ->capture_default_str();
  command->add_option("--capacity", chain->capacity, "Contacts the agency can make")->capture_default_str();
  command->add_option("--output", chain->output, "Folder for the letters and notices")->capture_default_str();
  command->add_option("--threads", chain->threads, "Threads (0: all)")->capture_default_str();
  command->callback([language, sample, chain, &action] {
    action = [language, sample, chain] { return *sample ? run_demo(*language) : run_demo_chain(*chain); };
  });
}

}  // namespace eligo::cli
