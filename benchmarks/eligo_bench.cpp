// eligo_bench: the eligo side of the benchmarks. Each command prints one JSON object per
// measurement on standard output; benchmarks/run.py runs them next to the peers.
//
//   eligo_bench startup   --pack DIR [--runs N]
//   eligo_bench evaluate  --pack DIR --groups CSV --persons CSV --period YYYY-MM [--runs N]
//                         [--threads T] [--output CSV]
//   eligo_bench household --pack DIR --groups CSV --persons CSV --period YYYY-MM [--count K] [--rounds R]
//   eligo_bench generated --pack DIR --persons N [--threads T] [--runs R] [--period YYYY-MM]
//   eligo_bench rules     --rules K --persons N [--runs R] [--work DIR]
//   eligo_bench limit     --persons N [--runs R] [--work DIR]
//   eligo_bench months    --pack DIR --persons N [--runs R] [--period YYYY-MM] [--threads T] [--only monthly|stationary]
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "data/population_generator.hpp"
#include "eligo/eligo.hpp"
#include "eligo/pack.hpp"
#include "eligo/population.hpp"
#include "eligo/program.hpp"
#include "support/measure.hpp"
#include "support/single_month.hpp"
#include "support/synthetic_pack.hpp"

namespace fs = std::filesystem;
using namespace eligo;
using namespace eligo::bench;

namespace {

class Args {
 public:
  Args(int argc, char** argv) {
    for (int i = 2; i + 1 < argc; i += 2) {
      std::string key = argv[i];
      if (key.rfind("--", 0) != 0) throw std::runtime_error("expected --option value, got " + key);
      values_[key.substr(2)] = argv[i + 1];
    }
  }
  std::string text(const std::string& key, const std::string& fallback = "") const {
    const auto found = values_.find(key);
    if (found != values_.end()) return found->second;
    if (fallback.empty()) throw std::runtime_error("missing --" + key);
    return fallback;
  }
  long long number(const std::string& key, long long fallback) const {
    const auto found = values_.find(key);
    return found == values_.end() ? fallback : std::stoll(found->second);
  }

 private:
  std::map<std::string, std::string> values_;
};

// A flat JSON object written field by field.
class Json {
 public:
  Json& field(const std::string& key, const std::string& value) {
    add(key, "\"" + value + "\"");
    return *this;
  }
  Json& field(const std::string& key, double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.9g", value);
    add(key, buffer);
    return *this;
  }
  Json& field(const std::string& key, long long value) {
    add(key, std::to_string(value));
    return *this;
  }
  Json& field(const std::string& key, const std::vector<double>& values) {
    std::string list = "[";
    for (std::size_t i = 0; i < values.size(); ++i) {
      char buffer[64];
      std::snprintf(buffer, sizeof buffer, "%s%.9g", i ? "," : "", values[i]);
      list += buffer;
    }
    add(key, list + "]");
    return *this;
  }
  void print() const { std::cout << "{" << body_ << "}" << std::endl; }

 private:
  void add(const std::string& key, const std::string& value) {
    body_ += (body_.empty() ? "\"" : ", \"") + key + "\": " + value;
  }
  std::string body_;
};

RulePack load(const fs::path& folder) {
  std::vector<Diagnostic> problems;
  RulePack pack = load_pack(folder, problems);
  for (const Diagnostic& problem : problems)
    if (problem.severity == Severity::error) throw std::runtime_error(problem.to_string());
  return pack;
}

Period period_of(const Args& args) {
  const auto period = Period::try_parse(args.text("period", "2025-03"));
  if (!period) throw std::runtime_error("bad --period");
  return *period;
}

EvaluationOptions options_of(const Args& args) {
  EvaluationOptions options;
  options.threads = static_cast<int>(args.number("threads", 1));
  options.batch_groups = static_cast<std::size_t>(args.number("batch", static_cast<long long>(EvaluationOptions{}.batch_groups)));
  options.missing_inputs = args.number("missing-inputs", 1) != 0;
  return options;
}

void write_results(const Results& results, const fs::path& path) {
  std::ofstream out(path);
  out << "group_id,benefit,status,amount\n";
  for (const BenefitResults& benefit : results.benefits)
    for (std::size_t g = 0; g < results.group_count(); ++g)
      out << results.group_ids[g] << ',' << benefit.benefit << ',' << to_string(benefit.status[g]) << ','
          << format_scaled(benefit.amount_cents[g], 2) << '\n';
}

// Times `runs` evaluations after one evaluation that measures the peak memory beyond what
// the process held before (population and program included in that baseline).
template <typename Evaluate>
Json time_evaluations(long long runs, Evaluate evaluate) {
  const std::int64_t before = proc_status_bytes("VmRSS");
  const bool peak_available = reset_peak_rss();
  Results first = evaluate();
  const std::int64_t peak = proc_status_bytes("VmHWM");
  const std::int64_t extra = peak_available ? peak - before : -1;
  first = Results{};
  std::vector<double> wall, cpu;
  for (long long r = 0; r < runs; ++r) {
    const Clock clock;
    const Results results = evaluate();
    wall.push_back(clock.wall_seconds());
    cpu.push_back(clock.cpu_seconds());
  }
  Json json;
  json.field("wall_median_s", median(wall)).field("cpu_median_s", median(cpu)).field("wall_s", wall).field("cpu_s", cpu);
  json.field("peak_extra_bytes", static_cast<long long>(extra));
  return json;
}

int startup(const Args& args) {
  const fs::path folder = args.text("pack");
  const long long runs = args.number("runs", 9);
  std::vector<double> load_s, compile_s, total_s;
  for (long long r = 0; r < runs; ++r) {
    const Clock clock;
    const RulePack pack = load(folder);
    const double loaded = clock.wall_seconds();
    const Program program = Program::compile(pack);
    const double total = clock.wall_seconds();
    load_s.push_back(loaded);
    compile_s.push_back(total - loaded);
    total_s.push_back(total);
  }
  Json().field("command", "startup").field("runs", runs).field("load_median_s", median(load_s))
      .field("compile_median_s", median(compile_s)).field("total_median_s", median(total_s))
      .field("total_s", total_s).print();
  return 0;
}

int evaluate_csv(const Args& args) {
  const RulePack pack = load(args.text("pack"));
  const Program program = Program::compile(pack);
  const Population population = read_population_csv(pack, args.text("groups"), args.text("persons"));
  const Period period = period_of(args);
  const EvaluationOptions options = options_of(args);
  Json json = time_evaluations(args.number("runs", 5), [&] { return program.evaluate(population, period, options); });
  if (const std::string output = args.text("output", "-"); output != "-")
    write_results(program.evaluate(population, period, options), output);
  json.field("command", "evaluate").field("groups", static_cast<long long>(population.group_count()))
      .field("persons", static_cast<long long>(population.person_count()))
      .field("threads", static_cast<long long>(options.threads))
      .field("input_bytes", static_cast<long long>(input_column_bytes(population)))
      .print();
  return 0;
}

// Group g of `population` alone, as agency software builds it for one household.
Population one_group(const Population& population, std::size_t g) {
  const std::size_t first = population.member_begin(g);
  const std::size_t last = population.member_begin(g + 1);
  EntityTable groups{population.groups().entity, {population.groups().ids[g]}, {}};
  for (const auto& [name, column] : population.groups().columns) {
    Column copy(column.type(), 1);
    if (column.is_known(g)) copy.set(0, column.value(g));
    groups.columns.emplace(name, std::move(copy));
  }
  EntityTable persons{population.persons().entity, {}, {}};
  for (std::size_t p = first; p < last; ++p) persons.ids.push_back(population.persons().ids[p]);
  for (const auto& [name, column] : population.persons().columns) {
    Column copy(column.type(), last - first);
    for (std::size_t p = first; p < last; ++p)
      if (column.is_known(p)) copy.set(p - first, column.value(p));
    persons.columns.emplace(name, std::move(copy));
  }
  std::vector<std::uint32_t> person_group(last - first, 0);
  std::vector<std::uint16_t> roles(population.person_role().begin() + static_cast<std::ptrdiff_t>(first),
                                   population.person_role().begin() + static_cast<std::ptrdiff_t>(last));
  return Population(std::move(groups), std::move(persons), std::move(person_group), std::move(roles));
}

int household(const Args& args) {
  const RulePack pack = load(args.text("pack"));
  const Program program = Program::compile(pack);
  const Population population = read_population_csv(pack, args.text("groups"), args.text("persons"));
  const Period period = period_of(args);
  const auto count = std::min<std::size_t>(static_cast<std::size_t>(args.number("count", 200)), population.group_count());
  const long long rounds = args.number("rounds", 20);
  std::vector<Population> singles;
  for (std::size_t g = 0; g < count; ++g) singles.push_back(one_group(population, g));
  EvaluationOptions options;  // one thread, missing inputs named: as a counter application asks
  std::vector<double> evaluate_s, build_evaluate_s;
  for (long long r = 0; r < rounds; ++r) {
    for (std::size_t g = 0; g < count; ++g) {
      const Clock clock;
      const Results results = program.evaluate(singles[g], period, options);
      evaluate_s.push_back(clock.wall_seconds());
    }
    for (std::size_t g = 0; g < count; ++g) {
      const Clock clock;
      const Results results = program.evaluate(one_group(population, g), period, options);
      build_evaluate_s.push_back(clock.wall_seconds());
    }
  }
  Json().field("command", "household").field("households", static_cast<long long>(count)).field("rounds", rounds)
      .field("evaluate_median_s", median(evaluate_s)).field("evaluate_p99_s", percentile(evaluate_s, 99))
      .field("build_evaluate_median_s", median(build_evaluate_s))
      .field("build_evaluate_p99_s", percentile(build_evaluate_s, 99)).print();
  return 0;
}

// Groups giving about `persons` persons (the generator averages about 2.5 persons a group).
Population generate_persons(const RulePack& pack, long long persons) {
  const auto groups = static_cast<std::size_t>(std::max(1LL, persons * 2 / 5));
  return data::generate_population(pack, groups, 7);
}

int generated(const Args& args) {
  const RulePack pack = load(args.text("pack"));
  const Program program = Program::compile(pack);
  const Population population = generate_persons(pack, args.number("persons", 100000));
  const Period period = period_of(args);
  const EvaluationOptions options = options_of(args);
  Json json = time_evaluations(args.number("runs", 5), [&] { return program.evaluate(population, period, options); });
  json.field("command", "generated").field("pack", args.text("pack"))
      .field("groups", static_cast<long long>(population.group_count()))
      .field("persons", static_cast<long long>(population.person_count()))
      .field("threads", static_cast<long long>(options.threads))
      .field("benefits", static_cast<long long>(pack.benefits.size()))
      .field("input_bytes", static_cast<long long>(input_column_bytes(population)))
      .print();
  return 0;
}

int rules(const Args& args) {
  const auto count = static_cast<std::size_t>(args.number("rules", 10));
  const fs::path folder = fs::path(args.text("work", fs::temp_directory_path().string())) /
                          ("eligo_rules_" + std::to_string(count));
  write_synthetic_pack(folder, count, false);
  const RulePack pack = load(folder);
  const Program program = Program::compile(pack);
  const Population population = generate_persons(pack, args.number("persons", 100000));
  const Period period = period_of(args);
  const EvaluationOptions options = options_of(args);
  Json json = time_evaluations(args.number("runs", 5), [&] { return program.evaluate(population, period, options); });
  json.field("command", "rules").field("rules", static_cast<long long>(count))
      .field("groups", static_cast<long long>(population.group_count()))
      .field("persons", static_cast<long long>(population.person_count()))
      .field("threads", static_cast<long long>(options.threads)).print();
  fs::remove_all(folder);
  return 0;
}

// The simple rule written by hand as one fused loop over the same columns, producing what
// eligo's results hold for it: status, amount and the condition's truth per group.
struct FusedResults {
  std::vector<Status> status;
  std::vector<std::int64_t> amount;
  std::vector<Truth> condition;
};

FusedResults fused_simple_rule(const Population& population, std::int64_t ceiling) {
  const Column& column = population.groups().columns.at("ressources");
  const std::size_t n = population.group_count();
  FusedResults out{std::vector<Status>(n), std::vector<std::int64_t>(n), std::vector<Truth>(n)};
  const std::int64_t* values = column.values().data();
  const std::uint64_t* validity = column.validity().data();
  for (std::size_t g = 0; g < n; ++g) {
    const bool known = (validity[g / 64] >> (g % 64)) & 1u;
    const bool below = values[g] < ceiling;
    out.condition[g] = !known ? Truth::unknown : below ? Truth::yes : Truth::no;
    out.status[g] = !known ? Status::undetermined : below ? Status::eligible : Status::not_eligible;
    out.amount[g] = known && below ? ceiling - values[g] : 0;
  }
  return out;
}

int limit(const Args& args) {
  const fs::path folder = fs::path(args.text("work", fs::temp_directory_path().string())) / "eligo_limit";
  write_synthetic_pack(folder, 1, true);
  const RulePack pack = load(folder);
  const Program program = Program::compile(pack);
  const Population population = generate_persons(pack, args.number("persons", 1000000));
  const Period period = period_of(args);
  EvaluationOptions options = options_of(args);
  const long long runs = args.number("runs", 7);
  const std::int64_t ceiling = synthetic_ceiling_cents(1);
  // Same answers first.
  const Results results = program.evaluate(population, period, options);
  const FusedResults fused = fused_simple_rule(population, ceiling);
  long long differences = 0;
  for (std::size_t g = 0; g < population.group_count(); ++g) {
    const BenefitResults& b = results.benefits[0];
    if (b.status[g] != fused.status[g] || b.conditions[0][g] != fused.condition[g] ||
        (b.status[g] == Status::eligible && b.amount_cents[g] != fused.amount[g]))
      ++differences;
  }
  std::vector<double> eligo_wall, eligo_cpu, fused_wall, fused_cpu;
  for (long long r = 0; r < runs; ++r) {  // interleaved, so both see the same load
    {
      const Clock clock;
      const FusedResults again = fused_simple_rule(population, ceiling);
      fused_wall.push_back(clock.wall_seconds());
      fused_cpu.push_back(clock.cpu_seconds());
    }
    {
      const Clock clock;
      const Results again = program.evaluate(population, period, options);
      eligo_wall.push_back(clock.wall_seconds());
      eligo_cpu.push_back(clock.cpu_seconds());
    }
  }
  options.missing_inputs = false;
  std::vector<double> plain_cpu;
  for (long long r = 0; r < runs; ++r) {
    const Clock clock;
    const Results again = program.evaluate(population, period, options);
    plain_cpu.push_back(clock.cpu_seconds());
  }
  Json().field("command", "limit").field("groups", static_cast<long long>(population.group_count()))
      .field("persons", static_cast<long long>(population.person_count())).field("differences", differences)
      .field("eligo_wall_median_s", median(eligo_wall)).field("eligo_cpu_median_s", median(eligo_cpu))
      .field("eligo_no_missing_cpu_median_s", median(plain_cpu))
      .field("fused_wall_median_s", median(fused_wall)).field("fused_cpu_median_s", median(fused_cpu)).print();
  fs::remove_all(folder);
  return 0;
}

// The cost of monthly histories on a stationary population (every input a single value):
// the pack as it is, whose prime d'activité, RSA, AAH and CSS read their reference months
// one by one, against the same pack with every read of another month turned into a read of
// the evaluated month, as the law was computed before monthly histories existed
// (support/single_month.hpp). Runs are interleaved so that both see the same load; the
// ratio of the medians is the figure.
int months(const Args& args) {
  const RulePack pack = load(args.text("pack"));
  const RulePack single_month = single_month_pack(pack);
  const Program monthly = Program::compile(pack);
  const Program stationary = Program::compile(single_month);
  const Population population = generate_persons(pack, args.number("persons", 100000));
  const Period period = period_of(args);
  const EvaluationOptions options = options_of(args);
  // --only monthly|stationary evaluates one of the two, --runs times, and prints nothing: a
  // run to count under a profiler (valgrind --tool=callgrind), whose counts do not depend on
  // what else the machine does.
  if (const std::string only = args.text("only", "-"); only != "-") {
    if (only != "monthly" && only != "stationary") throw std::runtime_error("--only takes monthly or stationary");
    for (long long r = 0; r < args.number("runs", 1); ++r)
      (only == "monthly" ? monthly : stationary).evaluate(population, period, options);
    return 0;
  }
  // Groups whose results differ: in a month whose quarter has the amounts of the month
  // itself, only those whose household changes within the quarter (a child turning 25...).
  const Results a = monthly.evaluate(population, period, options);
  const Results b = stationary.evaluate(population, period, options);
  long long differences = 0;
  for (std::size_t i = 0; i < a.benefits.size(); ++i)
    for (std::size_t g = 0; g < population.group_count(); ++g)
      if (a.benefits[i].status[g] != b.benefits[i].status[g] || a.benefits[i].amount_cents[g] != b.benefits[i].amount_cents[g])
        ++differences;
  std::vector<double> monthly_cpu, stationary_cpu;
  for (long long r = 0; r < args.number("runs", 5); ++r) {
    {
      const Clock clock;
      const Results again = stationary.evaluate(population, period, options);
      stationary_cpu.push_back(clock.cpu_seconds());
    }
    {
      const Clock clock;
      const Results again = monthly.evaluate(population, period, options);
      monthly_cpu.push_back(clock.cpu_seconds());
    }
  }
  Json().field("command", "months").field("period", period.to_string())
      .field("groups", static_cast<long long>(population.group_count()))
      .field("persons", static_cast<long long>(population.person_count()))
      .field("differences", differences)
      .field("stationary_cpu_median_s", median(stationary_cpu)).field("monthly_cpu_median_s", median(monthly_cpu))
      .field("ratio", median(monthly_cpu) / median(stationary_cpu)).print();
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: eligo_bench startup|evaluate|household|generated|rules|limit|months --option value...\n";
    return 2;
  }
  try {
    const std::string command = argv[1];
    const Args args(argc, argv);
    if (command == "startup") return startup(args);
    if (command == "evaluate") return evaluate_csv(args);
    if (command == "household") return household(args);
    if (command == "generated") return generated(args);
    if (command == "rules") return rules(args);
    if (command == "limit") return limit(args);
    if (command == "months") return months(args);
    std::cerr << "unknown command " << command << "\n";
    return 2;
  } catch (const std::exception& error) {
    std::cerr << "eligo_bench: " << error.what() << "\n";
    return 1;
  }
}
