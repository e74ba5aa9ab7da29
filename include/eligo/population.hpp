// The people a program is evaluated over: one table of groups, one of persons.
//
// Columns are typed int64 values (see value.hpp), stored in 1 to 8 bytes, owned or borrowed
// from the caller, with a validity bitmap: a cleared bit means the value is unknown, never
// zero. Persons are kept sorted by group so that the members of a range of groups are one
// contiguous range of persons.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "eligo/pack.hpp"
#include "eligo/value.hpp"

namespace eligo {

class Column {
 public:
  Column() = default;
  // A column of `rows` values, every row unknown, each value stored in `width` bytes (1, 2,
  // 4 or 8, signed): narrow widths let booleans, enumerations and dates take less memory.
  Column(ValueType type, std::size_t rows, std::size_t width = 8);

  // A column over `rows` signed values of `width` bytes held by someone else (a numpy array
  // handed over by the Python package, read without a copy). `owner` keeps them alive; the
  // column is read-only and every row starts known.
  static Column borrowed(ValueType type, const void* values, std::size_t rows, std::size_t width,
                         std::shared_ptr<const void> owner);

  ValueType type() const noexcept { return type_; }
  std::size_t size() const noexcept { return rows_; }
  std::size_t width() const noexcept { return width_; }
  bool is_borrowed() const noexcept { return owner_ != nullptr; }

  bool is_known(std::size_t row) const noexcept { return (validity_[row / 64] >> (row % 64)) & 1u; }
  std::int64_t value(std::size_t row) const noexcept;
  std::optional<std::int64_t> get(std::size_t row) const;

  // Rows [first, first + n) widened to int64 into `values` (0 where unknown), and whether
  // each is known into `known`: how the evaluator loads a batch.
  void read(std::size_t first, std::size_t n, std::int64_t* values, std::uint8_t* known) const noexcept;

  void set(std::size_t row, std::int64_t value);  // throws Error on a borrowed column
  // Rows [first, first + n) from `values`, each known where `known` is nonzero and unknown
  // (as set_unknown leaves it) elsewhere: the mirror of read(), for writers that fill a
  // column a block at a time. Throws Error on a borrowed column.
  void write(std::size_t first, std::size_t n, const std::int64_t* values, const std::uint8_t* known);
  void set_unknown(std::size_t row);

  // Grows (new rows unknown) or shrinks the column; readers that learn the row count as
  // they go use it.
  void resize(std::size_t rows);

  // The values as stored, for columns of 8-byte values (what the CSV reader and the builder
  // make); throws Error on narrower columns, which read() serves.
  std::span<const std::int64_t> values() const;
  std::span<const std::uint64_t> validity() const noexcept { return validity_; }  // 64 rows a word
  std::size_t value_bytes() const noexcept;  // rows x width, owned or borrowed

  // Rows taken in the order of `rows` (used to sort persons by group); always owned.
  Column permuted(std::span<const std::uint32_t> rows) const;

 private:
  const std::byte* data() const noexcept {
    return owner_ ? borrowed_ : reinterpret_cast<const std::byte*>(owned_.data());
  }

  ValueType type_ = ValueType::integer;
  std::size_t rows_ = 0;
  std::uint8_t width_ = 8;
  std::vector<std::int64_t> owned_;  // rows x width bytes, rounded up to whole words
  const std::byte* borrowed_ = nullptr;
  std::shared_ptr<const void> owner_;
  std::vector<std::uint64_t> validity_;
};

// Bytes a value of `spec` needs in a Column: booleans, enumerations and dates fit in fewer
// than 8.
std::size_t storage_width(const InputSpec& spec) noexcept;

struct EntityTable {
  std::string entity;
  std::vector<std::string> ids;
  std::map<std::string, Column> columns;  // by input name

  std::size_t size() const noexcept { return ids.size(); }
};

// One value of a monthly history: entity `id`'s input at `month`, as text in the pack's
// notation; an empty optional says the value of that month is unknown. `source` names where
// the row came from ("monthly.csv:4"), for error messages.
struct MonthlyValue {
  std::string id;
  std::string month;  // "YYYY-MM"
  std::string input;
  std::optional<std::string> value;
  std::string source;
};

class Population {
 public:
  // Takes the tables and the link of each person to a group (index into groups.ids) and
  // a role (index into the pack's roles). Sorts persons by group, keeping their order
  // within a group. Throws Error when a link is out of range or a group has no member.
  Population(EntityTable groups, EntityTable persons, std::vector<std::uint32_t> person_group,
             std::vector<std::uint16_t> person_role, std::optional<std::vector<double>> weights = {});

  const EntityTable& groups() const noexcept { return groups_; }
  const EntityTable& persons() const noexcept { return persons_; }
  std::size_t group_count() const noexcept { return groups_.size(); }
  std::size_t person_count() const noexcept { return persons_.size(); }

  // Members of group g are persons [member_begin(g), member_begin(g + 1)).
  std::uint32_t member_begin(std::size_t group) const noexcept { return member_offsets_[group]; }
  std::span<const std::uint32_t> member_offsets() const noexcept { return member_offsets_; }
  std::span<const std::uint32_t> person_group() const noexcept { return person_group_; }
  std::span<const std::uint16_t> person_role() const noexcept { return person_role_; }
  const std::optional<std::vector<double>>& weights() const noexcept { return weights_; }

  std::optional<std::size_t> find_group(const std::string& id) const;

  // Values given month by month, by input name then by month (Period::index()). Each
  // column holds every row of its entity: the value given for that month, or the single
  // value of the entity's table, which holds every month, where none was given.
  using History = std::map<std::string, std::map<int, Column>>;
  const History& group_history() const noexcept { return group_history_; }
  const History& person_history() const noexcept { return person_history_; }

  // Gives inputs a value for some months, over the single value that holds every month.
  // Each row names a group or a person by id, according to its input's entity. Every
  // problem (unknown id or input, bad month or value, the same value given twice) is
  // collected and thrown as one Error naming each row's source and column; nothing is
  // changed then.
  void set_monthly_values(const RulePack& pack, const std::vector<MonthlyValue>& values);

 private:
  EntityTable groups_;
  EntityTable persons_;
  std::vector<std::uint32_t> person_group_;
  std::vector<std::uint16_t> person_role_;
  std::vector<std::uint32_t> member_offsets_;
  std::optional<std::vector<double>> weights_;
  History group_history_;
  History person_history_;
};

// Builds a population from values given one by one, as agency software does for one
// household. Values are checked against the pack's schema (type, range, enum values).
class PopulationBuilder {
 public:
  // Keeps a reference to `pack`, which must outlive the builder: a temporary pack
  // (PopulationBuilder(load_pack("fr"))) would dangle, so it does not compile.
  explicit PopulationBuilder(const RulePack& pack);
  explicit PopulationBuilder(const RulePack&& pack) = delete;

  // Starts a group; later persons belong to it. Returns its index.
  std::size_t add_group(const std::string& id);
  std::size_t add_person(const std::string& id, const std::string& role);

  // Values as text in the pack's notation ("646.52" for money, "2024-01-31", "true",
  // an enum value). An empty optional marks the value unknown. Setting an input that is
  // not in the schema, of the other entity, or out of range throws Error.
  void set_group_value(const std::string& input, const std::optional<std::string>& text);
  void set_person_value(const std::string& input, const std::optional<std::string>& text);
  void set_weight(double weight);
  // A value of the current group or person for one month ("2025-03"), over its single value.
  void set_group_value_at(const std::string& input, const std::string& month, const std::optional<std::string>& text);
  void set_person_value_at(const std::string& input, const std::string& month, const std::optional<std::string>& text);

  Population build();

 private:
  const RulePack& pack_;
  std::vector<std::string> group_ids_;
  std::vector<std::string> person_ids_;
  std::vector<std::uint32_t> person_group_;
  std::vector<std::uint16_t> person_role_;
  std::vector<double> weights_;
  bool has_weights_ = false;
  std::map<std::string, std::vector<std::optional<std::int64_t>>> group_values_;
  std::map<std::string, std::vector<std::optional<std::int64_t>>> person_values_;
  std::vector<MonthlyValue> monthly_values_;
};

// Parses one value written as text into the representation of `spec`. Throws Error
// (without location; the caller adds it) when the text does not fit the type or range.
std::int64_t parse_input_value(const InputSpec& spec, const std::string& text);

// Reads one CSV file per entity. The group file has an `id` column (and optionally a
// `poids` weight column); the person file has `id`, `<group>_id` and `role` columns. Every
// other column must be an input of that entity in the pack's schema, and every input of the
// schema must have its column (a column may be left empty: an empty field is unknown).
// Every problem (unknown or missing column, bad value, duplicate id, person without a
// group, group without members) is collected and thrown as one Error naming file, line
// and column.
Population read_population_csv(const RulePack& pack, const std::filesystem::path& groups_csv,
                               const std::filesystem::path& persons_csv);

// Reads a monthly history in long form: columns `id`, `month` (YYYY-MM), `input` and
// `value` (empty: unknown that month), one row per entity, month and input. See
// Population::set_monthly_values.
std::vector<MonthlyValue> read_monthly_csv(const std::filesystem::path& monthly_csv);

}  // namespace eligo
