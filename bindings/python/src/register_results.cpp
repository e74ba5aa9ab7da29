// Results: per-benefit numpy views without copies (the arrays keep the Results alive), and
// the long "tidy" columns (one row per group and benefit) the pandas layer builds on.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <map>

#include "eligo/results.hpp"
#include "registers.hpp"

namespace py = pybind11;

namespace eligo::python {

namespace {

const BenefitResults& benefit_at(const Results& results, std::size_t benefit) {
  if (benefit >= results.benefits.size()) throw py::index_error("benefit index out of range");
  return results.benefits[benefit];
}

// A read-only numpy array over a vector owned by `owner` (a Results held by Python).
template <typename Stored, typename Shown = Stored>
py::array view_of(const std::vector<Stored>& values, const py::object& owner) {
  static_assert(sizeof(Stored) == sizeof(Shown));
  py::array_t<Shown> array({static_cast<py::ssize_t>(values.size())}, {static_cast<py::ssize_t>(sizeof(Shown))},
                           reinterpret_cast<const Shown*>(values.data()), owner);
  py::detail::array_proxy(array.ptr())->flags &= ~py::detail::npy_api::NPY_ARRAY_WRITEABLE_;
  return array;
}

py::dict tidy_columns(const Results& results) {
  const std::size_t groups = results.group_count();
  const std::size_t benefits = results.benefits.size();
  const std::size_t rows = groups * benefits;
  py::array_t<std::int64_t> group_index(static_cast<py::ssize_t>(rows));
  py::array_t<std::int16_t> benefit_index(static_cast<py::ssize_t>(rows));
  py::array_t<std::int8_t> status(static_cast<py::ssize_t>(rows));
  py::array_t<std::int64_t> amount_cents(static_cast<py::ssize_t>(rows));
  py::array_t<bool> amount_missing(static_cast<py::ssize_t>(rows));
  {
    auto g_out = group_index.mutable_unchecked<1>();
    auto b_out = benefit_index.mutable_unchecked<1>();
    auto s_out = status.mutable_unchecked<1>();
    auto a_out = amount_cents.mutable_unchecked<1>();
    auto m_out = amount_missing.mutable_unchecked<1>();
    py::gil_scoped_release release;
    for (std::size_t g = 0; g < groups; ++g) {
      for (std::size_t b = 0; b < benefits; ++b) {
        const auto row = static_cast<py::ssize_t>(g * benefits + b);
        const BenefitResults& benefit = results.benefits[b];
        g_out(row) = static_cast<std::int64_t>(g);
        b_out(row) = static_cast<std::int16_t>(b);
        s_out(row) = static_cast<std::int8_t>(benefit.status[g]);
        const bool undetermined = benefit.status[g] == Status::undetermined;
        a_out(row) = undetermined ? 0 : benefit.amount_cents[g];
        m_out(row) = undetermined;
      }
    }
  }
  // Lists are Python objects, built with the GIL. Each name becomes one Python string shared
  // by every list that holds it; a list per row stays, since analysts may append to it.
  std::vector<std::vector<py::str>> condition_names(benefits);
  for (std::size_t b = 0; b < benefits; ++b)
    for (const auto& id : results.benefits[b].condition_ids) condition_names[b].emplace_back(id);
  std::map<std::string, py::str> input_names;
  const auto name_of = [&input_names](const std::string& name) -> const py::str& {
    auto found = input_names.find(name);
    if (found == input_names.end()) found = input_names.emplace(name, py::str(name)).first;
    return found->second;
  };
  py::list failed(rows);
  py::list missing(rows);
  for (std::size_t g = 0; g < groups; ++g) {
    for (std::size_t b = 0; b < benefits; ++b) {
      const std::size_t row = g * benefits + b;
      const BenefitResults& benefit = results.benefits[b];
      py::list failed_here;
      for (std::size_t c = 0; c < benefit.conditions.size(); ++c)
        if (benefit.conditions[c][g] == Truth::no) failed_here.append(condition_names[b][c]);
      failed[row] = std::move(failed_here);
      py::list missing_here;
      if (const auto found = benefit.missing.find(static_cast<std::uint32_t>(g)); found != benefit.missing.end())
        for (const auto& name : found->second) missing_here.append(name_of(name));
      missing[row] = std::move(missing_here);
    }
  }
  py::dict columns;
  columns["group_index"] = group_index;
  columns["benefit_index"] = benefit_index;
  columns["status"] = status;
  columns["amount_cents"] = amount_cents;
  columns["amount_missing"] = amount_missing;
  columns["failed_conditions"] = failed;
  columns["missing_inputs"] = missing;
  return columns;
}

}  // namespace

void register_results(py::module_& module) {
  py::class_<Results>(module, "Results", "What an evaluation gives, for each group and benefit.")
      .def_readonly("period", &Results::period)
      .def_readonly("group_ids", &Results::group_ids)
      .def_property_readonly("benefit_ids",
                             [](const Results& results) {
                               std::vector<std::string> ids;
                               for (const auto& benefit : results.benefits) ids.push_back(benefit.benefit);
                               return ids;
                             })
      .def("condition_ids", [](const Results& results, std::size_t b) { return benefit_at(results, b).condition_ids; })
      .def(
          "status",
          [](const py::object& self, std::size_t b) {
            return view_of<Status, std::int8_t>(benefit_at(self.cast<const Results&>(), b).status, self);
          },
          py::arg("benefit"), "Status codes of every group (0 not eligible, 1 eligible, 2 undetermined); a view.")
      .def(
          "amount_cents",
          [](const py::object& self, std::size_t b) {
            return view_of(benefit_at(self.cast<const Results&>(), b).amount_cents, self);
          },
          py::arg("benefit"), "Amounts in cents of every group (meaningless when undetermined); a view.")
      .def(
          "condition",
          [](const py::object& self, std::size_t b, std::size_t c) {
            const auto& conditions = benefit_at(self.cast<const Results&>(), b).conditions;
            if (c >= conditions.size()) throw py::index_error("condition index out of range");
            return view_of<Truth, std::int8_t>(conditions[c], self);
          },
          py::arg("benefit"), py::arg("condition"), "Truth of one condition (0 no, 1 yes, 2 unknown); a view.")
      .def("failed_conditions", &Results::failed_conditions, py::arg("benefit"), py::arg("group"))
      .def("missing_inputs", &Results::missing_inputs, py::arg("benefit"), py::arg("group"))
      .def("tidy_columns", &tidy_columns, "Long columns, one row per group and benefit, group-major.")
      .def("__len__", &Results::group_count);
}

}  // namespace eligo::python
