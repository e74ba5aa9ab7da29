// One registration function per API area; module.cpp assembles them into `_eligo`.
#pragma once

#include <pybind11/pybind11.h>

#include <string>

#include "eligo/value.hpp"

namespace eligo::python {

// The month Python passed as "YYYY-MM"; eligo::Error naming it otherwise (period_text.cpp).
Period period_of(const std::string& text);

void register_errors(pybind11::module_& module);
void register_explain(pybind11::module_& module);
void register_outreach(pybind11::module_& module);
void register_pack(pybind11::module_& module);
void register_pipeline(pybind11::module_& module);
void register_population(pybind11::module_& module);
void register_program(pybind11::module_& module);
void register_rank(pybind11::module_& module);
void register_results(pybind11::module_& module);

}  // namespace eligo::python
