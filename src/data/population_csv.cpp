// Reading a population from one CSV file of groups and one of persons.
#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "data/csv_layout.hpp"
#include "data/csv_reader.hpp"
#include "data/problem_list.hpp"
#include "data/suggestion.hpp"
#include "data/value_text.hpp"
#include "eligo/population.hpp"

namespace eligo {

namespace {

// Positions in the lists of built-in columns below.
constexpr std::size_t id_column = 0;
constexpr std::size_t weight_column = 1;  // groups
constexpr std::size_t link_column = 1;    // persons: <group>_id
constexpr std::size_t role_column = 2;    // persons

constexpr int weight_digits = 6;

// One entity's file while it is read. Ids are looked up through views into the reader's
// buffer, so an instance stays where it is built (it is neither copied nor moved).
struct TableReading {
  TableReading(const std::filesystem::path& path, std::string entity)
      : file(path.string()), reader(data::CsvReader::from_file(path)), table{std::move(entity), {}, {}} {}
  TableReading(const TableReading&) = delete;
  TableReading& operator=(const TableReading&) = delete;

  std::string file;
  data::CsvReader reader;
  std::optional<data::CsvLayout> layout;
  EntityTable table;
  std::vector<int> lines;                                     // physical line of each row
  std::unordered_map<std::string_view, std::uint32_t> index;  // row of each id
  std::vector<Column*> field_columns;                         // per field; null when not an input
  bool lost_rows = false;  // some rows were unreadable: checks that need every row would mislead
};

void open_table(TableReading& t, const RulePack& pack, const std::vector<data::BuiltinColumn>& builtins,
                data::ProblemList& problems) {
  t.layout = data::read_layout(t.reader, t.file, pack, t.table.entity, builtins, problems);
  if (!t.layout) return;
  const std::size_t capacity = t.reader.record_capacity();
  for (const auto& input : pack.inputs)
    if (input.entity == t.table.entity) t.table.columns.emplace(input.name, Column(input.type, capacity));
  t.field_columns.assign(t.layout->field_count, nullptr);
  for (std::size_t field = 0; field < t.layout->field_count; ++field)
    if (const InputSpec* spec = t.layout->inputs[field]) t.field_columns[field] = &t.table.columns.at(spec->name);
  t.table.ids.reserve(capacity);
  t.lines.reserve(capacity);
  t.index.reserve(capacity);
}

std::optional<std::size_t> builtin_field(const TableReading& t, std::size_t builtin,
                                         std::span<const std::string_view> fields) {
  const auto field = t.layout->builtins[builtin];
  if (!field || *field >= fields.size()) return std::nullopt;
  return field;
}

// False, after reporting it, when the current record cannot be used at all.
bool record_readable(TableReading& t, data::ProblemList& problems) {
  if (const auto& problem = t.reader.problem()) {
    problems.add(t.file, t.reader.line(), problem->column, problem->message);
    t.lost_rows = true;
    return false;
  }
  return true;
}

bool record_has_header_shape(TableReading& t, std::span<const std::string_view> fields,
                             data::ProblemList& problems) {
  const std::size_t expected = t.layout->field_count;
  if (fields.size() == expected) return true;
  const int column = static_cast<int>(std::min(fields.size(), expected)) + 1;  // first missing or extra field
  problems.add(t.file, t.reader.line(), column,
               std::to_string(fields.size()) + " fields where the header has " + std::to_string(expected));
  t.lost_rows = true;
  return false;
}

// Registers the record's id as a new row; nullopt (reported) for an empty or repeated id.
std::optional<std::uint32_t> add_row(TableReading& t, std::span<const std::string_view> fields,
                                     data::ProblemList& problems) {
  const auto field = builtin_field(t, id_column, fields);
  if (!field) return std::nullopt;  // the missing column is reported once, from the header
  const int column = static_cast<int>(*field) + 1;
  const std::string_view id = data::trim_blanks(fields[*field]);
  if (id.empty()) {
    problems.add(t.file, t.reader.line(), column, "empty id");
    return std::nullopt;
  }
  const auto row = static_cast<std::uint32_t>(t.table.ids.size());
  const auto [found, inserted] = t.index.try_emplace(id, row);
  if (!inserted) {
    problems.add(t.file, t.reader.line(), column,
                 "duplicate id " + data::quote_field(id) + " (first on line " +
                     std::to_string(t.lines[found->second]) + ")");
    return std::nullopt;
  }
  t.table.ids.emplace_back(id);
  t.lines.push_back(t.reader.line());
  return row;
}

void read_values(TableReading& t, std::uint32_t row, std::span<const std::string_view> fields,
                 data::ProblemList& problems) {
  std::string problem;
  for (std::size_t field = 0; field < fields.size(); ++field) {
    Column* const column = t.field_columns[field];
    if (column == nullptr || data::trim_blanks(fields[field]).empty()) continue;  // empty: stays unknown
    if (const auto value = data::parse_value(*t.layout->inputs[field], fields[field], problem))
      column->set(row, *value);
    else
      problems.add(t.file, t.reader.line(), static_cast<int>(field) + 1, problem);
  }
}

std::optional<double> read_weight(const TableReading& t, std::size_t field, std::string_view text,
                                  data::ProblemList& problems) {
  const std::string_view trimmed = data::trim_blanks(text);
  if (trimmed.empty()) {
    problems.add(t.file, t.reader.line(), static_cast<int>(field) + 1,
                 "empty poids: give every group a weight, or leave out the poids column");
    return std::nullopt;
  }
  const auto weight = parse_scaled(trimmed, weight_digits);
  if (!weight || *weight < 0) {
    problems.add(t.file, t.reader.line(), static_cast<int>(field) + 1,
                 "not a weight: poids is a decimal number, zero or more");
    return std::nullopt;
  }
  return static_cast<double>(*weight) / static_cast<double>(decimal_scale);
}

std::vector<double> read_groups(TableReading& groups, data::ProblemList& problems) {
  std::vector<double> weights;
  while (groups.reader.next_record()) {
    if (!record_readable(groups, problems)) continue;
    const auto fields = groups.reader.fields();
    const bool shaped = record_has_header_shape(groups, fields, problems);
    const auto row = add_row(groups, fields, problems);
    if (!row || !shaped) continue;
    read_values(groups, *row, fields, problems);
    if (const auto field = builtin_field(groups, weight_column, fields)) {
      weights.resize(*row + 1, 0.0);
      weights[*row] = read_weight(groups, *field, fields[*field], problems).value_or(0.0);
    }
  }
  return weights;
}

struct Links {
  std::vector<std::uint32_t> person_group;
  std::vector<std::uint16_t> person_role;
  std::vector<std::uint32_t> members;  // per group
};

std::uint32_t read_link(TableReading& persons, const TableReading& groups, bool groups_known,
                        std::span<const std::string_view> fields, Links& links, data::ProblemList& problems) {
  const auto field = builtin_field(persons, link_column, fields);
  if (!field) return 0;
  const int column = static_cast<int>(*field) + 1;
  const std::string_view id = data::trim_blanks(fields[*field]);
  if (id.empty()) {
    problems.add(persons.file, persons.reader.line(), column, "empty " + groups.table.entity + " id");
    return 0;
  }
  if (!groups_known) return 0;  // the groups file is unusable and says so
  const auto found = groups.index.find(id);
  if (found == groups.index.end()) {
    problems.add(persons.file, persons.reader.line(), column,
                 groups.table.entity + " " + data::quote_field(id) + " is not in " + groups.file);
    return 0;
  }
  ++links.members[found->second];
  return found->second;
}

std::uint16_t read_role(TableReading& persons, const RulePack& pack, std::span<const std::string_view> fields,
                        data::ProblemList& problems) {
  const auto field = builtin_field(persons, role_column, fields);
  if (!field) return 0;
  const std::string_view role = data::trim_blanks(fields[*field]);
  const auto& roles = pack.entities.roles;
  const auto found = std::find(roles.begin(), roles.end(), role);
  if (found != roles.end()) return static_cast<std::uint16_t>(found - roles.begin());
  problems.add(persons.file, persons.reader.line(), static_cast<int>(*field) + 1,
               std::string(role.empty() ? "empty role" : "unknown role") + "; roles: " + data::join_names(roles));
  return 0;
}

Links read_persons(TableReading& persons, const TableReading& groups, const RulePack& pack,
                   data::ProblemList& problems) {
  Links links;
  const bool groups_known = groups.layout && groups.layout->builtins[id_column];
  links.members.assign(groups.table.size(), 0);
  links.person_group.reserve(persons.table.ids.capacity());
  links.person_role.reserve(persons.table.ids.capacity());
  while (persons.reader.next_record()) {
    if (!record_readable(persons, problems)) continue;
    const auto fields = persons.reader.fields();
    const bool shaped = record_has_header_shape(persons, fields, problems);
    const auto row = add_row(persons, fields, problems);
    if (!row || !shaped) continue;
    links.person_group.push_back(read_link(persons, groups, groups_known, fields, links, problems));
    links.person_role.push_back(read_role(persons, pack, fields, problems));
    read_values(persons, *row, fields, problems);
  }
  return links;
}

void report_groups_without_members(const TableReading& groups, const TableReading& persons, const Links& links,
                                   data::ProblemList& problems) {
  // An unreadable person row may be the missing member: the row's own problem says enough.
  if (!persons.layout || persons.lost_rows || !groups.layout) return;
  const int column = static_cast<int>(groups.layout->builtins[id_column].value_or(0)) + 1;
  for (std::size_t group = 0; group < links.members.size(); ++group)
    if (links.members[group] == 0)
      problems.add(groups.file, groups.lines[group], column,
                   groups.table.entity + " " + data::quote_field(groups.table.ids[group]) + " has no member in " +
                       persons.file);
}

void fit_columns(EntityTable& table) {
  for (auto& [name, column] : table.columns) column.resize(table.size());
}

}  // namespace

Population read_population_csv(const RulePack& pack, const std::filesystem::path& groups_csv,
                               const std::filesystem::path& persons_csv) {
  TableReading groups(groups_csv, pack.entities.group);
  TableReading persons(persons_csv, pack.entities.person);
  data::ProblemList problems({groups.file, persons.file});

  open_table(groups, pack, {{"id", true}, {"poids", false}}, problems);
  std::vector<double> weights;
  if (groups.layout) weights = read_groups(groups, problems);

  open_table(persons, pack, {{"id", true}, {pack.entities.group + "_id", true}, {"role", true}}, problems);
  Links links;
  if (persons.layout) links = read_persons(persons, groups, pack, problems);
  report_groups_without_members(groups, persons, links, problems);
  problems.throw_if_any();

  fit_columns(groups.table);
  fit_columns(persons.table);
  std::optional<std::vector<double>> group_weights;
  if (groups.layout->builtins[weight_column]) group_weights = std::move(weights);
  return Population(std::move(groups.table), std::move(persons.table), std::move(links.person_group),
                    std::move(links.person_role), std::move(group_weights));
}

std::vector<MonthlyValue> read_monthly_csv(const std::filesystem::path& monthly_csv) {
  data::CsvReader reader = data::CsvReader::from_file(monthly_csv);
  const std::string file = monthly_csv.string();
  if (!reader.next_record()) throw Error(file + ": empty file; expected the columns id,month,input,value");
  const std::vector<std::string> expected = {"id", "month", "input", "value"};
  std::vector<std::string> header(reader.fields().begin(), reader.fields().end());
  if (header != expected)
    throw Error(file + ":" + std::to_string(reader.line()) + ": expected the columns id,month,input,value");
  std::vector<MonthlyValue> values;
  std::vector<std::string> problems;
  while (reader.next_record()) {
    const std::string where = file + ":" + std::to_string(reader.line());
    if (reader.problem()) {
      problems.push_back(where + ":" + std::to_string(reader.problem()->column) + ": " + reader.problem()->message);
      continue;
    }
    const auto fields = reader.fields();
    if (fields.size() != expected.size()) {
      problems.push_back(where + ": expected 4 fields (id,month,input,value), found " + std::to_string(fields.size()));
      continue;
    }
    MonthlyValue value{std::string(fields[0]), std::string(fields[1]), std::string(fields[2]), std::nullopt, where};
    if (!fields[3].empty()) value.value = std::string(fields[3]);
    values.push_back(std::move(value));
  }
  if (!problems.empty()) {
    std::string message;
    for (const std::string& line : problems) message += (message.empty() ? "" : "\n") + line;
    throw Error(message);
  }
  return values;
}

}  // namespace eligo
