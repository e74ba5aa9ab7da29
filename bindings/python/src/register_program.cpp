// Compiled programs: evaluation over a population (GIL released) and traces of one group.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include "eligo/program.hpp"
#include "registers.hpp"

namespace py = pybind11;

namespace eligo::python {

namespace {

// Overrides arrive as (parameter, start date "YYYY-MM-DD", value in the parameter's
// representation) tuples, already converted by the Python layer.
EvaluationOptions options_of(int threads, std::size_t batch_groups,
                             const std::vector<std::tuple<std::string, std::string, std::int64_t>>& overrides,
                             bool missing_inputs) {
  EvaluationOptions options;
  options.threads = threads;
  options.batch_groups = batch_groups;
  options.missing_inputs = missing_inputs;
  for (const auto& [parameter, start, value] : overrides) {
    const auto date = Date::try_parse(start);
    if (!date) throw Error("override of '" + parameter + "': start '" + start + "' is not a date YYYY-MM-DD");
    options.overrides.push_back(ParameterOverride{parameter, *date, value});
  }
  return options;
}

py::dict to_dict(const Trace& trace) {
  py::list values;
  for (const auto& value : trace.values) {
    py::dict item;
    item["name"] = value.name;
    item["kind"] = value.kind;
    item["entity"] = value.entity;
    item["member_id"] = value.member_id;
    item["value"] = value.value;
    item["reference"] = value.reference;
    item["formula"] = value.formula;
    values.append(item);
  }
  py::list parameters;
  for (const auto& parameter : trace.parameters) {
    py::dict item;
    item["name"] = parameter.name;
    item["value"] = parameter.value;
    item["start"] = parameter.start;
    item["reference"] = parameter.reference;
    parameters.append(item);
  }
  py::dict entry;
  entry["group_id"] = trace.group_id;
  entry["period"] = trace.period;
  entry["values"] = values;
  entry["parameters"] = parameters;
  return entry;
}

using Overrides = std::vector<std::tuple<std::string, std::string, std::int64_t>>;

}  // namespace

void register_program(py::module_& module) {
  py::class_<Program>(module, "Program", "A checked and compiled pack; immutable and thread-safe.")
      .def_property_readonly_static(
          "default_batch_groups", [](const py::object&) { return EvaluationOptions{}.batch_groups; },
          "Groups per batch when none is given: the C++ library's default.")
      .def_static("compile", &Program::compile, py::arg("pack"), py::call_guard<py::gil_scoped_release>())
      .def(
          "evaluate",
          [](const Program& program, const Population& population, const std::string& period, int threads,
             std::size_t batch_groups, const Overrides& overrides, bool missing_inputs) {
            const EvaluationOptions options = options_of(threads, batch_groups, overrides, missing_inputs);
            const Period month = period_of(period);
            py::gil_scoped_release release;  // the numeric work: other Python threads run meanwhile
            return program.evaluate(population, month, options);
          },
          py::arg("population"), py::arg("period"), py::arg("threads") = 1,
          py::arg("batch_groups") = EvaluationOptions{}.batch_groups,
          py::arg("overrides") = Overrides{}, py::arg("missing_inputs") = true)
      .def(
          "trace",
          [](const Program& program, const Population& population, std::size_t group, const std::string& period,
             const Overrides& overrides) {
            const EvaluationOptions options = options_of(1, EvaluationOptions{}.batch_groups, overrides, true);
            const Period month = period_of(period);
            Trace trace;
            {
              py::gil_scoped_release release;
              trace = program.trace(population, group, month, options);
            }
            return to_dict(trace);
          },
          py::arg("population"), py::arg("group"), py::arg("period"), py::arg("overrides") = Overrides{})
      .def_property_readonly(
          "pack", [](const Program& program) -> const RulePack& { return program.pack(); },
          py::return_value_policy::reference_internal);
}

}  // namespace eligo::python
