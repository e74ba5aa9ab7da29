// Micro-benchmarks of the evaluation kernels: one step of a plan over a batch of 1024
// groups (about 2,500 persons), with items per second counted in rows of the step's level.
// The whole French pack is measured too, per batch and for one household.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "compile/plan.hpp"
#include "data/population_generator.hpp"
#include "eligo/eligo.hpp"
#include "eval/batch.hpp"
#include "eval/bound_parameters.hpp"

using namespace eligo;
using namespace eligo::detail;

namespace {

constexpr std::size_t batch_groups = 1024;

// A population of `groups` groups of 1 to 5 persons with person columns x, y (money),
// flag (bool), kind (enum 0..5), birth (date) and group column g (money); 2% unknown.
Population kernel_population(std::size_t groups) {
  std::mt19937_64 random(42);
  std::vector<std::uint32_t> person_group;
  std::vector<std::uint16_t> roles;
  for (std::size_t g = 0; g < groups; ++g) {
    const std::size_t members = 1 + random() % 5;
    for (std::size_t m = 0; m < members; ++m) {
      person_group.push_back(static_cast<std::uint32_t>(g));
      roles.push_back(static_cast<std::uint16_t>(std::min<std::size_t>(m, 2)));
    }
  }
  const std::size_t persons = person_group.size();
  auto column = [&](ValueType type, std::size_t rows, std::int64_t low, std::int64_t span) {
    Column out(type, rows);
    for (std::size_t r = 0; r < rows; ++r)
      if (random() % 50 != 0) out.set(r, low + static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(span)));
    return out;
  };
  EntityTable group_table{"foyer", {}, {}};
  EntityTable person_table{"personne", {}, {}};
  for (std::size_t g = 0; g < groups; ++g) group_table.ids.push_back("g" + std::to_string(g));
  for (std::size_t p = 0; p < persons; ++p) person_table.ids.push_back("p" + std::to_string(p));
  group_table.columns.emplace("g", column(ValueType::money, groups, 0, 300000));
  person_table.columns.emplace("x", column(ValueType::money, persons, 0, 300000));
  person_table.columns.emplace("y", column(ValueType::money, persons, 0, 300000));
  person_table.columns.emplace("flag", column(ValueType::boolean, persons, 0, 2));
  person_table.columns.emplace("kind", column(ValueType::enumeration, persons, 0, 6));
  person_table.columns.emplace("birth", column(ValueType::date, persons, -15000, 30000));
  return Population(std::move(group_table), std::move(person_table), std::move(person_group), std::move(roles));
}

// A plan loading every column, then the kernel under test; only that last step is timed.
struct KernelFixture {
  enum Input { x, y, flag, kind, birth, g };
  Plan plan;
  Population population = kernel_population(batch_groups);
  BoundParameters parameters;
  ParameterVersion scale;
  std::vector<std::string> input_names{"x", "y", "flag", "kind", "birth", "g"};
  int loaded[6] = {};
  Scratch scratch;

  KernelFixture() {
    parameters.period_start = Date::from_ymd(2025, 3, 1);
    parameters.scalars = {150000};
    scale.brackets = {{0, 0}, {100000, 100000}, {200000, 200000}, {300000, 300000}, {400000, 450000}};
    parameters.brackets = {scale.brackets};
    parameters.versions = {&scale};
    const ValueType types[6] = {ValueType::money, ValueType::money, ValueType::boolean, ValueType::enumeration,
                                ValueType::date, ValueType::money};
    for (int i = 0; i < 6; ++i) {
      const Level level = i == g ? Level::group : Level::person;
      loaded[i] = add(Op::load_input, level, types[i], -1, -1, -1, i);
    }
  }

  int add(Op op, Level level, ValueType type, int a = -1, int b = -1, int c = -1, std::int64_t immediate = 0) {
    plan.registers.push_back(Register{level, type});
    Step step;
    step.op = op;
    step.level = level;
    step.out = static_cast<int>(plan.registers.size()) - 1;
    step.a = a;
    step.b = b;
    step.c = c;
    step.immediate = immediate;
    plan.steps.push_back(step);
    return step.out;
  }

  // Runs every step but the last once, then times the last one.
  void run(benchmark::State& state) {
    const EvaluationContext context{plan, population, parameters, input_names, input_names.size(), nullptr, 0};
    prepare_batch(context, 0, population.group_count(), scratch);
    for (std::size_t s = 0; s + 1 < plan.steps.size(); ++s) run_step(context, scratch, s);
    const std::size_t last = plan.steps.size() - 1;
    for (auto _ : state) {
      run_step(context, scratch, last);
      benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(scratch.rows(plan.steps[last].level)));
  }
};

void load_input(benchmark::State& state) {
  KernelFixture f;
  f.add(Op::load_input, Level::person, ValueType::money, -1, -1, -1, KernelFixture::x);
  f.run(state);
}
BENCHMARK(load_input);

void add_columns(benchmark::State& state) {
  KernelFixture f;
  f.add(Op::add, Level::person, ValueType::money, f.loaded[KernelFixture::x], f.loaded[KernelFixture::y]);
  f.run(state);
}
BENCHMARK(add_columns);

void add_constant(benchmark::State& state) {
  KernelFixture f;
  const int constant = f.add(Op::constant, Level::person, ValueType::money, -1, -1, -1, 1000);
  f.add(Op::add, Level::person, ValueType::money, f.loaded[KernelFixture::x], constant);
  f.run(state);
}
BENCHMARK(add_constant);

void multiply_scaled(benchmark::State& state) {
  KernelFixture f;
  const int rate = f.add(Op::constant, Level::person, ValueType::decimal, -1, -1, -1, 380000);
  f.add(Op::multiply_scaled, Level::person, ValueType::money, f.loaded[KernelFixture::x], rate);
  f.run(state);
}
BENCHMARK(multiply_scaled);

void less_parameter(benchmark::State& state) {
  KernelFixture f;
  const int ceiling = f.add(Op::parameter, Level::person, ValueType::money, -1, -1, -1, 0);
  f.add(Op::less, Level::person, ValueType::boolean, f.loaded[KernelFixture::x], ceiling);
  f.run(state);
}
BENCHMARK(less_parameter);

void logical_and(benchmark::State& state) {
  KernelFixture f;
  const int ceiling = f.add(Op::parameter, Level::person, ValueType::money, -1, -1, -1, 0);
  const int low = f.add(Op::less, Level::person, ValueType::boolean, f.loaded[KernelFixture::x], ceiling);
  f.add(Op::logical_and, Level::person, ValueType::boolean, low, f.loaded[KernelFixture::flag]);
  f.run(state);
}
BENCHMARK(logical_and);

void choose(benchmark::State& state) {
  KernelFixture f;
  f.add(Op::choose, Level::person, ValueType::money, f.loaded[KernelFixture::flag], f.loaded[KernelFixture::x],
        f.loaded[KernelFixture::y]);
  f.run(state);
}
BENCHMARK(choose);

void in_set(benchmark::State& state) {
  KernelFixture f;
  f.add(Op::in_set, Level::person, ValueType::boolean, f.loaded[KernelFixture::kind]);
  f.plan.steps.back().set = {1, 3, 4};
  f.run(state);
}
BENCHMARK(in_set);

void age_on(benchmark::State& state) {
  KernelFixture f;
  f.add(Op::age_on, Level::person, ValueType::integer, f.loaded[KernelFixture::birth]);
  f.run(state);
}
BENCHMARK(age_on);

void broadcast(benchmark::State& state) {
  KernelFixture f;
  f.add(Op::broadcast, Level::person, ValueType::money, f.loaded[KernelFixture::g]);
  f.run(state);
}
BENCHMARK(broadcast);

void sum_members(benchmark::State& state) {
  KernelFixture f;
  f.add(Op::sum_members, Level::group, ValueType::money, -1, f.loaded[KernelFixture::x]);
  f.run(state);
}
BENCHMARK(sum_members);

void sum_members_filtered(benchmark::State& state) {
  KernelFixture f;
  f.add(Op::sum_members, Level::group, ValueType::money, f.loaded[KernelFixture::flag], f.loaded[KernelFixture::x]);
  f.run(state);
}
BENCHMARK(sum_members_filtered);

void count_members_filtered(benchmark::State& state) {
  KernelFixture f;
  f.add(Op::count_members, Level::group, ValueType::integer, f.loaded[KernelFixture::flag]);
  f.run(state);
}
BENCHMARK(count_members_filtered);

void any_members(benchmark::State& state) {
  KernelFixture f;
  f.add(Op::any_members, Level::group, ValueType::boolean, -1, f.loaded[KernelFixture::flag]);
  f.run(state);
}
BENCHMARK(any_members);

void bracket_amount(benchmark::State& state) {
  KernelFixture f;
  f.add(Op::bracket_amount, Level::person, ValueType::money, f.loaded[KernelFixture::x], -1, -1, 0);
  f.run(state);
}
BENCHMARK(bracket_amount);

void bracket_marginal(benchmark::State& state) {
  KernelFixture f;
  f.add(Op::bracket_marginal, Level::person, ValueType::money, f.loaded[KernelFixture::x], -1, -1, 0);
  f.run(state);
}
BENCHMARK(bracket_marginal);

// The whole French pack: one batch of 1024 generated households, and one household alone.
struct FrenchPack {
  RulePack pack = load_pack(std::filesystem::path(ELIGO_RULES_DIR) / "fr");
  Program program = Program::compile(pack);
  Period period = Period::parse("2025-03");
};

FrenchPack& french() {
  static FrenchPack instance;
  return instance;
}

void french_pack_batch(benchmark::State& state) {
  FrenchPack& fr = french();
  const Population population = data::generate_population(fr.pack, batch_groups, 3);
  for (auto _ : state) benchmark::DoNotOptimize(fr.program.evaluate(population, fr.period));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(population.person_count()));
  state.counters["persons"] = static_cast<double>(population.person_count());
}
BENCHMARK(french_pack_batch)->Unit(benchmark::kMicrosecond);

void french_pack_household(benchmark::State& state) {
  FrenchPack& fr = french();
  const Population population = data::generate_population(fr.pack, 1, 5);
  for (auto _ : state) benchmark::DoNotOptimize(fr.program.evaluate(population, fr.period));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(french_pack_household)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
