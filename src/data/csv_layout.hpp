// What each column of a population CSV file holds, read from its header line.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "data/csv_reader.hpp"
#include "data/problem_list.hpp"
#include "eligo/pack.hpp"

namespace eligo::data {

// A column that is not a schema input: the id, the link to the group, the role, the weight.
struct BuiltinColumn {
  std::string name;
  bool required = true;
};

struct CsvLayout {
  std::size_t field_count = 0;
  std::vector<std::optional<std::size_t>> builtins;  // field index of each built-in column
  std::vector<const InputSpec*> inputs;              // per field; null for built-in or unknown
};

// Reads the header of `reader` and matches it with the schema inputs of `entity`. Reports
// unknown, duplicate and missing columns; nullopt when the file has no usable header.
std::optional<CsvLayout> read_layout(CsvReader& reader, const std::string& file, const RulePack& pack,
                                     const std::string& entity, const std::vector<BuiltinColumn>& builtins,
                                     ProblemList& problems);

}  // namespace eligo::data
