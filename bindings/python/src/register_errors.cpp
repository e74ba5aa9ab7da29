// eligo::Error becomes eligo.EligoError, a ValueError defined in the pure-Python package so
// that it pickles (Dask ships exceptions back from workers) and carries `.diagnostics`.
#include <pybind11/pybind11.h>

#include <exception>

#include "diagnostics.hpp"
#include "registers.hpp"

namespace py = pybind11;

namespace eligo::python {

py::dict to_dict(const Diagnostic& diagnostic) {
  py::dict entry;
  entry["severity"] = diagnostic.severity == Severity::error ? "error" : "warning";
  entry["file"] = diagnostic.where.file;
  entry["line"] = diagnostic.where.line;
  entry["column"] = diagnostic.where.column;
  entry["message"] = diagnostic.message;
  entry["text"] = diagnostic.to_string();
  return entry;
}

py::list to_list(const std::vector<Diagnostic>& diagnostics) {
  py::list list;
  for (const auto& diagnostic : diagnostics) list.append(to_dict(diagnostic));
  return list;
}

void register_errors(py::module_& module) {
  module.def("diagnostic_text", [](const std::string& file, int line, int column,
                                   const std::string& message, bool is_error) {
    return Diagnostic{is_error ? Severity::error : Severity::warning, {file, line, column}, message}
        .to_string();
  }, "The C++ rendering of a diagnostic: 'file:line:column: error: message'.");

  py::register_exception_translator([](std::exception_ptr thrown) {
    try {
      if (thrown) std::rethrow_exception(thrown);
    } catch (const Error& error) {
      // Translators run with the GIL held, after any gil_scoped_release has ended.
      const py::object type = py::module_::import("eligo._errors").attr("EligoError");
      const py::object instance = type(error.what(), to_list(error.diagnostics()));
      PyErr_SetObject(type.ptr(), instance.ptr());
    }
  });
}

}  // namespace eligo::python
