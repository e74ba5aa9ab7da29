#include "data/csv_layout.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "core/utf8.hpp"
#include "data/schema.hpp"
#include "data/suggestion.hpp"
#include "data/value_text.hpp"

namespace eligo::data {

namespace {

constexpr int header_line = 1;

std::vector<std::string> known_names(const RulePack& pack, const std::string& entity,
                                     const std::vector<BuiltinColumn>& builtins) {
  std::vector<std::string> names;
  for (const auto& builtin : builtins) names.push_back(builtin.name);
  for (const auto& input : pack.inputs)
    if (input.entity == entity) names.push_back(input.name);
  return names;
}

std::string unknown_column_message(const RulePack& pack, const std::string& entity, const std::string& name,
                                   const std::vector<std::string>& known) {
  const InputSpec* other = find_schema_input(pack, name);
  if (other != nullptr)
    return "column " + name + " is an input of " + other->entity + ", not of " + entity +
           "; it belongs in the " + other->entity + " file";
  return "unknown column " + quote_field(name) + did_you_mean(name, known) + ": not an input of " + entity +
         " in pack " + pack.id;
}

}  // namespace

std::optional<CsvLayout> read_layout(CsvReader& reader, const std::string& file, const RulePack& pack,
                                     const std::string& entity, const std::vector<BuiltinColumn>& builtins,
                                     ProblemList& problems) {
  if (!reader.next_record()) {
    problems.add(file, header_line, 0, "empty file: a header line naming the columns is expected");
    return std::nullopt;
  }
  if (reader.problem()) {
    problems.add(file, reader.line(), reader.problem()->column, reader.problem()->message);
    return std::nullopt;
  }
  const auto header = reader.fields();
  const auto known = known_names(pack, entity, builtins);
  CsvLayout layout;
  layout.field_count = header.size();
  layout.builtins.resize(builtins.size());
  layout.inputs.resize(header.size(), nullptr);
  // The field where each name first appears: a hash map, so that a header of many columns
  // (a hostile file may hold a hundred thousand) is read in linear time.
  std::unordered_map<std::string_view, std::size_t> first_field;
  first_field.reserve(header.size());
  for (std::size_t field = 0; field < header.size(); ++field) {
    const std::string_view name = trim_blanks(header[field]);
    const int column = static_cast<int>(field) + 1;
    const std::size_t earlier = first_field.try_emplace(name, field).first->second;
    if (name.empty()) {
      problems.add(file, reader.line(), column, "empty column name");
      continue;
    }
    if (earlier != field) {
      problems.add(file, reader.line(), column,
                   "column " + detail::printable(name) + " appears twice (first as column " + std::to_string(earlier + 1) + ")");
      continue;
    }
    const auto builtin = std::find_if(builtins.begin(), builtins.end(),
                                      [&name](const BuiltinColumn& b) { return b.name == name; });
    if (builtin != builtins.end()) {
      layout.builtins[static_cast<std::size_t>(builtin - builtins.begin())] = field;
      continue;
    }
    const InputSpec* spec = find_schema_input(pack, name);
    if (spec == nullptr || spec->entity != entity) {
      // Past the cap problems are only counted: no need to search for a suggestion.
      problems.add(file, reader.line(), column,
                   problems.full() ? std::string() : unknown_column_message(pack, entity, std::string(name), known));
      continue;
    }
    layout.inputs[field] = spec;
  }
  for (std::size_t b = 0; b < builtins.size(); ++b)
    if (builtins[b].required && !layout.builtins[b])
      problems.add(file, header_line, 0, "missing column " + builtins[b].name);
  for (const auto& input : pack.inputs)
    if (input.entity == entity && !first_field.contains(input.name))
      problems.add(file, header_line, 0,
                   "missing column " + input.name + " (an input of " + entity +
                       "; leave its fields empty where the value is unknown)");
  return layout;
}

}  // namespace eligo::data
