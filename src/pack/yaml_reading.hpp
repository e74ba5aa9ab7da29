// Reading typed values out of one YAML file while collecting every problem.
//
// Each reader checks one node, reports what was expected at the node's file:line:column
// and returns nullopt on bad input, so that the caller carries on and the whole pack is
// checked in one run. yaml-cpp stays inside src/pack: nothing outside includes this file.
#pragma once

#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "eligo/error.hpp"
#include "eligo/pack.hpp"
#include "eligo/value.hpp"

namespace eligo::pack_detail {

// One file of a pack: its name as shown to users and its bytes, kept to find exact
// columns (yaml-cpp counts columns in characters; we count bytes, as the formula lexer
// does, so that positions inside formulas and in the file agree).
class YamlFile {
 public:
  YamlFile(std::string display_name, std::string text);

  const std::string& name() const noexcept { return name_; }
  const std::string& text() const noexcept { return text_; }
  int line_count() const noexcept { return static_cast<int>(line_offsets_.size()); }
  // Line `index` (0-based) without its end of line.
  std::string_view line(int index) const;
  // 1-based line and byte column of a byte offset.
  SourceLocation location_at(std::size_t offset) const;
  SourceLocation location(const YAML::Mark& mark) const;

 private:
  std::string name_;
  std::string text_;
  std::vector<std::size_t> line_offsets_;
};

// The languages and entities of the pack, which most readers check against.
struct PackContext {
  std::vector<std::string> languages;
  EntityModel entities;
};

// Typed readers over one file. Every problem goes to `problems`.
class Reader {
 public:
  Reader(const YamlFile& file, std::vector<Diagnostic>& problems) : file_(file), problems_(problems) {}

  const YamlFile& file() const noexcept { return file_; }

  // Where a node starts; a null node (an empty value) has no reliable mark of its own,
  // so `fallback` (usually its key) is used then.
  SourceLocation where(const YAML::Node& node, const SourceLocation& fallback = {}) const;

  void error(const SourceLocation& where, std::string message);
  void warning(const SourceLocation& where, std::string message);

  // Expects a scalar (null is refused when `what` is required; see the callers).
  std::optional<std::string> scalar(const YAML::Node& node, std::string_view what,
                                    const SourceLocation& fallback);
  std::optional<std::string> identifier(const YAML::Node& node, std::string_view what,
                                        const SourceLocation& fallback);
  std::optional<bool> boolean(const YAML::Node& node, std::string_view what,
                              const SourceLocation& fallback);
  std::optional<Date> date(const YAML::Node& node, std::string_view what,
                           const SourceLocation& fallback);
  std::optional<std::vector<std::string>> string_list(const YAML::Node& node, std::string_view what,
                                                      const SourceLocation& fallback);
  std::optional<ValueType> value_type(const YAML::Node& node, std::string_view what,
                                      const SourceLocation& fallback);
  // A value written in the notation of `type` (euros for money, YYYY-MM-DD for dates, one
  // of `enum_values` for enumerations), in the type's int64 representation.
  std::optional<std::int64_t> value(const YAML::Node& node, ValueType type,
                                    const std::vector<std::string>& enum_values,
                                    std::string_view what, const SourceLocation& fallback);
  // One of `choices`, with a suggestion when the text is close to one of them.
  std::optional<std::string> choice(const YAML::Node& node, std::initializer_list<std::string_view> choices,
                                    std::string_view what, const SourceLocation& fallback);

  // A text in each language; reports missing languages as errors when `required`, else as
  // warnings, and unknown languages as errors.
  Text text(const YAML::Node& node, const std::vector<std::string>& languages, std::string_view what,
            const SourceLocation& fallback, bool required);

  // Checks the keys of a map: not a map, duplicate keys, unknown keys (with a suggestion)
  // and missing required keys. `owner` names the item and locates missing-key errors.
  // Returns false when `node` is not a map.
  bool fields(const YAML::Node& node, std::string_view owner, const SourceLocation& owner_where,
              std::initializer_list<std::string_view> allowed,
              std::initializer_list<std::string_view> required);

 private:
  const YamlFile& file_;
  std::vector<Diagnostic>& problems_;
};

// The text of a node as written, for messages: "646.52", "a map", "a list", "nothing".
std::string describe(const YAML::Node& node);

}  // namespace eligo::pack_detail
