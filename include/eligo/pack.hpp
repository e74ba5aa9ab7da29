// A rule pack as loaded from its YAML files: the law's data, not yet checked or compiled.
//
// The loader fills these plain structures and records where each item came from, so
// that every later problem can name its file, line and column. YAML never leaks out of
// src/pack: nothing here depends on yaml-cpp.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "eligo/channel_policy.hpp"
#include "eligo/error.hpp"
#include "eligo/value.hpp"

namespace eligo {

// A text in each of the pack's languages ("fr", "fr-falc", "en").
struct Text {
  std::map<std::string, std::string> by_language;

  // The text in `language`, else in French, else the first one; empty when none.
  const std::string& in(const std::string& language) const;
};

struct EntityModel {
  std::string person = "personne";   // the person entity
  std::string group = "foyer";       // the group entity benefits are paid to
  std::string members = "membres";   // the word that designates a group's members in formulas
  std::vector<std::string> roles;    // e.g. demandeur, conjoint, enfant
  SourceLocation where;
};

struct InputSpec {
  std::string name;
  std::string entity;  // EntityModel::person or EntityModel::group
  ValueType type = ValueType::integer;
  std::string unit;                        // free text: "EUR/month", "years", "%"
  std::optional<std::int64_t> minimum;     // in the type's representation (cents, millionths...)
  std::optional<std::int64_t> maximum;
  std::vector<std::string> enum_values;    // for enumerations, in index order
  std::map<std::string, Text> value_labels;  // enum value -> its words per language (optional)
  Text description;
  bool is_protected = false;               // may serve the law, never the ranking model
  std::string source;                      // where agencies usually get it (optional)
  SourceLocation where;
};

struct ScaleBracket {
  std::int64_t threshold = 0;  // in the representation of the scale's threshold type
  std::int64_t value = 0;      // amount (value_type) or marginal rate (decimal)

  bool operator==(const ScaleBracket&) const = default;
};

struct ParameterVersion {
  Date start;
  std::int64_t value = 0;               // scalar parameters
  std::vector<ScaleBracket> brackets;   // scale parameters, thresholds ascending
  std::string reference;                // legal reference of this value
  SourceLocation where;
};

enum class ParameterKind : std::uint8_t {
  scalar,         // one value
  scale_amount,   // bracket(param, x): the value of the last bracket whose threshold <= x
  scale_marginal  // bracket(param, x): sum of rate * the part of x inside each bracket
};

struct Parameter {
  std::string name;  // dotted, referenced in formulas as param.<name>
  ParameterKind kind = ParameterKind::scalar;
  ValueType type = ValueType::money;            // scalar value type, or the scale's values
  ValueType threshold_type = ValueType::money;  // scales only
  std::string unit;
  Text description;
  std::vector<ParameterVersion> versions;  // ascending start dates
  std::optional<Date> last_value_still_valid_on;
  SourceLocation where;

  // The version in force on `date`, or null before the first start date.
  const ParameterVersion* at(Date date) const;
};

// An expression as written in a YAML file. line_starts[i] is the file position of the
// first character of line i of `text`, so errors inside the text map back to the file.
struct Formula {
  std::string text;
  std::vector<SourceLocation> line_starts;

  SourceLocation location_of(int line, int column) const;  // 1-based within text
};

struct Variable {
  std::string name;
  std::string entity;
  std::optional<ValueType> declared_type;
  std::string enum_of;  // for enumerations: the input whose values it shares (optional)
  Formula formula;
  Text label;
  std::string reference;
  SourceLocation where;
};

struct Condition {
  std::string id;
  Formula rule;
  std::string reference;
  Text reason;  // what the condition asks, stated positively
  // The same condition stated as not met ("Vous ne vivez pas en France."), for registers
  // where a positive sentence under a "not met" heading would read as if it held (FALC).
  // Optional per language; the reason is used where it is absent.
  Text not_met;
  SourceLocation where;
};

struct ClaimInfo {
  std::string online;   // URL, empty when there is no online procedure
  std::string counter;  // where to claim in person
  std::string phone;
  std::string form;     // e.g. "cerfa 15481"
  std::vector<std::string> documents;
  Text how;             // how to claim, in words
};

struct Benefit {
  std::string id;
  std::string entity;  // the group entity
  Text label;
  Text description;
  std::string reference;
  std::string institution;
  std::string amount_period = "month";  // "month" or "year": what the amount is per
  // "payment": the amount is paid to the household; "contribution": the household pays it
  // for a service (the CSS participation), so 0 means the service is free.
  std::string amount_kind = "payment";
  std::vector<Condition> conditions;
  Formula amount;
  ClaimInfo claim;
  SourceLocation where;
};

// One expected result of a test case.
struct Expectation {
  std::string benefit;
  std::optional<std::string> status;                 // eligible | not_eligible | undetermined
  std::optional<std::int64_t> amount_cents;
  std::optional<std::vector<std::string>> failed;    // ids of failed conditions
  std::optional<std::vector<std::string>> missing;   // names of missing inputs
  SourceLocation where;
};

// Input values of a test as written (scalars as text); absent or null means unknown.
using RawRecord = std::map<std::string, std::optional<std::string>>;
// Values of a test member month by month: input name -> month "YYYY-MM" -> value as written.
using RawMonthlyRecord = std::map<std::string, std::map<std::string, std::optional<std::string>>>;

struct TestCase {
  std::string name;
  std::string period;  // YYYY-MM
  std::string source;  // where the expected values come from
  RawRecord group;
  std::vector<RawRecord> members;  // each holds "role" among its fields
  std::vector<RawMonthlyRecord> member_months;  // one per member (`monthly:`), often empty
  std::vector<Expectation> expectations;
  SourceLocation where;
};

// The fixed words of explanations, letters and notices in one language (titles, headings,
// status sentences), so that a pack can be translated or reworded without code. Keys are
// eligo's own (`eligo templates LANGUAGE` prints them with their built-in defaults); in a
// phrase, "{name}" marks where a value goes. Read from templates/<language>.yaml.
struct Templates {
  std::string language;
  std::map<std::string, std::string> phrases;
  std::map<std::string, SourceLocation> phrase_where;  // where each phrase is written
  std::vector<std::string> months;                     // twelve names, January first; empty: defaults
  std::optional<bool> show_references;                 // print legal references in texts for people
  // Acronyms readers may meet in easy-to-read texts, each with its expansion in words
  // (e.g. CAF: caisse d'allocations familiales); the FALC lint accepts them.
  std::map<std::string, std::string> acronyms;
  SourceLocation where;
};

struct RulePack {
  std::string id;
  Text title;
  std::string version;
  std::vector<std::string> languages;
  EntityModel entities;
  std::vector<InputSpec> inputs;
  std::vector<Parameter> parameters;
  std::vector<Variable> variables;
  std::vector<Benefit> benefits;
  std::vector<TestCase> tests;
  std::vector<Templates> templates;  // at most one per language; none means built-in wording
  outreach::ChannelPolicySpec channel_policy;  // from the files listed under `outreach`
  std::filesystem::path root;
  std::string content_hash;  // SHA-256 of every file of the pack, in order

  // Pointers into the pack, or null when absent. On a temporary pack they would dangle at
  // the end of the statement, so those calls do not compile.
  const InputSpec* find_input(const std::string& name) const&;
  const Parameter* find_parameter(const std::string& name) const&;
  const Benefit* find_benefit(const std::string& id) const&;
  const Templates* find_templates(const std::string& language) const&;
  const InputSpec* find_input(const std::string& name) const&& = delete;
  const Parameter* find_parameter(const std::string& name) const&& = delete;
  const Benefit* find_benefit(const std::string& id) const&& = delete;
  const Templates* find_templates(const std::string& language) const&& = delete;
};

// Loads a bundled pack by name ("fr", "example"), or the pack in a folder (the one holding
// pack.yaml), found as resolve_pack_path says. Collects every problem of every file and
// throws one Error listing all of them, each with file:line:column.
RulePack load_pack(const std::filesystem::path& name_or_folder);

// Same, but returns the problems instead of throwing (the pack is partial when any; empty,
// with the places looked at, when no pack has that name).
RulePack load_pack(const std::filesystem::path& name_or_folder, std::vector<Diagnostic>& problems);

// A pack name such as "fr" or "example" is looked up in the bundled packs; a path is
// used as it is. A folder holding pack.yaml wins; otherwise `<dir>/<name>` is looked up
// in each folder of the ELIGO_RULES_PATH environment variable (colon separated), then in
// the folders given to add_rules_search_path, then beside the code: the rules installed
// with the `eligo` program or the library (share/eligo/rules of the prefix, wherever the
// prefix was moved), or the source tree's rules/ for code running from its build tree.
// Throws an Error naming every place looked at.
std::filesystem::path resolve_pack_path(const std::string& name_or_path);

// Adds a folder where resolve_pack_path looks for packs by name, after ELIGO_RULES_PATH
// and the folders added before (the Python package registers the rules it ships; a program
// linking the installed library registers the installed rules). Safe from any thread.
void add_rules_search_path(std::filesystem::path folder);

}  // namespace eligo
