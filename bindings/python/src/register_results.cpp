// Results: per-benefit numpy views without copies (the arrays keep the Results alive), and
// the long "tidy" columns (one row per group and benefit) the pandas layer builds on.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <map>
#include <unordered_map>
#include <vector>

#include "eligo/error.hpp"
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

// A numpy object array of `rows` slots, every one None.
py::array object_array(std::size_t rows) {
  return py::module_::import("numpy").attr("full")(rows, py::none(), py::arg("dtype") = "object");
}

// Puts `value` in slot `row` of an object array (one reference more; the None it replaces one less).
void put(PyObject** slots, std::size_t row, const py::handle& value) {
  Py_INCREF(value.ptr());
  Py_XDECREF(slots[row]);
  slots[row] = value.ptr();
}

PyObject** slots_of(py::array& array) { return static_cast<PyObject**>(array.mutable_data()); }

// Failed conditions of one benefit for every group, as tuples of condition ids. Tuples are
// immutable, so one tuple serves every row with the same failed conditions: no object per
// row (a benefit has few distinct combinations).
void fill_failed(const BenefitResults& benefit, std::size_t b, std::size_t benefits, PyObject** slots) {
  std::vector<py::str> names(benefit.condition_ids.begin(), benefit.condition_ids.end());
  std::map<std::vector<std::uint16_t>, py::tuple> shared;
  std::vector<std::uint16_t> failed;
  for (std::size_t g = 0; g < benefit.status.size(); ++g) {
    failed.clear();
    for (std::size_t c = 0; c < benefit.conditions.size(); ++c)
      if (benefit.conditions[c][g] == Truth::no) failed.push_back(static_cast<std::uint16_t>(c));
    auto found = shared.find(failed);
    if (found == shared.end()) {
      py::tuple tuple(failed.size());
      for (std::size_t i = 0; i < failed.size(); ++i) tuple[i] = names[failed[i]];
      found = shared.emplace(failed, std::move(tuple)).first;
    }
    put(slots, g * benefits + b, found->second);
  }
}

// Missing inputs of one benefit, as shared tuples of input names; () where nothing is missing.
void fill_missing(const BenefitResults& benefit, std::size_t b, std::size_t benefits, const py::tuple& none_missing,
                  std::map<std::vector<std::string>, py::tuple>& shared, PyObject** slots) {
  for (std::size_t g = 0; g < benefit.status.size(); ++g) put(slots, g * benefits + b, none_missing);
  for (const auto& [group, names] : benefit.missing) {
    auto found = shared.find(names);
    if (found == shared.end()) found = shared.emplace(names, py::tuple(py::cast(names))).first;
    put(slots, group * benefits + b, found->second);
  }
}

// The tidy columns, one row per group and benefit, group-major: numbers as numpy arrays
// filled without the GIL, and object columns (group ids, Decimal amounts, condition and
// input names) holding shared objects, never one new object per row.
// `group_ids` are the Python strings to show (the frame's own, so they are not duplicated);
// `amount_of(cents)` makes the amount object of a number of cents, called once per distinct amount.
py::dict tidy_columns(const Results& results, const py::sequence& group_ids, const py::function& amount_of) {
  const std::size_t groups = results.group_count();
  const std::size_t benefits = results.benefits.size();
  const std::size_t rows = groups * benefits;
  if (static_cast<std::size_t>(py::len(group_ids)) != groups)
    throw Error("tidy: " + std::to_string(py::len(group_ids)) + " group ids for " + std::to_string(groups) + " groups");
  py::array_t<std::int8_t> benefit_index(static_cast<py::ssize_t>(rows));
  py::array_t<std::int8_t> status(static_cast<py::ssize_t>(rows));
  py::array_t<std::int64_t> amount_cents(static_cast<py::ssize_t>(rows));
  py::array_t<bool> amount_missing(static_cast<py::ssize_t>(rows));
  if (benefits > 127) throw Error("tidy: more than 127 benefits");
  {
    auto b_out = benefit_index.mutable_unchecked<1>();
    auto s_out = status.mutable_unchecked<1>();
    auto a_out = amount_cents.mutable_unchecked<1>();
    auto m_out = amount_missing.mutable_unchecked<1>();
    py::gil_scoped_release release;
    for (std::size_t b = 0; b < benefits; ++b) {
      const BenefitResults& benefit = results.benefits[b];
      for (std::size_t g = 0; g < groups; ++g) {
        const auto row = static_cast<py::ssize_t>(g * benefits + b);
        b_out(row) = static_cast<std::int8_t>(b);
        s_out(row) = static_cast<std::int8_t>(benefit.status[g]);
        const bool undetermined = benefit.status[g] == Status::undetermined;
        a_out(row) = undetermined ? 0 : benefit.amount_cents[g];
        m_out(row) = undetermined;
      }
    }
  }
  py::array group_column = object_array(rows);
  py::array amounts = object_array(rows);
  py::array failed = object_array(rows);
  py::array missing = object_array(rows);
  {
    PyObject** slots = slots_of(group_column);
    for (std::size_t g = 0; g < groups; ++g) {
      const py::object id = group_ids[g];
      for (std::size_t b = 0; b < benefits; ++b) put(slots, g * benefits + b, id);
    }
  }
  {
    PyObject** slots = slots_of(amounts);
    const auto cents = amount_cents.unchecked<1>();
    const auto absent = amount_missing.unchecked<1>();
    std::unordered_map<std::int64_t, py::object> made;  // amounts repeat: 0, the flat rates
    for (std::size_t row = 0; row < rows; ++row) {
      const auto r = static_cast<py::ssize_t>(row);
      if (absent(r)) continue;  // None: undetermined, no amount
      auto found = made.find(cents(r));
      if (found == made.end()) found = made.emplace(cents(r), amount_of(cents(r))).first;
      put(slots, row, found->second);
    }
  }
  const py::tuple none_missing(0);
  std::map<std::vector<std::string>, py::tuple> missing_shared;
  for (std::size_t b = 0; b < benefits; ++b) {
    fill_failed(results.benefits[b], b, benefits, slots_of(failed));
    fill_missing(results.benefits[b], b, benefits, none_missing, missing_shared, slots_of(missing));
  }
  py::dict columns;
  columns["group_id"] = group_column;
  columns["benefit_index"] = benefit_index;
  columns["status"] = status;
  columns["amount"] = amounts;
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
      // Warnings of the evaluation (a parameter read past the date someone last checked it),
      // each as its "file:line:column: warning: message" line.
      .def_property_readonly("warnings",
                             [](const Results& results) {
                               std::vector<std::string> lines;
                               for (const Diagnostic& warning : results.warnings) lines.push_back(warning.to_string());
                               return lines;
                             })
      .def_property_readonly("amount_periods",
                             [](const Results& results) {
                               std::vector<std::string> periods;
                               for (const auto& benefit : results.benefits) periods.push_back(benefit.amount_period);
                               return periods;
                             },
                             "What each benefit's amount is per (\"month\" or \"year\"), in benefit order.")
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
      .def(
          "missing_inputs",
          [](const Results& results, std::size_t benefit, std::size_t group) { return results.missing_inputs(benefit, group); },
          py::arg("benefit"), py::arg("group"))
      .def("tidy_columns", &tidy_columns, py::arg("group_ids"), py::arg("amount_of"),
           "Long columns, one row per group and benefit, group-major; object columns share their objects.")
      .def("__len__", &Results::group_count);
}

}  // namespace eligo::python
