// The `_eligo` extension module. Users import the pure-Python package `eligo`, which wraps
// these bindings with pandas and numpy; nothing here knows about pandas.
#include <pybind11/pybind11.h>

#include "registers.hpp"

PYBIND11_MODULE(_eligo, module) {
  module.doc() = "Compiled core of eligo: rule packs, populations, programs, results, explanations and outreach plans.";
  eligo::python::register_errors(module);
  eligo::python::register_pack(module);
  eligo::python::register_population(module);
  eligo::python::register_program(module);
  eligo::python::register_results(module);
  eligo::python::register_explain(module);
  eligo::python::register_rank(module);
  eligo::python::register_outreach(module);
  eligo::python::register_pipeline(module);
}
