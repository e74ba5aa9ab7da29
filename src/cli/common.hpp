// What several commands share: the options naming a pack and a population, loading them,
// and the exit codes documented in docs/cli.md.
#pragma once

#include <CLI/CLI.hpp>

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "eligo/eligo.hpp"

namespace eligo::cli {

// Exit codes: a script can tell "the data is wrong" from "the command line is wrong" from
// "eligo itself failed".
inline constexpr int exit_ok = 0;
inline constexpr int exit_failure = 1;  // problems in a pack or in data, failed pack tests
inline constexpr int exit_usage = 2;    // bad command line
inline constexpr int exit_internal = 3; // a bug or an environment failure
inline constexpr int exit_fairness_failed = 4;  // `eligo fairness`: the audit failed its thresholds

// What the chosen command will do once the command line is parsed.
using Action = std::function<int()>;

// The options of commands that evaluate a pack over a population from CSV files.
struct PopulationOptions {
  std::string pack;
  std::string period;
  std::filesystem::path groups;
  std::filesystem::path persons;
};

void add_pack_argument(CLI::App& command, std::string& pack);
void add_population_options(CLI::App& command, PopulationOptions& options);

// Checks a period given as YYYY-MM at parse time, so that a typo is a usage error.
CLI::Validator period_validator();

// The files a command reads from a folder (or the file itself), so that an --output onto one
// of them is refused before anything is read (detail::refuse_output_onto_inputs).
std::vector<std::filesystem::path> files_in(const std::filesystem::path& folder_or_file);

// Loads a pack given by name or path; throws Error listing every problem of its files.
RulePack load_pack_or_throw(const std::string& name_or_path);

// "param=value@YYYY-MM-DD" turned into an override of a scalar parameter of `pack`.
// Throws Error when the parameter is unknown, a scale, or the value does not fit its type.
ParameterOverride parse_override(const RulePack& pack, const std::string& text);
CLI::Validator override_validator();  // the form only; the names are checked once loaded

// For an --output whose default is standard output: `-` names standard output too, as for
// most command-line tools, rather than a file called `-` in the current folder.
CLI::Validator dash_is_standard_output();

// Prints every diagnostic, one a line, then how many errors and warnings there were.
void print_diagnostics(std::ostream& out, const std::vector<Diagnostic>& diagnostics);
// Warnings of an evaluation (a parameter read after it was last checked), one per line on
// stderr, so that they are seen without mixing with the results on stdout.
void print_evaluation_warnings(const Results& results);

}  // namespace eligo::cli
