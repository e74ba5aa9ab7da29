// Rule packs: loading (bundled name or path), checking, and a description of what a pack
// holds as plain Python values.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include "diagnostics.hpp"
#include "eligo/pack.hpp"
#include "eligo/program.hpp"
#include "pack_dicts.hpp"
#include "registers.hpp"

namespace py = pybind11;

namespace eligo::python {

namespace {
template <typename Item>
py::list to_list_of_dicts(const std::vector<Item>& items) {
  py::list list;
  for (const auto& item : items) list.append(to_dict(item));
  return list;
}
}  // namespace

void register_pack(py::module_& module) {
  py::class_<RulePack>(module, "RulePack", "A rule pack as loaded from its YAML files.")
      .def_readonly("id", &RulePack::id)
      .def_property_readonly("title", [](const RulePack& pack) { return to_dict(pack.title); })
      .def_readonly("version", &RulePack::version)
      .def_readonly("languages", &RulePack::languages)
      .def_property_readonly("entities", [](const RulePack& pack) { return to_dict(pack.entities); })
      .def_property_readonly("inputs", [](const RulePack& pack) { return to_list_of_dicts(pack.inputs); })
      .def_property_readonly("parameters",
                             [](const RulePack& pack) { return to_list_of_dicts(pack.parameters); })
      .def_property_readonly("variables", [](const RulePack& pack) { return to_list_of_dicts(pack.variables); })
      .def_property_readonly("benefits", [](const RulePack& pack) { return to_list_of_dicts(pack.benefits); })
      .def_property_readonly("tests", [](const RulePack& pack) { return to_list_of_dicts(pack.tests); })
      .def_readonly("root", &RulePack::root)
      .def_readonly("content_hash", &RulePack::content_hash)
      .def("__repr__", [](const RulePack& pack) { return "<RulePack " + pack.id + " " + pack.version + ">"; });

  module.def("load_pack", py::overload_cast<const std::filesystem::path&>(&load_pack), py::arg("folder"),
             "Loads the pack in `folder`; raises EligoError listing every problem.");
  module.def(
      "load_pack_collecting",
      [](const std::filesystem::path& folder) {
        std::vector<Diagnostic> problems;
        RulePack pack = load_pack(folder, problems);
        return py::make_tuple(std::move(pack), to_list(problems));
      },
      py::arg("folder"), "Loads the pack in `folder`; returns (pack, problems) without raising.");
  module.def(
      "check", [](const RulePack& pack) { return to_list(check(pack)); }, py::arg("pack"),
      "Every problem of the pack's formulas, as a list of diagnostics; empty when sound.");
  module.def("resolve_pack_path", &resolve_pack_path, py::arg("name_or_path"),
             "The folder of a bundled pack name such as 'fr', or the path itself.");
  module.def("add_rules_search_path", &add_rules_search_path, py::arg("folder"),
             "Registers a folder of bundled packs, searched by resolve_pack_path.");

  module.def(
      "parse_scaled", [](const std::string& text, int digits) { return parse_scaled(text, digits); },
      py::arg("text"), py::arg("digits"), "Exact decimal text to an integer scaled by 10**digits, or None.");
  module.def("format_scaled", &format_scaled, py::arg("value"), py::arg("digits"));
}

}  // namespace eligo::python
