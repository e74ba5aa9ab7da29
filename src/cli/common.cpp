#include "cli/common.hpp"

#include <algorithm>
#include <iostream>
#include <ostream>

#include "core/utf8.hpp"

namespace eligo::cli {

void add_pack_argument(CLI::App& command, std::string& pack) {
  command.add_option("PACK", pack, "Rule pack: a folder holding pack.yaml, or a bundled pack name (fr, example)")
      ->required();
}

void add_population_options(CLI::App& command, PopulationOptions& options) {
  add_pack_argument(command, options.pack);
  command.add_option("--period", options.period, "Month evaluated, YYYY-MM")
      ->required()
      ->check(period_validator());
  // Files are not checked here: an unreadable file is a data problem (exit 1), reported by
  // the CSV reader with the others, not a command-line mistake.
  command.add_option("--groups", options.groups, "CSV file of groups (households): id, then one column per input")
      ->required();
  command.add_option("--persons", options.persons, "CSV file of persons: id, <group>_id, role, then inputs")
      ->required();
}

CLI::Validator period_validator() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        return Period::try_parse(text) ? std::string() : "expected a month as YYYY-MM, got `" + text + "`";
      },
      "YYYY-MM");
}

RulePack load_pack_or_throw(const std::string& name_or_path) {
  std::vector<Diagnostic> problems;
  RulePack pack = load_pack(resolve_pack_path(name_or_path), problems);
  throw_if_errors(problems);
  return pack;
}

namespace {

struct OverrideParts {
  std::string parameter;
  std::string value;
  std::string start;
};

std::optional<OverrideParts> split_override(const std::string& text) {
  const auto equals = text.find('=');
  const auto at = text.rfind('@');
  if (equals == std::string::npos || at == std::string::npos || at < equals || equals == 0) return std::nullopt;
  return OverrideParts{text.substr(0, equals), text.substr(equals + 1, at - equals - 1), text.substr(at + 1)};
}

// Digits after the point in the representation of each scalar type.
std::optional<std::int64_t> parse_parameter_value(ValueType type, const std::string& text) {
  switch (type) {
    case ValueType::money: return parse_scaled(text, 2);
    case ValueType::decimal: return parse_scaled(text, 6);
    case ValueType::integer: return parse_scaled(text, 0);
    case ValueType::boolean:
      if (text == "true") return 1;
      if (text == "false") return 0;
      return std::nullopt;
    case ValueType::date:
      if (const auto date = Date::try_parse(text)) return date->days;
      return std::nullopt;
    case ValueType::enumeration: break;
  }
  return std::nullopt;
}

}  // namespace

CLI::Validator override_validator() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        const auto parts = split_override(text);
        if (!parts || parts->value.empty() || !Date::try_parse(parts->start))
          return "expected parameter=value@YYYY-MM-DD, got `" + text + "`";
        return {};
      },
      "PARAM=VALUE@YYYY-MM-DD");
}

CLI::Validator dash_is_standard_output() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        if (text == "-") text.clear();  // empty: the command writes to standard output
        return {};
      },
      "");
}

ParameterOverride parse_override(const RulePack& pack, const std::string& text) {
  const auto parts = split_override(text);
  if (!parts) throw Error("--set " + text + ": expected parameter=value@YYYY-MM-DD");
  const Parameter* parameter = pack.find_parameter(parts->parameter);
  if (parameter == nullptr) throw Error("--set " + text + ": unknown parameter `" + parts->parameter + "`");
  if (parameter->kind != ParameterKind::scalar)
    throw Error("--set " + text + ": `" + parts->parameter + "` is a scale; only single values can be set");
  const auto value = parse_parameter_value(parameter->type, parts->value);
  if (!value)
    throw Error("--set " + text + ": `" + parts->value + "` is not a " + std::string(to_string(parameter->type)) +
                " value");
  const auto start = Date::try_parse(parts->start);
  if (!start) throw Error("--set " + text + ": `" + parts->start + "` is not a date YYYY-MM-DD");
  return ParameterOverride{parts->parameter, *start, *value};
}

void print_evaluation_warnings(const Results& results) {
  for (const Diagnostic& warning : results.warnings) std::cerr << warning.to_string() << '\n';
}

void print_diagnostics(std::ostream& out, const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& diagnostic : diagnostics) {
    // A problem with no place (a pack that cannot be found) reads better without "<input>:".
    if (diagnostic.where.file.empty() && diagnostic.where.line == 0)
      out << (diagnostic.severity == Severity::error ? "error: " : "warning: ") << detail::printable(diagnostic.message)
          << '\n';
    else
      out << diagnostic.to_string() << '\n';
  }
  const auto errors = std::count_if(diagnostics.begin(), diagnostics.end(),
                                    [](const Diagnostic& d) { return d.severity == Severity::error; });
  const auto warnings = static_cast<std::ptrdiff_t>(diagnostics.size()) - errors;
  out << errors << (errors == 1 ? " error" : " errors");
  if (warnings > 0) out << ", " << warnings << (warnings == 1 ? " warning" : " warnings");
  out << '\n';
}

std::vector<std::filesystem::path> files_in(const std::filesystem::path& folder_or_file) {
  std::error_code error;
  if (!std::filesystem::is_directory(folder_or_file, error)) return {folder_or_file};
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder_or_file, error)) files.push_back(entry.path());
  return files;
}

}  // namespace eligo::cli
