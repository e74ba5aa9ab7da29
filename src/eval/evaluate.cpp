// Program::evaluate: batches of groups spread over threads.
//
// Each batch writes only its own groups' rows of the results, so the output is the same
// whatever the number of threads or the order batches finish in.
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

#include "compile/compiled_program.hpp"
#include "core/worker_threads.hpp"
#include "eligo/program.hpp"
#include "eval/batch_results.hpp"
#include "eval/bound_parameters.hpp"

namespace eligo {

namespace {

Results empty_results(const detail::CompiledProgram& program, const Population& population, const Period& period) {
  Results results;
  results.period = period.to_string();
  results.group_ids = population.groups().ids;
  const std::size_t groups = population.group_count();
  for (const Benefit& benefit : program.pack.benefits) {
    BenefitResults out;
    out.benefit = benefit.id;
    out.amount_period = benefit.amount_period;
    for (const Condition& condition : benefit.conditions) out.condition_ids.push_back(condition.id);
    out.status.assign(groups, Status::undetermined);
    out.amount_cents.assign(groups, 0);
    out.conditions.assign(benefit.conditions.size(), std::vector<Truth>(groups, Truth::unknown));
    results.benefits.push_back(std::move(out));
  }
  return results;
}

void check_population(const RulePack& pack, const Population& population) {
  // Columns are matched to inputs by name; a mismatch in type would be read wrongly.
  for (const InputSpec& input : pack.inputs) {
    const bool person = input.entity == pack.entities.person;
    const EntityTable& table = person ? population.persons() : population.groups();
    const auto column = table.columns.find(input.name);
    if (column != table.columns.end() && column->second.type() != input.type)
      throw Error("column `" + input.name + "` holds " + std::string(to_string(column->second.type())) +
                  " but the pack expects " + std::string(to_string(input.type)));
  }
}

}  // namespace

Results Program::evaluate(const Population& population, const Period& period,
                          const EvaluationOptions& options) const {
  const detail::CompiledProgram& program = *compiled_;
  period.start();  // throws Error when the period is no month (a Period built field by field)
  check_population(program.pack, population);
  const detail::BoundParameters parameters =
      detail::bind_parameters(program.pack, program.plan.parameter_used, period, options.overrides);
  const detail::MonthlyParameters monthly =
      detail::bind_monthly_parameters(program.pack, program.plan.parameter_used, period, program.plan.first_month,
                                      program.plan.last_month, options.overrides);
  const detail::EvaluationContext context{program.plan, population, parameters, program.input_names,
                                          program.pack.inputs.size(), &monthly, period.index(), true};

  Results results = empty_results(program, population, period);
  results.warnings = parameters.warnings;
  const std::size_t groups = population.group_count();
  const std::size_t batch_size = std::max<std::size_t>(1, options.batch_groups);
  const std::size_t batches = (groups + batch_size - 1) / batch_size;

  std::mutex merge_lock;
  std::vector<std::exception_ptr> failures(batches);
  std::vector<detail::MissingEntry> all_missing;
  std::atomic<std::size_t> next_batch{0};

  auto work = [&] {
    detail::Scratch scratch;
    std::vector<detail::MissingEntry> missing;
    for (std::size_t batch = next_batch++; batch < batches; batch = next_batch++) {
      const std::size_t first = batch * batch_size;
      const std::size_t last = std::min(groups, first + batch_size);
      try {
        detail::run_batch(context, first, last, scratch);
        const bool trace = options.missing_inputs && detail::has_undetermined(program, scratch);
        if (trace) detail::trace_missing_inputs(context, scratch);
        detail::store_batch(program, scratch, trace, results, missing);
      } catch (const detail::StepFailure& failure) {
        failures[batch] = std::make_exception_ptr(detail::describe_failure(program, population, scratch, failure));
      } catch (...) {
        // An Error, or any other (std::bad_alloc): thrown again on the calling thread.
        failures[batch] = std::current_exception();
      }
    }
    const std::lock_guard lock(merge_lock);
    for (auto& entry : missing) all_missing.push_back(std::move(entry));
  };

  unsigned threads = options.threads > 0 ? static_cast<unsigned>(options.threads)
                                         : std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(1, batches)));
  detail::run_on_threads(threads, work);

  // The first failing batch in population order, so the error is the same on every run.
  for (const auto& failure : failures)
    if (failure) std::rethrow_exception(failure);
  for (auto& entry : all_missing)
    results.benefits[entry.benefit].missing[entry.group] = std::move(entry.names);
  return results;
}

}  // namespace eligo
