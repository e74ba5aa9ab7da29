// Populations: columns filled from numpy arrays (see column_conversion.hpp), assembled with
// the persons' links to their groups; and the CSV reader, for the same files as the CLI.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include "column_conversion.hpp"
#include "eligo/population.hpp"
#include "registers.hpp"

namespace py = pybind11;

namespace eligo::python {

namespace {

const InputSpec& input_of(const RulePack& pack, const std::string& name) {
  const InputSpec* spec = pack.find_input(name);
  if (!spec) throw Error("unknown input '" + name + "'");
  return *spec;
}

py::tuple to_tuple(Conversion conversion) {
  py::list bad;
  for (const auto& value : conversion.bad) bad.append(py::make_tuple(value.row, value.message));
  return py::make_tuple(std::move(conversion.column), bad, conversion.bad_count);
}

// Moves the Columns out of their Python handles: the handles are left empty, so a column
// is never held twice.
std::map<std::string, Column> take_columns(const py::dict& columns) {
  std::map<std::string, Column> taken;
  for (const auto& [name, handle] : columns) taken.emplace(name.cast<std::string>(), std::move(handle.cast<Column&>()));
  return taken;
}

template <typename Number>
std::vector<Number> to_vector(const py::array_t<Number>& values) {
  const auto in = values.template unchecked<1>();
  std::vector<Number> out(static_cast<std::size_t>(in.shape(0)));
  for (py::ssize_t i = 0; i < in.shape(0); ++i) out[static_cast<std::size_t>(i)] = in(i);
  return out;
}

}  // namespace

void register_population(py::module_& module) {
  py::class_<Column>(module, "Column", "One input column: int64 values and a validity bitmap.")
      .def_property_readonly("size", &Column::size)
      .def_property_readonly("type", [](const Column& column) { return std::string(to_string(column.type())); })
      .def_property_readonly("width", &Column::width, "Bytes a value takes (1, 2, 4 or 8).")
      .def_property_readonly("borrowed", &Column::is_borrowed, "True when the values are the caller's array, not a copy.")
      .def("get", &Column::get, py::arg("row"));

  module.def(
      "column_from_integers",
      [](const RulePack& pack, const std::string& input, const Int64Array& values,
         const std::optional<MaskArray>& mask) { return to_tuple(from_integers(input_of(pack, input), values, mask)); },
      py::arg("pack"), py::arg("input"), py::arg("values"), py::arg("mask") = py::none());
  module.def(
      "column_from_floats",
      [](const RulePack& pack, const std::string& input, const py::array_t<double>& values) {
        return to_tuple(from_floats(input_of(pack, input), values));
      },
      py::arg("pack"), py::arg("input"), py::arg("values"));
  module.def(
      "column_from_booleans",
      [](const RulePack& pack, const std::string& input, const py::array_t<bool>& values,
         const std::optional<MaskArray>& mask) { return to_tuple(from_booleans(input_of(pack, input), values, mask)); },
      py::arg("pack"), py::arg("input"), py::arg("values"), py::arg("mask") = py::none());
  module.def(
      "column_from_datetimes",
      [](const RulePack& pack, const std::string& input, const Int64Array& ticks, std::int64_t ticks_per_day) {
        return to_tuple(from_datetimes(input_of(pack, input), ticks, ticks_per_day));
      },
      py::arg("pack"), py::arg("input"), py::arg("ticks"), py::arg("ticks_per_day"));
  module.def(
      "column_from_codes",
      [](const RulePack& pack, const std::string& input, const py::array& codes, const Int64Array& lookup) {
        return to_tuple(from_codes(input_of(pack, input), codes, lookup));
      },
      py::arg("pack"), py::arg("input"), py::arg("codes"), py::arg("lookup"));
  module.def(
      "column_from_texts",
      [](const RulePack& pack, const std::string& input, const std::vector<std::optional<std::string>>& texts) {
        return to_tuple(from_texts(input_of(pack, input), texts));
      },
      py::arg("pack"), py::arg("input"), py::arg("texts"));

  py::class_<Population>(module, "Population", "Groups and their member persons, ready to evaluate.")
      .def(py::init([](const RulePack& pack, std::vector<std::string> group_ids, const py::dict& group_columns,
                       std::vector<std::string> person_ids, const py::dict& person_columns,
                       const py::array_t<std::uint32_t>& person_group, const py::array_t<std::uint16_t>& person_role,
                       const std::optional<py::array_t<double>>& weights) {
             EntityTable groups{pack.entities.group, std::move(group_ids), take_columns(group_columns)};
             EntityTable persons{pack.entities.person, std::move(person_ids), take_columns(person_columns)};
             std::optional<std::vector<double>> group_weights;
             if (weights) group_weights = to_vector(*weights);
             auto links = to_vector(person_group);
             auto roles = to_vector(person_role);
             py::gil_scoped_release release;  // sorting persons by group is numeric work
             return Population(std::move(groups), std::move(persons), std::move(links), std::move(roles),
                               std::move(group_weights));
           }),
           py::arg("pack"), py::arg("group_ids"), py::arg("group_columns"), py::arg("person_ids"),
           py::arg("person_columns"), py::arg("person_group"), py::arg("person_role"), py::arg("weights") = py::none())
      .def_property_readonly("group_count", &Population::group_count)
      .def_property_readonly("person_count", &Population::person_count)
      .def_property_readonly("group_ids", [](const Population& population) { return population.groups().ids; })
      .def_property_readonly("person_ids", [](const Population& population) { return population.persons().ids; })
      .def("find_group", &Population::find_group, py::arg("group_id"))
      .def(
          "set_monthly_values",
          [](Population& population, const RulePack& pack, const std::vector<std::string>& ids,
             const std::vector<std::string>& months, const std::vector<std::string>& inputs,
             const std::vector<std::optional<std::string>>& values) {
            if (ids.size() != months.size() || ids.size() != inputs.size() || ids.size() != values.size())
              throw Error("the monthly columns id, month, input and value must have the same length");
            std::vector<MonthlyValue> rows;
            rows.reserve(ids.size());
            for (std::size_t i = 0; i < ids.size(); ++i)
              rows.push_back(MonthlyValue{ids[i], months[i], inputs[i], values[i], "monthly row " + std::to_string(i)});
            population.set_monthly_values(pack, rows);
          },
          py::arg("pack"), py::arg("ids"), py::arg("months"), py::arg("inputs"), py::arg("values"),
          "Values of inputs for some months, over the single values (see eligo.evaluate(monthly=...)).");

  module.def("read_population_csv", &read_population_csv, py::arg("pack"), py::arg("groups_csv"),
             py::arg("persons_csv"), "Reads the groups and persons CSV files the command line reads.");
}

}  // namespace eligo::python
