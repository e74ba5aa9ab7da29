// A population written as the two CSV files read_population_csv reads back.
#include "core/csv_text.hpp"
#include "core/file_output.hpp"
#include "data/value_text.hpp"
#include "eligo/synth.hpp"

namespace eligo {

namespace {

struct OutputColumn {
  const InputSpec* spec;
  const Column* column;
};

std::vector<OutputColumn> columns_of(const RulePack& pack, const EntityTable& table) {
  std::vector<OutputColumn> columns;
  for (const auto& spec : pack.inputs) {
    if (spec.entity != table.entity) continue;
    const auto found = table.columns.find(spec.name);
    columns.push_back({&spec, found == table.columns.end() ? nullptr : &found->second});
  }
  return columns;
}

void append_value(std::string& line, const OutputColumn& output, std::size_t row) {
  if (output.column == nullptr || !output.column->is_known(row)) return;
  const std::int64_t value = output.column->value(row);
  if (output.spec->type == ValueType::enumeration) {
    line += output.spec->enum_values.at(static_cast<std::size_t>(value));
    return;
  }
  line += data::format_value(output.spec->type, value);
}

}  // namespace

void write_population_csv(const RulePack& pack, const Population& population, const std::filesystem::path& groups,
                          const std::filesystem::path& persons) {
  const auto group_columns = columns_of(pack, population.groups());
  const auto person_columns = columns_of(pack, population.persons());
  const auto& weights = population.weights();
  detail::write_file_whole(groups, [&](std::ostream& out) {
    out << "id";
    if (weights) out << ",poids";
    for (const auto& column : group_columns) out << ',' << column.spec->name;
    out << '\n';
    std::string line;
    for (std::size_t g = 0; g < population.group_count(); ++g) {
      line.clear();
      detail::append_csv_field(line, population.groups().ids[g]);
      if (weights) line += ',' + data::format_value(ValueType::decimal, static_cast<std::int64_t>((*weights)[g] * 1e6 + 0.5));
      for (const auto& column : group_columns) {
        line += ',';
        append_value(line, column, g);
      }
      line += '\n';
      out << line;
    }
  });
  detail::write_file_whole(persons, [&](std::ostream& out) {
    out << "id," << pack.entities.group << "_id,role";
    for (const auto& column : person_columns) out << ',' << column.spec->name;
    out << '\n';
    std::string line;
    const auto group_of = population.person_group();
    const auto role_of = population.person_role();
    for (std::size_t p = 0; p < population.person_count(); ++p) {
      line.clear();
      detail::append_csv_field(line, population.persons().ids[p]);
      line += ',';
      detail::append_csv_field(line, population.groups().ids[group_of[p]]);
      line += ',';
      line += pack.entities.roles.at(role_of[p]);
      for (const auto& column : person_columns) {
        line += ',';
        append_value(line, column, p);
      }
      line += '\n';
      out << line;
    }
  });
}

}  // namespace eligo
