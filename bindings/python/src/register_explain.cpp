// Explanations of one group's results: the same renderers as the command line, so text,
// JSON and HTML say the same thing in Python as on the terminal.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include "eligo/explain.hpp"
#include "eligo/program.hpp"
#include "registers.hpp"

namespace py = pybind11;

namespace eligo::python {

void register_explain(py::module_& module) {
  module.def(
      "explain",
      [](const RulePack& pack, const Program& program, const Population& population, const Results& results,
         std::size_t group, const std::string& period, const std::string& language,
         const std::vector<std::tuple<std::string, std::string, std::int64_t>>& overrides) {
        const auto month = Period::try_parse(period);
        if (!month) throw Error("period '" + period + "' is not a month written YYYY-MM");
        EvaluationOptions options;
        for (const auto& [parameter, start, value] : overrides) {
          const auto date = Date::try_parse(start);
          if (!date) throw Error("override of '" + parameter + "': start '" + start + "' is not a date");
          options.overrides.push_back(ParameterOverride{parameter, *date, value});
        }
        py::gil_scoped_release release;
        const Trace trace = program.trace(population, group, *month, options);
        const Explanation explanation = explain(pack, results, group, language, &trace);
        return std::make_tuple(render_text(explanation), render_json(explanation), render_html(explanation));
      },
      py::arg("pack"), py::arg("program"), py::arg("population"), py::arg("results"), py::arg("group"),
      py::arg("period"), py::arg("language"), py::arg("overrides") = std::vector<std::tuple<std::string, std::string, std::int64_t>>{},
      "(text, JSON, HTML page) explanation of one group in one language (fr, fr-falc, en), with the data used.");
}

}  // namespace eligo::python
